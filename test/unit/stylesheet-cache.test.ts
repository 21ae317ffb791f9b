import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { siteCssDigest, stylesheetCache } from '../../src/integrations/stylesheet-cache.ts';

/** A small src/ tree: a component with a style block and a stylesheet. */
function sourceTree(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-css-'));
	fs.mkdirSync(path.join(dir, 'components'));
	fs.writeFileSync(path.join(dir, 'components', 'Card.astro'), '---\nconst a = 1;\n---\n<p class="card">{a}</p>\n<style>.card { color: red; }</style>\n');
	fs.writeFileSync(path.join(dir, 'global.css'), 'body { margin: 0; }\n');
	return dir;
}

describe('the digest of the site’s CSS', () => {
	it('changes with any style block or stylesheet, and not with markup or code', () => {
		const dir = sourceTree();
		const card = path.join(dir, 'components', 'Card.astro');
		const first = siteCssDigest(dir);
		fs.writeFileSync(card, fs.readFileSync(card, 'utf8').replace('const a = 1;', 'const a = 2;').replace('<p class="card">', '<p class="card" id="x">'));
		expect(siteCssDigest(dir)).toBe(first);
		fs.writeFileSync(card, fs.readFileSync(card, 'utf8').replace('color: red', 'color: blue'));
		const second = siteCssDigest(dir);
		expect(second).not.toBe(first);
		fs.appendFileSync(path.join(dir, 'global.css'), 'p { margin: 0; }\n');
		expect(siteCssDigest(dir)).not.toBe(second);
		fs.rmSync(dir, { recursive: true });
	});
});

describe('a build after the CSS changed', () => {
	it('forgets which pages Astro may keep, so none links the old stylesheet; an unchanged one keeps them', () => {
		const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-cache-'));
		const manifest = path.join(cacheDir, 'incremental-build.json');
		const run = () => {
			const integration = stylesheetCache();
			const hooks = integration.hooks as Record<string, (options: unknown) => void>;
			hooks['astro:config:setup']!({ config: { cacheDir: pathToFileURL(cacheDir + path.sep) }, command: 'build', logger: { info: () => {} } });
			hooks['astro:build:done']!({});
		};
		fs.writeFileSync(manifest, '{}');
		// No digest recorded yet: the kept pages may link any stylesheet.
		run();
		expect(fs.existsSync(manifest)).toBe(false);
		fs.writeFileSync(manifest, '{}');
		run();
		expect(fs.existsSync(manifest)).toBe(true);
		fs.writeFileSync(path.join(cacheDir, 'site-stylesheet.digest'), 'an older digest');
		run();
		expect(fs.existsSync(manifest)).toBe(false);
		fs.rmSync(cacheDir, { recursive: true });
	});
});
