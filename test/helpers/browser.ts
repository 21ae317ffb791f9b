/** Debian's Chromium, with the flags this closed network needs; shared with the benchmark. */
export { launchBrowser as launchChromium } from '../../src/bench/browser.ts';
