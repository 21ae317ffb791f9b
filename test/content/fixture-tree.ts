/**
 * A small, valid content folder that exercises every collection, a
 * campaign, an award decision, an attachment and an internal link. The
 * catalogue breaks one thing in it per case; the build tests build it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tinyPdf } from '../publishing/site-build.ts';

export const PLAN = 'documents/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua.mdx';
export const DECISION = 'documents/ubnd-huyen-binh-lam/2024/qd-khen-thuong.mdx';
export const PROVINCE = 'agencies/ubnd-tinh-an-phu.yaml';
export const DISTRICT = 'agencies/ubnd-huyen-binh-lam.yaml';
export const FORMER = 'agencies/ubnd-huyen-cu.yaml';
export const CAMPAIGN = 'campaigns/thi-dua-cchc-2024.yaml';
export const PDF = 'documents/ubnd-huyen-binh-lam/2024/12-kh-ubnd.pdf';

export const FILES: Record<string, string> = {
	[PROVINCE]: 'name: UBND tỉnh An Phú\nlevel: tinh\nprovince: An Phú\nvalidFrom: 1990-01-01\n',
	[DISTRICT]: 'name: UBND huyện Bình Lâm\nlevel: huyen\nprovince: An Phú\nparent: ubnd-tinh-an-phu\nvalidFrom: 2000-01-01\n',
	[FORMER]: 'name: UBND huyện Cũ\nlevel: huyen\nprovince: An Phú\nparent: ubnd-tinh-an-phu\nvalidFrom: "1995"\nvalidTo: 2020-06-30\nsuccessor: ubnd-huyen-binh-lam\n',
	[CAMPAIGN]: [
		'title: Phong trào thi đua cải cách hành chính huyện Bình Lâm năm 2024',
		'agency: ubnd-huyen-binh-lam',
		'start: 2024-01-15',
		'end: 2024-12-31',
		'summary: Phong trào thi đua đẩy mạnh cải cách hành chính năm 2024 của huyện Bình Lâm.',
		'areas: [cai-cach-hanh-chinh]',
		'',
	].join('\n'),
	[PLAN]: [
		'---',
		'type: ke-hoach',
		'number: "12"',
		'symbol: KH-UBND',
		'date: 2024-01-15',
		'agency: ubnd-huyen-binh-lam',
		'title: Phát động phong trào thi đua cải cách hành chính năm 2024',
		'summary: Kế hoạch phát động phong trào thi đua cải cách hành chính năm 2024 của huyện Bình Lâm.',
		'campaign: thi-dua-cchc-2024',
		'source:',
		'  kind: ban-dien-tu',
		'deadlines:',
		'  - date: 2024-11-30',
		'    what: Các đơn vị gửi hồ sơ đề nghị khen thưởng.',
		'attachments:',
		'  - file: ./12-kh-ubnd.pdf',
		'    title: Bản gốc có chữ ký',
		'---',
		'',
		'## I. Mục đích, yêu cầu',
		'',
		'Phát động thi đua trong toàn huyện; xem [các cơ quan](/co-quan/ubnd-huyen-binh-lam/).',
		'',
	].join('\n'),
	[DECISION]: [
		'---',
		'type: quyet-dinh-khen-thuong',
		'number: "45"',
		'symbol: QĐ-UBND',
		'date: 2024-12-20',
		'agency: ubnd-huyen-binh-lam',
		'title: Về việc khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua năm 2024',
		'summary: Tặng Giấy khen cho một tập thể và một cá nhân có thành tích xuất sắc năm 2024.',
		'campaign: thi-dua-cchc-2024',
		'source:',
		'  kind: so-hoa',
		'basis:',
		'  - document: ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua',
		'award: giay-khen',
		'honourees:',
		'  - kind: ca-nhan',
		'    honorific: Ông',
		'    name: Nguyễn Văn An',
		'    position: Chuyên viên Phòng Nội vụ',
		'  - kind: tap-the',
		'    name: Phòng Văn hóa và Thông tin',
		'---',
		'',
		'Điều 1. Tặng Giấy khen cho các tập thể, cá nhân (theo [kế hoạch](/van-ban/ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua/)).',
		'',
	].join('\n'),
};

export const PDF_BYTES = tinyPdf('12/KH-UBND');

/** Writes the fixture, with some files replaced (text) or removed (null), into a fresh folder. */
export function writeTree(changes: Record<string, string | Buffer | null> = {}): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-tree-'));
	writeTreeInto(root, changes);
	return root;
}

/** Writes the fixture, with some files replaced or removed, into a folder that may hold other content already. */
export function writeTreeInto(root: string, changes: Record<string, string | Buffer | null> = {}): void {
	const files: Record<string, string | Buffer | null> = { ...FILES, [PDF]: PDF_BYTES, ...changes };
	for (const [file, text] of Object.entries(files)) {
		if (text === null) continue;
		fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
		fs.writeFileSync(path.join(root, file), text);
	}
}

/** A fixture file with text replaced; throws if the text is not there, so a case never silently tests nothing. */
export function replaced(file: string, from: string | RegExp, to: string): Record<string, string> {
	const before = FILES[file]!;
	const after = before.replace(from, to);
	if (after === before) throw new Error(`${file}: "${String(from)}" not found`);
	return { [file]: after };
}
