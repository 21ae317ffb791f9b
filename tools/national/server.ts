import http from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Sql } from 'postgres';
import { FILTER_KEYS, QUERY_PARAM, type FilterKey } from '../../src/search/filters.ts';
import { NATIONAL_COUNTS_PARAM, NATIONAL_PAGE_PARAM, NATIONAL_PAGES } from '../../src/search/national-client.ts';
import { searchNational, type NationalQuery } from './search.ts';

const gzipAsync = promisify(gzip);

/** The search endpoint; parameters are the search page's own (src/search/filters.ts), plus `trang` (1-based page) and `dem=1` (facet counts). */
export const SEARCH_PATH = '/api/tim-kiem';
export const PAGE_PARAM = NATIONAL_PAGE_PARAM;

/** A query longer than this is no search a reader types; refusing it keeps one request from costing seconds. */
const MAX_QUERY = 200;
/** Facet values are ids, slugs, type keys and years. */
const FILTER_VALUE = /^[a-z0-9-]{1,80}$/;

export class BadRequest extends Error {}

/** Reads a search request from the URL, as the search page writes it (`?q=…&loai=ke-hoach&nam=2024`). */
export function readRequest(params: URLSearchParams): NationalQuery {
	const q = params.get(QUERY_PARAM) ?? '';
	if (q.length > MAX_QUERY) throw new BadRequest(`Từ khóa dài quá ${MAX_QUERY} ký tự. Cách sửa: gõ ngắn hơn.`);
	const filters: Partial<Record<FilterKey, string[]>> = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		const bad = values.find((value) => !FILTER_VALUE.test(value));
		if (bad !== undefined) throw new BadRequest(`Giá trị lọc “${key}” không hợp lệ. Cách sửa: dùng mã không dấu như trên trang tìm kiếm (vd. ${key}=quang-ngai).`);
		if (values.length) filters[key] = values;
	}
	const page = Number(params.get(PAGE_PARAM) ?? '1');
	if (!Number.isInteger(page) || page < 1 || page > NATIONAL_PAGES) throw new BadRequest(`Trang kết quả phải là số từ 1 đến ${NATIONAL_PAGES}. Cách sửa: ${PAGE_PARAM}=1.`);
	return { q, filters, page: page - 1, counts: params.get(NATIONAL_COUNTS_PARAM) === '1' };
}

export interface ServedResponse {
	status: number;
	body: Buffer;
	/** Whether `body` is gzip. */
	gzipped: boolean;
}

/**
 * Answers one request. Results are public and change only on import, so
 * they may be cached for five minutes by browsers and a CDN; any origin may
 * read them (the static sites are on other origins).
 */
export async function answer(sql: Sql, url: URL, acceptsGzip: boolean): Promise<ServedResponse> {
	let status = 200;
	let payload: unknown;
	if (url.pathname === '/healthz') payload = { ok: true };
	else if (url.pathname !== SEARCH_PATH) [status, payload] = [404, { error: `Không có địa chỉ ${url.pathname}. Cách sửa: gọi ${SEARCH_PATH}?q=…` }];
	else {
		try {
			payload = await searchNational(sql, readRequest(url.searchParams));
		} catch (error) {
			if (!(error instanceof BadRequest)) throw error;
			[status, payload] = [400, { error: error.message }];
		}
	}
	const json = Buffer.from(JSON.stringify(payload));
	return acceptsGzip ? { status, body: await gzipAsync(json), gzipped: true } : { status, body: json, gzipped: false };
}

export function createNationalServer(sql: Sql, log: (line: string) => void = () => {}): http.Server {
	return http.createServer(async (request, response) => {
		const headers: http.OutgoingHttpHeaders = {
			'content-type': 'application/json; charset=utf-8',
			'access-control-allow-origin': '*',
			'x-content-type-options': 'nosniff',
			vary: 'accept-encoding',
		};
		try {
			if (request.method !== 'GET' && request.method !== 'HEAD') {
				response.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
				return;
			}
			const url = new URL(request.url ?? '/', 'http://localhost');
			const served = await answer(sql, url, /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')));
			response.writeHead(served.status, {
				...headers,
				'cache-control': served.status === 200 ? 'public, max-age=300' : 'no-store',
				'content-length': served.body.length,
				...(served.gzipped && { 'content-encoding': 'gzip' }),
			});
			response.end(request.method === 'HEAD' ? undefined : served.body);
		} catch (error) {
			// The static site's search falls back to Pagefind on any error; the reason stays in the server's log.
			log(`Lỗi khi trả lời ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
			response.writeHead(503, { ...headers, 'cache-control': 'no-store' }).end(JSON.stringify({ error: 'Tìm kiếm toàn quốc tạm thời không trả lời. Cách sửa: trang tìm kiếm của từng đơn vị vẫn dùng được.' }));
		}
	});
}
