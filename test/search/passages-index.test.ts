import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { FRAGMENT_SIGNATURE } from '../../src/search/fragments.ts';
import { highlightedExcerpt } from '../../src/search/highlight.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';
import { LEAD_WORDS, PASSAGE_FILE_EXTENSION, PASSAGE_WORDS, wordsOf } from '../../src/search/passages.ts';
import { passageFileText, readIndexedPages } from '../../src/search/read-index.ts';
import { runSearch } from '../../src/search/run.ts';
import { readState } from '../../src/search/state.ts';

const article = (fields: string, body: string) =>
	`<!doctype html><html lang="vi"><body><article data-pagefind-body><div hidden data-search-record="document">${fields}</div>${body}</article></body></html>`;
const field = (key: string, value: string) => `<span data-pagefind-meta="${key}:${value}"></span>`;

const FIRST = ['Hải', 'Hùng', 'Minh', 'Nga', 'Sơn', 'Tâm', 'Yến', 'Vân'];
const TARGET_ROW = 37;
/** Plain prose that no query of this test matches. */
const filler = (seed: number, words: number) => Array.from({ length: words }, (_, i) => `câu${seed}x${i}`).join(' ');

/** An award decision of forty honourees; the target honours Phạm Ngọc Lan in row 37 only, far past the lead. */
function award(seed: number, target: boolean): string {
	const people = Array.from({ length: 40 }, (_, row) => (target && row === TARGET_ROW - 1 ? 'Phạm Ngọc Lan' : `Nguyễn Quang ${FIRST[(row + seed) % FIRST.length]}${row}`));
	const rows = people.map((name, row) => `<tr><td>${row + 1}</td><th scope="row">${name}</th><td>Chuyên viên, phòng ${seed}</td></tr>`).join('');
	return article(
		field('title', `Quyết định khen thưởng số ${seed}`) + field('ten', people.join('; ')),
		`<h1>Quyết định khen thưởng số ${seed}</h1><p>Tặng Giấy khen cho các đồng chí sau. ${filler(seed, 60)}</p><table>${rows}</table>`,
	);
}

/** A plan whose phrase "văn hóa công vụ" straddles the border between its first and second passages. */
function plan(): string {
	// Four words of heading, the filler, "nâng cao", then "văn" as the last word of the first passage.
	const before = LEAD_WORDS + PASSAGE_WORDS - 7;
	return article(field('title', 'Kế hoạch số 9'), `<h1>Kế hoạch số 9</h1><p>${filler(99, before)} nâng cao văn hóa công vụ tại cơ quan ${filler(98, 80)}</p>`);
}

