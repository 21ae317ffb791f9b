import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrSvg } from '../../src/share/qr.ts';
import { expectedQrModules, quietZoneIsLight, readQrModules } from './qr-raster.ts';

const svgOf = (text: string) => {
	const { size, path } = qrSvg(text);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" stroke="#000" stroke-width="1" fill="none"/></svg>`;
};

describe('QR codes drawn as an SVG path', () => {
	it.each([
		'https://thiduakhenthuong.example.vn/d/gzps7d/',
		'https://thiduakhenthuong.example.vn/phong-trao/thuan-nam-cchc-2023/',
		'https://thiduakhenthuong.example.vn/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	])('rasterise to exactly the symbol of %s', (url) => {
		const svg = svgOf(url);
		expect(readQrModules(svg, QUIET_ZONE)).toEqual(expectedQrModules(url));
		expect(quietZoneIsLight(svg, QUIET_ZONE)).toBe(true);
	});

	it('differ when the address differs by one character', () => {
		const a = readQrModules(svgOf('https://x.vn/d/gzps7d/'), QUIET_ZONE);
		expect(a).not.toEqual(expectedQrModules('https://x.vn/d/gzps7e/'));
	});

	it('stay small for short links: coarser modules survive a photocopy', () => {
		const short = qrSvg('https://thiduakhenthuong.example.vn/d/gzps7d/').size;
		const full = qrSvg('https://thiduakhenthuong.example.vn/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/').size;
		expect(short).toBeLessThanOrEqual(33 + 2 * QUIET_ZONE);
		expect(short).toBeLessThan(full);
	});
});
