/**
 * One test per rule of the importer (issue 13), each on a real document of
 * test/fixtures/import or a minimal text that fails without the rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAgencies } from '../../tools/publishing/import/agencies-load.ts';
import { importText } from '../../tools/publishing/import/import-text.ts';
import type { ImportResult } from '../../tools/publishing/import/types.ts';

const FIXTURES = path.resolve('test', 'fixtures', 'import');
const agencies = loadAgencies(path.join(FIXTURES, 'agencies'));
const real = (name: string, sourceUrl?: string) => importText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), { agencies, fileName: name, sourceUrl });
const text = (lines: string[]) => importText(lines.join('\n'), { agencies });
const warned = (result: ImportResult, field: string) => result.warnings.filter((w) => w.field.split(/[.[]/)[0] === field);

/** A provincial decision with every header part, for variations. */
const header = (over: { issuer?: string[]; number?: string; placeDate?: string[]; heading?: string } = {}) => [
	...(over.issuer ?? ['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN']),
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	over.number ?? 'Số: 25/QĐ-UBND',
	...(over.placeDate ?? ['Nghệ An, ngày 12 tháng 8 năm 2022']),
	'',
	over.heading ?? 'QUYẾT ĐỊNH',
	'Về việc tặng Bằng khen',
	'',
	'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
	'',
];

describe('symbols as Decree 30/2020 writes them', () => {
	it.each([
		['Số: 263/QĐ-TTg', '263', 'QĐ-TTg'],
		['Số: 19/CT-TTg', '19', 'CT-TTg'],
		['Số: 12/NQ-CP', '12', 'NQ-CP'],
		['Số: 134/TB-VPCP', '134', 'TB-VPCP'],
		['Số: 1034/QĐ-UBND', '1034', 'QĐ-UBND'],
		['Số: 05/KH-UBND-MTTQ', '05', 'KH-UBND-MTTQ'],
		['Số: 31/2020/QĐ-UBND', '31/2020', 'QĐ-UBND'],
		['SỐ: 25 / QĐ - UBND', '25', 'QĐ-UBND'],
		['số:25/qđ-ubnd', '25', 'QĐ-UBND'],
		['Số : 263/QĐ-TTG', '263', 'QĐ-TTg'],
	])('%s → %s/%s', (line, number, symbol) => {
		const r = text(header({ number: line }));
		expect(r.frontmatter.number).toBe(number);
		expect(r.frontmatter.symbol).toBe(symbol);
		expect(warned(r, 'symbol').every((w) => !/Không đọc được/.test(w.message))).toBe(true);
	});

	it('the Prime Minister\'s decision 345/QĐ-TTg keeps its lower-case g', () => {
		const r = real('ttg-345-2008-qd-ttg.txt');
		expect(r.frontmatter).toMatchObject({ number: '345', symbol: 'QĐ-TTg', agency: 'thu-tuong-chinh-phu' });
		expect(r.mdx).toContain('symbol: QĐ-TTg');
	});

	it('reads the number on the issuer\'s line ("UBND TỈNH BẮC GIANG Số: 172/2015/QĐ-UBND") below a portal\'s menus', () => {
		const r = real('bac-giang-172-2015-qd-ubnd.txt');
		expect(r.frontmatter).toMatchObject({ type: 'quyet-dinh-khen-thuong', number: '172/2015', symbol: 'QĐ-UBND', date: '2015-05-05', place: 'Bắc Giang', agency: 'ubnd-tinh-bac-giang' });
		expect(r.frontmatter.title).toBe('Ban hành Quy định công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Giang');
		expect(r.body).not.toMatch(/CSDL Quốc Gia|Lược đồ/);
	});
});

