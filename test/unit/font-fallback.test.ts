import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_CSS_FILE, fallbackFontCss, runCli } from '../../src/fonts/fallback-metrics.ts';

const faces = (css: string) => css.split('@font-face').slice(1);
const silent = () => {
	const lines: string[] = [];
	return { lines, io: { stdout: (line: string) => lines.push(line), stderr: (line: string) => lines.push(line) } };
};

describe('fallback font metrics', () => {
	it('the committed stylesheet is what the Be Vietnam Pro TTFs give today', async () => {
		const { io, lines } = silent();
		expect(await runCli(['--check'], io)).toBe(0);
		expect(lines).toEqual([]);
	});

	it('a stale stylesheet is reported with how to fix it', async () => {
		const stale = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fallback-')), 'font-fallback.css');
		fs.writeFileSync(stale, fs.readFileSync(FALLBACK_CSS_FILE, 'utf8').replace(/size-adjust: [\d.]+%/, 'size-adjust: 100%'));
		const { io, lines } = silent();
		expect(await runCli(['--check'], io, stale)).toBe(1);
		expect(lines.join('\n')).toContain('Cách sửa: chạy "npm run fonts:fallback"');
	});

	it('scales each system font to Be Vietnam Pro’s average width, per weight', async () => {
		const css = await fallbackFontCss();
		expect(faces(css)).toHaveLength(10);
		for (const weight of ['400', '700']) {
			for (const family of ['Arial', 'Helvetica', 'Segoe UI', 'Roboto', 'DejaVu Sans']) {
				const face = faces(css).find((f) => f.includes(`"Be Vietnam Pro Fallback: ${family}"`) && f.includes(`font-weight: ${weight};`));
				expect(face, `${family} ${weight}`).toMatch(/size-adjust: [\d.]+%/);
				expect(face).toMatch(/ascent-override: [\d.]+%/);
				expect(face).toMatch(/descent-override: [\d.]+%/);
			}
		}
		// Be Vietnam Pro Regular: 492/1000 average width; Arial: 913/2048, so Arial is drawn 110.36% large.
		const arial = faces(css).find((f) => f.includes('local(\'Arial\')') && f.includes('font-weight: 400;'))!;
		expect(Number(/size-adjust: ([\d.]+)%/.exec(arial)![1])).toBeCloseTo(((492 / 1000) / (913 / 2048)) * 100, 2);
		expect(css).toMatch(/--font-sans: "Be Vietnam Pro", "Be Vietnam Pro Fallback: Arial", .*"Be Vietnam Pro Fallback: DejaVu Sans", system-ui, sans-serif;/);
	});

	it('the site’s type uses that stack', () => {
		const global = fs.readFileSync(path.join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
		expect(global).toContain('font-family: var(--font-sans);');
	});
});
