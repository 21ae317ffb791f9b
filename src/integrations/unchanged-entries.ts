/**
 * Astro's glob loader keeps an entry whose file digest is the stored one, but
 * only after it has parsed the file's front matter (or YAML) to find its id:
 * every file of the site is parsed again on every build, for nothing when it
 * did not change. Our ids come from the file path alone (`entryId`), so the
 * stored entry can be looked up before parsing: when its digest is the one
 * Astro would compute for the same text, the file's front matter is not
 * parsed and the glob loader keeps the stored entry as it is (it reads no
 * data from the parse on that path, only the id).
 *
 * Relies on the glob loader of Astro 7 reading entry types from its context
 * (`entryTypes`, not part of the public type) and on its check
 * `existingEntry.digest === digest && existingEntry.filePath` before using
 * the parse: `test/unit/unchanged-entries-cache.test.ts` runs Astro's own
 * glob loader, so an Astro that stops doing either fails there, not in a
 * build. An entry stored with a marked digest (a body not public yet, see
 * src/markdown/bodies-in-content-layer.ts) never matches, so it is parsed
 * and checked against the clock again, as before.
 *
 * No file is parsed before the content check's verdict, but the unchanged
 * ones are gone through while the check runs on its thread: Astro reads
 * each and compares digests meanwhile (1.6 s at 10,000 documents, which
 * came after the verdict before).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkVerdict } from './check-verdict.ts';

type EntryInfoParams = { fileUrl: URL; contents: string };
type EntryType = { getEntryInfo(params: EntryInfoParams): unknown };
/** The loader context as Astro 7's content layer passes it: with the entry types by file extension. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };

/** What the glob loader needs of a parse it is about to discard: an id comes from the path, so no data. */
const NOT_PARSED = Object.freeze({ data: Object.freeze({}), body: '', rawData: '', slug: '' });

/**
 * Wraps a glob loader over `base` whose ids come from the path alone
 * (`idOf(relative path)`): a file whose digest is its stored entry's is not
 * parsed. `onParse` is told each file that is (for tests and the build log).
 */
export function skipUnchangedEntries(loader: Loader, base: string, idOf: (relativePath: string) => string, onParse?: (relativePath: string) => void): Loader {
	return {
		...loader,
		async load(context) {
			const verdict = checkVerdict();
			const release = holdStoreWrite(context);
			try {
				const { entryTypes } = context as ContextWithEntryTypes;
				if (!entryTypes) {
					await verdict;
					return await loader.load(context);
				}
				const unchanged = (fileUrl: URL, contents: string): boolean => {
					const relativePath = path.relative(base, fileURLToPath(fileUrl)).split(path.sep).join('/');
					const stored = context.store.get(idOf(relativePath));
					if (stored?.filePath && stored.digest === context.generateDigest(contents)) return true;
					onParse?.(relativePath);
					return false;
				};
				// A file is parsed only after the content check's verdict (check-verdict.ts): a build with errors stops
				// there, in Vietnamese, before Astro's schema could report anything in English. Unchanged files need no
				// parse, so Astro goes through them (reading each and comparing digests) while the check runs.
				const parsed = async (type: EntryType, params: EntryInfoParams) => {
					await verdict;
					return type.getEntryInfo(params);
				};
				const wrapped = new Map(
					[...entryTypes].map(([extension, type]): [string, EntryType] => [
						extension,
						// The type itself stays the prototype: the loader also asks it for its render function and module types.
						Object.assign(Object.create(type) as EntryType, {
							getEntryInfo: (params: EntryInfoParams) => (unchanged(params.fileUrl, params.contents) ? NOT_PARSED : parsed(type, params)),
						}),
					]),
				);
				await loader.load({ ...context, entryTypes: wrapped } as LoaderContext);
				// Nothing after the loaders (reference checks, the store's write) runs before the verdict either.
				await verdict;
			} finally {
				release();
			}
		},
	};
}

/** The meta key `holdStoreWrite` touches; its value never changes, so the store written at the end is the same. */
const HOLD_KEY = 'unchanged-entries:held';

/**
 * Astro serialises its whole store 500 ms after any change to it
 * (astro/dist/content/mutable-data-store.js, debounced), and it sets its
 * meta keys (version, configuration digests) just before the loaders run:
 * so while the loaders went through the files or waited for the check, the
 * whole store was serialised and compared with its file for nothing (1.43 s
 * of the main thread at 10,000 documents, CPU profile of a one-edit rebuild,
 * still running when the verdict came). Setting a meta key of ours restarts
 * that delay, so the store is serialised once, when the sync ends and Astro
 * waits for its write. Returns the function that lets go.
 */
function holdStoreWrite(context: LoaderContext): () => void {
	const touch = () => context.meta.set(HOLD_KEY, 'held');
	touch();
	const timer = setInterval(touch, 250);
	return () => clearInterval(timer);
}
