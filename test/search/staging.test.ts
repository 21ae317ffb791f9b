import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stagedPages, stagePages } from '../../src/search/staging.ts';
import { prereadSearchState } from '../../src/search/preread.ts';

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const dist = () => path.join(dir, 'dist');
const staging = () => path.join(dir, 'staging');
function page(relative: string, html: string, modified = new Date()) {
	const file = path.join(dist(), relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, html);
	fs.utimesSync(file, modified, modified);
}
const staged = () =>
	fs.readdirSync(staging(), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => `${path.relative(staging(), path.join(entry.parentPath, entry.name))}=${fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')}`)
		.sort();

/** Indexes pages that say "record", upper-casing them; counts the pages it had to read. */
function counting() {
	const read: string[] = [];
	const forIndex = (html: string) => (read.push(html), html.includes('record') ? html.toUpperCase() : undefined);
	return { read, forIndex };
}

describe('stagePages', () => {
	it('prepares only pages that changed, and drops the copies of pages that are gone', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		const earlier = new Date('2025-01-01');
		page('van-ban/a/index.html', 'record a', earlier);
		page('van-ban/b/index.html', 'record b', earlier);
		page('d/x/index.html', 'redirect', earlier);

		const first = counting();
		expect((await stagePages(dist(), staging(), 'v1', first.forIndex)).indexed).toBe(2);
		expect(first.read).toHaveLength(3);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A', 'van-ban/b/index.html=RECORD B']);

		page('van-ban/a/index.html', 'record a, edited');
		fs.rmSync(path.join(dist(), 'van-ban/b'), { recursive: true });
		const second = counting();
		expect((await stagePages(dist(), staging(), 'v1', second.forIndex)).indexed).toBe(1);
		expect(second.read).toEqual(['record a, edited']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A, EDITED']);

		const third = counting();
		expect((await stagePages(dist(), staging(), 'v2', third.forIndex)).indexed).toBe(1);
		expect(third.read).toHaveLength(2);
	});

	it('stages from the manifest read while Astro built as from the one it reads itself, and hands over what it staged', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		page('van-ban/a/index.html', 'record a');
		page('van-ban/b/index.html', 'record b');
		const known = new Map([['van-ban/a/index.html', 'inputs-a'], ['van-ban/b/index.html', 'inputs-b']]);
		await stagePages(dist(), staging(), 'v1', counting().forIndex, undefined, known);
		const preread = prereadSearchState(staging());
		expect(Object.keys((await preread.manifest)?.pages ?? {})).toHaveLength(2);
		page('van-ban/b/index.html', 'record b, edited');
		const edited = new Map([...known, ['van-ban/b/index.html', 'inputs-b2']]);
		const run = counting();
		let handed = new Map<string, string>();
		const stats = await stagePages(dist(), staging(), 'v1', run.forIndex, undefined, edited, { kept: preread.manifest, onStaged: (pages) => (handed = pages) });
		expect(stats).toEqual({ indexed: 2, read: 1, prepared: 1, prestaged: 0 });
		expect(run.read).toEqual(['record b, edited']);
		expect(handed).toEqual(await stagedPages(staging()));
		expect(handed.size).toBe(2);
		expect(await prereadSearchState(path.join(dir, 'khong-co')).manifest).toBeUndefined();
	});

	it('prepares a page again when its staged copy went missing', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		page('van-ban/a/index.html', 'record a', new Date('2025-01-01'));
		await stagePages(dist(), staging(), 'v1', counting().forIndex);
		fs.rmSync(path.join(staging(), 'van-ban/a/index.html'));
		const again = counting();
		expect((await stagePages(dist(), staging(), 'v1', again.forIndex)).indexed).toBe(1);
		expect(again.read).toEqual(['record a']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A']);
	});

	it('goes by each page\'s bytes, never by its size or time', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		const instant = new Date('2025-01-01');
		page('van-ban/a/index.html', 'record a', instant);
		page('van-ban/b/index.html', 'record b', instant);
		await stagePages(dist(), staging(), 'v1', counting().forIndex);
		// Same length and same time, other bytes: the edit a size-and-time check missed.
		page('van-ban/a/index.html', 'record z', instant);
		// Same bytes written again, far in the future: nothing to prepare.
		page('van-ban/b/index.html', 'record b', new Date('2099-01-01'));
		const again = counting();
		expect((await stagePages(dist(), staging(), 'v1', again.forIndex)).indexed).toBe(2);
		expect(again.read).toEqual(['record z']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD Z', 'van-ban/b/index.html=RECORD B']);
	});

	it('reads no page whose input digest is the one it was staged with, and every page whose digest changed or is unknown', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		page('van-ban/a/index.html', 'record a');
		page('van-ban/b/index.html', 'record b');
		page('van-ban/index.html', 'listing');
		const known = (a: string, b: string) => new Map<string, string | null>([['van-ban/a/index.html', a], ['van-ban/b/index.html', b], ['van-ban/index.html', null]]);
		const first = counting();
		expect(await stagePages(dist(), staging(), 'v1', first.forIndex, undefined, known('a1', 'b1'))).toEqual({ indexed: 2, read: 3, prepared: 3, prestaged: 0 });

		// b's inputs changed, a's did not: a is not even read (its bytes are changed here only to prove it).
		page('van-ban/a/index.html', 'record a, not read');
		page('van-ban/b/index.html', 'record b, edited');
		const second = counting();
		expect(await stagePages(dist(), staging(), 'v1', second.forIndex, undefined, known('a1', 'b2'))).toEqual({ indexed: 2, read: 2, prepared: 1, prestaged: 0 });
		expect(second.read).toEqual(['record b, edited']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A', 'van-ban/b/index.html=RECORD B, EDITED']);

		// A page without a digest (rendered on every build) is read every time; one missing from the build's list loses its copy.
		const third = counting();
		const onlyA = new Map<string, string | null>([['van-ban/a/index.html', 'a2'], ['van-ban/index.html', null]]);
		expect(await stagePages(dist(), staging(), 'v1', third.forIndex, undefined, onlyA)).toEqual({ indexed: 1, read: 2, prepared: 1, prestaged: 0 });
		// The listing is read and hashed, and found unchanged: only a is prepared.
		expect(third.read).toEqual(['record a, not read']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A, NOT READ']);
	});

	it('reads a page again when its digest is unchanged but its staged copy went missing, or the preparing code changed', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		page('van-ban/a/index.html', 'record a');
		const known = new Map<string, string | null>([['van-ban/a/index.html', 'a1']]);
		await stagePages(dist(), staging(), 'v1', counting().forIndex, undefined, known);
		fs.rmSync(path.join(staging(), 'van-ban/a/index.html'));
		const again = counting();
		expect(await stagePages(dist(), staging(), 'v1', again.forIndex, undefined, known)).toEqual({ indexed: 1, read: 1, prepared: 1, prestaged: 0 });
		const newCode = counting();
		expect((await stagePages(dist(), staging(), 'v2', newCode.forIndex, undefined, known)).read).toBe(1);
		expect(newCode.read).toEqual(['record a']);
	});
});
