/**
 * The content check on photos, through the real checkContent on the valid
 * fixture tree with one photo problem per case: the message names the file,
 * the body line (or the attachment field), says what is wrong in Vietnamese
 * and how to fix it. Photos are real files made with sharp (photos.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { exifHasGps, probeImage } from '../../src/validation/image-probe.ts';
import { FILES, PLAN, writeTree } from '../content/fixture-tree.ts';
import { ROOT } from '../helpers/paths.ts';
import { cacheDirFor } from '../../src/paths.ts';
import { heif, photo, png } from './photos.ts';

const FOLDER = path.dirname(PLAN);
/** The line a paragraph appended to the plan's body lands on. */
const APPENDED_LINE = FILES[PLAN]!.split('\n').length + 1;
const withBody = (text: string, files: Record<string, Buffer>) => ({ [PLAN]: `${FILES[PLAN]}\n${text}\n`, ...Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`${FOLDER}/${name}`, bytes])) });

let good: Buffer;
let narrow: Buffer;
let huge: Buffer;
let heavy: Buffer;
let truncated: Buffer;
let pngBytes: Buffer;
let heifBytes: Buffer;
let sideways: Buffer;

beforeAll(async () => {
	good = await photo({ width: 1600, height: 1000, marker: 'CheckPhone' });
	narrow = await photo({ width: 480, height: 360 });
	huge = await photo({ width: 9000, height: 1200 });
	// A whole JPEG followed by 11 MB of padding: a real photo, only too heavy.
	heavy = Buffer.concat([good, Buffer.alloc(11 * 1024 * 1024)]);
	const noisy = await photo({ width: 900, height: 700, noise: true });
	truncated = noisy.subarray(0, Math.floor(noisy.length * 0.6));
	pngBytes = await png(1200, 800);
	heifBytes = await heif(1200, 800);
	// Stored 900 × 500 but turned upright by its EXIF orientation: shown 500 px wide.
	sideways = await photo({ width: 900, height: 500, orientation: 6 });
});

let root: string | undefined;
afterEach(() => {
	if (root) for (const dir of [root, cacheDirFor(root)]) fs.rmSync(dir, { recursive: true, force: true });
	root = undefined;
});

/** Everything the check printed in this file, for the guide's quotes. */
const printedAll: string[] = [];

function problemsFor(changes: Record<string, string | Buffer | null>) {
	root = writeTree(changes);
	const { problems } = checkContent(root);
	printedAll.push(...problems.map(formatProblem));
	return problems;
}

interface BadPhoto {
	name: string;
	body: string;
	files: () => Record<string, Buffer>;
	/** Words the message must contain, and one its "Cách sửa" must. */
	says: RegExp;
	fix: RegExp;
	severity?: 'error' | 'warning';
}

