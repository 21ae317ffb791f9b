/**
 * The editor's script comes from the `decap-cms` npm package, served from
 * the site itself (no CDN): its main bundle and the chunks it loads lazily
 * from beside itself. Only the admin page loads them, never a public page.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

// Resolved from the project root: in the build this module runs from a bundled chunk elsewhere.
const require = createRequire(path.resolve('package.json'));
export const BUNDLE_DIR = path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/** "decap-cms.js" and its "<n>.decap-cms.js" chunks (the package's "<n>.cms.js" twins belong to its other entry). */
export function bundleFiles(): string[] {
	return fs.readdirSync(BUNDLE_DIR).filter((name) => /^(?:\d+\.)?decap-cms\.js$/.test(name)).sort();
}
