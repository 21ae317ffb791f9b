/**
 * What citizens type, and the page each search must put in its top three.
 * Run against the built sample site in Chromium by test/e2e/search-queries.test.ts.
 */
const DOC = {
	coLe: '/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	thuanNam: '/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	moDuc: '/van-ban/ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023/',
	binhSon: '/van-ban/ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022/',
	bacTraMy: '/van-ban/ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	hue: '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/',
	benTre: '/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/',
} as const;

export interface QueryCase {
	/** Why this search matters, for the test name. */
	what: string;
	/** The query string after /tim-kiem/?, as a link or the form would write it. */
	search: Record<string, string | string[]>;
	/** The page that must be among the first three results. */
	expect: string;
}

const q = (query: string, filters: Record<string, string | string[]> = {}) => ({ q: query, ...filters });

export const QUERY_CASES: QueryCase[] = [
	// Typed without any diacritics on a phone keyboard.
	{ what: 'plain ASCII title words', search: q('thi dua cai cach hanh chinh thuan nam'), expect: DOC.thuanNam },
	{ what: 'plain ASCII, commune name', search: q('cai cach hanh chinh co le'), expect: DOC.coLe },
	{ what: 'plain ASCII conclusion notice', search: q('ket luan hoi nghi tong ket thi dua mo duc'), expect: DOC.moDuc },
	{ what: 'plain ASCII news item', search: q('phat dong thi dua bac tra my'), expect: DOC.bacTraMy },
	{ what: 'plain ASCII award title', search: q('chien si thi dua toan quoc'), expect: DOC.benTre },
	{ what: 'plain ASCII honour', search: q('co thi dua khoi xa phuong'), expect: DOC.hue },
	// Typed with diacritics.
	{ what: 'full title with diacritics', search: q('Phát động phong trào thi đua cải cách hành chính huyện Thuận Nam'), expect: DOC.thuanNam },
	{ what: 'conclusion by the chairman', search: q('Kết luận của đồng chí Nguyễn Tường Duy'), expect: DOC.binhSon },
	{ what: 'award form with diacritics', search: q('Cờ thi đua của Ủy ban nhân dân tỉnh'), expect: DOC.hue },
	{ what: 'digital transformation topic', search: q('chuyển đổi số năm 2023'), expect: DOC.moDuc },
	{ what: 'capital letters as on a letterhead', search: q('PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN NHIỆM VỤ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH'), expect: DOC.coLe },
	// đ and d.
	{ what: 'đ typed as d', search: q('dong chi Pham Ngoc Lan'), expect: DOC.moDuc },
	{ what: 'đ typed as đ', search: q('đồng chí Phạm Ngọc Lan'), expect: DOC.moDuc },
	{ what: 'Đ capital typed as D', search: q('UBND huyen Mo Duc'), expect: '/co-quan/ubnd-huyen-mo-duc/' },
	{ what: 'đ inside a place name', search: q('Da Nang'), expect: '/co-quan/ubnd-thanh-pho-da-nang/' },
	{ what: 'two đ in a phrase, typed as d', search: q('dao duc cong vu'), expect: DOC.coLe },
	// The two tone-mark placements.
	{ what: 'new placement finds old (Thuỷ Phương)', search: q('Thủy Phương'), expect: DOC.hue },
	{ what: 'old placement as printed', search: q('Thuỷ Phương'), expect: DOC.hue },
	{ what: 'old placement finds new (Hương Thủy)', search: q('Hương Thuỷ'), expect: DOC.hue },
	{ what: 'old placement finds new (Phú Hòa)', search: q('phường Phú Hoà'), expect: DOC.hue },
	{ what: 'old placement finds new (Khánh Hòa)', search: q('Khánh Hoà'), expect: '/co-quan/ubnd-tinh-khanh-hoa/' },
	{ what: 'old placement finds new (Sở Thủy sản)', search: q('Sở Thuỷ sản Bến Tre'), expect: DOC.benTre },
	// Pasted text in decomposed form (NFD).
	{ what: 'NFD query', search: q('cải cách hành chính huyện Thuận Nam'.normalize('NFD')), expect: DOC.thuanNam },
	{ what: 'NFD query with đ', search: q('Kết luận đồng chí Phạm Ngọc Lan'.normalize('NFD')), expect: DOC.moDuc },
	// Document numbers: the document with the number, or the documents citing it.
	{ what: 'own number with Đ', search: q('563/QĐ-UBND'), expect: DOC.hue },
	{ what: 'own number typed with D', search: q('563/QD-UBND'), expect: DOC.hue },
	{ what: 'symbol alone (number left blank)', search: q('TB-UBND'), expect: DOC.binhSon },
	{ what: 'symbol alone, plan', search: q('KH-UBND'), expect: DOC.thuanNam },
	{ what: 'symbol alone, decision, typed with D', search: q('QD-UBND'), expect: DOC.hue },
	{ what: 'symbol alone, decree', search: q('NĐ-CP'), expect: DOC.coLe },
	{ what: 'cited district plan', search: q('25/KH-UBND'), expect: DOC.coLe },
	{ what: 'cited provincial decision', search: q('465/QĐ-UBND'), expect: DOC.thuanNam },
	{ what: 'cited decree with Đ', search: q('98/2023/NĐ-CP'), expect: DOC.coLe },
	{ what: 'cited decree typed with D', search: q('98/2023/ND-CP'), expect: DOC.coLe },
	{ what: 'cited 2005 decree', search: q('121/2005/NĐ-CP'), expect: DOC.benTre },
	{ what: 'cited provincial regulation', search: q('06/2015/QĐ-UBND'), expect: DOC.hue },
	{ what: 'cited plan in body text', search: q('18/KH-UBND'), expect: DOC.bacTraMy },
	{ what: 'cited decision in body text', search: q('4946/QD-UBND'), expect: DOC.bacTraMy },
	{ what: 'number in lower case', search: q('242/kh-ubnd'), expect: DOC.thuanNam },
	// People: signers, chairs, honourees, spokespersons.
	{ what: 'signer with diacritics', search: q('Nguyễn Quang Trinh'), expect: DOC.coLe },
	{ what: 'signer without diacritics', search: q('nguyen quang trinh'), expect: DOC.coLe },
	{ what: 'signer, ỹ typed as y', search: q('truong xuan vy'), expect: DOC.thuanNam },
	{ what: 'signer by order of the chairman', search: q('nguyen thanh thuong'), expect: DOC.binhSon },
	{ what: 'honoured individual', search: q('Nguyễn Văn Hiếu'), expect: DOC.benTre },
	{ what: 'deputy prime minister signing', search: q('nguyen sinh hung'), expect: DOC.benTre },
	{ what: 'honoured collective', search: q('xa Vinh Thai huyen Phu Vang'), expect: DOC.hue },
	{ what: 'spokesperson with diacritics', search: q('Thái Hoàng Vũ'), expect: '/co-quan/ubnd-huyen-bac-tra-my/' },
	{ what: 'spokesperson without diacritics', search: q('thai hoang vu'), expect: '/co-quan/ubnd-huyen-bac-tra-my/' },
	// Agencies.
	{ what: 'agency without diacritics', search: q('ubnd huyen binh son'), expect: '/co-quan/ubnd-huyen-binh-son/' },
	{ what: 'central agency', search: q('Thủ tướng Chính phủ'), expect: '/co-quan/thu-tuong-chinh-phu/' },
	// Filters, with and without a query.
	{ what: 'all 2024 plans, no query', search: { loai: 'ke-hoach', nam: '2024' }, expect: DOC.coLe },
	{ what: 'notices in one province', search: q('thi dua', { loai: 'thong-bao-ket-luan', tinh: 'quang-ngai' }), expect: DOC.moDuc },
	{ what: 'one agency', search: q('cai cach hanh chinh', { 'co-quan': 'ubnd-huyen-thuan-nam', loai: 'ke-hoach' }), expect: DOC.thuanNam },
	{ what: 'one campaign, no query', search: { 'phong-trao': 'mo-duc-thi-dua-2024', loai: 'thong-bao-ket-luan' }, expect: DOC.moDuc },
	{ what: 'area and year', search: q('hanh chinh', { 'linh-vuc': 'chuyen-doi-so', nam: '2023' }), expect: DOC.binhSon },
	{ what: 'award decisions of a year', search: { loai: 'quyet-dinh-khen-thuong', nam: '2017' }, expect: DOC.hue },
	{ what: 'two types at once', search: q('khen thuong', { loai: ['quyet-dinh-khen-thuong', 'tin-bai'], tinh: 'thua-thien-hue' }), expect: DOC.hue },
	{ what: 'campaigns only', search: q('cai cach hanh chinh co le', { loai: 'phong-trao' }), expect: '/phong-trao/co-le-cchc-2024/' },
];
