/**
 * Malformed content, one fault per case, each applied to the valid fixture
 * tree: the file and field the message must name and a word it must
 * contain (in the message or its "Cách sửa"). Kinds: the file set, YAML syntax, schema, dates and numbers,
 * the agency graph, links and aliases, attachments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CAMPAIGN, DECISION, DISTRICT, FILES, FORMER, PDF, PLAN, PROVINCE, replaced } from './fixture-tree.ts';

export interface BadCase {
	name: string;
	/** The file the message must name, relative to the content folder. */
	file: string;
	/** The field it must name. */
	field: string;
	/** A word or phrase the Vietnamese message must contain. */
	word: string;
	changes?: Record<string, string | Buffer | null>;
	/** For what files cannot express: links. */
	setup?: (root: string) => void;
}

const plan = (from: string | RegExp, to: string) => replaced(PLAN, from, to);
const decision = (from: string | RegExp, to: string) => replaced(DECISION, from, to);
/** The plan with a line added to its front matter. */
const planField = (line: string) => plan('source:\n', `${line}\nsource:\n`);
/** The plan with a paragraph added to its body. */
const planBody = (text: string) => ({ [PLAN]: `${FILES[PLAN]}\n${text}\n` });
const moved = (from: string, to: string) => ({ [from]: null, [to]: FILES[from]! });
const PLAN_DIR = path.dirname(PLAN);

