import path from 'node:path';

/** Where the content lives; CONTENT_DIR lets tests and benchmarks build another corpus. */
export const CONTENT_DIR = path.resolve(process.env.CONTENT_DIR ?? 'content');
export const contentPath = (...parts: string[]) => path.join(CONTENT_DIR, ...parts);
