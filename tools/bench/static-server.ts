import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

/**
 * The built site served the way a real host serves it, gzip included, so the
 * Lighthouse figures and the screenshots see production bytes. Astro's
 * preview server sends no compression, which costs Lighthouse points that no
 * deployment would lose.
 */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

function resolveFile(root: string, urlPath: string): string | undefined {
	const decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
	const candidate = path.join(root, path.normalize(decoded).replace(/^(\.\.[/\\])+/, ''));
	if (!candidate.startsWith(root)) return undefined;
	for (const file of [candidate, path.join(candidate, 'index.html')]) {
		if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
	}
	return undefined;
}

export interface StaticServer {
	origin: string;
	close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port unless given), gzipping text; long cache for hashed assets as a host would. */
export function serveStatic(root: string, port = 0): Promise<StaticServer> {
	const absoluteRoot = path.resolve(root);
	const server = http.createServer((req, res) => {
		const file = resolveFile(absoluteRoot, req.url ?? '/');
		const notFound = !file;
		const served = file ?? path.join(absoluteRoot, '404.html');
		const type = TYPES[path.extname(served)] ?? 'application/octet-stream';
		const body = fs.existsSync(served) ? fs.readFileSync(served) : Buffer.from('Not found');
		const headers: http.OutgoingHttpHeaders = {
			'Content-Type': type,
			// Assets under /_astro/ and the fonts carry a content hash in their names (src/fonts/font-files.ts).
			'Cache-Control': /^\/(_astro|fonts)\//.test(req.url ?? '') ? 'public, max-age=31536000, immutable' : 'public, max-age=600',
			Vary: 'Accept-Encoding',
		};
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const payload = gzip ? zlib.gzipSync(body, { level: 9 }) : body;
		if (gzip) headers['Content-Encoding'] = 'gzip';
		headers['Content-Length'] = payload.length;
		res.writeHead(notFound ? 404 : 200, headers);
		res.end(req.method === 'HEAD' ? undefined : payload);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const { port: bound } = server.address() as AddressInfo;
			resolve({ origin: `http://127.0.0.1:${bound}`, close: () => new Promise<void>((done) => server.close(() => done())) });
		});
	});
}
