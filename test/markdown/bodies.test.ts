import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { headingAnchors, nfcText, rawHtmlAsText } from '../../src/markdown/plugins.ts';

// The processor and plugins astro.config.mjs gives Astro, which renders every document body with them.
const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [nfcText, rawHtmlAsText], hastPlugins: [headingAnchors] });
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('document body pipeline', () => {
	it('shows raw HTML as text, never as markup', async () => {
		const html = await render('Đoạn <b>đậm</b> <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n');
		expect(html).not.toMatch(/<b>|<img|<script/);
		expect(html).toContain('&lt;b&gt;đậm&lt;/b&gt;');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('keeps Markdown, NFC text and heading anchors', async () => {
		const html = await render('## I. MU\u0323C ĐI\u0301CH\n\n- một\n- hai\n');
		expect(html).toContain('<h2 id="i-muc-dich">I. MỤC ĐÍCH</h2>');
		expect(html).toContain('href="#i-muc-dich"');
		expect(html).toContain('<li>một</li>');
	});
});
