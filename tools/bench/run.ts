import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { preview } from 'astro';
import { generateCorpus } from './corpus.ts';
import { distSize, median, run, settleDisk, type DistSize } from './measure.ts';
import { folderSize } from '../../src/lib/files.ts';
import { pageWeight, queryTransfer } from './page-weight.ts';
import { renderShareImages } from '../../src/share-images/pool.ts';
import { documentCard } from '../../src/share-images/share-cards.ts';
import { cacheDirFor } from '../../src/paths.ts';

/**
 * `npm run bench`: builds a synthetic corpus and prints one table of figures.
 * It reports; it never fails on a target. BENCH_SIZES="1000,10000" by default.
 */
const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules', '.bin', 'astro');
/** What `npm run build` runs: Astro, then the search index. */
const BUILD = [process.execPath, path.join(ROOT, 'src', 'build.ts')] as const;
const WORK = path.join(os.tmpdir(), 'tdkt-bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
/** BENCH_COMPONENTS=0.1: that share of documents uses the MDX components (compiled by Astro instead of rendered in the content layer). */
const componentShare = Number(process.env.BENCH_COMPONENTS ?? '0');
const rows: [string, ...string[]][] = [];
const breakdowns: string[] = [];
const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const kb = (bytes: number) => `${fmt(bytes / 1024)} KB`;
const mb = (bytes: number) => `${fmt(bytes / 1e6)} MB`;
/** What issue 18 asks of a 10,000-document site: it fits a 1 GB host with room to grow. */
const DIST_TARGET = '< 600 MB ở 10.000 văn bản';

/** Rows for the built site's size: total, then each kind of file, largest first. */
function distRows(label: string, size: DistSize): [string, ...string[]][] {
	return [
		[`${label}: dist/ toàn bộ`, mb(size.bytes), `${size.files.toLocaleString('en-US')} tệp; trang văn bản ${kb(size.perDocumentPage)}, ảnh chia sẻ ${kb(size.perShareImage)} mỗi tệp`, DIST_TARGET],
		...size.kinds.map((kind): [string, ...string[]] => [`${label}: dist/ – ${kind.kind}`, mb(kind.bytes), `${kind.files.toLocaleString('en-US')} tệp`, '']),
	];
}

/**
 * Empties Astro's caches for the corpus. `keepImages` keeps its `assets/` folder, the photo
 * renditions Astro keys by a digest of source and transform: what "images cached" means for the
 * warm build, as the deploy workflow keeps them with the share images (node_modules/.astro).
 */
function clearAstroCaches(corpus: string, { keepImages = false } = {}) {
	const cache = cacheDirFor(corpus);
	for (const dir of [path.join(ROOT, '.astro'), `${cache}-bare`]) fs.rmSync(dir, { recursive: true, force: true });
	if (!fs.existsSync(cache)) return;
	for (const entry of fs.readdirSync(cache)) if (!(keepImages && entry === 'assets')) fs.rmSync(path.join(cache, entry), { recursive: true, force: true });
}

async function shareImageTimes(corpus: string) {
	const { checkContent } = await import('../../src/validation/index.ts');
	const { content } = checkContent(corpus);
	const cards = [...content.documents.values()].slice(0, 200).map((doc) => documentCard(doc.data, content.agencies.get(doc.data.agency)!.data));
	const cacheDir = path.join(WORK, 'og-cache-probe');
	fs.rmSync(cacheDir, { recursive: true, force: true });
	settleDisk();
	const cold = await renderShareImages(cards, { outDir: path.join(WORK, 'og-probe'), cacheDir });
	const started = performance.now();
	await renderShareImages(cards, { outDir: path.join(WORK, 'og-probe-2'), cacheDir });
	return { coldMedian: median(cold.msPerImage), cachedPerImage: (performance.now() - started) / cards.length };
}

async function measureSize(documents: number) {
	const corpus = path.join(WORK, `corpus-${documents}`);
	const out = path.join(WORK, `site-${documents}`);
	const stats = generateCorpus({ dir: corpus, documents, honourees: documents * 5, components: componentShare });
	const env = { CONTENT_DIR: corpus, OUT_DIR: out, SHARE_IMAGE_CACHE: path.join(WORK, `og-cache-${documents}`), SITE_NOW: '2024-06-01' };
	fs.rmSync(env.SHARE_IMAGE_CACHE, { recursive: true, force: true });
	clearAstroCaches(corpus);
	console.error(`[bench] ${documents} văn bản: dựng toàn bộ (lần đầu)…`);
	const full = await run(BUILD[0], [BUILD[1]], env);
	console.error(`[bench] ${documents} văn bản: dựng lại khi ảnh đã có trong bộ nhớ đệm…`);
	clearAstroCaches(corpus, { keepImages: true });
	const warm = await run(BUILD[0], [BUILD[1]], env);
	console.error(`[bench] ${documents} văn bản: sửa một văn bản rồi dựng lại…`);
	fs.appendFileSync(path.join(corpus, stats.sampleDocument), '\nĐoạn văn được thêm để đo thời gian dựng lại.\n');
	// BUILD_TIMINGS: the rebuild prints where its time went; printed after the table.
	const rebuild = await run(BUILD[0], [BUILD[1]], { ...env, BUILD_TIMINGS: '1' });
	const table = rebuild.output.indexOf('Thời gian từng bước');
	// Whether the rebuild's search step wrote a delta or indexed the whole site, and why (src/search/delta-run.ts).
	const indexStep = /chỉ mục bổ sung \d+ trang|lập chỉ mục toàn bộ \([^\n]*\)/.exec(rebuild.output)?.[0] ?? 'bản dựng không ghi cách lập chỉ mục';
	// How many files the content check parsed and checked again (the others from its cache, src/validation/per-file-cache.ts).
	const checkStep = /đọc và kiểm tra lại (\d+) tệp mới hoặc đã sửa/.exec(rebuild.output)?.[1];
	breakdowns.push(`${documents.toLocaleString('en-US')} văn bản, dựng lại sau khi sửa 1 văn bản. ${table < 0 ? 'Bản dựng không in bảng thời gian.' : rebuild.output.slice(table)}`);
	console.error(`[bench] ${documents} văn bản: trang Astro tối giản (mốc so sánh)…`);
	clearAstroCaches(corpus);
	const bare = await run(ASTRO, ['build', '--root', path.join(ROOT, 'tools/bench/bare')], { CONTENT_DIR: corpus, OUT_DIR: path.join(WORK, `bare-${documents}`) });
	const images = await shareImageTimes(corpus);
	const server = await preview({ root: ROOT, outDir: out, server: { host: '127.0.0.1', port: 4399 }, logLevel: 'error' });
	const docPath = `/van-ban/${stats.sampleDocument.replace(/^documents\//, '').replace(/\.mdx$/, '')}/`;
	const weight = await pageWeight(`http://127.0.0.1:4399${docPath}`);
	const transfer = await queryTransfer('http://127.0.0.1:4399/tim-kiem/?q=cai+cach+hanh+chinh');
	await server.stop();
	const label = `${documents.toLocaleString('en-US')} văn bản${stats.withComponents > 0 ? ` (${stats.withComponents} dùng thành phần MDX, ${stats.withPhoto} có ảnh)` : ''}`;
	rows.push(
		[`${label}: dựng toàn bộ, lần đầu (ảnh chưa có)`, `${fmt(full.seconds)} s`, `${fmt(full.seconds / bare.seconds, 2)}× mốc`, '≤ 2,0×'],
		[`${label}: dựng toàn bộ, ảnh đã có trong bộ nhớ đệm`, `${fmt(warm.seconds)} s`, `${fmt(warm.seconds / bare.seconds, 2)}× mốc`, '≤ 2,0×'],
		[`${label}: mốc Astro tối giản (cùng MDX)`, `${fmt(bare.seconds)} s`, '', ''],
		[
			`${label}: dựng lại sau khi sửa 1 văn bản`,
			`${fmt(rebuild.seconds)} s`,
			`${fmt(rebuild.seconds / full.seconds, 2)}× dựng toàn bộ lần đầu, ${fmt(rebuild.seconds / warm.seconds, 2)}× khi ảnh đã có; ${indexStep}; kiểm tra lại ${checkStep ?? '?'} tệp`,
			'≤ 0,10× khi ảnh đã có (issue 18)',
		],
		[`${label}: bộ nhớ đỉnh`, `${fmt(Math.max(full.peakMb, warm.peakMb, rebuild.peakMb) / 1024, 2)} GB`, `mốc: ${fmt(bare.peakMb / 1024, 2)} GB`, '≤ 4 GB'],
		[`${label}: ảnh chia sẻ, trung vị mỗi ảnh (chưa có / đã có)`, `${fmt(images.coldMedian)} ms / ${fmt(images.cachedPerImage, 2)} ms`, '', '≤ 60 ms'],
		[`${label}: chỉ mục Pagefind (sau lần dựng lại)`, kb(folderSize(path.join(out, 'pagefind')).bytes), `${kb(transfer)} mỗi truy vấn`, ''],
		[`${label}: trang văn bản (HTML/CSS/phông/JS)`, kb(weight.total), `${kb(weight.html)} / ${kb(weight.css)} / ${kb(weight.fonts)} / ${kb(weight.js)}`, '≤ 60 KB'],
		...distRows(label, distSize(out)),
	);
}

function printTable() {
	console.log(`\nMáy: ${os.cpus().length} lõi, ${fmt(os.totalmem() / 2 ** 30, 0)} GB RAM, Node ${process.version}, tải ${os.loadavg().map((load) => fmt(load, 2)).join(' ')}\n`);
	console.log('| phép đo | kết quả | so sánh | mục tiêu |\n|---|---|---|---|');
	for (const row of rows) console.log(`| ${row.join(' | ')} |`);
	for (const breakdown of breakdowns) console.log(`\n${breakdown}`);
}

// BENCH_DIST=<folder>: only the size table of a site already built (a 10,000-document build takes half an hour).
if (process.env.BENCH_DIST) {
	rows.push(...distRows(path.basename(path.resolve(process.env.BENCH_DIST)), distSize(path.resolve(process.env.BENCH_DIST))));
} else {
	fs.mkdirSync(WORK, { recursive: true });
	for (const size of sizes) await measureSize(size);
}
printTable();
