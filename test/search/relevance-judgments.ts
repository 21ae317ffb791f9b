/**
 * Relevance judgments for the sample site (issue 14): what a citizen types,
 * and the pages a librarian would hand them, judged by reading content/.
 * Pages are named by id (document path under content/documents, campaign
 * id, agency id), so documents added later do not make a judgment wrong;
 * they can only lower precision if they are relevant and left unjudged.
 * Run by tools/bench/relevance-bench.ts (npm run bench:relevance) and
 * test/search/relevance.site.test.ts.
 */
import type { Judgment } from '../../src/search/relevance-metrics.ts';

const doc = (id: string) => `/van-ban/${id}/`;
const campaign = (id: string) => `/phong-trao/${id}/`;
const agency = (id: string) => `/co-quan/${id}/`;

const D = {
	coLe: doc('ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh'),
	thuanNam: doc('ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh'),
	moDuc: doc('ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023'),
	binhSon: doc('ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022'),
	bacTraMy: doc('ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh'),
	hue: doc('ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd'),
	benTre: doc('thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre'),
} as const;
const C = {
	coLe: campaign('co-le-cchc-2024'),
	thuanNam: campaign('thuan-nam-cchc-2023'),
	moDuc: campaign('mo-duc-thi-dua-2024'),
	binhSon: campaign('binh-son-thi-dua-2023'),
	bacTraMy: campaign('bac-tra-my-cchc-2024'),
} as const;
const A = {
	ttg: agency('thu-tuong-chinh-phu'),
	bacTraMy: agency('ubnd-huyen-bac-tra-my'),
	binhSon: agency('ubnd-huyen-binh-son'),
	moDuc: agency('ubnd-huyen-mo-duc'),
	thuanNam: agency('ubnd-huyen-thuan-nam'),
	trucNinh: agency('ubnd-huyen-truc-ninh'),
	daNang: agency('ubnd-thanh-pho-da-nang'),
	hueCity: agency('ubnd-thanh-pho-hue'),
	coLe: agency('ubnd-thi-tran-co-le'),
	khanhHoa: agency('ubnd-tinh-khanh-hoa'),
	namDinh: agency('ubnd-tinh-nam-dinh'),
	ninhBinh: agency('ubnd-tinh-ninh-binh'),
	ninhThuan: agency('ubnd-tinh-ninh-thuan'),
	quangNam: agency('ubnd-tinh-quang-nam'),
	quangNgai: agency('ubnd-tinh-quang-ngai'),
	thuaThienHue: agency('ubnd-tinh-thua-thien-hue'),
} as const;

const ALL_DOCUMENTS = Object.values(D);
const ALL_CAMPAIGNS = Object.values(C);
/** The two conclusion notices and their campaigns and agencies: where a district reviewed its year. */
const MO_DUC = [A.moDuc, D.moDuc, C.moDuc];
const BINH_SON = [A.binhSon, D.binhSon, C.binhSon];

