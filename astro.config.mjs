// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { SITE } from './src/site.config.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors, nfcText } from './src/markdown/plugins.ts';

export default defineConfig({
	site: SITE.url,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Telemetry and dev toolbar would call out to the network.
	devToolbar: { enabled: false },
	markdown: {
		processor: satteri({ mdastPlugins: [nfcText], hastPlugins: [headingAnchors] }),
	},
	integrations: [contentCheck(), mdx()],
});