const fileSet: BadCase[] = [
	{ name: 'document saved as .md', file: PLAN.replace('.mdx', '.md'), field: 'file', word: 'đuôi .mdx', changes: moved(PLAN, PLAN.replace('.mdx', '.md')) },
	{ name: 'document saved as .markdown', file: PLAN.replace('.mdx', '.markdown'), field: 'file', word: 'đuôi .mdx', changes: moved(PLAN, PLAN.replace('.mdx', '.markdown')) },
	{ name: 'document with an upper-case extension', file: PLAN.replace('.mdx', '.MDX'), field: 'file', word: 'đuôi .mdx', changes: moved(PLAN, PLAN.replace('.mdx', '.MDX')) },
	{ name: 'document in campaigns/', file: 'campaigns/ke-hoach.mdx', field: 'file', word: 'content/documents', changes: { 'campaigns/ke-hoach.mdx': FILES[PLAN]! } },
	{ name: 'document in agencies/', file: 'agencies/ke-hoach.mdx', field: 'file', word: 'content/documents', changes: { 'agencies/ke-hoach.mdx': FILES[PLAN]! } },
	{ name: 'campaign in documents/', file: `${PLAN_DIR}/thi-dua.yaml`, field: 'file', word: 'content/campaigns', changes: { [`${PLAN_DIR}/thi-dua.yaml`]: FILES[CAMPAIGN]! } },
	{ name: 'agency saved as .yml', file: 'agencies/ubnd-xa-moi.yml', field: 'file', word: 'ubnd-xa-moi.yaml', changes: { 'agencies/ubnd-xa-moi.yml': FILES[PROVINCE]! } },
	{ name: 'agency as .yaml and .yml', file: 'agencies/ubnd-tinh-an-phu.yml', field: 'file', word: 'đã có ubnd-tinh-an-phu.yaml', changes: { 'agencies/ubnd-tinh-an-phu.yml': FILES[PROVINCE]! } },
	{ name: 'campaign saved as .json', file: 'campaigns/thi-dua.json', field: 'file', word: 'đuôi .yaml', changes: { 'campaigns/thi-dua.json': '{}' } },
	{ name: 'agency in a subfolder', file: 'agencies/tinh', field: 'file', word: 'thư mục con', changes: { 'agencies/tinh/ubnd-tinh-b.yaml': FILES[PROVINCE]! } },
	{ name: 'campaign in a subfolder', file: 'campaigns/2024', field: 'file', word: 'thư mục con', changes: { 'campaigns/2024/thi-dua.yaml': FILES[CAMPAIGN]! } },
	{ name: 'agency file name that is not an id', file: 'agencies/UBND Xã Thử.yaml', field: 'file', word: 'không dùng được làm mã', changes: { 'agencies/UBND Xã Thử.yaml': FILES[PROVINCE]! } },
	{ name: 'agency file name in capitals', file: 'agencies/UBND-XA.yaml', field: 'file', word: 'không dùng được làm mã', changes: { 'agencies/UBND-XA.yaml': FILES[PROVINCE]! } },
	{ name: 'campaign file name with an underscore', file: 'campaigns/thi_dua.yaml', field: 'file', word: 'không dùng được làm mã', changes: { 'campaigns/thi_dua.yaml': FILES[CAMPAIGN]! } },
	{ name: 'document file name with spaces', file: `${PLAN_DIR}/ke hoach.mdx`, field: 'file', word: 'không dùng được trong đường dẫn', changes: moved(PLAN, `${PLAN_DIR}/ke hoach.mdx`) },
	{ name: 'document file name with diacritics', file: `${PLAN_DIR}/kế-hoạch.mdx`, field: 'file', word: 'ke-hoach.mdx', changes: moved(PLAN, `${PLAN_DIR}/kế-hoạch.mdx`) },
	{ name: 'document directly in documents/', file: 'documents/ke-hoach.mdx', field: 'file', word: 'không nằm trong thư mục', changes: moved(PLAN, 'documents/ke-hoach.mdx') },
	{ name: 'document without a year folder', file: 'documents/ubnd-huyen-binh-lam/ke-hoach.mdx', field: 'file', word: 'không nằm trong thư mục', changes: moved(PLAN, 'documents/ubnd-huyen-binh-lam/ke-hoach.mdx') },
	{ name: 'year folder of two digits', file: 'documents/ubnd-huyen-binh-lam/24', field: 'file', word: 'không phải một năm', changes: { 'documents/ubnd-huyen-binh-lam/24/ke-hoach.mdx': FILES[PLAN]! } },
	{ name: 'agency folder in capitals', file: 'documents/UBND-Huyen', field: 'file', word: 'không phải mã cơ quan', changes: { 'documents/UBND-Huyen/2024/ke-hoach.mdx': FILES[PLAN]! } },
	{ name: 'folder inside a year folder', file: `${PLAN_DIR}/cu`, field: 'file', word: 'thư mục con', changes: { [`${PLAN_DIR}/cu/ke-hoach.mdx`]: FILES[PLAN]! } },
	{ name: 'stray file at the top of content/', file: 'ghi-chu.md', field: 'file', word: 'không thuộc thư mục', changes: { 'ghi-chu.md': '# ghi chú' } },
	{ name: 'stray folder at the top of content/', file: 'anh', field: 'file', word: 'không thuộc thư mục', changes: { 'anh/logo.png': 'x' } },
	{ name: 'document that is a symbolic link', file: `${PLAN_DIR}/ban-sao.mdx`, field: 'file', word: 'liên kết', setup: (root) => fs.symlinkSync(path.join(root, PLAN), path.join(root, PLAN_DIR, 'ban-sao.mdx')) },
	{ name: 'agency that is a symbolic link', file: 'agencies/ubnd-xa.yaml', field: 'file', word: 'liên kết', setup: (root) => fs.symlinkSync('/etc/hostname', path.join(root, 'agencies/ubnd-xa.yaml')) },
	{ name: 'year folder that is a symbolic link', file: 'documents/ubnd-huyen-binh-lam/2025', field: 'file', word: 'liên kết', setup: (root) => fs.symlinkSync('/etc', path.join(root, 'documents/ubnd-huyen-binh-lam/2025')) },
];