export const JUDGMENTS: Judgment[] = [
	// Names: honourees, signers, chairs named in titles, spokespersons.
	{ kind: 'name', query: 'Nguyễn Văn Hiếu', relevant: [D.benTre], why: 'honoured by the 2008 decision; "hiệu" in "ký hiệu" is not him' },
	{ kind: 'name', query: 'nguyen van hieu', relevant: [D.benTre], why: 'the same, typed without diacritics' },
	{ kind: 'name', query: 'Nguyễn Quang Trị', relevant: [D.benTre], why: 'the second honouree of 2008' },
	{ kind: 'name', query: 'nguyen quang tri', relevant: [D.benTre], why: 'not Nguyễn Quang Trinh, who signed the Cổ Lễ plan' },
	{ kind: 'name', query: 'Nguyễn Quang Trinh', relevant: [D.coLe], why: 'chairman who signed the Cổ Lễ plan' },
	{ kind: 'name', query: 'nguyen quang trinh', relevant: [D.coLe], why: 'the same without diacritics; "Quảng Ngãi" and "tờ trình" are noise' },
	{ kind: 'name', query: 'Phạm Ngọc Lan', relevant: MO_DUC, why: 'chairman of Mộ Đức, named in the conclusion title shown on all three pages' },
	{ kind: 'name', query: 'pham ngoc lan', relevant: MO_DUC, why: 'the same without diacritics' },
	{ kind: 'name', query: 'Nguyễn Tường Duy', relevant: BINH_SON, why: 'chairman of Bình Sơn, in the conclusion title' },
	{ kind: 'name', query: 'nguyen tuong duy', relevant: BINH_SON, why: 'the same without diacritics' },
	{ kind: 'name', query: 'Nguyễn Sinh Hùng', relevant: [D.benTre], why: 'deputy prime minister who signed the 2008 decision' },
	{ kind: 'name', query: 'nguyen sinh hung', relevant: [D.benTre], why: 'the same without diacritics' },
	{ kind: 'name', query: 'Trương Xuân Vỹ', relevant: [D.thuanNam], why: 'signed the Thuận Nam plan' },
	{ kind: 'name', query: 'truong xuan vy', relevant: [D.thuanNam], why: 'ỹ typed as y' },
	{ kind: 'name', query: 'Thái Hoàng Vũ', relevant: [A.bacTraMy], why: 'spokesperson of Bắc Trà My' },
	{ kind: 'name', query: 'thai hoang vu', relevant: [A.bacTraMy], why: 'the same without diacritics' },
	{ kind: 'name', query: 'Nguyễn Thanh Thương', relevant: [D.binhSon], why: 'signed the Bình Sơn notice for the chairman' },
	{ kind: 'name', query: 'nguyen thanh tuan', relevant: [D.moDuc], why: 'signed the Mộ Đức notice' },
	{ kind: 'name', query: 'Nguyễn Minh Đạo', relevant: [D.moDuc], why: 'named in the Mộ Đức notice; đ typed' },
	{ kind: 'name', query: 'tran thanh truong', relevant: [D.moDuc], why: 'named in the Mộ Đức notice' },
	{ kind: 'name', query: 'Nguyễn Văn Hiểu', relevant: [D.benTre], why: 'misspelt tone: the honouree of 2008 is still the one meant' },
	{ kind: 'name', query: 'Phạm Ngọc Lân', relevant: MO_DUC, why: 'misspelt tone on the last syllable' },
	// Phrases around names that are not names themselves.
	{ kind: 'dd', query: 'đồng chí Phạm Ngọc Lan', relevant: MO_DUC, why: 'title of the Mộ Đức notice' },
	{ kind: 'dd', query: 'dong chi Nguyen Tuong Duy', relevant: BINH_SON, why: 'title of the Bình Sơn notice, đ typed as d' },
	{ kind: 'dd', query: 'dong chi', relevant: [D.moDuc, D.binhSon, C.moDuc, C.binhSon, A.moDuc, A.binhSon], why: 'only the two notices (and pages listing them) say "đồng chí"' },
	// Numbers and symbols.
	{ kind: 'number', query: '563/QĐ-UBND', relevant: [D.hue], why: 'its own number' },
	{ kind: 'number', query: '563/QD-UBND', relevant: [D.hue], why: 'Đ typed as D' },
	{ kind: 'number', query: '563', relevant: [D.hue], why: 'the sequence number alone' },
	{ kind: 'number', query: '25/KH-UBND', relevant: [D.coLe], why: 'cited by the Cổ Lễ plan; not 125/KH-UBND' },
	{ kind: 'number', query: '125/KH-UBND', relevant: [D.coLe], why: 'the provincial plan the Cổ Lễ plan cites' },
	{ kind: 'number', query: '98/2023/NĐ-CP', relevant: [D.coLe], why: 'decree cited by the Cổ Lễ plan' },
	{ kind: 'number', query: '98/2023/ND-CP', relevant: [D.coLe], why: 'Đ typed as D' },
	{ kind: 'number', query: '465/QĐ-UBND', relevant: [D.thuanNam], why: 'cited by the Thuận Nam plan' },
	{ kind: 'number', query: '242/kh-ubnd', relevant: [D.thuanNam], why: 'lower case' },
	{ kind: 'number', query: '121/2005/NĐ-CP', relevant: [D.benTre], why: '2005 decree cited in 2008' },
	{ kind: 'number', query: '06/2015/QĐ-UBND', relevant: [D.hue], why: 'provincial regulation cited by the Huế decision' },
	{ kind: 'number', query: '18/KH-UBND', relevant: [D.bacTraMy], why: 'district plan cited in the news item' },
	{ kind: 'number', query: '4946/QD-UBND', relevant: [D.bacTraMy], why: 'decision cited in the news item' },
	{ kind: 'number', query: 'KH-UBND', relevant: [D.thuanNam, D.coLe, D.bacTraMy], why: 'the plan whose own symbol it is, then documents citing such plans' },
	{ kind: 'number', query: 'TB-UBND', relevant: [D.binhSon], why: 'the only notice with that symbol' },
	{ kind: 'number', query: 'NĐ-CP', relevant: [D.coLe, D.benTre], why: 'the documents citing decrees' },
	{ kind: 'number', query: '202/2025/QH15', relevant: [A.daNang, A.khanhHoa, A.namDinh, A.ninhBinh, A.ninhThuan, A.quangNam, A.quangNgai], why: 'the 2025 resolution merging provinces, cited on each merged province' },
	// Agencies by name.
	{ kind: 'agency', query: 'ubnd huyen binh son', relevant: BINH_SON, why: 'the agency, its notice and its campaign' },
	{ kind: 'agency', query: 'UBND huyện Mộ Đức', relevant: MO_DUC, why: 'the agency first, then its pages' },
	{ kind: 'agency', query: 'Mo Duc', relevant: [...MO_DUC, A.quangNgai], why: 'place name without diacritics; the province page lists Mộ Đức as merged into it; Bình Sơn and Cổ Lễ are noise' },
	{ kind: 'agency', query: 'Mộ Đức', relevant: [...MO_DUC, A.quangNgai], why: 'the province page lists Mộ Đức as merged into it' },
	{ kind: 'agency', query: 'Thủ tướng Chính phủ', relevant: [A.ttg, D.benTre], why: 'the agency and its decision' },
	{ kind: 'agency', query: 'Trực Ninh', relevant: [A.trucNinh, D.coLe, A.coLe, A.namDinh, A.ninhBinh], why: 'the district, the town under it and its plan; Ninh Bình/Ninh Thuận pages alone are noise' },
	{ kind: 'agency', query: 'truc ninh', relevant: [A.trucNinh, D.coLe, A.coLe, A.namDinh, A.ninhBinh], why: 'the same without diacritics' },
	{ kind: 'agency', query: 'Bac Tra My', relevant: [A.bacTraMy, D.bacTraMy, C.bacTraMy, A.quangNam, A.daNang], why: 'the district, its news item and campaign, the provinces it passed to' },
	{ kind: 'agency', query: 'Bắc Trà My', relevant: [A.bacTraMy, D.bacTraMy, C.bacTraMy, A.quangNam, A.daNang], why: 'the same with diacritics' },
	{ kind: 'agency', query: 'Thuận Nam', relevant: [A.thuanNam, D.thuanNam, C.thuanNam, A.ninhThuan, A.khanhHoa], why: 'the district and its pages' },
	{ kind: 'agency', query: 'thuan nam', relevant: [A.thuanNam, D.thuanNam, C.thuanNam, A.ninhThuan, A.khanhHoa], why: 'the same without diacritics' },
	{ kind: 'agency', query: 'Cổ Lễ', relevant: [A.coLe, D.coLe, C.coLe, A.trucNinh, A.ninhBinh], why: 'the town and its pages' },
	{ kind: 'agency', query: 'co le', relevant: [A.coLe, D.coLe, C.coLe, A.trucNinh, A.ninhBinh], why: 'the same without diacritics' },
	{ kind: 'agency', query: 'Binh Son', relevant: [...BINH_SON, A.quangNgai], why: 'place name without diacritics' },
	{ kind: 'agency', query: 'Thừa Thiên Huế', relevant: [A.thuaThienHue, D.hue, A.hueCity], why: 'the province, its decision, its successor' },
	{ kind: 'agency', query: 'thanh pho Hue', relevant: [A.hueCity, A.thuaThienHue, D.hue], why: 'the city and the province it succeeded' },
	{ kind: 'agency', query: 'Quảng Ngãi', relevant: [A.quangNgai, A.binhSon, A.moDuc, D.binhSon, D.moDuc], why: 'the province and its districts' },
	// Places merged in 2025: the old name still finds the successor, and back.
	{ kind: 'merged', query: 'Da Nang', relevant: [A.daNang, A.quangNam, A.bacTraMy, D.bacTraMy], why: 'Quảng Nam merged into Đà Nẵng; đ typed as d' },
	{ kind: 'merged', query: 'Khánh Hoà', relevant: [A.khanhHoa, A.ninhThuan, A.thuanNam, D.thuanNam], why: 'old tone placement; Ninh Thuận merged into it' },
	{ kind: 'merged', query: 'Nam Định', relevant: [A.namDinh, A.ninhBinh, A.trucNinh, A.coLe, D.coLe], why: 'merged into Ninh Bình' },
	{ kind: 'merged', query: 'Ninh Thuận nhập vào Khánh Hòa', relevant: [A.ninhThuan, A.khanhHoa, A.thuanNam, D.thuanNam], why: 'the merger sentence itself' },
	{ kind: 'merged', query: 'quang nam nhap vao da nang', relevant: [A.quangNam, A.daNang, A.bacTraMy, D.bacTraMy], why: 'the merger sentence without diacritics' },
	{ kind: 'merged', query: 'Kon Tum', relevant: [A.quangNgai], why: 'Kon Tum merged into Quảng Ngãi' },
	{ kind: 'merged', query: 'co quan ke nhiem UBND tinh Ninh Binh', relevant: [A.ninhBinh, A.namDinh, A.trucNinh, A.coLe, D.coLe], why: 'agencies succeeded by Ninh Bình' },
	// Generic words: documents about campaigns before agency pages.
	{ kind: 'generic', query: 'thi dua', relevant: [...ALL_DOCUMENTS, ...ALL_CAMPAIGNS], why: 'every document and campaign is about emulation; agencies only list them' },
	{ kind: 'generic', query: 'thi đua', relevant: [...ALL_DOCUMENTS, ...ALL_CAMPAIGNS], why: 'the same with diacritics' },
	{ kind: 'generic', query: 'phong trao thi dua', relevant: [...ALL_DOCUMENTS, ...ALL_CAMPAIGNS], why: 'the same, as the campaigns name themselves' },
	{ kind: 'generic', query: 'khen thuong', relevant: [D.hue, D.benTre, D.moDuc, D.binhSon, D.coLe, D.thuanNam], why: 'award decisions, then reviews and plans setting award rules' },
	{ kind: 'generic', query: 'quyet dinh khen thuong', relevant: [D.hue, D.benTre], why: 'the two award decisions' },
	{ kind: 'generic', query: 'cai cach hanh chinh', relevant: [D.coLe, D.thuanNam, D.bacTraMy, C.coLe, C.thuanNam, C.bacTraMy, D.moDuc, D.binhSon], why: 'the three reform campaigns and their plans, then the reviews covering reform' },
	{ kind: 'generic', query: 'cải cách hành chính', relevant: [D.coLe, D.thuanNam, D.bacTraMy, C.coLe, C.thuanNam, C.bacTraMy, D.moDuc, D.binhSon], why: 'the same with diacritics' },
	{ kind: 'generic', query: 'chuyển đổi số', relevant: [D.moDuc, D.binhSon, C.moDuc, C.binhSon], why: 'the two reviews and campaigns covering digital transformation' },
	{ kind: 'generic', query: 'chuyen doi so nam 2023', relevant: [D.moDuc], why: 'the Mộ Đức notice reviews digital transformation in 2023' },
	{ kind: 'generic', query: 'tong ket thi dua', relevant: [D.moDuc, D.binhSon, C.moDuc, C.binhSon], why: 'the two year-end reviews' },
	{ kind: 'generic', query: 'hội nghị tổng kết', relevant: [D.moDuc, D.binhSon, C.moDuc, C.binhSon], why: 'the same' },
	{ kind: 'generic', query: 'ket luan', relevant: [D.moDuc, D.binhSon], why: 'the two conclusion notices' },
	{ kind: 'generic', query: 'Cờ thi đua', relevant: [D.hue], why: 'the banner awarded by Huế' },
	{ kind: 'generic', query: 'chien si thi dua toan quoc', relevant: [D.benTre], why: 'the national title of 2008' },
	{ kind: 'generic', query: 'chiến sĩ thi đua cơ sở', relevant: [C.coLe], why: 'the award form of the Cổ Lễ campaign' },
	{ kind: 'generic', query: 'giay khen', relevant: [D.coLe, C.coLe], why: 'the Cổ Lễ plan awards certificates' },
	{ kind: 'generic', query: 'sang kien', relevant: [D.coLe, D.thuanNam, D.bacTraMy, C.coLe, C.thuanNam], why: 'the plans asking for initiatives' },
	{ kind: 'generic', query: 'hài lòng của người dân', relevant: [D.bacTraMy, C.bacTraMy, D.coLe, D.moDuc, D.binhSon], why: 'satisfaction of citizens as a goal' },
	{ kind: 'generic', query: 'cum thi dua', relevant: [D.moDuc, D.binhSon, C.moDuc, C.binhSon], why: 'emulation clusters of the two districts' },
	{ kind: 'generic', query: 'khoi thi dua', relevant: [D.hue], why: 'the emulation bloc of Huế' },
	{ kind: 'generic', query: 'dan van kheo', relevant: [D.binhSon], why: 'the "skilled mass mobilisation" movement in the Bình Sơn notice' },
	{ kind: 'generic', query: 'tiêu chí thi đua', relevant: [D.thuanNam, C.coLe], why: 'the Thuận Nam criteria; the Cổ Lễ campaign lists its own' },
	{ kind: 'generic', query: 'ho so de nghi khen thuong', relevant: [D.thuanNam, D.coLe, C.thuanNam], why: 'deadlines for nominations' },
	// Places and units inside documents, both tone placements, đ.
	{ kind: 'diacritics', query: 'dao duc cong vu', relevant: [D.coLe], why: 'two đ typed as d' },
	{ kind: 'diacritics', query: 'Sở Thuỷ sản Bến Tre', relevant: [D.benTre], why: 'old tone placement' },
	{ kind: 'diacritics', query: 'xa Vinh Thai huyen Phu Vang', relevant: [D.hue], why: 'an honoured commune' },
	{ kind: 'diacritics', query: 'Thủy Phương', relevant: [D.hue], why: 'new placement finds the old one printed' },
	{ kind: 'diacritics', query: 'Hương Thuỷ', relevant: [D.hue], why: 'old placement finds the new one printed' },
	{ kind: 'diacritics', query: 'phường Phú Hoà', relevant: [D.hue], why: 'old placement' },
	{ kind: 'diacritics', query: 'Kết luận của đồng chí Nguyễn Tường Duy', relevant: BINH_SON, why: 'a title typed in full' },
	{ kind: 'diacritics', query: 'PHÁT ĐỘNG PHONG TRÀO THI ĐUA THỰC HIỆN NHIỆM VỤ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH', relevant: [D.coLe, C.coLe], why: 'letterhead capitals' },
	{ kind: 'diacritics', query: 'thi dua cai cach hanh chinh thuan nam', relevant: [D.thuanNam, C.thuanNam], why: 'title words without diacritics' },
	{ kind: 'diacritics', query: 'ket luan hoi nghi tong ket thi dua mo duc', relevant: [D.moDuc], why: 'title words without diacritics' },
	// Misspellings a phone keyboard makes: wrong or missing tone marks.
	{ kind: 'misspelling', query: 'cải cách hành chinh', relevant: [D.coLe, D.thuanNam, D.bacTraMy, C.coLe, C.thuanNam, C.bacTraMy, D.moDuc, D.binhSon], why: 'a tone mark forgotten' },
	{ kind: 'misspelling', query: 'thi đùa', relevant: [...ALL_DOCUMENTS, ...ALL_CAMPAIGNS], why: 'a wrong tone mark' },
	{ kind: 'misspelling', query: 'Bắc Trà Mỹ', relevant: [A.bacTraMy, D.bacTraMy, C.bacTraMy, A.quangNam, A.daNang], why: 'a tone mark added' },
	{ kind: 'misspelling', query: 'chuyễn đổi số', relevant: [D.moDuc, D.binhSon, C.moDuc, C.binhSon], why: 'ngã for hỏi' },
	{ kind: 'misspelling', query: 'Thuận Năm', relevant: [A.thuanNam, D.thuanNam, C.thuanNam, A.ninhThuan, A.khanhHoa], why: 'a breve for nothing' },
];