describe('header laid out as the decree does, wherever the text puts it', () => {
	it('place and date over two lines ("Tuyên Quang, ngày" / "12 tháng 8 năm 2022")', () => {
		const r = text(header({ issuer: ['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG'], placeDate: ['Tuyên Quang, ngày', '12 tháng 8 năm 2022'] }));
		expect(r.frontmatter.date).toBe('2022-08-12');
		expect(r.frontmatter.place).toBe('Tuyên Quang');
	});

	it('a place name that wraps before the comma (real: Thành phố Hồ Chí / Minh, ngày 05 tháng 7 năm 2022)', () => {
		const r = real('01-plan-kh-2242-ubnd-2022-opening.txt');
		expect(r.frontmatter).toMatchObject({ place: 'Thành phố Hồ Chí Minh', date: '2022-07-05', number: '2242', symbol: 'KH-UBND', agency: 'ubnd-thanh-pho-ho-chi-minh' });
	});

	it('real: Quảng Ninh, ngày / 05 tháng 12 năm 2014, with the title stopping before the enacting authority', () => {
		const r = real('quang-ninh-2896-2014-qd-ubnd.txt');
		expect(r.frontmatter).toMatchObject({ date: '2014-12-05', place: 'Quảng Ninh', agency: 'ubnd-tinh-quang-ninh' });
		expect(r.frontmatter.title?.toLowerCase()).toBe('về việc ban hành quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh quảng ninh');
	});

	it.each(['QUYẾT ĐỊNH', 'Quyết định', 'quyết định'])('the type heading in any case: "%s"', (heading) => {
		expect(text(header({ heading })).frontmatter.type).toBe('quyet-dinh-khen-thuong');
	});

	it.each([['KẾ HOẠCH', 'ke-hoach'], ['Kế hoạch', 'ke-hoach'], ['THÔNG BÁO KẾT LUẬN', 'thong-bao-ket-luan'], ['Thông báo', 'thong-bao-ket-luan']])('"%s" → %s', (heading, type) => {
		expect(text(header({ heading })).frontmatter.type).toBe(type);
	});

	it('header cells side by side ("Số: 130/KH-UBND | Thanh Hoá, ngày …") and a title in capitals starting "THỰC HIỆN"', () => {
		const thanhHoa = real('thanh-hoa-130-2025-kh-ubnd.txt');
		expect(thanhHoa.frontmatter).toMatchObject({ number: '130', symbol: 'KH-UBND', date: '2025-06-27', place: 'Thanh Hoá', type: 'ke-hoach' });
		// The copy prints only "ỦY BAN NHÂN DÂN": the place line names the province, and the guess is said.
		expect(thanhHoa.frontmatter.agency).toBe('ubnd-tinh-thanh-hoa');
		expect(warned(thanhHoa, 'agency')[0]?.message).toMatch(/đoán là UBND tỉnh Thanh Hóa/);
		const ngheAn = real('nghe-an-594-2021-kh-ubnd.txt');
		expect(ngheAn.frontmatter.title).toMatch(/^Thực hiện chỉ thị số 19\/ct-ttg/i);
	});

	it('a two-column header as OCR and PDF text layers print it, columns apart by wide gaps', () => {
		const r = text([
			'ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'TỈNH NGHỆ AN                Độc lập - Tự do - Hạnh phúc',
			'Số:   /QĐ-UBND          Nghệ An, ngày     tháng 8 năm 2022',
			'', 'QUYẾT ĐỊNH', 'Về việc tặng Bằng khen', '', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
		]);
		expect(r.frontmatter).toMatchObject({ number: undefined, symbol: 'QĐ-UBND', date: '2022-08', place: 'Nghệ An', agency: 'ubnd-tinh-nghe-an', title: 'Về việc tặng Bằng khen' });
	});

	it('no type heading: the title follows the number and date (real: An Giang 08/2012/QĐ-UBND)', () => {
		const r = real('an-giang-08-2012-qd-ubnd.txt');
		expect(r.frontmatter.title?.toLowerCase()).toBe('ban hành quy chế về công tác thi đua, khen thưởng trên địa bàn tỉnh an giang.');
		expect(r.frontmatter.type).toBe('quyet-dinh-khen-thuong');
		expect(warned(r, 'title').length).toBeGreaterThan(0);
	});
});