const BAD: BadPhoto[] = [
	{ name: 'no alt text', body: '![](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': good }), says: /ảnh le-trao-thuong\.jpg chưa có mô tả/, fix: /ảnh cho thấy gì/ },
	{ name: 'alt text of spaces', body: '![   ](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': good }), says: /chưa có mô tả/, fix: /!\[Chủ tịch UBND huyện/ },
	{ name: 'the camera file name as alt text', body: '![IMG_2024](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': good }), says: /là tên tệp \("IMG_2024"\)/, fix: /mục 17/ },
	{ name: 'the file name as alt text', body: '![le trao thuong](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': good }), says: /là tên tệp/, fix: /ảnh cho thấy gì/ },
	{ name: '"Ảnh" as alt text', body: '![Ảnh](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': good }), says: /chỉ là "Ảnh"/, fix: /ảnh cho thấy gì/ },
	{ name: '"Hình minh họa." as alt text', body: '![Hình minh họa.](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': good }), says: /chỉ là "Hình minh họa\."/, fix: /ảnh cho thấy gì/ },
	{ name: 'alt text of a whole paragraph', body: `![${'Lãnh đạo huyện trao Bằng khen cho các tập thể, cá nhân tiêu biểu. '.repeat(5)}](./le-trao-thuong.jpg)`, files: () => ({ 'le-trao-thuong.jpg': good }), says: /dài \d+ ký tự/, fix: /chú thích/, severity: 'warning' },
	{ name: 'a photo over 10 MB', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': heavy }), says: /nặng 11 MB, quá giới hạn 10 MB/, fix: /2560 px/ },
	{ name: 'a photo too narrow to be sharp', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': narrow }), says: /chỉ rộng 480 px.*ít nhất 640 px/, fix: /ảnh gốc/ },
	{ name: 'a photo turned upright that is too narrow', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': sideways }), says: /chỉ rộng 500 px/, fix: /ảnh gốc/ },
	{ name: 'a photo too large to build', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': huge }), says: /9000 × 1200 px, quá lớn/, fix: /2560 px/ },
	{ name: 'a PNG named .jpg', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': pngBytes }), says: /le-trao-thuong\.jpg là ảnh PNG, không phải ảnh JPEG/, fix: /le-trao-thuong\.png/ },
	{ name: 'a JPEG named .webp', body: '![Lễ trao thưởng](./le-trao-thuong.webp)', files: () => ({ 'le-trao-thuong.webp': good }), says: /là ảnh JPEG, không phải ảnh WebP/, fix: /le-trao-thuong\.jpg/ },
	{ name: 'an iPhone HEIC renamed .jpg', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': heifBytes }), says: /là ảnh HEIC\/HEIF/, fix: /Xuất\/Lưu thành JPEG/ },
	{ name: 'a cut-off JPEG', body: '![Lễ trao thưởng](./le-trao-thuong.jpg)', files: () => ({ 'le-trao-thuong.jpg': truncated }), says: /bị hỏng hoặc bị cắt cụt/, fix: /sao chép lại tệp/ },
	{ name: 'a text file named .png', body: '![Lễ trao thưởng](./le-trao-thuong.png)', files: () => ({ 'le-trao-thuong.png': Buffer.concat([pngBytes.subarray(0, 16), Buffer.from('không phải ảnh')]) }), says: /tệp le-trao-thuong\.png không phải ảnh JPEG, PNG hay WebP đọc được/, fix: /lưu lại thành JPEG/ },
	{ name: 'an iPhone HEIC file', body: '![Lễ trao thưởng](./le-trao-thuong.heic)', files: () => ({ 'le-trao-thuong.heic': heifBytes }), says: /loại tệp "\.heic" không được đăng/, fix: /Tương thích nhất.*le-trao-thuong\.jpg/ },
];

describe('a photo in a document body is checked', () => {
	it.each(BAD)('$name', ({ body, files, says, fix, severity = 'error' }) => {
		const problems = problemsFor(withBody(body, files()));
		const match = problems.find((p) => p.file.endsWith(PLAN) && p.field === 'body' && p.line === APPENDED_LINE && says.test(p.message));
		expect(match, `no problem at ${PLAN}:${APPENDED_LINE} matching ${says}; got:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
		expect(match!.severity).toBe(severity);
		expect(match!.hint).toMatch(fix);
		const printed = formatProblem(match!);
		expect(printed).toContain('Cách sửa: ');
		expect(printed.normalize('NFC')).toBe(printed);
		// Said once: the body-link rule leaves what sharp reads to the image rule.
		expect(problems.filter((p) => p.line === APPENDED_LINE && p.severity === 'error').length).toBeLessThanOrEqual(severity === 'error' ? 1 : 0);
	});

	it('accepts a sharp photo with a real description, GPS and all (the site strips it), PNG and WebP too', async () => {
		const webp = await png(800, 600).then((bytes) => import('sharp').then(({ default: sharp }) => sharp(bytes).webp().toBuffer()));
		const problems = problemsFor(withBody(
			'![Chủ tịch UBND huyện trao Bằng khen cho Phòng Nội vụ](./le-trao-thuong.jpg "Lễ tổng kết năm 2024")\n\n![Biểu đồ kết quả cải cách hành chính](./bieu-do.png)\n\n![Toàn cảnh hội nghị](./hoi-nghi.webp)',
			{ 'le-trao-thuong.jpg': good, 'bieu-do.png': pngBytes, 'hoi-nghi.webp': webp },
		));
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('reads a photo again once it is replaced, and remembers the facts of the one it read', () => {
		problemsFor(withBody('![Lễ trao thưởng](./le-trao-thuong.jpg)', { 'le-trao-thuong.jpg': narrow }));
		const file = path.join(root!, FOLDER, 'le-trao-thuong.jpg');
		expect(checkContent(root!).errors.map((p) => p.message)).toContain('ảnh le-trao-thuong.jpg chỉ rộng 480 px, sẽ bị nhòe trên màn hình lớn (cần ít nhất 640 px)');
		fs.writeFileSync(file, good);
		expect(checkContent(root!).problems.map(formatProblem)).toEqual([]);
		const remembered = JSON.parse(fs.readFileSync(path.join(cacheDirFor(root!), 'image-facts.json'), 'utf8')) as Record<string, { facts: { width: number } }>;
		expect(Object.entries(remembered).map(([cached, entry]) => [cached, entry.facts.width])).toEqual([[file, 1600]]);
	});

	it('reports a photo shown twice once', () => {
		const problems = problemsFor(withBody('![Lễ trao thưởng](./le-trao-thuong.jpg)\n\n![Lễ trao thưởng, gần hơn](./le-trao-thuong.jpg)', { 'le-trao-thuong.jpg': narrow }));
		expect(problems.filter((p) => p.message.includes('chỉ rộng 480 px')).map((p) => p.line)).toEqual([APPENDED_LINE]);
	});
});

describe('photo files in the content folder', () => {
	it('names an iPhone HEIC file beside a document with how to make a JPEG of it', () => {
		const problems = problemsFor({ [`${FOLDER}/anh-hoi-nghi.HEIC`]: heifBytes });
		const heic = problems.find((p) => p.file.endsWith(`${FOLDER}/anh-hoi-nghi.HEIC`));
		expect(heic?.message).toMatch(/loại ảnh trang không hiển thị được/);
		expect(heic?.hint).toMatch(/Cài đặt › Camera › Định dạng › Tương thích nhất.*anh-hoi-nghi\.jpg/);
	});

	it.each([
		['an agency folder', 'agencies/anh-tru-so.jpg'],
		['a campaign folder', 'campaigns/anh-phat-dong.png'],
		['an agency\'s documents folder, outside a year', 'documents/ubnd-huyen-binh-lam/anh.webp'],
	])('refuses a photo in %s and says where photos go', (_where, file) => {
		const problems = problemsFor({ [file]: pngBytes });
		const error = problems.find((p) => p.file.endsWith(file) && p.severity === 'error');
		expect(error, problems.map(formatProblem).join('\n')).toBeDefined();
		expect(error!.hint).toMatch(/cạnh tệp \.mdx của chính văn bản đó.*!\[mô tả ảnh\]/);
	});

	it('refuses an image attachment that still carries GPS coordinates, and accepts one without', () => {
		const attach = (name: string) => FILES[PLAN]!.replace('  - file: ./12-kh-ubnd.pdf\n    title: Bản gốc có chữ ký\n', `  - file: ./12-kh-ubnd.pdf\n    title: Bản gốc có chữ ký\n  - file: ./${name}\n    title: Ảnh lễ phát động\n`);
		const withGps = problemsFor({ [PLAN]: attach('le-phat-dong.jpg'), [`${FOLDER}/le-phat-dong.jpg`]: good });
		const gps = withGps.find((p) => p.field === 'attachments[1].file');
		expect(gps?.message).toMatch(/le-phat-dong\.jpg còn ghi vị trí GPS/);
		expect(gps?.line).toBe(FILES[PLAN]!.split('\n').indexOf('  - file: ./12-kh-ubnd.pdf') + 3);
		expect(gps?.hint).toMatch(/Remove Properties and Personal Information/);
		fs.rmSync(root!, { recursive: true, force: true });
		root = undefined;
		return photo({ width: 1600, height: 1000, withoutGps: true }).then((clean) => {
			expect(problemsFor({ [PLAN]: attach('le-phat-dong.jpg'), [`${FOLDER}/le-phat-dong.jpg`]: clean }).map(formatProblem)).toEqual([]);
		});
	});

});

describe('the press officers\' guide, section 17', () => {
	it('quotes the messages the check prints', () => {
		const guide = fs.readFileSync(path.join(ROOT, 'docs', 'huong-dan-bien-tap.md'), 'utf8');
		const section = guide.slice(guide.indexOf('### Lệnh kiểm tra báo gì'), guide.indexOf('### Riêng tư'));
		const quotes = [...section.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
		expect(quotes.length).toBeGreaterThanOrEqual(10);
		for (const quote of quotes) {
			// "…" stands for a file name or a number; the pieces between must appear in this order.
			const pattern = new RegExp(quote.split('…').map((piece) => piece.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*'));
			expect(printedAll.some((printed) => pattern.test(printed)), `no message matches "${quote}"`).toBe(true);
		}
	});
});

describe('reading a photo with sharp', () => {
	it('finds GPS in a phone photo, none in a photo with camera data only, and the size as shown', async () => {
		root = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'tdkt-probe-'));
		const file = (name: string, bytes: Buffer) => {
			fs.writeFileSync(path.join(root!, name), bytes);
			return path.join(root!, name);
		};
		expect(await probeImage(file('gps.jpg', good))).toEqual({ readable: true, format: 'jpeg', width: 1600, height: 1000, exif: true, gps: true });
		expect(await probeImage(file('camera.jpg', await photo({ width: 800, height: 600, withoutGps: true })))).toMatchObject({ exif: true, gps: false });
		expect(await probeImage(file('upright.jpg', sideways))).toMatchObject({ width: 500, height: 900 });
		expect(await probeImage(file('cut.jpg', truncated))).toMatchObject({ readable: false, format: 'jpeg' });
		expect(exifHasGps(undefined)).toBe(false);
		expect(exifHasGps(Buffer.from('Exif\0\0garbage'))).toBe(false);
	});
});
