/**
 * What press officers have, turned into text: plain text, the .docx the office
 * typed, a PDF with a text layer, or a scan (PDF or image) read by Tesseract
 * with its Vietnamese model.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { docxText } from './docx.ts';
import { decodeTextFile, unicodeText } from './decode-text.ts';
import { InputError, requireVietnameseModel, runTool, TOOLS } from './tools.ts';

export { InputError } from './tools.ts';

export interface InputText {
	text: string;
	/** How the text was obtained. */
	via: 'text' | 'docx' | 'pdf' | 'ocr';
	/** What was converted on the way (UTF-16, Windows-1258, TCVN3), for the report. */
	note?: string;
}

const IMAGE = /\.(png|jpe?g|tiff?|bmp|webp|gif)$/i;
/** A page of a born-digital PDF holds hundreds of letters; a scan's text layer is empty or a stamp. Below this per page, OCR it. */
const MIN_LETTERS_PER_PAGE = 80;
/** 300 dpi: Tesseract's recommended resolution; lower loses the diacritics of 12-13 pt text. */
const OCR_DPI = '300';

export function readInput(file: string): InputText {
	const lower = file.toLowerCase();
	if (lower.endsWith('.docx')) return { ...unicodeText(readDocx(file), file), via: 'docx' };
	if (lower.endsWith('.doc')) throw new InputError(`Tệp .doc (Word cũ) chưa đọc được: ${file}\nCách sửa: mở bằng Word hoặc LibreOffice và lưu lại dạng .docx hoặc PDF.`);
	if (lower.endsWith('.pdf')) return readPdf(file);
	if (IMAGE.test(lower)) return { text: ocrImage(file), via: 'ocr' };
	return { ...decodeTextFile(fs.readFileSync(file), file), via: 'text' };
}

function readDocx(file: string): string {
	try {
		return docxText(fs.readFileSync(file));
	} catch (error) {
		throw new InputError(`Không đọc được tệp Word (.docx): ${file} (${(error as Error).message}).\nCách sửa: mở tệp bằng Word hoặc LibreOffice, lưu lại dạng .docx rồi nhập lại.`);
	}
}

function readPdf(file: string): InputText {
	const layer = String(runTool(TOOLS.pdftotext, ['-enc', 'UTF-8', file, '-'], { failure: pdfFailure(file) }));
	const pages = layer.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim() !== '');
	const letters = (layer.match(/\p{L}/gu) ?? []).length;
	if (letters >= MIN_LETTERS_PER_PAGE * Math.max(pages.length, 1)) return { ...unicodeText(layer.replace(/\f/g, '\n'), file), via: 'pdf' };
	requireVietnameseModel();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-ocr-'));
	try {
		runTool(TOOLS.pdftoppm, ['-r', OCR_DPI, '-png', file, path.join(dir, 'page')]);
		const images = fs.readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
		return { text: images.map((image) => tesseract(path.join(dir, image))).join('\n'), via: 'ocr' };
	} finally {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** pdftotext's own words are English: what they mean for the press officer. */
function pdfFailure(file: string) {
	return (stderr: string) =>
		/password/i.test(stderr)
			? `Tệp PDF bị khóa bằng mật khẩu: ${file}\nCách sửa: xin bản không khóa từ nơi ban hành, hoặc mở bằng mật khẩu rồi in ra PDF mới, rồi nhập lại.`
			: `Không đọc được tệp PDF: tệp bị hỏng hoặc không phải PDF: ${file}\nCách sửa: tải lại tệp từ nơi đăng, hoặc mở tệp và lưu lại dạng PDF, rồi nhập lại.`;
}

function ocrImage(file: string): string {
	requireVietnameseModel();
	return tesseract(file);
}

/** Default page segmentation: it reads the two-column header (issuer, motto) one column after the other. */
function tesseract(image: string): string {
	return String(
		runTool(TOOLS.tesseract, [image, 'stdout', '-l', 'vie'], {
			failure: () => `Không nhận dạng được chữ trong ảnh: tệp ảnh bị hỏng hoặc không đọc được: ${image}\nCách sửa: mở ảnh để kiểm tra, lưu lại dạng PNG hoặc JPEG, rồi nhập lại.`,
		}),
	);
}
