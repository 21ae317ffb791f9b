// The benchmark baseline: the same MDX rendered by the plainest Astro site,
// with no share images, no search, no checks and no layout.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { cacheDirFor } from '../../../src/paths.ts';

export default defineConfig({
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: `${cacheDirFor(process.env.CONTENT_DIR ?? '../../../content')}-bare`,
	devToolbar: { enabled: false },
	integrations: [mdx()],
});