const syntax: BadCase[] = [
	{ name: 'unclosed double quote', file: PLAN, field: 'YAML', word: 'ngoặc kép', changes: plan('title: Phát', 'title: "Phát') },
	{ name: 'unclosed single quote', file: PLAN, field: 'YAML', word: 'nháy đơn', changes: plan('title: Phát', "title: 'Phát") },
	{ name: 'a field written twice', file: PLAN, field: 'YAML', word: 'hai lần', changes: planField('title: Lần hai') },
	{ name: 'tab indentation', file: PLAN, field: 'YAML', word: 'tab', changes: plan('  kind: ban-dien-tu', '\tkind: ban-dien-tu') },
	{ name: 'bad indentation', file: PLAN, field: 'YAML', word: 'thụt lề', changes: plan('    what:', '      what:') },
	{ name: 'a colon inside an unquoted title', file: PLAN, field: 'YAML', word: 'ngoặc kép', changes: plan('title: Phát động', 'title: Về việc: phát động') },
	{ name: 'a colon inside an unquoted agency name', file: DISTRICT, field: 'YAML', word: 'dấu hai chấm', changes: replaced(DISTRICT, 'name: UBND huyện Bình Lâm', 'name: UBND huyện: Bình Lâm') },
	{ name: 'a line without a colon', file: PLAN, field: 'YAML', word: 'dấu hai chấm', changes: planField('ghi chú thêm\nplace: Bình Lâm') },
	{ name: 'no front matter', file: PLAN, field: 'YAML', word: 'không bắt đầu', changes: { [PLAN]: 'Nội dung không có phần khai báo.\n' } },
	{ name: 'TOML front matter', file: PLAN, field: 'YAML', word: 'TOML', changes: { [PLAN]: '+++\ntitle = "x"\n+++\nNội dung.\n' } },
	{ name: 'empty front matter', file: PLAN, field: 'YAML', word: 'trống', changes: { [PLAN]: '---\n---\nNội dung.\n' } },
	{ name: 'front matter that is a list', file: PLAN, field: 'YAML', word: 'trống hoặc không phải', changes: { [PLAN]: '---\n- a\n- b\n---\nNội dung.\n' } },
	{ name: 'empty agency file', file: PROVINCE, field: 'YAML', word: 'trống', changes: { [PROVINCE]: '' } },
	{ name: 'agency file that is one line of text', file: PROVINCE, field: 'YAML', word: 'không phải danh sách trường', changes: { [PROVINCE]: 'UBND tỉnh An Phú\n' } },
	{ name: 'alias to no anchor', file: PLAN, field: 'YAML', word: 'mỏ neo', changes: plan('title: Phát', 'title: *Phát') },
	{ name: 'unclosed flow list', file: CAMPAIGN, field: 'YAML', word: 'ngoặc đóng', changes: replaced(CAMPAIGN, 'areas: [cai-cach-hanh-chinh]', 'areas: [cai-cach-hanh-chinh') },
	{ name: 'NUL byte', file: PLAN, field: 'YAML', word: 'NUL', changes: plan('title: Phát', 'title: Ph\0át') },
	{ name: 'control character', file: PLAN, field: 'YAML', word: 'ký tự điều khiển', changes: plan('title: Phát', 'title: Ph\x07át') },
	{ name: 'unknown tag', file: PLAN, field: 'YAML', word: 'thẻ (!)', changes: plan('title: Phát', 'title: !!python/object Phát') },
	{ name: 'bad escape in double quotes', file: PLAN, field: 'YAML', word: 'dấu \\', changes: plan('title: Phát động phong trào thi đua cải cách hành chính năm 2024', 'title: "Phát động \\q"') },
	{ name: 'duplicate key in an agency', file: DISTRICT, field: 'YAML', word: 'hai lần', changes: { [DISTRICT]: `${FILES[DISTRICT]}name: Lần hai\n` } },
];

