/**
 * Content sync parses only the files whose text changed: Astro's own glob
 * loader, wrapped by skipUnchangedEntries, run twice over a small folder
 * against one store, as two builds do. The store after an edit must equal
 * what loading every file afresh gives.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glob, type LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { skipUnchangedEntries } from '../../src/integrations/unchanged-entries.ts';
import { setCheckVerdict, type CheckVerdict } from '../../src/integrations/check-verdict.ts';
import { entryId } from '../../src/validation/content-files.ts';

type Entry = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number };

/** The parts of Astro's store and context the glob loader uses. */
function fakeContext(root: string, store: Map<string, Entry>, parsed: string[], meta = new Map<string, string>()): LoaderContext {
	const parseFrontMatter = ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
		parsed.push(path.basename(fileUrl.pathname));
		const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(contents) ?? [];
		const data = Object.fromEntries(yaml.split('\n').filter(Boolean).map((line) => line.split(': ') as [string, string]));
		return { data, body, rawData: yaml, slug: '' };
	};
	const scoped = {
		get: (id: string) => store.get(id),
		set: (entry: Entry) => (store.set(entry.id, entry), true),
		delete: (id: string) => void store.delete(id),
		has: (id: string) => store.has(id),
		keys: () => [...store.keys()],
		values: () => [...store.values()],
		entries: () => [...store.entries()],
		clear: () => store.clear(),
		addModuleImport: () => {},
		addAssetImports: () => {},
	};
	const quiet = { info: () => {}, warn: () => {}, error: (message: string) => expect.fail(message), debug: () => {} };
	return {
		collection: 'documents',
		store: scoped,
		config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
		logger: quiet,
		parseData: async ({ data }: { data: Record<string, unknown> }) => data,
		generateDigest: (data: unknown) => createHash('sha256').update(typeof data === 'string' ? data : JSON.stringify(data)).digest('hex'),
		entryTypes: new Map([['.mdx', { extensions: ['.mdx'], getEntryInfo: parseFrontMatter }]]),
		meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value), has: (key: string) => meta.has(key), delete: (key: string) => meta.delete(key) },
	} as unknown as LoaderContext;
}

let root = '';
let base = '';
const write = (name: string, title: string, body = 'Nội dung.') => {
	fs.mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
	fs.writeFileSync(path.join(base, name), `---\ntitle: ${title}\n---\n${body}\n`);
};

function wrappedGlob(onParse?: (file: string) => void) {
	const idOf = (file: string) => entryId('documents', file);
	return skipUnchangedEntries(glob({ pattern: '*/*/*.mdx', base, generateId: ({ entry }) => idOf(entry) }), base, idOf, onParse);
}

async function load(store: Map<string, Entry>): Promise<string[]> {
	const parsed: string[] = [];
	await wrappedGlob().load(fakeContext(root, store, parsed));
	return parsed.sort();
}

beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-unchanged-'));
	base = path.join(root, 'documents');
	write('ubnd-a/2024/ke-hoach-1.mdx', 'Kế hoạch một');
	write('ubnd-a/2024/ke-hoach-2.mdx', 'Kế hoạch hai');
	write('ubnd-b/2023/quyet-dinh-3.mdx', 'Quyết định ba');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('skipUnchangedEntries', () => {
	it('parses every file on the first load, none on a second load of the same files', async () => {
		const store = new Map<string, Entry>();
		expect(await load(store)).toEqual(['ke-hoach-1.mdx', 'ke-hoach-2.mdx', 'quyet-dinh-3.mdx']);
		const first = structuredClone([...store]);
		expect(await load(store)).toEqual([]);
		expect([...store]).toEqual(first);
	});

	it('parses only an edited or new file, drops a deleted one, and ends with the store a fresh load gives', async () => {
		const store = new Map<string, Entry>();
		await load(store);
		write('ubnd-a/2024/ke-hoach-2.mdx', 'Kế hoạch hai, sửa');
		write('ubnd-b/2024/tin-bai-4.mdx', 'Tin bài bốn');
		fs.rmSync(path.join(base, 'ubnd-b/2023/quyet-dinh-3.mdx'));
		expect(await load(store)).toEqual(['ke-hoach-2.mdx', 'tin-bai-4.mdx']);
		expect(store.get('ubnd-a/2024/ke-hoach-2')?.data).toEqual({ title: 'Kế hoạch hai, sửa' });
		expect(store.has('ubnd-b/2023/quyet-dinh-3')).toBe(false);
		const fresh = new Map<string, Entry>();
		await load(fresh);
		expect(Object.fromEntries(store)).toEqual(Object.fromEntries(fresh));
	});

	it('parses again an entry stored with a digest that is not its file’s (a body not public yet)', async () => {
		const store = new Map<string, Entry>();
		await load(store);
		const entry = store.get('ubnd-a/2024/ke-hoach-1')!;
		store.set(entry.id, { ...entry, digest: `${entry.digest}:not-yet-public` });
		expect(await load(store)).toEqual(['ke-hoach-1.mdx']);
		expect(store.get('ubnd-a/2024/ke-hoach-1')?.digest).toBe(entry.digest);
	});
});

