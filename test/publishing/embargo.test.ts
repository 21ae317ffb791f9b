/**
 * Drafts and embargoed documents must reach no output at all, and a
 * withdrawn one must keep only its own page. The shared fixture build holds
 * three marked documents and a draft campaign (test/fixtures/shared-site/embargo.ts)
 * beside everything else, and is the build before the embargo lifts; a build
 * of the sample content with only this part, dated after it, is the
 * scheduled build. Every file of both (pages, feeds, sitemap, data files,
 * redirects, share images, Pagefind's decompressed index) is searched for
 * the markers, ids and addresses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';
import { copyContent } from '../helpers/content-fixture.ts';
import { fixtureDist } from '../helpers/paths.ts';
import { cacheDirFor } from '../../src/paths.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { agencySchema } from '../../src/schema/agency.ts';
import { documentCard } from '../../src/share-images/share-cards.ts';
import { shareCardKey } from '../../src/share-images/card.ts';
import { NGINX_MAP_FILE, REDIRECTS_FILE } from '../../src/share/host-redirects.ts';
import { addEmbargo, AFTER_EMBARGO, AGENCY, DRAFT, DRAFT_CAMPAIGN, EMBARGOED, WITHDRAWN, type Fixture } from '../fixtures/shared-site/embargo.ts';
import { buildSite, filesMentioning, outputFiles, type OutputFile } from './site-build.ts';

const slugOf = (id: string) => id.split('/').at(-1)!;
const pageOf = (id: string) => `van-ban/${id}/index.html`;

/** The file name of the share image the document's page would register. */
function shareImageOf(root: string, doc: Fixture): string {
	const data = documentSchema.parse(parseYaml(doc.frontmatter));
	const agency = agencySchema.parse(parseYaml(fs.readFileSync(path.join(root, 'agencies', `${AGENCY}.yaml`), 'utf8')));
	return `og/${shareCardKey(documentCard(data, agency))}.png`;
}

/** Every needle found, with the files it was found in, so one failure shows every leak at once. */
const leaks = (files: OutputFile[], needles: string[]) =>
	Object.fromEntries(needles.map((n) => [n, filesMentioning(files, n)] as const).filter(([, found]) => found.length > 0));

/** Redirect pages (aliases, short links) that send a reader on to this page: keeping an address working is not listing it. */
const redirectsTo = (file: OutputFile, id: string) =>
	(file.path.endsWith('.html') && file.text.includes('http-equiv="refresh"') && file.text.includes(`url=/van-ban/${id}/`)) ||
	// The host redirect files carry the same table as those pages.
	([REDIRECTS_FILE, NGINX_MAP_FILE].includes(file.path) && file.text.includes(` /van-ban/${id}/`));

let root: string;
let before: OutputFile[];
let after: OutputFile[];
let afterOut: string | undefined;

beforeAll(() => {
	before = outputFiles(fixtureDist());
	root = copyContent();
	addEmbargo(root);
	afterOut = buildSite(root, { SITE_NOW: AFTER_EMBARGO });
	after = outputFiles(afterOut);
});

afterAll(() => {
	for (const dir of [root, afterOut, root && cacheDirFor(root)]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('before the embargo lifts', () => {
	it('the build really contains pages, the other fixtures and the search index', () => {
		expect(before.some((f) => f.path === pageOf(WITHDRAWN.id))).toBe(true);
		expect(before.filter((f) => f.path.startsWith('van-ban/') && f.path.endsWith('index.html')).length).toBeGreaterThan(5);
		// The leak checks below read the search index too, so it must really be there.
		const pagefind = before.filter((f) => f.path.startsWith('pagefind/'));
		expect(filesMentioning(pagefind, 'Thuận Nam').length).toBeGreaterThan(0);
	});

	it.each([
		['draft document', DRAFT],
		['embargoed document', EMBARGOED],
	])('the %s appears in no file: no page, listing, feed, sitemap, search index, data file, redirect or attachment', (_, doc) => {
		expect(leaks(before, [...doc.markers, slugOf(doc.id), `/van-ban/${doc.id}/`])).toEqual({});
	});

	it('the draft campaign appears in no file', () => {
		expect(leaks(before, DRAFT_CAMPAIGN.markers)).toEqual({});
	});

	it('neither the draft nor the embargoed document gets a share image, while the withdrawn one keeps its own', () => {
		const images = new Set(before.filter((f) => f.path.startsWith('og/')).map((f) => f.path));
		expect(images.has(shareImageOf(root, WITHDRAWN))).toBe(true);
		expect(images.has(shareImageOf(root, DRAFT))).toBe(false);
		expect(images.has(shareImageOf(root, EMBARGOED))).toBe(false);
	});

	it('the withdrawn document keeps its page, with the banner and the reason', () => {
		const page = before.find((f) => f.path === pageOf(WITHDRAWN.id))!;
		expect(page.text).toContain('văn bản đã bị thu hồi');
		expect(page.text).toContain(WITHDRAWN.reason.toLowerCase());
		for (const marker of WITHDRAWN.markers) expect(page.text).toContain(marker.toLowerCase());
	});

	it('the withdrawn document is in no listing, feed, sitemap, search index or data file: only its page and redirects to it name it', () => {
		const elsewhere = before.filter((f) => f.path !== pageOf(WITHDRAWN.id) && !redirectsTo(f, WITHDRAWN.id));
		expect(leaks(elsewhere, [...WITHDRAWN.markers, slugOf(WITHDRAWN.id)])).toEqual({});
	});
});

describe('after the embargo lifts (the scheduled build)', () => {
	it('publishes the embargoed document: page, attachment, listing, campaign timeline, share image', () => {
		const page = after.find((f) => f.path === pageOf(EMBARGOED.id));
		expect(page?.text).toContain('zqxembargotitle');
		expect(after.some((f) => f.path === `van-ban/${EMBARGOED.id}/zqx-ban-goc-hen-gio.pdf`)).toBe(true);
		expect(after.find((f) => f.path === 'van-ban/index.html')?.text).toContain(`/van-ban/${EMBARGOED.id}/`);
		expect(after.find((f) => f.path === 'phong-trao/thuan-nam-cchc-2023/index.html')?.text).toContain(`/van-ban/${EMBARGOED.id}/`);
		expect(after.some((f) => f.path === shareImageOf(root, EMBARGOED))).toBe(true);
		const pagefind = after.filter((f) => f.path.startsWith('pagefind/'));
		expect(filesMentioning(pagefind, 'ZQXEMBARGOBODY').length).toBeGreaterThan(0);
	});

	it('still keeps the draft and the draft campaign out of every file', () => {
		expect(leaks(after, [...DRAFT.markers, slugOf(DRAFT.id), ...DRAFT_CAMPAIGN.markers])).toEqual({});
	});
});
