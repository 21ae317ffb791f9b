import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';
import { ROOT, TEST_NOW, testDist } from '../helpers/paths.ts';
import { loadPage } from '../helpers/site.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { unmark } from '../../src/search/fold.ts';
import { isPublic } from '../../src/lib/publication.ts';
import { SITE } from '../../src/site.config.ts';

/** What the sample content says should be searchable, read from the files themselves. */
function expectedDocuments() {
	const base = path.join(ROOT, 'content', 'documents');
	const files = fs.readdirSync(base, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
	const at = new Date(`${TEST_NOW}T00:00:00+07:00`);
	return files.map((file) => {
		const source = fs.readFileSync(path.join(base, file), 'utf8');
		const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { draft?: boolean; publishAt?: string | Date; withdrawn?: unknown };
		const publishAt = data.publishAt instanceof Date ? data.publishAt.toISOString() : data.publishAt;
		const url = `/van-ban/${file.split(path.sep).join('/').replace(/\.mdx$/, '')}/`;
		return { url, searchable: isPublic({ draft: data.draft, publishAt }, at) && !data.withdrawn };
	});
}

const listed = (dir: string) => fs.readdirSync(path.join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('the search index of the sample site', () => {
	const pages = readIndexedPages(testDist());
	const urls = new Set(pages.map((p) => p.url));

	it('holds every public, not withdrawn document and nothing else of the documents', () => {
		for (const doc of expectedDocuments()) expect(urls.has(doc.url), doc.url).toBe(doc.searchable);
	});

	it('holds every campaign and agency page', () => {
		const campaigns = listed('campaigns').filter((id) => fs.existsSync(path.join(testDist(), 'phong-trao', id, 'index.html')));
		for (const id of campaigns) expect(urls.has(`/phong-trao/${id}/`), id).toBe(true);
		for (const id of listed('agencies')) expect(urls.has(`/co-quan/${id}/`), id).toBe(true);
		const kinds = new Set(pages.map((p) => p.url.split('/')[1]));
		expect([...kinds].sort()).toEqual(['co-quan', 'phong-trao', 'van-ban']);
	});

	it('indexes the article only: no header, navigation, footer or print line', () => {
		const footer = loadPage('/')('footer').text().replace(/\s+/g, ' ').trim().slice(0, 40);
		for (const page of pages) {
			const text = unmark(page.content);
			expect(text).not.toContain('Bỏ qua, đến nội dung chính');
			// The print-only line carries the page's own address.
			expect(text).not.toContain(SITE.url);
			expect(text).not.toContain('Liên kết đến mục');
			if (footer) expect(text).not.toContain(footer);
		}
	});

	it('stores every đ in its folded form and gets it back whole', () => {
		for (const page of pages) {
			expect(page.content).not.toMatch(/[đĐ]/);
			for (const value of Object.values(page.meta)) expect(value).not.toMatch(/[đĐ]/);
		}
		const hue = pages.find((p) => p.url === '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/')!;
		expect(unmark(hue.meta.so!)).toBe('563/QĐ-UBND');
		expect(unmark(hue.content)).toContain('Quyết định số 563/QĐ-UBND');
	});

	it('files each record under its facets', () => {
		const hue = pages.find((p) => p.url === '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/')!;
		// Decision 563 names the 2016 emulation of the communes' blocs, which brings its campaign and area.
		expect(hue.filters).toEqual({
			loai: ['quyet-dinh-khen-thuong'], 'co-quan': ['ubnd-tinh-thua-thien-hue'], tinh: ['thua-thien-hue'], nam: ['2017'],
			'phong-trao': ['thua-thien-hue-khoi-xa-phuong-2016'], 'linh-vuc': ['thi-dua-khen-thuong'],
		});
		const coLe = pages.find((p) => p.url === '/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/')!;
		// A commune's province is its own; the campaign brings its areas.
		expect(coLe.filters.tinh).toEqual(['nam-dinh']);
		expect(coLe.filters['phong-trao']).toEqual(['co-le-cchc-2024']);
		expect(coLe.filters['linh-vuc']).toContain('chinh-quyen-so');
		const agency = pages.find((p) => p.url === '/co-quan/thu-tuong-chinh-phu/')!;
		expect(agency.filters).toEqual({ loai: ['co-quan'], 'co-quan': ['thu-tuong-chinh-phu'] });
	});

	it('ships only what the search page loads', () => {
		const files = fs.readdirSync(path.join(testDist(), 'pagefind'));
		expect(files).toContain('pagefind.js');
		expect(files.filter((f) => /ui|highlight|playground/.test(f))).toEqual([]);
	});
});
