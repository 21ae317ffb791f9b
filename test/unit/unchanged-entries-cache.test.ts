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
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { skipUnchangedEntries } from '../../src/integrations/unchanged-entries.ts';
import { setCheckVerdict, type CheckVerdict } from '../../src/integrations/check-verdict.ts';
import { entryId } from '../../src/validation/content-files.ts';

type Entry = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string | number };

/** The parts of Astro's store and context the glob loader uses. */
function fakeContext(root: string, store: Map<string, Entry>, parsed: string[]): LoaderContext {
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
	} as unknown as LoaderContext;
}

let root = '';
let base = '';
const write = (name: string, title: string, body = 'Nội dung.') => {
	fs.mkdirSync(path.dirname(path.join(base, name)), { recursive: true });
	fs.writeFileSync(path.join(base, name), `---\ntitle: ${title}\n---\n${body}\n`);
};

async function load(store: Map<string, Entry>): Promise<string[]> {
	const parsed: string[] = [];
	const idOf = (file: string) => entryId('documents', file);
	const loader = skipUnchangedEntries(glob({ pattern: '*/*/*.mdx', base, generateId: ({ entry }) => idOf(entry) }), base, idOf);
	await loader.load(fakeContext(root, store, parsed));
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
	it('reads no file before the check’s verdict comes (check-verdict.ts)', async () => {
		let loaded = 0;
		const inner = { name: 'inner', load: async () => void loaded++ };
		const wrapped = skipUnchangedEntries(inner, '/nowhere', (file) => file);
		let deliver = (_: CheckVerdict) => {};
		setCheckVerdict(new Promise<CheckVerdict>((resolve) => (deliver = resolve)));
		try {
			const loading = wrapped.load({} as LoaderContext);
			await new Promise((resolve) => setTimeout(resolve, 50));
			expect(loaded).toBe(0);
			deliver({ errors: [], warnings: [], checkedFiles: 0, unlisted: [], predictedCards: [], redirects: [] });
			await loading;
			expect(loaded).toBe(1);
		} finally {
			setCheckVerdict(undefined);
		}
	});
});
