/**
 * `npm run national:serve -- --database <url> [--port 8787] [--host 127.0.0.1]`:
 * the national search endpoint (server.ts) over a database filled by
 * `npm run national:import`.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { createNationalServer, SEARCH_PATH } from './server.ts';

export interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}

/** A statement slower than this is cut off: the site's own search answers instead (its fallback waits no longer). */
export const STATEMENT_TIMEOUT_MS = 2_000;

export async function runCli(argv: string[], io: Io): Promise<number> {
	const { values } = parseArgs({
		args: argv,
		options: { database: { type: 'string', default: process.env.DATABASE_URL }, port: { type: 'string', default: '8787' }, host: { type: 'string', default: '127.0.0.1' } },
	});
	if (!values.database) {
		io.err('Thiếu địa chỉ cơ sở dữ liệu. Cách sửa: thêm --database postgres://… hoặc đặt biến DATABASE_URL.');
		return 2;
	}
	const sql = postgres(values.database, { connection: { statement_timeout: STATEMENT_TIMEOUT_MS }, onnotice: () => {} });
	const server = createNationalServer(sql, io.err);
	await new Promise<void>((resolve) => server.listen(Number(values.port), values.host, resolve));
	io.out(`Tìm kiếm toàn quốc: http://${values.host}:${values.port}${SEARCH_PATH}?q=…`);
	await new Promise<void>((resolve) => process.once('SIGTERM', resolve).once('SIGINT', resolve));
	server.close();
	await sql.end();
	return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
	process.exitCode = await runCli(process.argv.slice(2), { out: (line) => console.log(line), err: (line) => console.error(line) });
}
