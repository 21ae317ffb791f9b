/**
 * Facts about photos, remembered between checks: the build runs the check
 * every time, and reading a 12-megapixel phone photo to its end takes about
 * a second on this project's busy 2-core machine, so only photos that are
 * new or changed since the last check are read again. A photo is the same
 * while its bytes and the code that reads it (the probe and sharp's version)
 * are: hashing a 10 MB photo costs milliseconds, decoding it a second. The
 * file lives in the content folder's Astro cache folder (src/paths.ts), one
 * per content folder.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cacheDirFor } from '../paths.ts';
import { cacheKey } from '../lib/cache-key.ts';
import type { ImageFacts } from './image-probe.ts';

interface Remembered {
	stamp: string;
	facts: ImageFacts;
}

const CACHE_FILE = 'image-facts.json';

let readerKey: string | undefined;
/** The probe's code and sharp's version: an upgrade may read a photo differently. */
function reader(): string {
	readerKey ??= cacheKey({ code: [new URL('./image-probe.ts', import.meta.url).pathname], packages: ['sharp'] });
	return readerKey;
}

/** One version of a file: a digest of its bytes and of the code that reads it. */
function stampOf(file: string): string {
	return createHash('sha256').update(reader()).update(fs.readFileSync(file)).digest('hex');
}

function load(cacheFile: string): Record<string, Remembered> {
	try {
		return JSON.parse(fs.readFileSync(cacheFile, 'utf8')) as Record<string, Remembered>;
	} catch {
		// Missing or half-written: every photo is read again.
		return {};
	}
}

/** Facts for each file: remembered ones as they are, the rest from `read`, and the cache rewritten to hold exactly these files. */
export function cachedImageFacts(contentRoot: string, files: string[], read: (files: string[]) => Map<string, ImageFacts>): Map<string, ImageFacts> {
	// Most content has no photo: nothing to read, nothing to write.
	if (files.length === 0) return new Map();
	const cacheFile = path.join(cacheDirFor(contentRoot), CACHE_FILE);
	const remembered = load(cacheFile);
	const stamps = new Map(files.map((file) => [file, stampOf(file)]));
	const fresh = read(files.filter((file) => remembered[file]?.stamp !== stamps.get(file)));
	const facts = new Map(files.map((file) => [file, fresh.get(file) ?? remembered[file]!.facts]));
	const next = Object.fromEntries(files.map((file) => [file, { stamp: stamps.get(file)!, facts: facts.get(file)! }]));
	try {
		fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
		// Written beside and renamed, so a check running at the same time never reads half a file.
		const temporary = `${cacheFile}.${process.pid}`;
		fs.writeFileSync(temporary, JSON.stringify(next));
		fs.renameSync(temporary, cacheFile);
	} catch {
		// A read-only cache folder only costs the next check the same reading again.
	}
	return facts;
}
