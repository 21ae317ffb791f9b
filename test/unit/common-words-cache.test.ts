/**
 * The common words of a site are counted page by page across builds
 * (src/search/marked-pages.ts): after any series of edits, additions and
 * removals, the set and every marked copy must be what counting the same
 * pages afresh gives, and a page whose digest did not change is not read.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMON_MARK } from '../../src/search/common-words.ts';
import { markedPages } from '../../src/search/marked-pages.ts';

const page = (body: string) => `<html><body><article data-pagefind-body><p>${body}</p></article></body></html>`;

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes the staged pages; each page's digest is its body, as the staging's SHA-256 would differ with it. */
function stage(staging: string, pages: Record<string, string>): Map<string, string> {
	fs.rmSync(staging, { recursive: true, force: true });
	for (const [relative, body] of Object.entries(pages)) {
		fs.mkdirSync(path.dirname(path.join(staging, relative)), { recursive: true });
		fs.writeFileSync(path.join(staging, relative), page(body));
	}
	return new Map(Object.entries(pages));
}

/** Every marked copy's text by relative path. */
function copies(marked: string): Record<string, string> {
	const files = fs.readdirSync(marked, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
	return Object.fromEntries(files.sort().map((file) => [file, fs.readFileSync(path.join(marked, file), 'utf8')]));
}

describe('common words counted page by page', () => {
	it('give after every step the set and copies a fresh count of the same pages gives', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-common-'));
		const staging = path.join(dir, 'staging');
		const kept = path.join(dir, 'kept');
		const steps: Record<string, string>[] = [
			{ 'a.html': 'thi đua một', 'b.html': 'thi đua hai', 'c/c.html': 'khen thưởng ba', 'd.html': 'thi đua khen bốn' },
			// "khen" leaves d and enters b: still in two of four pages.
			{ 'a.html': 'thi đua một', 'b.html': 'thi đua khen hai', 'c/c.html': 'khen thưởng ba', 'd.html': 'thi đua bốn' },
			// d removed, e added: "thi" and "đua" in two of four, "khen" in three.
			{ 'a.html': 'thi đua một', 'b.html': 'khen hai', 'c/c.html': 'khen thưởng ba', 'e.html': 'khen thi đua năm' },
			// Down to below the threshold of pages: nothing is common.
			{ 'a.html': 'thi đua một' },
			{ 'a.html': 'thi đua một', 'b.html': 'thi đua hai', 'f.html': 'sáu' },
		];
		for (const [index, pages] of steps.entries()) {
			const staged = stage(staging, pages);
			const incremental = await markedPages(staging, kept, staged, 2, 'v1');
			const freshDir = path.join(dir, `fresh-${index}`);
			const fresh = await markedPages(staging, freshDir, staged, 2, 'v1');
			expect(incremental.common, `step ${index}`).toBe(fresh.common);
			if (incremental.dir === kept) expect(copies(kept), `step ${index}`).toEqual(copies(freshDir));
		}
		expect(copies(kept)['b.html']).toContain(`${COMMON_MARK}thi ${COMMON_MARK}đua hai`);
	});

	it('does not read a page whose digest is unchanged', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-common-'));
		const staging = path.join(dir, 'staging');
		const kept = path.join(dir, 'kept');
		const staged = stage(staging, { 'a.html': 'thi đua', 'b.html': 'thi đua', 'c.html': 'khác' });
		const first = await markedPages(staging, kept, staged, 2, 'v1');
		// Unreadable now: a second run that read it would throw.
		fs.rmSync(path.join(staging, 'c.html'));
		fs.mkdirSync(path.join(staging, 'c.html'));
		expect((await markedPages(staging, kept, staged, 2, 'v1')).common).toBe(first.common);
	});
});