const schema: BadCase[] = [
	{ name: 'missing title', file: PLAN, field: 'title', word: 'thiếu trường bắt buộc', changes: plan(/title: .*\n/, '') },
	{ name: 'missing source', file: PLAN, field: 'source', word: 'thiếu trường bắt buộc', changes: plan('source:\n  kind: ban-dien-tu\n', '') },
	{ name: 'title that is a number', file: PLAN, field: 'title', word: 'phải là một đoạn chữ', changes: plan(/title: .*\n/, 'title: 2024\n') },
	{ name: 'empty title', file: PLAN, field: 'title', word: 'không được để trống', changes: plan(/title: .*\n/, 'title: ""\n') },
	{ name: 'title of spaces', file: PLAN, field: 'title', word: 'không được để trống', changes: plan(/title: .*\n/, 'title: "   "\n') },
	{ name: 'recipients as one line of text', file: PLAN, field: 'recipients', word: 'danh sách', changes: planField('recipients: UBND tỉnh') },
	{ name: 'draft written in Vietnamese', file: PLAN, field: 'draft', word: 'true (có) hoặc false', changes: planField('draft: có') },
	{ name: 'misspelt field', file: PLAN, field: '(toàn tệp)', word: 'không được phép: "titel"', changes: planField('titel: x') },
	{ name: 'unknown document type', file: PLAN, field: 'type', word: 'loại văn bản chỉ được là', changes: plan('type: ke-hoach', 'type: cong-van') },
	{ name: 'honorific misspelt', file: DECISION, field: 'honourees[0].honorific', word: '"Ông" hoặc "Bà"', changes: decision('honorific: Ông', 'honorific: Ong') },
	{ name: 'campaign without areas', file: CAMPAIGN, field: 'areas', word: 'ít nhất một', changes: replaced(CAMPAIGN, 'areas: [cai-cach-hanh-chinh]', 'areas: []') },
	{ name: 'campaign areas as text', file: CAMPAIGN, field: 'areas', word: 'danh sách', changes: replaced(CAMPAIGN, 'areas: [cai-cach-hanh-chinh]', 'areas: cai-cach-hanh-chinh') },
	{ name: 'agency level not in the list', file: DISTRICT, field: 'level', word: 'chỉ được là một trong', changes: replaced(DISTRICT, 'level: huyen', 'level: quan') },
	{ name: 'source kind not in the list', file: PLAN, field: 'source.kind', word: 'chỉ được là một trong', changes: plan('kind: ban-dien-tu', 'kind: ban-scan') },
	{ name: 'signer as text', file: PLAN, field: 'signer', word: 'nhóm trường', changes: planField('signer: Nguyễn Văn A') },
	{ name: 'website that is not http', file: DISTRICT, field: 'website', word: 'https://', changes: { [DISTRICT]: `${FILES[DISTRICT]}website: ftp://binhlam.gov.vn\n` } },
	{ name: 'source url with javascript:', file: PLAN, field: 'source.url', word: 'https://', changes: plan('  kind: ban-dien-tu', '  kind: ban-dien-tu\n  url: javascript:alert(1)') },
	{ name: 'short code with letters outside the alphabet', file: PLAN, field: 'shortCode', word: 'mã liên kết ngắn', changes: planField('shortCode: ABC01') },
	{ name: 'alias without leading slash', file: PLAN, field: 'aliases[0]', word: 'bắt đầu và kết thúc bằng "/"', changes: planField('aliases: [van-ban/cu/]') },
	{ name: 'aliases as text', file: PLAN, field: 'aliases', word: 'danh sách', changes: planField('aliases: /van-ban/cu/') },
	{ name: 'honouree kind not in the list', file: DECISION, field: 'honourees[1].kind', word: 'loại người được khen', changes: decision('kind: tap-the', 'kind: to-chuc') },
	{ name: 'emulation flag given to a person', file: DECISION, field: 'honourees[0].award', word: 'không dành cho cá nhân', changes: decision('    honorific: Ông', '    award: co-thi-dua-cap-tinh\n    honorific: Ông') },
	{ name: 'award decision without honourees', file: DECISION, field: 'honourees', word: 'phải có danh sách', changes: decision(/honourees:[\s\S]*?---/, '---') },
	{ name: 'award not in the law', file: DECISION, field: 'award', word: 'không có trong danh mục', changes: decision('award: giay-khen', 'award: huy-hieu-vang') },
	{ name: 'attachment with ../', file: PLAN, field: 'attachments[0].file', word: 'cùng thư mục', changes: plan('./12-kh-ubnd.pdf', '../12-kh-ubnd.pdf') },
	{ name: 'attachment with an absolute path', file: PLAN, field: 'attachments[0].file', word: 'cùng thư mục', changes: plan('./12-kh-ubnd.pdf', '/etc/passwd') },
	{ name: 'attachment deep outside', file: PLAN, field: 'attachments[0].file', word: 'cùng thư mục', changes: plan('./12-kh-ubnd.pdf', './../../../../etc/passwd') },
	{ name: 'attachment without a title', file: PLAN, field: 'attachments[0].title', word: 'thiếu trường bắt buộc', changes: plan('    title: Bản gốc có chữ ký\n', '') },
	{ name: 'basis entry without document or kind', file: DECISION, field: 'basis[0]', word: 'mỗi căn cứ', changes: decision('  - document: ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua', '  - title: Kế hoạch') },
	{ name: 'deadline known only to the month', file: PLAN, field: 'deadlines[0].date', word: 'đủ ngày', changes: plan('- date: 2024-11-30', '- date: "2024-11"') },
	{ name: 'number as a list', file: PLAN, field: 'number', word: 'đoạn chữ', changes: plan('number: "12"', 'number: [12]') },
	{ name: 'spokesperson email without @', file: DISTRICT, field: 'spokespersons[0].email', word: 'thư điện tử', changes: { [DISTRICT]: `${FILES[DISTRICT]}spokespersons:\n  - name: Trần Văn B\n    position: Chánh Văn phòng\n    email: tranb.binhlam.gov.vn\n` } },
	{ name: 'campaign draft as text', file: CAMPAIGN, field: 'draft', word: 'true (có) hoặc false', changes: { [CAMPAIGN]: `${FILES[CAMPAIGN]}draft: "false"\n` } },
];

