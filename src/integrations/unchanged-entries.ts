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
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { checkVerdict } from './check-verdict.ts';

type EntryType = { getEntryInfo(params: { fileUrl: URL; contents: string }): unknown };
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
			// No file is read before the content check's verdict (check-verdict.ts): a build with errors stops there, in Vietnamese.
			await checkVerdict();
			const { entryTypes } = context as ContextWithEntryTypes;
			if (!entryTypes) return loader.load(context);
			const unchanged = (fileUrl: URL, contents: string): boolean => {
				const relativePath = path.relative(base, fileURLToPath(fileUrl)).split(path.sep).join('/');
				const stored = context.store.get(idOf(relativePath));
				if (stored?.filePath && stored.digest === context.generateDigest(contents)) return true;
				onParse?.(relativePath);
				return false;
			};
			const wrapped = new Map(
				[...entryTypes].map(([extension, type]): [string, EntryType] => [
					extension,
					// The type itself stays the prototype: the loader also asks it for its render function and module types.
					Object.assign(Object.create(type) as EntryType, {
						getEntryInfo: (params: { fileUrl: URL; contents: string }) => (unchanged(params.fileUrl, params.contents) ? NOT_PARSED : type.getEntryInfo(params)),
					}),
				]),
			);
			return loader.load({ ...context, entryTypes: wrapped } as LoaderContext);
		},
	};
}
