import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stagePages } from '../../src/search/staging.ts';

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
		expect(await stagePages(dist(), staging(), 'v1', first.forIndex)).toBe(2);
		expect(first.read).toHaveLength(3);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A', 'van-ban/b/index.html=RECORD B']);

		page('van-ban/a/index.html', 'record a, edited');
		fs.rmSync(path.join(dist(), 'van-ban/b'), { recursive: true });
		const second = counting();
		expect(await stagePages(dist(), staging(), 'v1', second.forIndex)).toBe(1);
		expect(second.read).toEqual(['record a, edited']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD A, EDITED']);

		const third = counting();
		expect(await stagePages(dist(), staging(), 'v2', third.forIndex)).toBe(1);
		expect(third.read).toHaveLength(2);
	});

	it('prepares a page again when its staged copy went missing', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-staging-'));
		page('van-ban/a/index.html', 'record a', new Date('2025-01-01'));
		await stagePages(dist(), staging(), 'v1', counting().forIndex);
		fs.rmSync(path.join(staging(), 'van-ban/a/index.html'));
		const again = counting();
		expect(await stagePages(dist(), staging(), 'v1', again.forIndex)).toBe(1);
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
		expect(await stagePages(dist(), staging(), 'v1', again.forIndex)).toBe(2);
		expect(again.read).toEqual(['record z']);
		expect(staged()).toEqual(['van-ban/a/index.html=RECORD Z', 'van-ban/b/index.html=RECORD B']);
	});
});
