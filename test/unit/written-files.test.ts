/**
 * The record of what each build step wrote (src/integrations/written-files.ts),
 * which alone decides what the pruning keeps.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	clearWritten,
	generatedImages,
	publicCopies,
	recordWritten,
	viteOutputRecorder,
	writtenCounts,
	writtenFiles,
} from '../../src/integrations/written-files.ts';

let dir = '';
beforeEach(() => {
	dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-written-'));
	clearWritten();
});
afterEach(() => {
	fs.rmSync(dir, { recursive: true, force: true });
	clearWritten();
	delete (globalThis as { astroAsset?: unknown }).astroAsset;
});

const write = (file: string, text = file) => {
	fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
	fs.writeFileSync(path.join(dir, file), text);
};

describe('written files', () => {
	it('collects what every step recorded, once each, until cleared', () => {
		recordWritten('routes', [path.join(dir, 'out/a/index.html')]);
		recordWritten('headers', [path.join(dir, 'out/_headers')]);
		recordWritten('routes', [path.join(dir, 'out/a/index.html'), path.join(dir, 'out/b/index.html')]);
		expect([...writtenFiles()].map((file) => path.relative(dir, file)).sort()).toEqual(['out/_headers', 'out/a/index.html', 'out/b/index.html']);
		expect(writtenCounts()).toEqual({ routes: 2, headers: 1 });
		clearWritten();
		expect(writtenFiles().size).toBe(0);
	});

	it('maps public/ onto the output folder', async () => {
		write('public/favicon.svg');
		write('public/quan-tri/config.yml');
		const copies = publicCopies(path.join(dir, 'public'), path.join(dir, 'out'));
		expect(copies.map((file) => path.relative(dir, file)).sort()).toEqual(['out/favicon.svg', 'out/quan-tri/config.yml']);
		expect(publicCopies(path.join(dir, 'no-public'), path.join(dir, 'out'))).toEqual([]);
	});

	it('records what Vite wrote into the output folder, and the prerender build\'s assets that Astro moves there', () => {
		const out = path.join(dir, 'out');
		const recorder = viteOutputRecorder(out);
		recorder.writeBundle({ dir: out }, { '_astro/client.Ab12.js': { type: 'chunk' }, '_astro/site.Cd34.css': { type: 'asset' } });
		recorder.writeBundle({ dir: path.join(dir, '.prerender') }, { 'prerender-entry.x.mjs': { type: 'chunk' }, '_astro/page.Ef56.css': { type: 'asset' } });
		expect([...writtenFiles()].map((file) => path.relative(dir, file)).sort()).toEqual(['out/_astro/client.Ab12.js', 'out/_astro/page.Ef56.css', 'out/_astro/site.Cd34.css']);
	});

	it('lists the images Astro generated, by their site paths', () => {
		(globalThis as { astroAsset?: unknown }).astroAsset = {
			staticImages: new Map([['/src/a.png', { transforms: new Map([['h1', { finalPath: '/_astro/a.h1.webp' }], ['h2', { finalPath: '/_astro/a%20b.h2.webp' }]]) }]]),
		};
		expect(generatedImages(path.join(dir, 'out')).map((file) => path.relative(dir, file))).toEqual(['out/_astro/a.h1.webp', 'out/_astro/a b.h2.webp']);
	});
});
