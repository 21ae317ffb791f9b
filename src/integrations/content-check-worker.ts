/**
 * The content check on a worker thread (content-check.ts): the same check as
 * `npm run check`, with the build's per-file cache, sending back only what
 * the build needs of the content it read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../validation/index.ts';
import { unlistedPaths } from '../feeds/sitemap-filter.ts';
import { predictedDocumentCards } from '../share-images/predicted-cards.ts';
import { redirectTable } from '../share/redirect-table.ts';
import { isPublic } from '../lib/publication.ts';
import { now } from '../lib/dates.ts';
import type { CheckVerdict } from './check-verdict.ts';

const { contentDir, cacheDir } = workerData as { contentDir: string; cacheDir: string };
const result = checkContent(contentDir, { cacheDir });
const valid = result.errors.length === 0;
const at = now();
parentPort!.postMessage({
	errors: result.errors,
	warnings: result.warnings,
	checkedFiles: result.checkedFiles,
	unlisted: [...unlistedPaths(result.content.documents)],
	predictedCards: valid ? predictedDocumentCards(result.content, at) : [],
	// The publication rule site() applies (src/lib/content.ts), so only public documents' addresses lead anywhere.
	redirects: valid ? redirectTable([...result.content.documents.values()].filter((doc) => isPublic(doc.data, at))) : [],
} satisfies CheckVerdict);
