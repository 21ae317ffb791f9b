/**
 * Closed lists a press officer chooses from. Keys are ASCII so they can
 * appear in URLs and filters; labels are what the site shows.
 */

/** Kinds of document the site publishes. */
export const DOCUMENT_TYPES = {
	'ke-hoach': { label: 'Kế hoạch', abbreviation: 'KH' },
	'thong-bao-ket-luan': { label: 'Thông báo kết luận', abbreviation: 'TB' },
	'quyet-dinh-khen-thuong': { label: 'Quyết định khen thưởng', abbreviation: 'QĐ' },
	'tin-bai': { label: 'Tin bài', abbreviation: '' },
} as const;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const DOCUMENT_TYPE_KEYS = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

/** Administrative levels of an issuing agency. */
export const AGENCY_LEVELS = {
	'trung-uong': 'Trung ương',
	tinh: 'Cấp tỉnh',
	huyen: 'Cấp huyện',
	xa: 'Cấp xã',
	'so-nganh': 'Sở, ban, ngành, phòng chuyên môn',
} as const;
export type AgencyLevel = keyof typeof AGENCY_LEVELS;
export const AGENCY_LEVEL_KEYS = Object.keys(AGENCY_LEVELS) as [AgencyLevel, ...AgencyLevel[]];

/** Authority prefixes of a signature block (Decree 30/2020/NĐ-CP). */
export const SIGNER_PREFIXES = ['TM.', 'KT.', 'TL.', 'TUQ.'] as const;

/** Areas (lĩnh vực) a campaign works on. */
export const AREAS = {
	'cai-cach-hanh-chinh': 'Cải cách hành chính',
	'cai-cach-the-che': 'Cải cách thể chế',
	'thu-tuc-hanh-chinh': 'Cải cách thủ tục hành chính',
	'to-chuc-bo-may': 'Cải cách tổ chức bộ máy',
	'che-do-cong-vu': 'Cải cách chế độ công vụ',
	'tai-chinh-cong': 'Cải cách tài chính công',
	'chinh-quyen-so': 'Chính quyền điện tử, chính quyền số',
	'chuyen-doi-so': 'Chuyển đổi số',
	'thi-dua-khen-thuong': 'Thi đua, khen thưởng',
	'kinh-te-xa-hoi': 'Phát triển kinh tế - xã hội',
} as const;
export type Area = keyof typeof AREAS;
export const AREA_KEYS = Object.keys(AREAS) as [Area, ...Area[]];

/** How the text on the site was obtained. */
export const SOURCE_KINDS = {
	'ban-dien-tu': 'Văn bản điện tử',
	'so-hoa': 'Số hóa từ bản quét',
} as const;
export const SOURCE_KIND_KEYS = Object.keys(SOURCE_KINDS) as [keyof typeof SOURCE_KINDS, ...(keyof typeof SOURCE_KINDS)[]];

/** How much of the document the page carries, and the heading its text goes under. */
export const SOURCE_EXTENTS = {
	'toan-van': 'Toàn văn',
	trich: 'Trích nội dung',
} as const;
export const SOURCE_EXTENT_KEYS = Object.keys(SOURCE_EXTENTS) as [keyof typeof SOURCE_EXTENTS, ...(keyof typeof SOURCE_EXTENTS)[]];

/** Who an honour goes to. */
export const HONOUREE_KINDS = {
	'tap-the': 'Tập thể',
	'ca-nhan': 'Cá nhân',
	'ho-gia-dinh': 'Hộ gia đình',
} as const;
export type HonoureeKind = keyof typeof HONOUREE_KINDS;
export const HONOUREE_KIND_KEYS = Object.keys(HONOUREE_KINDS) as [HonoureeKind, ...HonoureeKind[]];
