/**
 * Content that is unusual but valid: the check must accept each (warnings
 * allowed) and read the value shown, which the build test then finds on
 * the published page.
 */
import { DECISION, DISTRICT, FILES, PLAN, replaced } from './fixture-tree.ts';

export interface HardCase {
	name: string;
	changes: Record<string, string | Buffer | null>;
	/** A document id and what its checked data must hold, e.g. the number as written. */
	expect?: { id: string; field: 'number' | 'title' | 'date' | 'publishAt' | 'summary'; value: string };
}

const PLAN_ID = 'ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua';
const DECISION_ID = 'ubnd-huyen-binh-lam/2024/qd-khen-thuong';
/** A 640 × 360 PNG: the narrowest photo the check accepts (rules-images.ts). */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000280000001680103000000fdfcd81200000003504c54451d70b859014fb10000000970485973000003e8000003e801b57b526b000000324944415478daedc1010d000000c2a0f74fedec0114000000000000000000000000000000000000000000000000000000003771e8000130ce54bb0000000049454e44ae426082', 'hex');

export const HARD_BUT_VALID: HardCase[] = [
	{ name: 'a byte order mark before the front matter', changes: { [PLAN]: `\uFEFF${FILES[PLAN]}` }, expect: { id: PLAN_ID, field: 'number', value: '12' } },
	{ name: 'a byte order mark in an agency file', changes: { [DISTRICT]: `\uFEFF${FILES[DISTRICT]}` } },
	{ name: 'Windows line endings', changes: { [DECISION]: FILES[DECISION]!.replace(/\n/g, '\r\n') }, expect: { id: DECISION_ID, field: 'number', value: '45' } },
	{ name: 'decomposed Unicode (NFD) everywhere', changes: { [DECISION]: FILES[DECISION]!.normalize('NFD') }, expect: { id: DECISION_ID, field: 'title', value: 'Về việc khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua năm 2024' } },
	{ name: 'a number with a leading zero, quoted', changes: replaced(PLAN, 'number: "12"', 'number: "08"'), expect: { id: PLAN_ID, field: 'number', value: '08' } },
	{ name: 'a number without quotes', changes: replaced(PLAN, 'number: "12"', 'number: 12'), expect: { id: PLAN_ID, field: 'number', value: '12' } },
	{ name: 'a decree-style number with its year', changes: replaced(DECISION, 'number: "45"', 'number: 45/2024'), expect: { id: DECISION_ID, field: 'number', value: '45/2024' } },
	{ name: '29 February of a leap year', changes: replaced(PLAN, 'date: 2024-01-15', 'date: 2024-02-29'), expect: { id: PLAN_ID, field: 'date', value: '2024-02-29' } },
	{ name: 'a date known to the month', changes: replaced(PLAN, 'date: 2024-01-15', 'date: "2024-01"'), expect: { id: PLAN_ID, field: 'date', value: '2024-01' } },
	{ name: 'an unquoted embargo time already past, in Vietnam time', changes: replaced(DECISION, 'source:\n', 'publishAt: 2024-12-21T08:00:00+07:00\nsource:\n'), expect: { id: DECISION_ID, field: 'publishAt', value: '2024-12-21T08:00:00+07:00' } },
	{ name: 'blank lines before the front matter', changes: { [PLAN]: `\n\n${FILES[PLAN]}` }, expect: { id: PLAN_ID, field: 'number', value: '12' } },
	{ name: 'an anchor reused for the summary', changes: replaced(PLAN, /title: (.*)\nsummary: .*\n/, 'title: &tieu-de $1\nsummary: *tieu-de\n'), expect: { id: PLAN_ID, field: 'summary', value: 'Phát động phong trào thi đua cải cách hành chính năm 2024' } },
	{ name: 'a folded summary over several lines', changes: replaced(PLAN, /summary: .*\n/, 'summary: >-\n  Kế hoạch phát động phong trào\n  thi đua năm 2024.\n'), expect: { id: PLAN_ID, field: 'summary', value: 'Kế hoạch phát động phong trào thi đua năm 2024.' } },
	{ name: 'a title with a colon and quotes, quoted', changes: replaced(PLAN, /title: .*\n/, 'title: "Kế hoạch: phát động \\"Thi đua\\" năm 2024"\n'), expect: { id: PLAN_ID, field: 'title', value: 'Kế hoạch: phát động "Thi đua" năm 2024' } },
	{
		name: 'links with anchors, a query, relative paths, mail and phone',
		changes: {
			[PLAN]: `${FILES[PLAN]}\nXem [mục I](#i-muc-dich-yeu-cau), [quyết định](../qd-khen-thuong/), [bản ký](./12-kh-ubnd.pdf), [tìm](/tim-kiem/?q=thi+dua), [phong trào](/phong-trao/thi-dua-cchc-2024/), [thư](mailto:vanphong@binhlam.gov.vn), [gọi](tel:+842553822000) và <https://binhlam.gov.vn/>.\n`,
		},
	},
	{ name: 'an image beside the document', changes: { [PLAN]: `${FILES[PLAN]}\n![Ảnh hội nghị](./hoi-nghi.png)\n`, 'documents/ubnd-huyen-binh-lam/2024/hoi-nghi.png': PNG } },
	{ name: 'a comment and an empty line in the front matter', changes: replaced(PLAN, 'type: ke-hoach\n', 'type: ke-hoach\n# Số do văn thư cấp\n\n') },
	{ name: 'an agency website with a trailing slash', changes: replaced(DISTRICT, 'validFrom: 2000-01-01\n', 'validFrom: 2000-01-01\nwebsite: https://binhlam.gov.vn/\n') },
];
