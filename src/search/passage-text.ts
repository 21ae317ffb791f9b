import { META } from './filters.ts';
import type { PagefindResult, PagefindResultData } from './pagefind-api.ts';
import { knownText, PASSAGE_FILE_EXTENSION, passagesToRead, type PassageIndex, type PassageSources } from './passages.ts';

/** A fragment as the indexer writes it for a long page: its lead, and where its passages are (passages.ts). */
type FragmentData = PagefindResultData & { passages?: PassageIndex };

/**
 * Bytes [start, end) of a file, by a Range request. A host that ignores
 * Range sends the whole file with 200: it is cut here, so the result is the
 * same, only the transfer larger.
 */
async function fetchRange(url: string, start: number, end: number): Promise<Uint8Array> {
	const response = await fetch(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	const body = new Uint8Array(await response.arrayBuffer());
	return response.status === 206 ? body : body.slice(start, end);
}

async function inflate(bytes: Uint8Array): Promise<string> {
	const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
	return new Response(stream).text();
}

/** Runs of consecutive passage numbers, each fetched as one range. */
function runsOf(passages: readonly number[]): number[][] {
	const runs: number[][] = [];
	for (const n of [...passages].sort((a, b) => a - b)) {
		const last = runs.at(-1);
		if (last && last.at(-1) === n - 1) last.push(n);
		else runs.push([n]);
	}
	return runs;
}

/** The passages `wanted` of the file at `url`, by number. */
async function readPassages(url: string, index: PassageIndex, wanted: readonly number[]): Promise<Map<number, string>> {
	const startOf = (n: number) => (n === 0 ? 0 : index.ends[n - 1]!);
	const read = new Map<number, string>();
	await Promise.all(
		runsOf(wanted).map(async (run) => {
			const first = startOf(run[0]!);
			const bytes = await fetchRange(url, first, index.ends[run.at(-1)!]!);
			for (const n of run) read.set(n, await inflate(bytes.subarray(startOf(n) - first, index.ends[n]! - first)));
		}),
	);
	return read;
}

function candidateFiles(sources: PassageSources, id: string, resultUrl: string): string[] {
	const ordered = [...sources.bundles.filter((b) => b.resultUrlPrefix && resultUrl.startsWith(b.resultUrlPrefix)), ...sources.bundles.filter((b) => !b.resultUrlPrefix)];
	return ordered.map((bundle) => `${bundle.folder}fragment/${id}${PASSAGE_FILE_EXTENSION}`);
}

/**
 * A result whose data holds, as its text, the lead and the passages where
 * the query matched (passagesToRead; `phraseWords`, asked when the data is,
 * the positions Pagefind's phrase search gave the page), GAP between
 * stretches apart. Should
 * the passages not load (an old browser without DecompressionStream, a
 * host that lost the file), the lead alone is the text: the result is
 * still shown, its excerpt the summary.
 */
export function withPassages(result: PagefindResult, query: string, sources: PassageSources, phraseWords: () => number[] = () => []): PagefindResult {
	const load = async (): Promise<PagefindResultData> => {
		const data = (await result.data()) as FragmentData;
		const index = data.passages;
		if (!index) return data;
		const names = (data.meta[META.names] ?? '').split(';').map((name) => name.trim());
		const wanted = passagesToRead(query, result.words ?? [], index, names, phraseWords());
		if (wanted.length === 0) return data;
		for (const file of candidateFiles(sources, result.id, data.url)) {
			try {
				return { ...data, content: knownText(data.content, await readPassages(file, index, wanted)) };
			} catch {
				// Not this bundle, or not readable here: the next, else the lead alone.
			}
		}
		return data;
	};
	// Read once: the ranking and the list both ask for a result's data.
	let loaded: Promise<PagefindResultData> | undefined;
	return { ...result, data: () => (loaded ??= load()) };
}