const datesAndNumbers: BadCase[] = [
	{ name: '30 February', file: PLAN, field: 'date', word: 'không có trong tháng 02/2024', changes: plan('date: 2024-01-15', 'date: 2024-02-30') },
	{ name: '29 February of a common year', file: 'documents/ubnd-huyen-binh-lam/2023/ke-hoach-thi-dua.mdx', field: 'date', word: 'không có trong tháng 02/2023', changes: { ...moved(PLAN, 'documents/ubnd-huyen-binh-lam/2023/ke-hoach-thi-dua.mdx'), 'documents/ubnd-huyen-binh-lam/2023/ke-hoach-thi-dua.mdx': FILES[PLAN]!.replace('date: 2024-01-15', 'date: 2023-02-29').replace(/attachments:[\s\S]*?---/, '---').replace(/deadlines:[\s\S]*?attachments/, 'attachments') } },
	{ name: 'month 13', file: PLAN, field: 'date', word: 'tháng 13', changes: plan('date: 2024-01-15', 'date: 2024-13-01') },
	{ name: 'impossible date in quotes', file: PLAN, field: 'date', word: 'ngày không hợp lệ', changes: plan('date: 2024-01-15', 'date: "2024-02-30"') },
	{ name: '31 April deadline', file: PLAN, field: 'deadlines[0].date', word: 'không có trong tháng 04/2024', changes: plan('- date: 2024-11-30', '- date: 2024-04-31') },
	{ name: 'impossible embargo date', file: PLAN, field: 'publishAt', word: 'không có trong tháng 02/2026', changes: planField('publishAt: 2026-02-30T08:00:00+07:00') },
	{ name: 'impossible embargo date in quotes', file: PLAN, field: 'publishAt', word: 'không có thật', changes: planField('publishAt: "2026-02-30T08:00:00+07:00"') },
	{ name: 'embargo at 25 o’clock', file: PLAN, field: 'publishAt', word: 'không có thật', changes: planField('publishAt: "2026-12-01T25:00:00+07:00"') },
	{ name: 'unquoted embargo at 25 o’clock', file: PLAN, field: 'publishAt', word: 'không có thật', changes: planField('publishAt: 2026-12-01T25:00:00+07:00') },
	{ name: 'embargo without a time zone', file: PLAN, field: 'publishAt', word: 'thiếu múi giờ', changes: planField('publishAt: 2026-12-01T08:00:00') },
	{ name: 'embargo with a date only', file: PLAN, field: 'publishAt', word: 'thiếu giờ', changes: planField('publishAt: 2026-12-01') },
	{ name: 'agency end on 29 February of a common year', file: FORMER, field: 'validTo', word: 'không có trong tháng 02/2021', changes: replaced(FORMER, 'validTo: 2020-06-30', 'validTo: 2021-02-29') },
	{ name: 'correction dated 30 February', file: PLAN, field: 'corrections[0].date', word: 'không có trong tháng 02/2024', changes: planField('corrections:\n  - date: 2024-02-30\n    what: Sửa lỗi chính tả.') },
	{ name: 'date with a time of day', file: PLAN, field: 'date', word: 'phải là ngày', changes: plan('date: 2024-01-15', 'date: 2024-01-15T10:00:00+07:00') },
	{ name: 'year written with a leading zero', file: PLAN, field: 'date', word: 'sẽ được đọc thành số 2024', changes: plan('date: 2024-01-15', 'date: 02024') },
	{ name: 'number with a leading zero, unquoted', file: PLAN, field: 'number', word: 'sẽ được đọc thành số 8', changes: plan('number: "12"', 'number: 08') },
	{ name: 'number in hexadecimal', file: PLAN, field: 'number', word: 'sẽ được đọc thành số 31', changes: plan('number: "12"', 'number: 0x1F') },
	{ name: 'number in exponent form', file: PLAN, field: 'number', word: 'sẽ được đọc thành số 1000', changes: plan('number: "12"', 'number: 1e3') },
	{ name: 'number with a plus sign', file: PLAN, field: 'number', word: 'sẽ được đọc thành số 12', changes: plan('number: "12"', 'number: +12') },
	{ name: 'number with a decimal zero', file: PLAN, field: 'number', word: 'sẽ được đọc thành số 12', changes: plan('number: "12"', 'number: 12.0') },
	{ name: 'number that already has the symbol', file: DECISION, field: 'number', word: '45/QĐ-UBND/QĐ-UBND', changes: decision('number: "45"', 'number: "45/QĐ-UBND"') },
	{ name: 'number with a symbol and no symbol field', file: DECISION, field: 'number', word: 'có cả ký hiệu', changes: decision('number: "45"\nsymbol: QĐ-UBND', 'number: 45/QĐ-UBND') },
	{ name: 'document before its agency existed', file: 'documents/ubnd-huyen-binh-lam/1999/ke-hoach.mdx', field: 'date', word: 'bắt đầu hoạt động', changes: { 'documents/ubnd-huyen-binh-lam/1999/ke-hoach.mdx': FILES[PLAN]!.replace('date: 2024-01-15', 'date: 1999-05-01').replace(/campaign: .*\n/, '').replace(/deadlines:[\s\S]*?---/, '---') } },
	{ name: 'document released before it was issued', file: PLAN, field: 'publishAt', word: 'sớm hơn ngày ban hành', changes: planField('publishAt: "2024-01-10T08:00:00+07:00"') },
	{ name: 'award revoked before it was given', file: DECISION, field: 'honourees[1].revoked.date', word: 'hủy bỏ khen thưởng', changes: decision('    name: Phòng Văn hóa và Thông tin', '    name: Phòng Văn hóa và Thông tin\n    revoked:\n      date: 2024-06-01\n      reason: Sai sót hồ sơ.\n      decision:\n        kind: Quyết định\n        number: 50/QĐ-UBND') },
	{ name: 'agency ending before it started', file: FORMER, field: 'validTo', word: 'sớm hơn ngày bắt đầu', changes: replaced(FORMER, 'validFrom: "1995"', 'validFrom: 2021-01-01') },
	{ name: 'spokesperson leaving before starting', file: DISTRICT, field: 'spokespersons[0].to', word: 'sớm hơn ngày bắt đầu', changes: { [DISTRICT]: `${FILES[DISTRICT]}spokespersons:\n  - name: Trần Văn B\n    position: Chánh Văn phòng\n    from: 2024-05-01\n    to: 2023-05-01\n` } },
	{ name: 'campaign ending before it starts', file: CAMPAIGN, field: 'end', word: 'sớm hơn ngày bắt đầu', changes: replaced(CAMPAIGN, 'end: 2024-12-31', 'end: 2023-12-31') },
	{ name: 'withdrawn before issued', file: PLAN, field: 'withdrawn.date', word: 'sớm hơn ngày ban hành', changes: planField('withdrawn:\n  date: 2023-12-01\n  reason: Ban hành nhầm.') },
	{ name: 'deadline before the issue date', file: PLAN, field: 'deadlines[0].date', word: 'sớm hơn ngày ban hành', changes: plan('- date: 2024-11-30', '- date: 2023-11-30') },
	{ name: 'document after its agency ceased', file: 'documents/ubnd-huyen-cu/2024/ke-hoach.mdx', field: 'date', word: 'kết thúc hoạt động', changes: { 'documents/ubnd-huyen-cu/2024/ke-hoach.mdx': FILES[PLAN]!.replace('agency: ubnd-huyen-binh-lam', 'agency: ubnd-huyen-cu').replace(/campaign: .*\n/, '').replace(/attachments:[\s\S]*?---/, '---') } },
];

