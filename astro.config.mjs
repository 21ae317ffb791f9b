// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { sitemapFilter } from './src/feeds/sitemap-filter.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { SITE } from './src/site.config.ts';
import { contentCacheDir } from './src/paths.ts';
import { checkedUnlistedPaths, contentCheck } from './src/integrations/content-check.ts';
import { shareImages } from './src/integrations/share-images.ts';
import { pruneOutput } from './src/integrations/prune-output.ts';
import { redirects } from './src/integrations/redirects.ts';
import { hashedFontUrls } from './src/fonts/font-files.ts';
import { siteIdentityCheck } from './src/site-identity.ts';
import { stylesheetCache } from './src/integrations/stylesheet-cache.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { searchPrestage } from './src/integrations/search-prestage.ts';
import { contentStoreFile } from './src/integrations/content-store-file.ts';
import { SCRIPT_SOURCES, STYLE_ATTRIBUTE_HASHES, STYLE_SOURCES, pageDirectives } from './src/security/policy.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { headingAnchors, mdxAllowList, nfcText, rawHtmlAsText, safeLinks } from './src/markdown/plugins.ts';
import { isMdxComponentName } from './src/validation/body-syntax.ts';

export default defineConfig({
	site: SITE.url,
	// Tests and benchmarks build elsewhere so they never clobber a preview.
	outDir: process.env.OUT_DIR ?? './dist',
	// Astro's content cache remembers file paths: another corpus must not share it.
	cacheDir: contentCacheDir(),
	trailingSlash: 'always',
	// Four pages in flight: a page spends about a third of its time waiting for the disk.
	// Stylesheets are always files, so one hash-free policy (the `_headers` one) fits every page.
	build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
	// Telemetry and dev toolbar would call out to the network.
	devToolbar: { enabled: false },
	// Every page carries its Content-Security-Policy as a <meta>; Astro hashes any inline script or style it emits.
	// frame-ancestors cannot be set by <meta>: it is in the headers (`_headers`, docs/deploy.md).
	security: {
		csp: {
			directives: pageDirectives(SITE.federatedSearch, SITE.nationalSearch),
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: {
				resources: [...STYLE_SOURCES, { resource: "'unsafe-hashes'", kind: 'attribute' }],
				hashes: STYLE_ATTRIBUTE_HASHES.map((hash) => ({ hash, kind: 'attribute' })),
			},
		},
	},
	// Never inline scripts: every script is a same-origin file, so a strict CSP (script-src 'self') works.
	// The output folder is kept so unchanged pages stay in place; pruneOutput() removes what is no longer built.
	// One stylesheet for the whole site (27 KB, 6 KB gzipped): a page waits for one render-blocking request
	// instead of six or seven component chunks, and every later page finds it cached.
	// cssMinify is Vite's default, named because Astro's incremental build hashes it and not cssCodeSplit:
	// naming it made pages kept from a split-CSS build re-render instead of linking deleted chunks.
	// stylesheetCache() re-renders every page when any CSS changes, since all pages link the one file.
	// moduleLevelDirective: every body compiled as MDX gets Astro's "use astro:head-inject" (Astro acts on it before
	// bundling), and rolldown warned about each one: 1,000 ten-line warnings in the log of a 10,000-document site.
	vite: {
		build: { assetsInlineLimit: 0, emptyOutDir: false, cssCodeSplit: false, cssMinify: 'lightningcss', rolldownOptions: { checks: { moduleLevelDirective: false } } },
		plugins: [hashedFontUrls()],
	},
	// Pages whose getStaticPaths() gives a cacheKey are copied from the previous build when nothing they show changed.
	experimental: { incrementalBuild: true },
	// Body images: a WebP srcset of widths up to the original's, with width and height so nothing shifts; .prose img (global.css) fits them to the column.
	// AVIF effort 3 instead of sharp's 4: on a 960 px photo the same size (51.0 vs 50.9 KB) in 1.1 s instead of 6.3 s,
	// and on the benchmark's noise photos 3.6 s per rendition at effort 4 (measured with sharp, load 5).
	image: { layout: 'constrained', service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } } },
	// No syntax highlighting: the check refuses code blocks in bodies (src/validation/rules-code.ts), and Shiki's inline styles would
	// break the Content-Security-Policy; Astro warned about that in every build's log.
	markdown: {
		syntaxHighlight: false,
		processor: satteri({ mdastPlugins: [nfcText, rawHtmlAsText, safeLinks, mdxAllowList(isMdxComponentName)], hastPlugins: [headingAnchors] }),
	},
	// The search index is built after Astro exits, by src/build.ts (`npm run build`).
	integrations: [siteIdentityCheck(SITE), stylesheetCache(), contentCheck(), contentStoreFile(), mdx(), shareImages(), sitemap({ listed: sitemapFilter(checkedUnlistedPaths) }), securityHeaders(SITE.federatedSearch, SITE.nationalSearch), searchPrestage(), redirects(), pruneOutput()],
});
