// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/site.config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors, nfcText } from './src/markdown/plugins.ts';

export default defineConfig({
	site: SITE.url,
	// Tests and benchmarks build elsewhere so they never clobber a preview.
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Telemetry and dev toolbar would call out to the network.
	devToolbar: { enabled: false },
	markdown: {
		processor: satteri({ mdastPlugins: [nfcText], hastPlugins: [headingAnchors] }),
	},
	integrations: [contentCheck(), mdx(), shareImages()],
});