const graph: BadCase[] = [
	{ name: 'successors in a loop', file: DISTRICT, field: 'successor', word: 'vòng lặp', changes: { [DISTRICT]: `${FILES[DISTRICT]}validTo: 2030-01-01\nsuccessor: ubnd-huyen-cu\n` } },
	{ name: 'parents in a loop', file: DISTRICT, field: 'parent', word: 'vòng lặp', changes: replaced(PROVINCE, 'province: An Phú\n', 'province: An Phú\nparent: ubnd-huyen-binh-lam\n') },
	{ name: 'agency its own parent', file: PROVINCE, field: 'parent', word: 'chính cơ quan này', changes: replaced(PROVINCE, 'province: An Phú\n', 'province: An Phú\nparent: ubnd-tinh-an-phu\n') },
	{ name: 'unknown parent', file: DISTRICT, field: 'parent', word: 'không có cơ quan mã', changes: replaced(DISTRICT, 'parent: ubnd-tinh-an-phu', 'parent: ubnd-tinh-khac') },
	{ name: 'unknown campaign', file: PLAN, field: 'campaign', word: 'không có phong trào', changes: plan('campaign: thi-dua-cchc-2024', 'campaign: thi-dua-2030') },
	{ name: 'basis pointing at no document', file: DECISION, field: 'basis[0].document', word: 'không có văn bản mã', changes: decision('document: ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua', 'document: ubnd-huyen-binh-lam/2024/khong-co') },
];

