/**
 * `npm run national:import -- --database <url> --site <origin> (--dist <built site> | --content <folder> [--now YYYY-MM-DD])`:
 * loads one agency site into the national search, replacing what it had
 * there. A built site is read from its Pagefind bundle (exactly what its own
 * search holds); a content folder through the site's publication rule.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { readIndexedPages } from '../../src/search/read-index.ts';
import { pagesFromContent } from './content-source.ts';
import { importPages, refreshCommonWords } from './import-pages.ts';
import { fromIndexedPage } from './page.ts';
import { createIndexes, createSchema } from './schema.ts';
import type { Io } from './serve.ts';

export async function runCli(argv: string[], io: Io): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: {
			database: { type: 'string', default: process.env.DATABASE_URL },
			site: { type: 'string' },
			dist: { type: 'string' },
			content: { type: 'string' },
			now: { type: 'string' },
		},
	});
	if (!values.database || !values.site || Boolean(values.dist) === Boolean(values.content)) {
		io.err('Thiếu tham số. Cách sửa: npm run national:import -- --database postgres://… --site https://<trang của đơn vị> (--dist <thư mục dist> | --content <thư mục content>).');
		return 2;
	}
	const site = new URL(values.site).origin;
	const now = values.now ? new Date(values.now) : new Date();
	const pages = values.dist ? readIndexedPages(path.resolve(values.dist)).map((page) => ({ page: fromIndexedPage(page, site) })) : pagesFromContent(path.resolve(values.content!), site, now);
	const sql = postgres(values.database, { onnotice: () => {} });
	try {
		await createSchema(sql);
		const count = await importPages(sql, [site], pages);
		await createIndexes(sql);
		const common = await refreshCommonWords(sql);
		io.out(`Đã nạp ${count} trang của ${site}; ${common} từ phổ biến chỉ được tìm trong tiêu đề, số hiệu và tên.`);
		return 0;
	} finally {
		await sql.end();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
	process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
}