describe('passages in a built index', () => {
	const sites: Record<'large' | 'small', string> = { large: '', small: '' };

	beforeAll(async () => {
		for (const size of ['large', 'small'] as const) {
			const dist = fs.mkdtempSync(path.join(os.tmpdir(), `tdkt-passages-${size}-`));
			const pages: Record<string, string> = { 'target/index.html': award(1, true), 'plan/index.html': plan() };
			for (let seed = 2; seed <= 6; seed++) pages[`other-${seed}/index.html`] = award(seed, false);
			for (const [file, html] of Object.entries(pages)) {
				fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
				fs.writeFileSync(path.join(dist, file), html);
			}
			// "large": indexed as a site of thousands of pages is (common and repeated words marked, a name in the table not indexed again).
			await buildSearchIndex(dist, size === 'large' ? { commonWordsFrom: 4 } : {});
			sites[size] = dist;
		}
	});

	afterAll(() => {
		for (const dist of Object.values(sites)) if (dist) fs.rmSync(dist, { recursive: true, force: true });
	});

	const search = async (site: string, query: string) => {
		const { engine } = await pagefindInNode(site);
		const { results } = await runSearch(engine, readState(new URLSearchParams({ q: query })));
		return Promise.all(results.map(async (one) => ({ data: one.data ?? (await one.result.data()), approximate: one.approximate })));
	};

	it('keeps only the lead of a long page in its fragment, the rest in its passage file', () => {
		for (const dist of Object.values(sites)) {
			const dir = path.join(dist, INDEX_DIR, 'fragment');
			const fragments = fs.readdirSync(dir).filter((name) => name.endsWith('.pf_fragment'));
			expect(fragments).toHaveLength(7);
			for (const name of fragments) {
				const fragment = JSON.parse(gunzipSync(fs.readFileSync(path.join(dir, name))).toString().slice(FRAGMENT_SIGNATURE.length)) as { content: string };
				expect(wordsOf(fragment.content)).toHaveLength(LEAD_WORDS);
				expect(fragment.content).not.toContain('Phạm Ngọc Lan');
				expect(fs.existsSync(path.join(dir, name.replace('.pf_fragment', PASSAGE_FILE_EXTENSION)))).toBe(true);
			}
			// The audit still reads every word of every page, and an audit of the files finds the table in a passage file.
			expect(readIndexedPages(dist).find((page) => page.url === '/target/')!.content).toContain(`${TARGET_ROW} Phạm Ngọc Lan Chuyên viên, phòng 1`);
			const holding = fragments.map((name) => passageFileText(path.join(dir, name.replace('.pf_fragment', PASSAGE_FILE_EXTENSION)))).filter((text) => text.includes('Phạm Ngọc Lan'));
			expect(holding).toHaveLength(1);
		}
	});

	it('finds a name that stands only in row 37 of an honouree table, first and alone, having read its row', async () => {
		for (const dist of Object.values(sites)) {
			for (const query of ['Phạm Ngọc Lan', 'pham ngoc lan', 'đồng chí Phạm Ngọc Lan']) {
				const shown = await search(dist, query);
				expect(shown.filter((one) => !one.approximate).map((one) => one.data.url), `${dist} ${query}`).toEqual(['/target/']);
				// Read, though on the large site no word position points to the row: the names field holds the name.
				expect(shown[0]!.data.content).toContain(`${TARGET_ROW} Phạm Ngọc Lan Chuyên viên`);
			}
		}
	});

	it('cuts the excerpt of a name query from its row, the name highlighted', async () => {
		for (const dist of Object.values(sites)) {
			for (const query of ['Phạm Ngọc Lan', 'pham ngoc lan']) {
				const [first] = await search(dist, query);
				const excerpt = highlightedExcerpt(first!.data.content, first!.data.meta.title ?? '', query, 26)!;
				expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['Phạm Ngọc Lan']);
				expect(excerpt.map((part) => part.text).join('')).toContain(`${TARGET_ROW} Phạm Ngọc Lan Chuyên viên`);
			}
		}
	});

	it('finds a phrase that runs across the border of two passages, and highlights it whole', async () => {
		for (const dist of Object.values(sites)) {
			for (const query of ['văn hóa công vụ', 'van hoa cong vu']) {
				const shown = await search(dist, query);
				expect(shown.filter((one) => !one.approximate).map((one) => one.data.url)).toEqual(['/plan/']);
				const excerpt = highlightedExcerpt(shown[0]!.data.content, 'Kế hoạch số 9', query, 26)!;
				expect(excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['văn hóa công vụ']);
			}
		}
	});

	it('reads the passage of the match, not the whole text', async () => {
		const { bytesRead, filesRead } = await pagefindInNode(sites.large);
		const before = { bytes: bytesRead('passage'), files: filesRead('passage') };
		await search(sites.large, 'Phạm Ngọc Lan');
		const dir = path.join(sites.large, INDEX_DIR, 'fragment');
		const targetFile = fs.readdirSync(dir).filter((name) => name.endsWith(PASSAGE_FILE_EXTENSION)).map((name) => fs.statSync(path.join(dir, name)).size);
		expect(filesRead('passage') - before.files).toBe(1);
		expect(bytesRead('passage') - before.bytes).toBeLessThan(Math.min(...targetFile) / 2);
	});
});
