import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** Serves a folder on a free local port: enough to load a Pagefind bundle built into a temporary folder. */
export async function serveFolder(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = http.createServer((request, response) => {
		let file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		if (file.endsWith(path.sep) || file.endsWith('/')) file = path.join(file, 'index.html');
		if (!file.startsWith(root) || !fs.existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		fs.createReadStream(file).pipe(response);
	});
	return listenLocally(server);
}

/** Starts a server on a free local port: its origin, and how to stop it. */
export async function listenLocally(server: http.Server): Promise<{ origin: string; close: () => Promise<void> }> {
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
