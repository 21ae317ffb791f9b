/**
 * The folders of src/ are layers: no file imports itself back through others,
 * no folder imports a folder that imports it back (type imports included),
 * the schema imports nothing of the site, and the site imports nothing of
 * tools/ (press officers' CLIs and benchmarks). The fixtures prove the checker
 * sees each kind of breach, so an empty list below means the rule holds.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cyclesOf, folderGraph, importGraph, importsInto, type ImportGraph } from './import-graph.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/architecture');

const relative = (base: string) => (file: string) => path.relative(base, file);
const fileCycles = (graph: ImportGraph, base: string) => cyclesOf(graph).map((cycle) => cycle.map(relative(base)));

describe('the checker', () => {
	it('flags a file cycle made of type imports only', () => {
		const base = path.join(FIXTURES, 'file-cycle');
		expect(fileCycles(importGraph([base]), base)).toEqual([['agenda.ts', 'minutes.ts']]);
	});

	it('flags a folder cycle that no file cycle shows, through an Astro component', () => {
		const src = path.join(FIXTURES, 'folder-cycle/src');
		const graph = importGraph([src]);
		expect(fileCycles(graph, src)).toEqual([]);
		expect(cyclesOf(folderGraph(graph, src))).toEqual([['cards', 'format']]);
	});

	it('flags a cycle between sibling subfolders when asked for nested folders', () => {
		const base = path.join(FIXTURES, 'nested-cycle');
		const graph = importGraph([base]);
		expect(fileCycles(graph, base)).toEqual([]);
		expect(cyclesOf(folderGraph(graph, base))).toEqual([]);
		expect(cyclesOf(folderGraph(graph, base, { nested: true }))).toEqual([['feeds/atom', 'feeds/rss']]);
	});

	it('flags a dynamic import of tools/ from src/', () => {
		const base = path.join(FIXTURES, 'tools-import');
		const found = importsInto(importGraph([path.join(base, 'src')]), path.join(base, 'tools'));
		expect(found.map((edge) => edge.map(relative(base)))).toEqual([['src/late.ts', 'tools/tool.ts']]);
	});
});

describe('this repository', () => {
	const src = path.join(ROOT, 'src');
	const tools = path.join(ROOT, 'tools');
	const site = importGraph([src]);

	it('reads the real graph (pages import lib, schema is imported)', () => {
		const folders = folderGraph(site, src);
		expect(site.size).toBeGreaterThan(200);
		expect(folders.get('pages')).toContain('lib');
		expect([...folders.values()].filter((targets) => targets.has('schema')).length).toBeGreaterThan(5);
	});

	it('has no cycle between files of src/ or tools/', () => {
		expect(fileCycles(importGraph([src, tools]), ROOT)).toEqual([]);
	});

	it('has no cycle between folders of src/, top folders or nested ones', () => {
		expect(cyclesOf(folderGraph(site, src))).toEqual([]);
		expect(cyclesOf(folderGraph(site, src, { nested: true }))).toEqual([]);
	});

	it('has no cycle between folders of tools/', () => {
		const graph = importGraph([tools]);
		expect(cyclesOf(folderGraph(graph, tools))).toEqual([]);
		expect(cyclesOf(folderGraph(graph, tools, { nested: true }))).toEqual([]);
	});

	it('keeps the schema free of the site: it imports no other folder', () => {
		expect([...folderGraph(site, src).get('schema')!]).toEqual([]);
	});

	it('never imports tools/ from src/', () => {
		expect(importsInto(site, tools).map((edge) => edge.map(relative(ROOT)))).toEqual([]);
	});
});
