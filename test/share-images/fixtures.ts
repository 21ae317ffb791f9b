import type { ShareCard, ShareCardKind } from '../../src/share-images/card.ts';

/** One realistic card of each kind. */
export const CARDS: Record<ShareCardKind, ShareCard> = {
	'ke-hoach': {
		kind: 'ke-hoach',
		eyebrow: 'KẾ HOẠCH',
		agency: 'UBND huyện Thuận Nam',
		number: 'Số …/KH-UBND',
		date: 'tháng 01 năm 2023',
		title: 'Phát động phong trào thi đua cải cách hành chính huyện Thuận Nam năm 2023',
		footer: 'Phong trào: Thi đua cải cách hành chính năm 2023',
	},
	'thong-bao-ket-luan': {
		kind: 'thong-bao-ket-luan',
		eyebrow: 'THÔNG BÁO KẾT LUẬN',
		agency: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
		number: 'Số 25/TB-UBND',
		date: 'ngày 19 tháng 01 năm 2024',
		title: 'Kết luận của Chủ tịch UBND tỉnh tại hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
	},
	'quyet-dinh-khen-thuong': {
		kind: 'quyet-dinh-khen-thuong',
		eyebrow: 'QUYẾT ĐỊNH KHEN THƯỞNG',
		agency: 'Ủy ban nhân dân tỉnh Thừa Thiên Huế',
		number: 'Quyết định số 563/QĐ-UBND',
		date: 'ngày 05 tháng 03 năm 2024',
		title:
			'Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 10 tập thể dẫn đầu Khối thi đua của các huyện, thị xã và thành phố Huế',
		footer: 'Khối thi đua các huyện, thị xã và thành phố Huế',
	},
	'tin-bai': {
		kind: 'tin-bai',
		eyebrow: 'TIN BÀI',
		agency: 'Sở Nội vụ tỉnh Ninh Thuận',
		date: 'ngày 12 tháng 4 năm 2024',
		title: 'Ninh Thuận: Tổng kết phong trào thi đua “Đồng khởi khởi nghiệp và phát triển doanh nghiệp”',
	},
	'phong-trao': {
		kind: 'phong-trao',
		eyebrow: 'PHONG TRÀO THI ĐUA',
		agency: 'UBND huyện Thuận Nam',
		date: '2021–2025',
		title: 'Thi đua cải cách hành chính, xây dựng chính quyền số huyện Thuận Nam',
		footer: '3 kế hoạch · 2 thông báo kết luận · 4 quyết định khen thưởng',
	},
	'co-quan': {
		kind: 'co-quan',
		eyebrow: 'CƠ QUAN BAN HÀNH',
		title: 'Ủy ban nhân dân huyện Thuận Nam, tỉnh Ninh Thuận',
		footer: '12 văn bản · 4 phong trào thi đua',
	},
	'danh-sach': {
		kind: 'danh-sach',
		eyebrow: 'DANH SÁCH',
		title: 'Tất cả quyết định khen thưởng',
		footer: 'Tra cứu theo cơ quan, năm và hình thức khen thưởng',
	},
	'trang-chu': {
		kind: 'trang-chu',
		eyebrow: 'CÔNG KHAI',
		title: 'Kế hoạch, thông báo kết luận và quyết định khen thưởng của các phong trào thi đua, công khai và dễ tra cứu.',
	},
};

const LONG_SENTENCE =
	'Về việc phê duyệt danh sách các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua cải cách hành chính, xây dựng chính quyền điện tử, chính quyền số và chuyển đổi số giai đoạn 2021–2025 trên địa bàn huyện Thuận Nam, tỉnh Ninh Thuận; ';

/** Exactly `length` characters of realistic Vietnamese. */
export function vietnameseText(length: number): string {
	return LONG_SENTENCE.repeat(Math.ceil(length / LONG_SENTENCE.length)).slice(0, length);
}

/** The worst case the layout must survive: 300-character title, 120-character agency. */
export const LONG_CARD: ShareCard = {
	kind: 'quyet-dinh-khen-thuong',
	eyebrow: 'QUYẾT ĐỊNH KHEN THƯỞNG',
	agency: vietnameseText(120),
	number: 'Quyết định số 1234/QĐ-UBND',
	date: 'ngày 31 tháng 12 năm 2024',
	title: vietnameseText(300),
	footer: vietnameseText(150),
};
