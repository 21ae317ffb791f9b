import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index.ts';
import { arrayItems, concat, encodeTextArray, arrayHead, textAt } from '../../src/search/cbor.ts';
import { withWholeEnds } from '../../src/search/chunk-ranges.ts';
import { FRAGMENT_SIGNATURE } from '../../src/search/fragments.ts';
import { pagefindInNode } from '../../src/search/node-engine.ts';
import { INDEX_DIR } from '../../src/search/pagefind-api.ts';

const texts = (body: Uint8Array, at: number) => arrayItems(body, at).map(([start]) => textAt(body, start));

describe('whole chunk ends in the metadata', () => {
	it('sets each chunk\'s end to its last word and leaves every other byte as it was', async () => {
		const before = Uint8Array.of(0x18, 0x2a);
		const chunks = concat([arrayHead(2), encodeTextArray(['kf', 'kh', 'vi_a']), encodeTextArray(['kha', 'khe', 'vi_b'])]);
		const after = encodeTextArray(['x']);
		const body = concat([arrayHead(3), before, chunks, after]);
		const last: Record<string, string> = { vi_a: 'kh', vi_b: 'khen' };
		const patched = (await withWholeEnds(body, async (hash) => last[hash]))!;
		expect(patched.widened).toBe(1);
		const [first, list, third] = arrayItems(patched.body, 0);
		expect(patched.body.subarray(...first!)).toEqual(before);
		expect(arrayItems(patched.body, list![0]).map(([at]) => texts(patched.body, at))).toEqual([
			['kf', 'kh', 'vi_a'],
			['kha', 'khen', 'vi_b'],
		]);
		expect(patched.body.subarray(...third!)).toEqual(after);
	});

	it('leaves a file without such a list alone', async () => {
		expect(await withWholeEnds(encodeTextArray(['a', 'b']), async () => 'z')).toBeUndefined();
		expect(await withWholeEnds(Uint8Array.of(0xff), async () => 'z')).toBeUndefined();
	});
});

describe('a word loads its own chunk only', () => {
	let dist: string;

	beforeAll(async () => {
		dist = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-chunks-'));
		// "kh" (a part of every "…/KH-UBND"), "khen" and "khi", 600 positions each: one chunk each, whose cut ends are
		// "kh", "khe" and "khi". Pagefind's range for "khen" ends at "khe", before "khen" itself.
		for (let page = 0; page < 60; page++) {
			const words = Array.from({ length: 10 }, (_, i) => `kh khen khi x${page}y${i}`).join(' ');
			fs.mkdirSync(path.join(dist, `p${page}`));
			fs.writeFileSync(
				path.join(dist, `p${page}`, 'index.html'),
				`<!doctype html><html lang="vi"><body><article data-pagefind-body><div hidden data-search-record="document"><span data-pagefind-meta="title:Trang ${page}"></span></div><p>${words}</p></article></body></html>`,
			);
		}
		await buildSearchIndex(dist);
	});

	afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

	it('ends each chunk of the metadata at its last word', () => {
		const bundle = path.join(dist, INDEX_DIR);
		const metaName = fs.readdirSync(bundle).find((name) => name.endsWith('.pf_meta'))!;
		const meta = gunzipSync(fs.readFileSync(path.join(bundle, metaName))).subarray(FRAGMENT_SIGNATURE.length);
		const list = arrayItems(meta, 0).map(([at]) => at).find((at) => {
			try {
				return arrayItems(meta, at).every(([entry]) => texts(meta, entry).length === 3 && texts(meta, entry)[2]!.startsWith('vi_'));
			} catch {
				return false;
			}
		})!;
		const ends = arrayItems(meta, list).map(([entry]) => texts(meta, entry));
		for (const [, to, hash] of ends) {
			const body = gunzipSync(fs.readFileSync(path.join(bundle, 'index', `${hash}.pf_index`))).subarray(FRAGMENT_SIGNATURE.length);
			const words = arrayItems(body, arrayItems(body, 0)[0]![0]);
			expect(to).toBe(textAt(body, arrayItems(body, words.at(-1)![0])[0]![0]));
		}
		expect(ends.map(([, to]) => to)).toEqual(expect.arrayContaining(['kh', 'khen', 'khi']));
	});

	it('fetches the chunk of "khen" only, not that of "kh" beside it', async () => {
		const { engine, filesRead } = await pagefindInNode(dist);
		const before = filesRead('index');
		const { results } = await engine.search('khen');
		expect(results).toHaveLength(60);
		expect(filesRead('index') - before).toBe(1);
	});
});
