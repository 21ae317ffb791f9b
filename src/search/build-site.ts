import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * Builds a site for a search benchmark into `.cache/<name>` (kept, so a
 * second run only rebuilds what changed), or into `outDir`, and returns the
 * folder. Astro's cache is `.cache/astro-<name>` either way. The sample
 * content unless `contentDir` names another (a synthetic corpus).
 */
export function buildSite(name: string, { contentDir, now = '2024-03-01', outDir }: { contentDir?: string; now?: string; outDir?: string } = {}): string {
	const dist = outDir ?? path.join(root, '.cache', name);
	const env = {
		...process.env,
		OUT_DIR: dist,
		SITE_NOW: process.env.SITE_NOW ?? now,
		ASTRO_CACHE_DIR: path.join(root, '.cache', `astro-${name}`),
		ASTRO_TELEMETRY_DISABLED: '1',
		...(contentDir ? { CONTENT_DIR: path.resolve(contentDir) } : {}),
	};
	const result = spawnSync(process.execPath, [path.join(root, 'src', 'build.ts')], { cwd: root, env, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout}\n${result.stderr}`);
	return dist;
}
