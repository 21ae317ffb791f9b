/**
 * A large bundle's fragments are slimmed on worker threads: the files they
 * write must be those one thread writes, passages and summaries included.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { FRAGMENT_SIGNATURE } from '../../src/search/fragments.ts';
import { slimFragmentFiles } from '../../src/search/fragment-files.ts';
import { slimFragments } from '../../src/search/slim-fragments.ts';
import { META } from '../../src/search/filters.ts';
import { PASSAGE_FILE_EXTENSION } from '../../src/search/passages.ts';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** 600 fragments as Pagefind writes them: over the 500 a worker's start is worth, so two threads. Every fifth page is long enough for passages. */
function writeFragments(folder: string) {
	fs.mkdirSync(folder, { recursive: true });
	for (let n = 0; n < 600; n++) {
		const words = Array.from({ length: n % 5 ? 10 : 100 }, (_, i) => `thi đua ${n}-${i}`).join(' ');
		const fragment = { url: `/van-ban/${n}/`, content: words, meta: { title: `Văn bản ${n}`, ten: `Nguyễn Văn ${n}` }, anchors: [{ element: 'h2', id: 'a', text: 'A', location: 0 }], filters: {}, word_count: 300 };
		fs.writeFileSync(path.join(folder, `vi_${n}.pf_fragment`), gzipSync(FRAGMENT_SIGNATURE + JSON.stringify(fragment)));
	}
}

const filesOf = (folder: string) => Object.fromEntries(fs.readdirSync(folder).sort().map((name) => [name, fs.readFileSync(path.join(folder, name)).toString('base64')]));

describe('slimFragments on worker threads', () => {
	it('writes exactly what one thread writes', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-fragments-'));
		const [split, alone] = [path.join(dir, 'split'), path.join(dir, 'alone')];
		writeFragments(split);
		writeFragments(alone);
		const summaries = new Map([['/van-ban/7/', 'Tóm tắt bảy']]);
		await slimFragments(split, summaries);
		const names = fs.readdirSync(alone).filter((name) => name.endsWith('.pf_fragment'));
		await slimFragmentFiles({ kind: 'slim', fragmentDir: alone, summaries: [...summaries], split: true, items: names });
		const written = filesOf(split);
		expect(Object.keys(written).filter((name) => name.endsWith(PASSAGE_FILE_EXTENSION))).toHaveLength(120);
		expect(written).toEqual(filesOf(alone));
		const seventh = JSON.parse(gunzipSync(fs.readFileSync(path.join(split, 'vi_7.pf_fragment'))).toString().slice(FRAGMENT_SIGNATURE.length));
		expect(seventh.meta[META.summary]).toBe('Tóm tắt bảy');
	});
});
