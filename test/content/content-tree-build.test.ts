/**
 * The invariant between the check and the build: content the check accepts
 * builds, and is published exactly as checked. One real build of the
 * fixture tree carrying the hard-but-valid cases at once (a byte order
 * mark, decomposed Unicode, Windows line endings, a zero-padded number,
 * unquoted numbers and embargo times, a month-only date, an image, links
 * of every kind), then every checked document is looked up on its page and
 * the check's list of site pages is held to the build's output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type CheckResult } from '../../src/validation/index.ts';
import { sitePages, UNLISTED_SECTIONS } from '../../src/validation/site-pages.ts';
import { formatNumber } from '../../src/lib/document-number.ts';
import { buildSite } from '../publishing/site-build.ts';
import { DECISION, DISTRICT, FILES, PDF_BYTES, PLAN, writeTree } from './fixture-tree.ts';
import { PNG } from './valid-hard.ts';

const NOW = '2025-06-01T08:00:00+07:00';
const NEWS = 'documents/ubnd-huyen-binh-lam/2024/tin-phat-dong.mdx';

const CHANGES = {
	[PLAN]: `\uFEFF${FILES[PLAN]!.replace('number: "12"', 'number: "08"')}\n![Ảnh hội nghị](./hoi-nghi.png)\n\nXem [quyết định](../qd-khen-thuong/), [bản ký](./12-kh-ubnd.pdf), [tìm](/tim-kiem/?q=thi+dua), [thư](mailto:vp@binhlam.gov.vn) và <https://binhlam.gov.vn/>.\n`,
	'documents/ubnd-huyen-binh-lam/2024/hoi-nghi.png': PNG,
	[DECISION]: FILES[DECISION]!.normalize('NFD').replace(/\n/g, '\r\n'),
	[DISTRICT]: `\uFEFF${FILES[DISTRICT]}`,
	[NEWS]: [
		'---',
		'type: tin-bai',
		'number: 7',
		'date: "2024-03"',
		'agency: ubnd-huyen-binh-lam',
		'title: "Tin: huyện Bình Lâm phát động thi đua <năm 2024>"',
		'summary: Tin về lễ phát động phong trào thi đua năm 2024.',
		'publishAt: 2024-03-20T08:00:00+07:00',
		'source:',
		'  kind: ban-dien-tu',
		'---',
		'Huyện Bình Lâm phát động thi đua.',
		'',
	].join('\n'),
};

let root: string;
let out: string;
let checked: CheckResult;
const savedNow = process.env.SITE_NOW;

beforeAll(() => {
	root = writeTree(CHANGES);
	process.env.SITE_NOW = NOW;
	checked = checkContent(root);
	out = buildSite(root, { SITE_NOW: NOW });
}, 600_000);

afterAll(() => {
	if (savedNow === undefined) delete process.env.SITE_NOW;
	else process.env.SITE_NOW = savedNow;
	fs.rmSync(root, { recursive: true, force: true });
	fs.rmSync(out, { recursive: true, force: true });
});

const page = (sitePath: string) => fs.readFileSync(path.join(out, sitePath, 'index.html'), 'utf8');
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function builtFiles(dir = out): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? builtFiles(full) : ['/' + path.relative(out, full).split(path.sep).join('/')];
	});
}

describe('what the check accepts is built as checked', () => {
	it('the check accepts the hard cases', () => {
		expect(checked.errors.map(formatProblem)).toEqual([]);
		expect(checked.content.documents.size).toBe(3);
	});

	it('every checked document is on its page with its number, title and summary as checked', () => {
		for (const doc of checked.content.documents.values()) {
			const html = page(`/van-ban/${doc.id}/`);
			const number = formatNumber(doc.data.number, doc.data.symbol);
			if (number) expect(html, doc.id).toContain(escaped(number));
			expect(html, doc.id).toContain(escaped(doc.data.title));
			expect(html, doc.id).toContain(escaped(doc.data.summary));
		}
		expect(page('/van-ban/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua/')).toContain('08/KH-UBND');
		expect(page('/van-ban/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua/')).not.toMatch(/[^0-9]8\/KH-UBND/);
		expect(page('/van-ban/ubnd-huyen-binh-lam/2024/tin-phat-dong/')).toContain('Tin: huyện Bình Lâm phát động thi đua &lt;năm 2024&gt;');
	});

	it('publishes the attachment byte for byte and the image', () => {
		expect(fs.readFileSync(path.join(out, 'van-ban/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua/12-kh-ubnd.pdf')).equals(PDF_BYTES)).toBe(true);
		expect(page('/van-ban/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua/')).toMatch(/<img[^>]+alt="Ảnh hội nghị"/);
	});

	it('every page the check knows of is built, and every built page is known', () => {
		const files = new Set(builtFiles());
		const pages = sitePages(checked.content, new Date(NOW), root);
		const missing = [...pages.paths].filter((sitePath) => !files.has(sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath));
		expect(missing).toEqual([]);
		const unknown = [...files]
			.filter((file) => file.endsWith('.html'))
			.map((file) => file.replace(/index\.html$/, ''))
			.filter((sitePath) => !pages.paths.has(sitePath) && !UNLISTED_SECTIONS.some((section) => sitePath.startsWith(section)));
		expect(unknown).toEqual([]);
	});
});