describe('portal pages', () => {
	it('drops clocks, posting stamps and font controls, and takes the posting date for news (real: Kon Tum)', () => {
		const r = real('kon-tum-tin-cu-tri-2024.txt', 'https://www.kontum.gov.vn/pages/detail/53116/x.html');
		expect(r.frontmatter).toMatchObject({ type: 'tin-bai', date: '2024-07-08', agency: 'ubnd-tinh-kon-tum' });
		expect(r.frontmatter.title).toBe('Kết quả giải quyết, trả lời ý kiến, kiến nghị của cử tri trước và sau Kỳ họp thứ 6 HĐND tỉnh khóa XII');
		expect(r.body).not.toMatch(/Cỡ chữ|Ngày đăng|Thứ 3/);
	});

	it.each([
		['Bỏ qua nội dung'], ['Trang chủ > Tin tức > Thi đua khen thưởng'], ['31/08/2022 13:19'], ['Chia sẻ 12'], ['125 lượt xem'], ['Thứ tư, 31/08/2022'],
	])('"%s" never reaches the body', (chrome) => {
		const r = text([chrome, 'Tỉnh phát động phong trào thi đua năm 2022', '', 'Sáng nay, Ủy ban nhân dân tỉnh đã tổ chức lễ phát động phong trào thi đua năm 2022 với nhiều nội dung thiết thực.']);
		expect(r.body).not.toContain(chrome);
		expect(r.frontmatter.title).toBe('Tỉnh phát động phong trào thi đua năm 2022');
	});

	it('news dated "31/08/2022 13:19" gets that date', () => {
		const r = text(['Tỉnh phát động phong trào thi đua năm 2022', '31/08/2022 13:19', '', 'Sáng nay, Ủy ban nhân dân tỉnh đã tổ chức lễ phát động phong trào thi đua năm 2022 với nhiều nội dung thiết thực.']);
		expect(r.frontmatter).toMatchObject({ type: 'tin-bai', date: '2022-08-31' });
	});

	it('a portal\'s one-line listing of an award decision (real: Lạng Sơn 1034/QĐ-UBND)', () => {
		const r = real('lang-son-1034-qd-ubnd.txt', 'http://thiduakhenthuong.langson.gov.vn/vi/quyetdinhkhen/x');
		expect(r.frontmatter).toMatchObject({ type: 'quyet-dinh-khen-thuong', number: '1034', symbol: 'QĐ-UBND', award: 'bang-khen-cap-tinh', agency: 'ubnd-tinh-lang-son' });
	});
});

