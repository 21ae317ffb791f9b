import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';

// The processor options astro.config.mjs gives Astro, which renders every document body with them.
const options = (config.markdown?.processor as { options: SatteriProcessorOptions }).options;
const processor = await createSatteriMarkdownProcessor(options);
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('document body pipeline, as configured', () => {
	it('shows raw HTML as text, never as markup', async () => {
		const html = await render('Đoạn <b>đậm</b> <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n');
		expect(html).not.toMatch(/<b>|<img|<script/);
		expect(html).toContain('&lt;b&gt;đậm&lt;/b&gt;');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('keeps the text of a link to javascript: or data: and drops its target', async () => {
		const html = await render('[bấm](javascript:alert(1)) <javascript:alert(2)> [ảnh][x] [web](https://example.vn) [thư](mailto:a@b.vn) [mục](#muc)\n\n[x]: data:text/html,hi\n');
		expect(html).not.toMatch(/href="(?:javascript|data):/);
		expect(html).toMatch(/bấm.*javascript:alert\(2\).*ảnh/);
		expect(html).toContain('href="https://example.vn"');
		expect(html).toContain('href="mailto:a@b.vn"');
		expect(html).toContain('href="#muc"');
	});

	it('keeps Markdown, NFC text and heading anchors', async () => {
		const html = await render('## I. MU\u0323C ĐI\u0301CH\n\n- một\n- hai\n');
		expect(html).toContain('<h2 id="i-muc-dich">I. MỤC ĐÍCH</h2>');
		expect(html).toContain('href="#i-muc-dich"');
		expect(html).toContain('<li>một</li>');
	});
});
