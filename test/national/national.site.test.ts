import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import postgres, { type Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../tools/bench/corpus.ts';
import { startCluster, type Cluster } from '../../tools/national/cluster.ts';
import { runCli as importCli } from '../../tools/national/import-cli.ts';
import { importPages, refreshCommonWords, type ImportedPage } from '../../tools/national/import-pages.ts';
import { fromIndexedPage, type NationalPage } from '../../tools/national/page.ts';
import { measureNationalRelevance } from '../../tools/national/relevance.ts';
import { createIndexes, createSchema, onlyRow } from '../../tools/national/schema.ts';
import { FIELD_CAP } from '../../tools/national/candidates.ts';
import { searchNational, type NationalQuery } from '../../tools/national/search.ts';
import { createNationalServer, SEARCH_PATH } from '../../tools/national/server.ts';
import { stringifyYaml } from '../../src/lib/yaml.ts';
import { askNational } from '../../src/search/national-client.ts';
import { readState } from '../../src/search/state.ts';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { measureRelevance } from '../../src/search/relevance-run.ts';
import { syntheticJudgments } from '../../src/search/synthetic-judgments.ts';
import { JUDGMENTS } from '../search/relevance-judgments.ts';
import { TEST_NOW, testDist } from '../helpers/paths.ts';

/**
 * The national tier on a small corpus: the sample site's built index (site
 * A) and a synthetic content folder of other agencies (site B) holding a
 * draft, an embargoed and a withdrawn document, in a PostgreSQL cluster
 * started for this file. The sample's relevance judgments run on a database
 * of the sample alone, so the comparison with the province search is on the
 * same pages.
 */
const SAMPLE_SITE = 'https://mau.example.vn';
const SYNTHETIC_SITE = 'https://gia-lap.example.vn';
const HIDDEN_WORDS = { draft: 'Khuôngnhạc', embargoed: 'Bìnhminhxa', withdrawn: 'Thuhồilại' };
/** Written beside them, published: proves the hidden ones are left out by the rule, not missed by the reader. */
const PUBLISHED_WORD = 'Côngkhaithật';

let cluster: Cluster;
let national: Sql;
let sampleOnly: Sql;
let corpusDir: string;

async function load(sql: Sql, sources: { site: string; pages: Iterable<ImportedPage> }[]) {
	await createSchema(sql);
	for (const { site, pages } of sources) await importPages(sql, [site], pages);
	await createIndexes(sql);
	await refreshCommonWords(sql);
}

function writeHiddenDocuments(dir: string) {
	const agency = fs.readdirSync(path.join(dir, 'agencies'))[0]!.replace(/\.yaml$/, '');
	const write = (name: string, extra: Record<string, unknown>, word: string) =>
		fs.writeFileSync(
			path.join(dir, 'documents', agency, '2023', `${name}.mdx`),
			`---\n${stringifyYaml({ type: 'ke-hoach', number: '77', symbol: 'KH-UBND', date: '2023-05-02', agency, title: `Kế hoạch ${word} năm 2023`, summary: `Văn bản ${word}.`, source: { kind: 'ban-dien-tu' }, ...extra })}---\n\nNội dung ${word}.\n`,
		);
	fs.mkdirSync(path.join(dir, 'documents', agency, '2023'), { recursive: true });
	write('ban-nhap', { draft: true }, HIDDEN_WORDS.draft);
	write('cho-cong-bo', { publishAt: '2099-01-01T08:00:00+07:00' }, HIDDEN_WORDS.embargoed);
	write('da-thu-hoi', { withdrawn: { date: '2023-06-01', reason: 'Ban hành nhầm.' } }, HIDDEN_WORDS.withdrawn);
	write('da-cong-bo', { draft: false, publishAt: '2023-05-02T08:00:00+07:00' }, PUBLISHED_WORD);
}

beforeAll(async () => {
	cluster = await startCluster();
	const admin = postgres(cluster.url, { onnotice: () => {} });
	await admin`CREATE DATABASE sample_only`;
	await admin.end();
	national = postgres(cluster.url, { onnotice: () => {} });
	sampleOnly = postgres(cluster.url.replace(/\/postgres$/, '/sample_only'), { onnotice: () => {} });
	corpusDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-national-corpus-'));
	generateCorpus({ dir: corpusDir, documents: 150, honourees: 600, seed: 18 });
	writeHiddenDocuments(corpusDir);
	const sample = readIndexedPages(testDist()).map((page) => ({ page: fromIndexedPage(page, SAMPLE_SITE) }));
	// The national database through the import command, one site at a time, as each agency's CI would run it.
	const lines: string[] = [];
	const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
	expect(await importCli(['--database', cluster.url, '--site', SAMPLE_SITE, '--dist', testDist()], io), lines.join('\n')).toBe(0);
	expect(await importCli(['--database', cluster.url, '--site', SYNTHETIC_SITE, '--content', corpusDir, '--now', `${TEST_NOW}T12:00:00+07:00`], io), lines.join('\n')).toBe(0);
	expect(lines[0]).toContain(`Đã nạp ${sample.length} trang của ${SAMPLE_SITE}`);
	await load(sampleOnly, [{ site: SAMPLE_SITE, pages: sample }]);
});

afterAll(async () => {
	await national?.end();
	await sampleOnly?.end();
	cluster?.stop();
	if (corpusDir) fs.rmSync(corpusDir, { recursive: true, force: true });
});

const search = (q: string, filters: NationalQuery['filters'] = {}) => searchNational(national, { q, filters, page: 0 });
const paths = (response: Awaited<ReturnType<typeof search>>) => response.results.map((r) => new URL(r.url).pathname);
const BEN_TRE = '/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/';
const MO_DUC_NOTICE = '/van-ban/ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023/';

describe('national search on a small corpus', () => {
	it('holds both sites, and links each result to the site that publishes it', async () => {
		const { sites } = onlyRow(await national<{ sites: string[] }[]>`SELECT array_agg(DISTINCT site ORDER BY site) AS sites FROM page`);
		expect(sites).toEqual([SYNTHETIC_SITE, SAMPLE_SITE].sort());
		const response = await search('phong tang danh hieu chien si thi dua toan quoc');
		expect(response.results[0]!.url).toBe(`${SAMPLE_SITE}${BEN_TRE}`);
	});

	it('finds a document typed without diacritics, its title shown with them and the match highlighted', async () => {
		const response = await search('ket luan hoi nghi tong ket thi dua mo duc');
		expect(paths(response)[0]).toBe(MO_DUC_NOTICE);
		expect(response.results[0]!.title).toContain('Hội nghị tổng kết phong trào thi đua');
		expect(response.results[0]!.excerpt.some((part) => part.mark)).toBe(true);
	});

	it('folds đ to d both ways: "dong chi Pham Ngoc Lan" and "đồng chí Phạm Ngọc Lan" find the same notice', async () => {
		const folded = await search('dong chi Pham Ngoc Lan');
		const typed = await search('đồng chí Phạm Ngọc Lan');
		expect(paths(folded)[0]).toBe(MO_DUC_NOTICE);
		expect(paths(typed)[0]).toBe(MO_DUC_NOTICE);
		const marked = folded.results[0]!.excerpt.filter((part) => part.mark).map((part) => part.text);
		expect(marked.join(' ')).toMatch(/đồng chí Phạm Ngọc Lan/);
	});

	it('finds a document by its number, with đ or d, and nothing for a number no site has', async () => {
		for (const number of ['563/QĐ-UBND', '563/QD-UBND']) expect(paths(await search(number))[0], number).toBe('/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/');
		expect((await search('999/KH-UBND')).results).toEqual([]);
	});

	it('puts the pages of a person first for a name query, with or without diacritics', async () => {
		const judgments = syntheticJudgments(corpusDir, 40).filter((j) => j.kind === 'name' || j.kind === 'name-folded');
		expect(judgments.length).toBeGreaterThanOrEqual(4);
		for (const judgment of judgments) {
			const found = paths(await search(judgment.query));
			const relevant = judgment.relevant.filter((url) => !url.includes('/ban-nhap/'));
			expect(found.slice(0, relevant.length).sort(), judgment.query).toEqual([...relevant].sort());
		}
		expect(paths(await search('Nguyễn Văn Hiếu'))[0]).toBe(BEN_TRE);
	});

	it('narrows by province, year and type, each result carrying the value asked for', async () => {
		const all = await search('thi dua');
		const narrowed = await search('thi dua', { tinh: ['quang-ngai'], loai: ['thong-bao-ket-luan', 'phong-trao'] });
		expect(narrowed.total).toBeGreaterThan(0);
		expect(narrowed.total).toBeLessThan(all.total);
		const rows = await national<{ url: string; filters: string[] }[]>`SELECT url, filters FROM page WHERE url = ANY(${paths(narrowed)})`;
		for (const row of rows) {
			expect(row.filters, row.url).toContain('tinh=quang-ngai');
			expect(row.filters.some((f) => f === 'loai=thong-bao-ket-luan' || f === 'loai=phong-trao'), row.url).toBe(true);
		}
		const year = await search('', { nam: ['2021'] });
		expect(year.total).toBeGreaterThan(0);
		expect(year.results.every((r) => r.date?.endsWith('2021')), JSON.stringify(year.results.map((r) => r.date))).toBe(true);
	});

	it('never loads a draft, an embargoed or a withdrawn document', async () => {
		expect(paths(await search('congkhaithat'))).toEqual([expect.stringMatching(/\/2023\/da-cong-bo\/$/)]);
		for (const word of Object.values(HIDDEN_WORDS)) {
			expect((await search(word)).results, word).toEqual([]);
			const { count } = onlyRow(await national<{ count: number }[]>`SELECT count(*)::int AS count FROM page WHERE content ILIKE ${`%${word}%`} OR meta::text ILIKE ${`%${word}%`}`);
			expect(count, word).toBe(0);
		}
		const { count } = onlyRow(await national<{ count: number }[]>`SELECT count(*)::int AS count FROM page WHERE url ~ '/(ban-nhap|cho-cong-bo|da-thu-hoi)/'`);
		expect(count).toBe(0);
	});

	it('ranks the judged queries at least as well as the province search on the same pages', async () => {
		const province = await measureRelevance(testDist(), JUDGMENTS);
		const nationalTier = await measureNationalRelevance(sampleOnly, JUDGMENTS);
		expect(nationalTier.queries).toBe(JUDGMENTS.length);
		expect(nationalTier.mrr).toBeGreaterThanOrEqual(province.mrr);
		expect(nationalTier.precisionAt5).toBeGreaterThanOrEqual(province.precisionAt5);
	});
});

describe('a query whose words stand in more pages than are ordered', () => {
	const CROWD = FIELD_CAP + 400;
	let crowded: Sql;
	/** An award decision of the crowd: the three words of the name stand in every one, never side by side, and never in the text. */
	const decision = (i: number, names: string): ImportedPage => ({
		page: {
			site: SYNTHETIC_SITE,
			url: `/van-ban/ubnd-xa-dong-dao/2023/qd-${i}/`,
			content: `Quyết định khen thưởng số ${i} năm 2023 cho các cá nhân có thành tích.`,
			meta: { title: `Quyết định khen thưởng cá nhân đợt ${i} năm 2023`, loai: 'Quyết định khen thưởng', so: `${i}/QĐ-UBND`, ten: names },
			filters: { loai: ['quyet-dinh-khen-thuong'], nam: ['2023'] },
		} satisfies NationalPage,
		sortDate: '2023-05-02',
	});

	beforeAll(async () => {
		const admin = postgres(cluster.url, { onnotice: () => {} });
		await admin`CREATE DATABASE crowded`;
		await admin.end();
		crowded = postgres(cluster.url.replace(/\/postgres$/, '/crowded'), { onnotice: () => {} });
		// The holders of the name come last in the table, where a cap in table order would never reach them.
		const pages = [
			...Array.from({ length: CROWD }, (_, i) => decision(i + 1, 'Phạm Văn Tú; Lê Văn Hòa; Phạm Thị Hòa')),
			...[1, 2, 3].map((n) => decision(CROWD + n, `Trần Thị Mai; Phạm Văn Hòa`)),
		];
		await load(crowded, [{ site: SYNTHETIC_SITE, pages }]);
	});
	afterAll(() => crowded?.end());

	it('still puts the few pages holding a name first, with or without diacritics', async () => {
		const holders = [1, 2, 3].map((n) => `/van-ban/ubnd-xa-dong-dao/2023/qd-${CROWD + n}/`);
		for (const q of ['Phạm Văn Hòa', 'pham van hoa']) {
			const response = await searchNational(crowded, { q, filters: {}, page: 0 });
			expect(response.total, q).toBe(CROWD + 3);
			expect(paths(response).slice(0, 3).sort(), q).toEqual(holders);
		}
	});

	it('counts every page holding a phrase and shows the first ten', async () => {
		const response = await searchNational(crowded, { q: 'khen thưởng cá nhân', filters: {}, page: 0 });
		expect(response.total).toBe(CROWD + 3);
		expect(response.results).toHaveLength(10);
		expect(response.results.every((r) => r.title.includes('khen thưởng cá nhân'))).toBe(true);
	});
});

describe('the national search endpoint', () => {
	let origin: string;
	let close: () => void;
	beforeAll(async () => {
		const server = createNationalServer(national);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		close = () => server.close();
	});
	afterAll(() => close?.());

	it('answers a query with gzip JSON any origin may read', async () => {
		const response = await fetch(`${origin}${SEARCH_PATH}?q=Nguy%E1%BB%85n+V%C4%83n+Hi%E1%BA%BFu&trang=1`, { headers: { 'accept-encoding': 'gzip' } });
		expect(response.status).toBe(200);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		const body = (await response.json()) as Awaited<ReturnType<typeof search>>;
		expect(body.results[0]!.url).toBe(`${SAMPLE_SITE}${BEN_TRE}`);
		const raw = await import('node:http').then(
			(http) =>
				new Promise<Buffer>((resolve) =>
					http.get(`${origin}${SEARCH_PATH}?q=thi+dua`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
						const chunks: Buffer[] = [];
						res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks)));
					}),
				),
		);
		expect(JSON.parse(gunzipSync(raw).toString('utf8')).results).toHaveLength(10);
	});

	it('answers the search page client in the shape it draws', async () => {
		const answer = await askNational(`${origin}${SEARCH_PATH}`, readState(new URLSearchParams('q=Nguyễn Văn Hiếu')), { timeoutMs: 30_000 });
		expect(answer?.results[0]?.url).toBe(`${SAMPLE_SITE}${BEN_TRE}`);
		expect(answer?.total).toBeGreaterThan(0);
	});

	it('refuses a bad filter value with a Vietnamese message and a fix', async () => {
		const response = await fetch(`${origin}${SEARCH_PATH}?q=thi+dua&tinh=%3Cscript%3E`);
		expect(response.status).toBe(400);
		const { error } = (await response.json()) as { error: string };
		expect(error).toMatch(/không hợp lệ/);
		expect(error).toMatch(/Cách sửa/);
	});
});
