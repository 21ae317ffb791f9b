import type { CDPSession } from 'playwright-core';
import { launchBrowser } from '../bench/browser.ts';
import { MID_RANGE_PHONE } from './phone.ts';

/**
 * A first query measured in Chromium under the phone profile (phone.ts):
 * CDP network throttling (latency, throughput) and a 4× CPU slowdown, in a
 * fresh browser context per query, so nothing is cached or connected. The
 * page fetches the endpoint, parses the JSON and draws the list with its
 * marks, and reports the time until the next frame. Chromium's throttling
 * delays each response but not connection setup, so the profile's
 * connection round trips are added on top (`withConnectMs`).
 */
export interface BrowserFigure {
	/** Fetch, parse and draw, as Chromium measured it throttled. */
	measuredMs: number;
	/** The same plus DNS, TCP and TLS on the profile's round trip. */
	withConnectMs: number;
}

/** What the search page does with an answer; runs inside the page. */
async function fetchAndDraw(url: string): Promise<number> {
	const started = performance.now();
	const response = await fetch(url);
	const data = (await response.json()) as { results: { title: string; url: string; excerpt: { text: string; mark: boolean }[] }[] };
	const list = document.createElement('ol');
	for (const result of data.results) {
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = result.url;
		link.textContent = result.title;
		const excerpt = document.createElement('p');
		for (const part of result.excerpt) {
			if (part.mark) {
				const mark = document.createElement('mark');
				mark.textContent = part.text;
				excerpt.append(mark);
			} else excerpt.append(part.text);
		}
		item.append(link, excerpt);
		list.append(item);
	}
	document.body.append(list);
	await new Promise((resolve) => requestAnimationFrame(resolve));
	return performance.now() - started;
}

/** The phone profile on one page, through CDP: its round trip and throughput on every response, its CPU slowdown. */
export async function throttleAsPhone(cdp: CDPSession): Promise<void> {
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: MID_RANGE_PHONE.rttMs,
		downloadThroughput: (MID_RANGE_PHONE.downKbps * 1024) / 8,
		uploadThroughput: (750 * 1024) / 8,
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: MID_RANGE_PHONE.cpuSlowdown });
}

export async function measureInChromium(urls: string[]): Promise<BrowserFigure[]> {
	const browser = await launchBrowser();
	try {
		const figures: BrowserFigure[] = [];
		for (const url of urls) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.setContent('<!doctype html><html lang="vi"><title>Tìm kiếm</title><body></body></html>');
			await throttleAsPhone(await context.newCDPSession(page));
			const measuredMs = await page.evaluate(fetchAndDraw, url);
			figures.push({ measuredMs, withConnectMs: measuredMs + MID_RANGE_PHONE.connectionRtts * MID_RANGE_PHONE.rttMs });
			await context.close();
		}
		return figures;
	} finally {
		await browser.close();
	}
}
