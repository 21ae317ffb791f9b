import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { listenLocally } from '../search/static-server.ts';

/** One block of a `_headers` file: a path pattern and what it sets or detaches, in order. */
interface HeaderRule {
	pattern: RegExp;
	actions: ({ set: string; value: string } | { detach: string })[];
}

/**
 * Reads a `_headers` file the way Cloudflare Pages documents it: a path line
 * (`*` matches anything, including nothing), then indented `Name: value`
 * lines; `! Name` drops a header an earlier matching rule attached.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*');
			rules.push({ pattern: new RegExp(`^${source}$`), actions: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`Header line before any path: ${line}`);
		const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
		if (detach) {
			rule.actions.push({ detach: detach[1]!.toLowerCase() });
			continue;
		}
		const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
		if (!name || value === undefined) throw new Error(`Not a header line: ${line}`);
		rule.actions.push({ set: name.toLowerCase(), value });
	}
	return rules;
}

/** The headers every matching rule gives a path; a header set by two rules has both values, comma-joined. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules.filter((candidate) => candidate.pattern.test(pathname))) {
		for (const action of rule.actions) {
			if ('detach' in action) delete headers[action.detach];
			else headers[action.set] = headers[action.set] ? `${headers[action.set]}, ${action.value}` : action.value;
		}
	}
	return headers;
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.jpg': 'image/jpeg',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml',
};

/** A file served from memory, with its type. */
interface ExtraFile {
	type: string;
	body: string | Buffer;
}

/**
 * Serves a built site as a static host would with its `_headers` file:
 * directory indexes, 404.html for what is missing, and the file's headers
 * on every response. `extra` adds in-memory files (a framing test page, an HTML
 * page is a string).
 */
export async function serveWithHeaders(root: string, extra: Record<string, string | ExtraFile> = {}): Promise<{ origin: string; close: () => Promise<void> }> {
	const rules = parseHeadersFile(fs.readFileSync(path.join(root, '_headers'), 'utf8'));
	const server = http.createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const headers = headersFor(rules, pathname);
		const added = extra[pathname];
		if (added !== undefined) {
			const file = typeof added === 'string' ? { type: TYPES['.html']!, body: added } : added;
			response.writeHead(200, { ...headers, 'content-type': file.type }).end(file.body);
			return;
		}
		let file = path.join(root, pathname);
		if (pathname.endsWith('/')) file = path.join(file, 'index.html');
		const found = file.startsWith(root + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
		if (!found) file = path.join(root, '404.html');
		response.writeHead(found ? 200 : 404, { ...headers, 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		fs.createReadStream(file).pipe(response);
	});
	return listenLocally(server);
}
