import { chromium } from 'playwright-core';

/** Debian's Chromium with the flags this closed network needs (as in the tests). */
export function launchBrowser() {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
