import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

/**
 * `npm run screenshots [-- --dist dist --out docs/screenshots --only <name> --full]`:
 * every page type at 360 px (first two screens) and 1280 px (first screen),
 * and as printed (first A4 page, Chromium's print media), for a person to
 * look at. Not a test: test/e2e/layout.test.ts asserts the positions that matter.
 */
export const PAGE_TYPES: Record<string, string> = {
	'trang-chu': '/',
	'van-ban-ke-hoach': '/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	'van-ban-quyet-dinh': '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/',
	'van-ban-tin-bai': '/van-ban/ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	'danh-sach-van-ban': '/van-ban/',
	'phong-trao': '/phong-trao/co-le-cchc-2024/',
	'co-quan': '/co-quan/ubnd-huyen-bac-tra-my/',
	'khen-thuong': '/khen-thuong/',
	'tim-kiem': '/tim-kiem/?q=c%E1%BA%A3i%20c%C3%A1ch',
	'thong-ke': '/thong-ke/',
	'du-lieu': '/du-lieu/',
	'gioi-thieu': '/gioi-thieu/',
	'khong-tim-thay': '/khong-co-trang-nay/',
};

interface Io {
	stdout: (line: string) => void;
}

function option(argv: string[], name: string, fallback: string): string {
	const index = argv.indexOf(name);
	return index >= 0 && argv[index + 1] ? argv[index + 1]! : fallback;
}

export async function runCli(argv: string[], io: Io): Promise<number> {
	const dist = option(argv, '--dist', 'dist');
	const out = option(argv, '--out', path.join('docs', 'screenshots'));
	const only = option(argv, '--only', '');
	const full = argv.includes('--full');
	fs.mkdirSync(out, { recursive: true });
	const server = await serveStatic(dist);
	const browser = await launchBrowser();
	// One context for every shot, its cache warmed first: the web fonts are font-display: optional, so a page
	// whose fonts came later than 100 ms (likely on a busy machine) would be shot in the fallback faces.
	const context = await browser.newContext({ deviceScaleFactor: 1 });
	const warm = await context.newPage();
	await warm.goto(server.origin + '/', { waitUntil: 'networkidle' });
	await warm.close();
	try {
		for (const [name, sitePath] of Object.entries(PAGE_TYPES)) {
			if (only && !name.includes(only)) continue;
			for (const width of [360, 1280]) {
				const page = await context.newPage();
				await page.setViewportSize({ width, height: width === 360 ? 640 : 900 });
				await page.goto(server.origin + sitePath, { waitUntil: 'networkidle' });
				await page.evaluate(() => document.fonts.ready);
				// A phone's first two screens; a desktop's first screen; the first printed A4 page. `--full` keeps whole pages.
				const first = (height: number) => (full ? { fullPage: true } : { fullPage: true, clip: { x: 0, y: 0, width: page.viewportSize()!.width, height } });
				await page.screenshot({ path: path.join(out, `${name}-${width}.png`), ...first(width === 360 ? 1280 : 900) });
				if (width === 1280) {
					await page.emulateMedia({ media: 'print' });
					await page.setViewportSize({ width: 794, height: 1123 });
					await page.screenshot({ path: path.join(out, `${name}-in.png`), ...first(1123) });
				}
				await page.close();
			}
			io.stdout(`${name}: ${sitePath}`);
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	process.exitCode = await runCli(process.argv.slice(2), { stdout: console.log });
}
