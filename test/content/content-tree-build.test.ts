/**
 * The invariant between the check and the build: content the check accepts
 * builds, and is published exactly as checked. The shared fixture carries
 * the hard-but-valid cases at once (a byte order mark, decomposed Unicode,
 * Windows line endings, a zero-padded number, unquoted numbers and embargo
 * times, a month-only date, an image, links of every kind:
 * test/fixtures/shared-site/binh-lam.ts); each of those documents is looked
 * up on its page, and the check's list of site pages is held to the whole
 * build's output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type CheckResult } from '../../src/validation/index.ts';
import { sitePages, UNLISTED_SECTIONS } from '../../src/validation/site-pages.ts';
import { formatNumber } from '../../src/lib/document-number.ts';
import { fixtureContent, fixtureDist } from '../helpers/paths.ts';
import { FIXTURE_NOW as NOW } from '../fixtures/shared-site/compose.ts';
import { HARD_CASE_DOCUMENTS } from '../fixtures/shared-site/binh-lam.ts';
import { PDF_BYTES } from './fixture-tree.ts';

const HARD_CASE_IDS = HARD_CASE_DOCUMENTS.map((file) => file.replace(/^documents\/|\.mdx$/g, ''));

let root: string;
let out: string;
let checked: CheckResult;
const savedNow = process.env.SITE_NOW;

beforeAll(() => {
	root = fixtureContent();
	out = fixtureDist();
	process.env.SITE_NOW = NOW;
	checked = checkContent(root);
});

afterAll(() => {
	if (savedNow === undefined) delete process.env.SITE_NOW;
	else process.env.SITE_NOW = savedNow;
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
		const ids = [...checked.content.documents.keys()];
		for (const id of HARD_CASE_IDS) expect(ids).toContain(id);
	});

	it('every checked document is on its page with its number, title and summary as checked', () => {
		const hardCases = HARD_CASE_IDS.map((id) => checked.content.documents.get(id)!);
		expect(hardCases.map((doc) => doc?.id)).toEqual(HARD_CASE_IDS);
		for (const doc of hardCases) {
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
