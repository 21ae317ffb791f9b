/**
 * The import graph of a source tree, read with the TypeScript compiler's own
 * import scanner (`ts.preProcessFile`): static, `import type`, re-exports and
 * dynamic `import()` alike. Astro components contribute their front matter and
 * `<script>` blocks; `new URL('./worker.ts', import.meta.url)` counts as an
 * import too, since the worker runs that file. Forty lines of our own beat a
 * dependency (dependency-cruiser pulls ~60 packages) for what is only a graph
 * and Tarjan's strongly connected components.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const CODE = /\.(?:ts|tsx|mts|mjs|js|astro)$/;
const ASTRO_CODE = /^---\r?\n([\s\S]*?)\r?\n---|<script\b[^>]*>([\s\S]*?)<\/script>/g;
const WORKER_URL = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

/** file → the local files it imports; absolute paths. */
export type ImportGraph = Map<string, Set<string>>;

function codeFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(full);
		return CODE.test(entry.name) ? [full] : [];
	});
}

/** The script text of a file: all of it, or only the code blocks of an Astro component. */
function scriptOf(file: string): string {
	const text = fs.readFileSync(file, 'utf8');
	if (!file.endsWith('.astro')) return text;
	return [...text.matchAll(ASTRO_CODE)].map((m) => m[1] ?? m[2] ?? '').join('\n;\n');
}

/** Relative specifiers of one file, as written. */
export function specifiersOf(file: string): string[] {
	const script = scriptOf(file);
	const scanned = ts.preProcessFile(script, true, true).importedFiles.map((f) => f.fileName);
	const workers = [...script.matchAll(WORKER_URL)].map((m) => m[1]!);
	return [...scanned, ...workers].filter((spec) => spec.startsWith('./') || spec.startsWith('../'));
}

/** The graph of every code file under `roots`, with edges to any local file (inside the roots or not). */
export function importGraph(roots: readonly string[]): ImportGraph {
	const graph: ImportGraph = new Map();
	for (const file of roots.flatMap((root) => codeFiles(path.resolve(root)))) {
		const targets = specifiersOf(file).map((spec) => path.resolve(path.dirname(file), spec.split('?')[0]!));
		graph.set(file, new Set(targets.filter((target) => CODE.test(target))));
	}
	return graph;
}

/** Strongly connected components with more than one member, or a member that imports itself: the cycles, members sorted. */
export function cyclesOf<T>(graph: ReadonlyMap<T, ReadonlySet<T>>): T[][] {
	let counter = 0;
	const index = new Map<T, number>();
	const low = new Map<T, number>();
	const stack: T[] = [];
	const onStack = new Set<T>();
	const cycles: T[][] = [];
	const visit = (node: T) => {
		index.set(node, counter);
		low.set(node, counter++);
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!graph.has(next)) continue;
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node)!, low.get(next)!));
			} else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
		}
		if (low.get(node) !== index.get(node)) return;
		const component: T[] = [];
		let member: T;
		do {
			member = stack.pop()!;
			onStack.delete(member);
			component.push(member);
		} while (member !== node);
		if (component.length > 1 || graph.get(node)?.has(node)) cycles.push(component.sort());
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);
	return cycles;
}

/**
 * The graph between folders. A file belongs to its top folder under `root`
 * (`src/lib/x.ts` → `lib`) or, with `nested`, to its own folder
 * (`src/search/fold/x.ts` → `search/fold`), which catches cycles between
 * sibling subfolders that the top level hides. A file directly in `root`
 * stands alone. Imports within one folder, or leaving `root`, are not edges.
 */
export function folderGraph(graph: ImportGraph, root: string, { nested = false } = {}): Map<string, Set<string>> {
	const base = path.resolve(root);
	const folderOf = (file: string) => {
		const relative = path.relative(base, file);
		if (!relative.includes(path.sep)) return relative;
		return nested ? path.dirname(relative) : relative.split(path.sep)[0]!;
	};
	const folders = new Map<string, Set<string>>();
	for (const [file, targets] of graph) {
		const from = folderOf(file);
		const edges = folders.get(from) ?? new Set<string>();
		folders.set(from, edges);
		for (const target of targets) {
			const to = folderOf(target);
			if (to !== from && !to.startsWith('..')) edges.add(to);
		}
	}
	return folders;
}

/** Every import of a file under `forbidden`, as [importer, imported]. */
export function importsInto(graph: ImportGraph, forbidden: string): [string, string][] {
	const inside = path.resolve(forbidden) + path.sep;
	return [...graph].flatMap(([file, targets]) =>
		[...targets].filter((target) => target.startsWith(inside)).map((target): [string, string] => [file, target]),
	);
}
