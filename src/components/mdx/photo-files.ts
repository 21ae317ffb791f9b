import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { contentPath } from '../../paths.ts';
import { photoSources } from '../../validation/body-syntax.ts';

/**
 * Digest of the photo files a body compiled as MDX shows, for the page's
 * incremental-build key: replacing a photo under the same name changes the
 * page although neither its text nor its data did.
 */
export function photoFilesDigest(id: string, body: string): string | undefined {
	const sources = photoSources(body);
	if (sources.length === 0) return undefined;
	const folder = path.dirname(contentPath('documents', `${id}.mdx`));
	const hash = createHash('sha256');
	for (const src of sources) {
		const file = path.join(folder, path.basename(src));
		hash.update(src).update('\0').update(fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0)).update('\0');
	}
	return hash.digest('hex');
}
