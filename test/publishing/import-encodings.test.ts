/**
 * Text files as Vietnamese offices save them: UTF-8 with or without its
 * mark, UTF-16 from Notepad, Windows-1258 ("ANSI"), and text typed with the
 * old TCVN3 (.VnTime) and VNI fonts, in a .txt or a Word file. Each is read
 * as the same Unicode text or refused with a Vietnamese message and a fix;
 * a binary file or a broken PDF never becomes a draft.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { legacyEncoding, TCVN3_LETTERS } from '../../tools/publishing/import/input/decode-text.ts';
import { InputError, readInput } from '../../tools/publishing/import/input/read-input.ts';
import { buildDocx } from '../fixtures/import/generate/docx.ts';

const SEEDS = path.resolve('..', 'shared', 'seed-documents');
const CLI = path.resolve('tools', 'publishing', 'import', 'cli.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-encodings-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A real plan with diacritics throughout (Thuận Nam, 2023). */
const SEED = fs.readFileSync(path.join(SEEDS, '004_a6d7c0f9bae6b975.txt'), 'utf8').normalize('NFC');

function write(name: string, bytes: Uint8Array | string): string {
	const file = path.join(tmp, name);
	fs.writeFileSync(file, bytes);
	return file;
}

/**
 * A text's bytes in a Windows code page, from the code page's own 256 characters. Windows-1258 writes a tone as a
 * combining mark after the letter ("ế" is "ê" then an acute), and the letter with its circumflex, breve or horn as one byte.
 */
function codePage(label: string, text: string): Uint8Array {
	const decoder = new TextDecoder(label);
	const byteOf = new Map<string, number>();
	for (let byte = 0; byte < 256; byte++) byteOf.set(decoder.decode(Uint8Array.of(byte)), byte);
	const bytes: number[] = [];
	for (const char of text) {
		if (byteOf.has(char)) {
			bytes.push(byteOf.get(char)!);
			continue;
		}
		const [base, ...marks] = [...char.normalize('NFD')];
		let letter = base!;
		for (let i = 0; i < marks.length; ) {
			const composed = (letter + marks[i]).normalize('NFC');
			if (composed.length === 1 && byteOf.has(composed)) [letter] = [composed, marks.splice(i, 1)];
			else i++;
		}
		for (const part of [letter, ...marks]) {
			if (!byteOf.has(part)) throw new Error(`not in ${label}: ${part}`);
			bytes.push(byteOf.get(part)!);
		}
	}
	return Uint8Array.from(bytes);
}

/** A text typed with a .VnTime font: TCVN3 has no capitals with tones, so those were typed in lower case (the .VnTimeH font draws them as capitals). */
function tcvn3(text: string): string {
	const codeOf = new Map(Object.entries(TCVN3_LETTERS).map(([code, letter]) => [letter, code]));
	return [...text].map((char) => codeOf.get(char) ?? codeOf.get(char.toLowerCase()) ?? char).join('');
}
/** What a TCVN3 text reads back as: the same text, its capitals with tones in lower case (all but Ă Â Đ Ê Ô Ơ Ư, which TCVN3 has). */
const asTypedInTcvn3 = (text: string) => text.replace(/[^\x00-\x7FĂÂĐÊÔƠƯ]/g, (char) => char.toLowerCase());

describe('text files in the encodings offices save', () => {
	it.each([
		['UTF-8 with its byte-order mark', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED)]), undefined],
		['UTF-16 with its mark (Notepad "Unicode")', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, 'utf16le')]), /UTF-16/],
		['UTF-16 without a mark', () => Buffer.from(SEED, 'utf16le'), /UTF-16/],
		['Windows-1258 (Notepad "ANSI" on a Vietnamese Windows)', () => codePage('windows-1258', SEED), /Windows-1258/],
		['text decomposed (NFD), as macOS saves it', () => Buffer.from(SEED.normalize('NFD')), undefined],
	])('%s reads as the same Unicode text', (_name, bytes, note) => {
		const read = readInput(write('van-ban.txt', bytes()));
		expect(read.text.replace(/^\uFEFF/, '')).toBe(SEED);
		if (note) expect(read.note).toMatch(note);
		else expect(read.note).toBeUndefined();
	});

	it('a .txt typed in TCVN3 (.VnTime) and saved as ANSI is converted, and the report says so', () => {
		const typed = tcvn3(SEED);
		expect(typed).toContain('Ninh ThuËn');
		const read = readInput(write('tcvn3.txt', codePage('windows-1252', typed)));
		expect(read.text).toBe(asTypedInTcvn3(SEED));
		expect(read.text).toContain('Ninh Thuận');
		expect(read.note).toMatch(/TCVN3 \(\.VnTime\).*chuyển sang Unicode/);
		const cli = spawnSync(process.execPath, [CLI, path.join(tmp, 'tcvn3.txt'), '--dry-run', '--out', tmp], { encoding: 'utf8' });
		expect(cli.status).toBe(0);
		expect(cli.stdout).toMatch(/# - dòng \d+: Văn bản được gõ bằng phông TCVN3/);
	});

	it('a Word file typed in TCVN3 is converted the same way', () => {
		const lines = tcvn3(SEED).split('\n').filter((line) => line.trim() !== '');
		const read = readInput(write('tcvn3.docx', buildDocx(lines)));
		expect(read.via).toBe('docx');
		expect(read.text).toContain('Ninh Thuận');
		expect(read.note).toMatch(/TCVN3/);
	});

	it('a text typed in VNI is refused with the way to convert it', () => {
		const vni = 'COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nKeá hoaïch phaùt ñoäng phong traøo thi ñua caûi caùch haønh chính naêm 2024 cuûa UÛy ban nhaân daân huyeän.\n';
		const file = write('vni.txt', codePage('windows-1252', vni.repeat(3)));
		expect(() => readInput(file)).toThrow(InputError);
		expect(() => readInput(file)).toThrow(/phông VNI[\s\S]*Cách sửa: .*Unikey/);
	});

	it('a binary file named .txt is refused, and no draft is written', () => {
		const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256);
		const result = spawnSync(process.execPath, [CLI, write('anh.txt', bytes), '--out', tmp], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Tệp không phải văn bản đọc được[\s\S]*Cách sửa:/);
		expect(fs.readdirSync(tmp).filter((name) => name.endsWith('.mdx'))).toEqual([]);
	});

	it("a broken PDF gets a Vietnamese message, without pdftotext's English", () => {
		const result = spawnSync(process.execPath, [CLI, write('hong.pdf', '%PDF-1.4 hỏng'), '--dry-run'], { encoding: 'utf8' });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/Không đọc được tệp PDF: tệp bị hỏng hoặc không phải PDF[\s\S]*Cách sửa:/);
		expect(result.stderr).not.toMatch(/Syntax Error|Couldn't|xref/i);
	});
});

describe('Unicode text is never taken for a legacy font', () => {
	it.each(fs.readdirSync(SEEDS).filter((name) => name.endsWith('.txt')))('seed %s (OCR without diacritics included)', (name) => {
		expect(legacyEncoding(fs.readFileSync(path.join(SEEDS, name), 'utf8').normalize('NFC'))).toBeUndefined();
	});

	it('nor a text in capitals with a few ©, µm and ± signs', () => {
		const text = `${SEED.toUpperCase()}\nẢnh © UBND huyện; độ dày 5 µm ± 1; nhiệt độ 25 °C; giá 1/2 ½ đồng.`;
		expect(legacyEncoding(text)).toBeUndefined();
	});
});
