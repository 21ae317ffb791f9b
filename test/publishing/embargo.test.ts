/**
 * Drafts and embargoed documents must reach no output at all, and a
 * withdrawn one must keep only its own page. Builds the sample content plus
 * three marked documents and a draft campaign, then searches every file of
 * the build (pages, feeds, sitemap, data files, redirects, share images,
 * Pagefind's decompressed index) for the markers, ids and addresses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/yaml.ts';
import { copyContent, writeFile } from '../helpers/content-fixture.ts';
import { TEST_NOW } from '../helpers/paths.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { agencySchema } from '../../src/schema/agency.ts';
import { documentCard } from '../../src/share-images/share-cards.ts';
import { shareCardKey } from '../../src/share-images/card.ts';
import { NGINX_MAP_FILE, REDIRECTS_FILE } from '../../src/share/host-redirects.ts';
import { buildSite, filesMentioning, outputFiles, tinyPdf, type OutputFile } from './site-build.ts';

const AGENCY = 'ubnd-huyen-thuan-nam';
const EMBARGO_LIFTS = '2024-03-05T08:00:00+07:00';

const DRAFT = {
	id: `${AGENCY}/2024/zqx-ke-hoach-ban-nhap`,
	markers: ['ZQXDRAFTTITLE', 'ZQXDRAFTNUMBER', 'ZQXDRAFTBODY', 'zqx-duong-dan-cu-ban-nhap', 'zqx-ban-goc-ban-nhap.pdf'],
	frontmatter: `type: ke-hoach
number: ZQXDRAFTNUMBER
symbol: KH-UBND
date: 2024-02-10
agency: ${AGENCY}
title: Kế hoạch ZQXDRAFTTITLE phát động thi đua
summary: Bản nháp chưa được công bố.
campaign: zqx-phong-trao-ban-nhap
aliases: ["/van-ban/zqx-duong-dan-cu-ban-nhap/"]
attachments:
  - file: ./zqx-ban-goc-ban-nhap.pdf
    title: Bản gốc có chữ ký
source:
  kind: ban-dien-tu
draft: true`,
	body: 'Nội dung ZQXDRAFTBODY của kế hoạch.',
};

const EMBARGOED = {
	id: `${AGENCY}/2023/zqx-quyet-dinh-hen-gio`,
	markers: ['ZQXEMBARGOTITLE', 'ZQXEMBARGONUMBER', 'ZQXEMBARGOBODY', 'ZQXEMBARGOPERSON', 'zqx-duong-dan-cu-hen-gio', 'zqx-ban-goc-hen-gio.pdf'],
	frontmatter: `type: quyet-dinh-khen-thuong
number: ZQXEMBARGONUMBER
symbol: QĐ-UBND
date: 2023-12-20
agency: ${AGENCY}
title: Về việc tặng Giấy khen ZQXEMBARGOTITLE
summary: Quyết định khen thưởng hẹn giờ công bố.
campaign: thuan-nam-cchc-2023
award: giay-khen
honourees:
  - kind: ca-nhan
    name: Nguyễn Văn ZQXEMBARGOPERSON
    position: Chuyên viên
    unit: Phòng Nội vụ
aliases: ["/van-ban/zqx-duong-dan-cu-hen-gio/"]
attachments:
  - file: ./zqx-ban-goc-hen-gio.pdf
    title: Bản gốc có chữ ký
source:
  kind: ban-dien-tu
publishAt: "${EMBARGO_LIFTS}"`,
	body: 'Nội dung ZQXEMBARGOBODY của quyết định.',
};

const WITHDRAWN = {
	id: `${AGENCY}/2023/zqx-quyet-dinh-thu-hoi`,
	markers: ['ZQXWITHDRAWNTITLE', 'ZQXWITHDRAWNNUMBER', 'ZQXWITHDRAWNBODY', 'ZQXWITHDRAWNPERSON'],
	reason: 'Ban hành nhầm ZQXWITHDRAWNREASON',
	frontmatter: `type: quyet-dinh-khen-thuong
number: ZQXWITHDRAWNNUMBER
symbol: QĐ-UBND
date: 2023-12-15
agency: ${AGENCY}
title: Về việc tặng Giấy khen ZQXWITHDRAWNTITLE
summary: Quyết định đã bị thu hồi.
campaign: thuan-nam-cchc-2023
award: giay-khen
honourees:
  - kind: ca-nhan
    name: Trần Thị ZQXWITHDRAWNPERSON
    position: Chuyên viên
    unit: Phòng Nội vụ
withdrawn:
  date: 2024-01-10
  reason: Ban hành nhầm ZQXWITHDRAWNREASON
source:
  kind: ban-dien-tu`,
	body: 'Nội dung ZQXWITHDRAWNBODY của quyết định.',
};

const DRAFT_CAMPAIGN = {
	id: 'zqx-phong-trao-ban-nhap',
	markers: ['ZQXCAMPAIGNTITLE', 'zqx-phong-trao-ban-nhap'],
	yaml: `title: Phong trào ZQXCAMPAIGNTITLE năm 2024
agency: ${AGENCY}
start: 2024-02
end: 2024-12
summary: Phong trào chưa công bố.
areas: [cai-cach-hanh-chinh]
draft: true
`,
};

type Fixture = { id: string; frontmatter: string; body: string };
const slugOf = (id: string) => id.split('/').at(-1)!;
const pageOf = (id: string) => `van-ban/${id}/index.html`;

function addDocument(root: string, doc: Fixture): void {
	writeFile(root, `documents/${doc.id}.mdx`, `---\n${doc.frontmatter}\n---\n\n${doc.body}\n`);
}

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
const outs: string[] = [];

beforeAll(() => {
	root = copyContent();
	for (const doc of [DRAFT, EMBARGOED, WITHDRAWN]) addDocument(root, doc);
	writeFile(root, `campaigns/${DRAFT_CAMPAIGN.id}.yaml`, DRAFT_CAMPAIGN.yaml);
	fs.writeFileSync(path.join(root, 'documents', AGENCY, '2024', 'zqx-ban-goc-ban-nhap.pdf'), tinyPdf('ZQXDRAFTPDF'));
	fs.writeFileSync(path.join(root, 'documents', AGENCY, '2023', 'zqx-ban-goc-hen-gio.pdf'), tinyPdf('ZQXEMBARGOPDF'));
	outs.push(buildSite(root, { SITE_NOW: TEST_NOW }));
	before = outputFiles(outs[0]!);
	outs.push(buildSite(root, { SITE_NOW: '2024-03-05T08:30:00+07:00' }));
	after = outputFiles(outs[1]!);
}, 300_000);

afterAll(() => {
	for (const dir of [root, ...outs]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
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