const links: BadCase[] = [
	{ name: 'body link to a document that does not exist', file: PLAN, field: 'body', word: 'không dẫn tới trang nào', changes: planBody('Xem [văn bản](/van-ban/ubnd-huyen-binh-lam/2024/khong-co/).') },
	{ name: 'body link to an agency that does not exist', file: PLAN, field: 'body', word: 'không dẫn tới trang nào', changes: planBody('Xem [cơ quan](/co-quan/ubnd-xa-khong-co/).') },
	{ name: 'relative body link to nothing', file: PLAN, field: 'body', word: 'không dẫn tới trang nào', changes: planBody('Xem [quyết định](../qd-khong-co/).') },
	{ name: 'body link to a draft', file: PLAN, field: 'body', word: 'không dẫn tới trang nào', changes: { ...planBody('Xem [quyết định](/van-ban/ubnd-huyen-binh-lam/2024/qd-khen-thuong/).'), ...decision('award: giay-khen', 'award: giay-khen\ndraft: true') } },
	{ name: 'body link to a year with no documents', file: PLAN, field: 'body', word: 'không dẫn tới trang nào', changes: planBody('Xem [năm 2019](/van-ban/nam/2019/).') },
	{ name: 'javascript: hidden behind a character reference', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('[Xem](&#106;avascript:alert(1))') },
	{ name: 'javascript: split by an encoded tab', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('[Xem](java&#9;script:alert(1))') },
	{ name: 'javascript: in capitals', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('[Xem](JAVASCRIPT:alert(1))') },
	{ name: 'javascript: percent-encoded', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('[Xem](%6Aavascript:alert(1))') },
	{ name: 'data: in a reference definition', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('Xem [tệp][t].\n\n[t]: data:text/html,<script>alert(1)</script>') },
	{ name: 'vbscript: autolink', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('Xem <vbscript:msgbox(1)>.') },
	{ name: 'file: link', file: PLAN, field: 'body', word: 'sẽ bị bỏ', changes: planBody('Xem [tệp](file:///etc/passwd).') },
	{ name: 'protocol-relative link', file: PLAN, field: 'body', word: 'thiếu https', changes: planBody('Xem [trang](//evil.example/).') },
	{ name: 'image from another site', file: PLAN, field: 'body', word: 'lấy từ trang khác', changes: planBody('![Ảnh](https://example.com/a.png)') },
	{ name: 'image that is not there', file: PLAN, field: 'body', word: 'không tìm thấy', changes: planBody('![Ảnh](./khong-co.png)') },
	{ name: 'image that is a PDF', file: PLAN, field: 'body', word: 'không phải', changes: { ...planBody('![Ảnh](./anh.png)'), [`${PLAN_DIR}/anh.png`]: Buffer.from('%PDF-1.4\n') } },
	{ name: 'image outside the folder', file: PLAN, field: 'body', word: 'cùng thư mục', changes: planBody('![Ảnh](../../../../etc/hostname.png)') },
	{ name: 'image that is a symbolic link', file: PLAN, field: 'body', word: 'liên kết', changes: planBody('![Ảnh](./anh.png)'), setup: (root) => fs.symlinkSync('/etc/hostname', path.join(root, PLAN_DIR, 'anh.png')) },
	{ name: 'alias of the home page written //', file: PLAN, field: 'aliases[0]', word: 'dành cho một trang khác', changes: planField('aliases: ["//"]') },
	{ name: 'alias of the home page', file: PLAN, field: 'aliases[0]', word: 'bắt đầu và kết thúc', changes: planField('aliases: [/]') },
	{ name: 'alias with an empty segment', file: PLAN, field: 'aliases[0]', word: 'dành cho một trang khác', changes: planField('aliases: [/van-ban//cu/]') },
	{ name: 'alias of a campaign page', file: PLAN, field: 'aliases[0]', word: 'dành cho một trang khác', changes: planField('aliases: [/phong-trao/thi-dua-cchc-2024/]') },
	{ name: 'alias of the documents list', file: PLAN, field: 'aliases[0]', word: 'dành cho một trang khác', changes: planField('aliases: [/van-ban/]') },
	{ name: 'alias of another document', file: PLAN, field: 'aliases[0]', word: 'là địa chỉ của văn bản', changes: planField('aliases: [/van-ban/ubnd-huyen-binh-lam/2024/qd-khen-thuong/]') },
];

