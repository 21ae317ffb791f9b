/**
 * The safety net under the check: whatever a body compiled as MDX holds,
 * only the allow-listed components with text props reach the compiled code.
 * Compiled here with satteri's MDX compiler, which @astrojs/markdown-satteri
 * runs with the site's plugins.
 */
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxAllowList } from '../../src/markdown/plugins.ts';
import { isMdxComponentName } from '../../src/validation/body-syntax.ts';

const compile = (body: string) => mdxToJs(body, { mdastPlugins: [mdxAllowList(isMdxComponentName)], jsxImportSource: 'astro' }).code;

/** The compiled code without its string literals: what would run. */
const codeOutsideStrings = (code: string) => code.replace(/"(?:[^"\\]|\\.)*"/g, '""');

describe('mdxAllowList', () => {
	it('drops imports and exports, and keeps expressions only as their text', () => {
		const code = compile("import fs from 'node:fs'\nexport const leak = process.env.SECRET\n\nChữ {process.env.SECRET}.\n\n{globalThis.y = 1}\n\n<Note>x</Note>\n");
		expect(codeOutsideStrings(code)).not.toMatch(/process\.env|globalThis|node:fs|leak/);
		expect(code).toContain('"{process.env.SECRET}"');
		expect(code).toContain('"{globalThis.y = 1}"');
	});

	it('keeps only the children of elements off the allow-list, HTML included', () => {
		const code = compile('<b onclick="alert(1)">đậm</b> <script>alert(2)</script> <Evil>x</Evil> <Note>y</Note>\n');
		expect(code).not.toMatch(/onclick|script|Evil|_components\.b\b|"b"/);
		expect(code).toContain('"đậm"');
		expect(code).toContain('_jsx(Note, {');
	});

	it('keeps only the text props of an allow-listed component', () => {
		const code = compile('<Note title={process.env.SECRET} {...globalThis} kind="x">Ghi chú.</Note>\n');
		expect(codeOutsideStrings(code)).not.toMatch(/process\.env|globalThis/);
		expect(code).toMatch(/_jsx\(Note, \{\s*kind: "x",\s*children: "Ghi chú\."\s*\}\)/);
	});

	it('turns a photo beside the document into an image for the image service, and one elsewhere into nothing', () => {
		const code = compile('<Photo src="./le-trao.jpg" alt="Lễ trao" caption="Chú thích" />\n\n<Photo src="../khac/anh.jpg" alt="Ảnh" />\n\n<Photo src="https://example.gov.vn/a.jpg" alt="Ảnh" />\n');
		expect(code).toMatch(/_jsx\(Photo, \{\s*caption: "Chú thích",\s*children: _jsx\(_components\.img, \{\s*src: "\.\/le-trao\.jpg",\s*alt: "Lễ trao"\s*\}\)\s*\}\)/);
		expect(code.match(/_jsx\(Photo, \{\}\)/g)).toHaveLength(2);
		expect(code).not.toMatch(/khac|example\.gov\.vn/);
	});
});
