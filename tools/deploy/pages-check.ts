/**
 * npm run deploy:pages-check [-- --dist <dir>]
 * Run by the GitHub Pages workflow before uploading: fails (exit 1) when the
 * site no longer fits in GitHub Pages, warns from 800 MB.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIo, type CliIo } from './cli-io.ts';
import { measureSite, pagesVerdict } from './pages-size.ts';

/** Exit code 0 when the site fits (a warning near the limit still passes), 1 when it does not, 2 on wrong usage. */
export function runCli(argv: string[], io: CliIo = defaultIo): number {
	let dist: string;
	try {
		dist = path.resolve(parseArgs({ args: argv, options: { dist: { type: 'string', default: (io.env ?? process.env).OUT_DIR ?? 'dist' } } }).values.dist);
	} catch (error) {
		io.err(`Lỗi tham số dòng lệnh: ${(error as Error).message}\nCách dùng: npm run deploy:pages-check -- [--dist <thư mục>]`);
		return 2;
	}
	let verdict;
	try {
		verdict = pagesVerdict(measureSite(dist));
	} catch (error) {
		io.err(`Không đo được thư mục ${dist}: ${(error as Error).message}\nCách sửa: chạy npm run build trước.`);
		return 1;
	}
	// GitHub Actions shows ::warning:: and ::error:: lines as annotations on the run's summary.
	if (verdict.level === 'ok') io.out(verdict.message);
	else io.err(`::${verdict.level === 'warn' ? 'warning' : 'error'} title=Dung lượng GitHub Pages::${verdict.message.replaceAll('\n', '%0A')}`);
	return verdict.level === 'error' ? 1 : 0;
}

if (import.meta.main) {
	process.exitCode = runCli(process.argv.slice(2));
}