const attachments: BadCase[] = [
	{ name: 'attachment that links to /etc/passwd', file: PLAN, field: 'attachments[0].file', word: 'liên kết (symbolic link)', changes: { [PDF]: null }, setup: (root) => fs.symlinkSync('/etc/passwd', path.join(root, PDF)) },
	{ name: 'attachment that links to a PDF elsewhere', file: PLAN, field: 'attachments[0].file', word: 'liên kết (symbolic link)', changes: { [PDF]: null, 'ngoai/khac.pdf': '%PDF-1.4\n' }, setup: (root) => fs.symlinkSync(path.join(root, 'ngoai/khac.pdf'), path.join(root, PDF)) },
	{ name: 'attachment hard-linked from elsewhere', file: PLAN, field: 'attachments[0].file', word: 'liên kết cứng', setup: (root) => fs.linkSync(path.join(root, PDF), path.join(root, 'ban-cung.pdf')) },
	{ name: 'attachment that is a folder', file: PLAN, field: 'attachments[0].file', word: 'thư mục', changes: { [PDF]: null, [`${PDF}/a.txt`]: 'x' } },
	{ name: 'attachment that is not a PDF', file: PLAN, field: 'attachments[0].file', word: 'không phải PDF', changes: { [PDF]: 'root:x:0:0:root:/root:/bin/bash\n' } },
	{ name: 'empty attachment', file: PLAN, field: 'attachments[0].file', word: 'trống', changes: { [PDF]: '' } },
	{ name: 'attachment missing', file: PLAN, field: 'attachments[0].file', word: 'không tìm thấy', changes: { [PDF]: null } },
	{ name: 'attachment named ..', file: PLAN, field: 'attachments[0].file', word: 'tên tệp', changes: plan('./12-kh-ubnd.pdf', './..') },
	{ name: 'attachment of a type not published', file: PLAN, field: 'attachments[0].file', word: 'không được đăng kèm', changes: { ...plan('./12-kh-ubnd.pdf', './cai-dat.exe'), [`${PLAN_DIR}/cai-dat.exe`]: 'MZ' } },
	{ name: 'Word file that is not a Word file', file: PLAN, field: 'attachments[0].file', word: 'không phải Word', changes: { ...plan('./12-kh-ubnd.pdf', './12-kh-ubnd.docx'), [`${PLAN_DIR}/12-kh-ubnd.docx`]: '%PDF-1.4\n' } },
];

export const CATALOGUE: BadCase[] = [...fileSet, ...syntax, ...schema, ...datesAndNumbers, ...graph, ...links, ...attachments];