describe('the content layer and the content check', () => {
	const verdict = (): CheckVerdict => ({ errors: [], warnings: [], checkedFiles: 0, unlisted: [], predictedCards: [], redirects: [] });
	const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	it('parses no file before the check’s verdict comes (check-verdict.ts), going through the unchanged ones meanwhile', async () => {
		const store = new Map<string, Entry>();
		await load(store);
		write('ubnd-a/2024/ke-hoach-2.mdx', 'Kế hoạch hai, sửa');
		const seen: string[] = [];
		const parsed: string[] = [];
		let deliver = (_: CheckVerdict) => {};
		setCheckVerdict(new Promise<CheckVerdict>((resolve) => (deliver = resolve)));
		try {
			let done = false;
			const loading = wrappedGlob((file) => seen.push(file))
				.load(fakeContext(root, store, parsed))
				.then(() => (done = true));
			await tick(100);
			// The edited file is known to need a parse; the two unchanged ones were compared and kept.
			expect(seen).toEqual(['ubnd-a/2024/ke-hoach-2.mdx']);
			expect(parsed).toEqual([]);
			expect(done).toBe(false);
			deliver(verdict());
			await loading;
			expect(parsed).toEqual(['ke-hoach-2.mdx']);
			expect(store.get('ubnd-a/2024/ke-hoach-2')?.data).toEqual({ title: 'Kế hoạch hai, sửa' });
		} finally {
			setCheckVerdict(undefined);
		}
	});

	it('returns only after the verdict even when no file needs a parse', async () => {
		const store = new Map<string, Entry>();
		await load(store);
		let deliver = (_: CheckVerdict) => {};
		setCheckVerdict(new Promise<CheckVerdict>((resolve) => (deliver = resolve)));
		try {
			let done = false;
			const loading = wrappedGlob()
				.load(fakeContext(root, store, []))
				.then(() => (done = true));
			await tick(100);
			expect(done).toBe(false);
			deliver(verdict());
			await loading;
			expect(done).toBe(true);
		} finally {
			setCheckVerdict(undefined);
		}
	});

	it('keeps touching a meta key while it loads, so Astro’s debounced store write (500 ms) waits for the end', async () => {
		const meta = new Map<string, string>();
		let sets = 0;
		const context = fakeContext(root, new Map(), [], meta);
		const set = context.meta.set.bind(context.meta);
		context.meta.set = (key, value) => (sets++, set(key, value));
		let deliver = (_: CheckVerdict) => {};
		setCheckVerdict(new Promise<CheckVerdict>((resolve) => (deliver = resolve)));
		vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
		try {
			const loading = wrappedGlob().load(context);
			expect(sets).toBe(1);
			// Four more touches in the next second: none is ever 500 ms after the last.
			vi.advanceTimersByTime(1000);
			expect(sets).toBe(5);
			deliver(verdict());
			await loading;
			vi.advanceTimersByTime(1000);
			expect(sets).toBe(5);
			expect([...meta.values()]).toEqual(['held']);
		} finally {
			vi.useRealTimers();
			setCheckVerdict(undefined);
		}
	});
});