describe('the issuing agency', () => {
	const plan = (issuer: string[]) => text([
		...issuer, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-UBND', 'Tuyên Quang, ngày 03 tháng 3 năm 2023', '',
		'KẾ HOẠCH', 'Thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ', '',
		'Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ; Quyết định của Thủ tướng Chính phủ về thi đua; ý kiến chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh Nghệ An và UBND tỉnh Thanh Hóa;', '',
		'I. MỤC ĐÍCH, YÊU CẦU', '', 'Tạo khí thế thi đua sôi nổi trong cán bộ, đảng viên và nhân dân.',
	]);

	it('an unregistered provincial issuer stays unresolved, never the Prime Minister named in the body', () => {
		const r = plan(['ỦY BAN NHÂN DÂN', 'TỈNH TUYÊN QUANG']);
		expect(r.frontmatter.agency).toBe('chua-ro-co-quan');
		expect(r.suggestedPath).toMatch(/^chua-ro-co-quan\/2023\//);
		const warning = warned(r, 'agency')[0]!;
		expect(warning.message).toContain('ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
		expect(warning.hint).toMatch(/Các mã gần nhất: [a-z-]+(, [a-z-]+){1,2};/);
		expect(r.mdx).toContain('agency: chua-ro-co-quan');
	});

	it('a registered issuer comes from the header even when the body names others more often', () => {
		expect(plan(['ỦY BAN NHÂN DÂN', 'TỈNH NGHỆ AN']).frontmatter.agency).toBe('ubnd-tinh-nghe-an');
	});

	it('the most specific issuer of a parent/child header', () => {
		expect(plan(['UBND TỈNH QUẢNG NGÃI', 'UBND HUYỆN BÌNH SƠN']).frontmatter.agency).toBe('ubnd-huyen-binh-son');
	});

	it('real: Phú Yên (not registered) is unresolved with a warning naming nearest ids', () => {
		const r = real('phu-yen-31-2020-qd-ubnd.txt');
		expect(r.frontmatter.agency).toBe('chua-ro-co-quan');
		expect(warned(r, 'agency')[0]?.message).toContain('TỈNH PHÚ YÊN');
	});
});

describe('signers', () => {
	const decision = (block: string[]) => text([...header(), 'QUYẾT ĐỊNH:', '', 'Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho:', '1. Phòng Nội vụ huyện Nghi Lộc;', '', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.', '', 'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', '', ...block]);

	it.each([
		[['KT THỦ TƯỚNG', 'PHÓ THỦ TƯỚNG', 'Nguyễn Sinh Hùng'], { prefix: 'KT.', for: 'Thủ tướng', position: 'Phó Thủ tướng', name: 'Nguyễn Sinh Hùng' }],
		[['KT THỦ TƯỚNG PHÓ THỦ TƯỚNG', '(Đã ký)', 'Nguyễn Sinh Hùng'], { prefix: 'KT.', for: 'Thủ tướng', position: 'Phó Thủ tướng', name: 'Nguyễn Sinh Hùng' }],
		[['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Hồng Vinh'], { prefix: 'KT.', for: 'Chủ tịch', position: 'Phó Chủ tịch', name: 'Lê Hồng Vinh' }],
		[['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Đức Trung'], { prefix: 'TM.', for: 'Ủy ban nhân dân', position: 'Chủ tịch', name: 'Nguyễn Đức Trung' }],
	])('%j', (block, signer) => {
		const r = decision(block);
		expect(r.frontmatter.signer).toEqual(signer);
		expect(warned(r, 'signer')).toEqual([]);
	});

	it('an unknown position is a warning, not a silent value', () => {
		const r = decision(['KT. CHỦ TỊCH', 'ỦY VIÊN THƯỜNG TRỰC KIÊM ĐẶC TRÁCH', 'Lê Hồng Vinh']);
		expect(warned(r, 'signer').some((w) => w.field === 'signer.position')).toBe(true);
	});
});

describe('honouree lists in every shape', () => {
	const award = (list: string[], tail: string[] = []) => text([...header(), 'QUYẾT ĐỊNH:', '', ...list, '', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.', '', 'Nơi nhận:', '- Như Điều 2;', '- Lưu: VT.', '', 'CHỦ TỊCH', 'Nguyễn Đức Trung', ...tail]);

	it('numbered and dashed items', () => {
		const r = award(['Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 1 tập thể và 1 cá nhân:', '1. Phòng Nội vụ huyện Nghi Lộc;', '- Bà Lê Thị Hoa, Phó Giám đốc Sở Nội vụ;']);
		expect(r.frontmatter.honourees).toEqual([
			{ kind: 'tap-the', name: 'Phòng Nội vụ huyện Nghi Lộc' },
			{ kind: 'ca-nhan', name: 'Lê Thị Hoa', honorific: 'Bà', position: 'Phó Giám đốc', unit: 'Sở Nội vụ' },
		]);
		expect(r.frontmatter.award).toBe('bang-khen-cap-tinh');
	});

	it('a single unnumbered name with its achievement (real: 345/QĐ-TTg)', () => {
		const r = real('ttg-345-2008-qd-ttg.txt');
		expect(r.frontmatter.honourees).toEqual([expect.objectContaining({ kind: 'tap-the', name: 'Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh', achievement: expect.stringMatching(/^Đã hoàn thành xuất sắc/) })]);
		expect(r.frontmatter.award).toBe('bang-khen-thu-tuong');
	});

	it('"name, position, unit; achievement"', () => {
		const r = award(['Điều 1. Tặng Giấy khen cho:', '1. Ông Trần Văn Bình, Chuyên viên Văn phòng UBND huyện; đã có thành tích xuất sắc năm 2023.']);
		expect(r.frontmatter.honourees[0]).toEqual({ kind: 'ca-nhan', name: 'Trần Văn Bình', honorific: 'Ông', position: 'Chuyên viên', unit: 'Văn phòng UBND huyện', achievement: 'Đã có thành tích xuất sắc năm 2023' });
	});

	it.each([
		['pipe-separated', (cells: string[]) => cells.join(' | ')],
		['tab-separated', (cells: string[]) => cells.join('\t')],
	])('a %s table with a heading row and the award per row', (_, row) => {
		const r = award([
			'Điều 1. Tặng thưởng cho các tập thể và cá nhân có tên sau:', '',
			row(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Hình thức khen thưởng']),
			row(['1', 'Nguyễn Văn An', 'Chủ tịch UBND xã Nghi Phong', 'Bằng khen của Chủ tịch UBND tỉnh']),
			row(['2', 'Trường Tiểu học Nghi Phong', 'huyện Nghi Lộc', 'Tập thể lao động xuất sắc']),
		]);
		expect(r.frontmatter.honourees).toEqual([
			{ kind: 'ca-nhan', name: 'Nguyễn Văn An', position: 'Chủ tịch', unit: 'UBND xã Nghi Phong', award: 'bang-khen-cap-tinh' },
			{ kind: 'tap-the', name: 'Trường Tiểu học Nghi Phong', unit: 'huyện Nghi Lộc', award: 'tap-the-lao-dong-xuat-sac' },
		]);
	});

	it('an annex after the signature with collectives and individuals in separate parts, the award per part', () => {
		const r = award(['Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể và 2 cá nhân (có danh sách kèm theo).'], [
			'', 'DANH SÁCH', 'TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN', '(Kèm theo Quyết định số 25/QĐ-UBND ngày 12/8/2022 của Chủ tịch UBND tỉnh)', '',
			'I. TẬP THỂ', '1. Phòng Nội vụ huyện Nghi Lộc;', '2. Trường Tiểu học Nghi Phong, huyện Nghi Lộc;', '',
			'II. CÁ NHÂN', '1. Nguyễn Văn An, Chủ tịch UBND xã Nghi Phong;', '2. Bà Lê Thị Hoa, Phó Giám đốc Sở Nội vụ.',
		]);
		expect(r.frontmatter.honourees.map((h) => [h.kind, h.name])).toEqual([
			['tap-the', 'Phòng Nội vụ huyện Nghi Lộc'], ['tap-the', 'Trường Tiểu học Nghi Phong, huyện Nghi Lộc'], ['ca-nhan', 'Nguyễn Văn An'], ['ca-nhan', 'Lê Thị Hoa'],
		]);
		expect(r.frontmatter.award).toBe('bang-khen-cap-tinh');
		expect(r.frontmatter.signer).toMatchObject({ name: 'Nguyễn Đức Trung' });
		expect(warned(r, 'honourees')).toEqual([]);
	});

	it('different awards per part of an annex', () => {
		const r = award(['Điều 1. Khen thưởng các tập thể, cá nhân có tên trong danh sách kèm theo.'], [
			'', 'DANH SÁCH KHEN THƯỞNG', '(Kèm theo Quyết định số 25/QĐ-UBND)', '',
			'I. TẬP THỂ: Tặng danh hiệu Tập thể lao động xuất sắc', '1. Phòng Nội vụ huyện Nghi Lộc;', '',
			'II. CÁ NHÂN: Tặng Bằng khen của Chủ tịch UBND tỉnh', '1. Nguyễn Văn An, Chủ tịch UBND xã Nghi Phong.',
		]);
		expect(r.frontmatter.honourees.map((h) => [h.kind, h.award])).toEqual([['tap-the', 'tap-the-lao-dong-xuat-sac'], ['ca-nhan', 'bang-khen-cap-tinh']]);
	});
});
