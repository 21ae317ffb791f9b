import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { copyContent, editData, writeFile, SEED } from '../helpers/content-fixture.ts';

interface Case {
	name: string;
	file: string;
	field: string;
	message: RegExp;
	breakIt: (root: string) => void;
}

const edit = (file: string, change: (data: Record<string, any>) => void) => (root: string) => editData(root, file, change);

const CASES: Case[] = [
	{ name: 'missing title', file: SEED.thuanNam, field: 'title', message: /thiếu trường bắt buộc/, breakIt: edit(SEED.thuanNam, (d) => delete d.title) },
	{ name: 'title that is a number', file: SEED.thuanNam, field: 'title', message: /phải là một đoạn chữ/, breakIt: edit(SEED.thuanNam, (d) => (d.title = 2023)) },
	{ name: 'draft written in Vietnamese', file: SEED.thuanNam, field: 'draft', message: /chỉ được là true \(có\) hoặc false/, breakIt: edit(SEED.thuanNam, (d) => (d.draft = 'có')) },
	{ name: 'misspelt field', file: SEED.thuanNam, field: '(toàn tệp)', message: /trường không được phép: "titel"/, breakIt: edit(SEED.thuanNam, (d) => (d.titel = 'x')) },
	{ name: 'unknown document type', file: SEED.thuanNam, field: 'type', message: /loại văn bản chỉ được là một trong/, breakIt: edit(SEED.thuanNam, (d) => (d.type = 'cong-van')) },
	{ name: 'impossible date', file: SEED.hue, field: 'date', message: /ngày 30 không có trong tháng 02\/2017/, breakIt: edit(SEED.hue, (d) => (d.date = '2017-02-30')) },
	{ name: 'date written the Vietnamese way', file: SEED.hue, field: 'date', message: /NNNN-TT-NN/, breakIt: edit(SEED.hue, (d) => (d.date = '21/03/2017')) },
	{ name: 'unknown agency', file: SEED.thuanNam, field: 'agency', message: /không có cơ quan mã "ubnd-huyen-thuan-bac"/, breakIt: edit(SEED.thuanNam, (d) => (d.agency = 'ubnd-huyen-thuan-bac')) },
	{ name: 'unknown campaign', file: SEED.coLe, field: 'campaign', message: /không có phong trào mã "co-le-2030"/, breakIt: edit(SEED.coLe, (d) => (d.campaign = 'co-le-2030')) },
	{ name: 'link to a document not on the site', file: SEED.coLe, field: 'basis[0].document', message: /không có văn bản mã/, breakIt: edit(SEED.coLe, (d) => (d.basis[0] = { document: 'ubnd-huyen-truc-ninh/2024/kh-25' })) },
	{
		name: 'duplicate number within an agency and year',
		file: 'documents/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd-ban-sao.mdx',
		field: 'number',
		message: /số 563\/QĐ-UBND năm 2017 của cơ quan này đã dùng/,
		breakIt: (root) => fs.copyFileSync(`${root}/${SEED.hue}`, `${root}/documents/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd-ban-sao.mdx`),
	},
	{ name: 'deadline before the issue date', file: SEED.thuanNam, field: 'deadlines[0].date', message: /thời hạn 30\/11\/2022 sớm hơn ngày ban hành 01\/2023/, breakIt: edit(SEED.thuanNam, (d) => (d.deadlines[0].date = '2022-11-30')) },
	{ name: 'award form not in the law', file: SEED.benTre, field: 'award', message: /không có trong danh mục hình thức khen thưởng/, breakIt: edit(SEED.benTre, (d) => (d.award = 'huy-hieu-vang')) },
	{ name: 'emulation flag given to a person', file: SEED.benTre, field: 'honourees[0].award', message: /Cờ thi đua .* không dành cho cá nhân/, breakIt: edit(SEED.benTre, (d) => (d.honourees[0].award = 'co-thi-dua-cap-tinh')) },
	{ name: 'award decision without honourees', file: SEED.hue, field: 'honourees', message: /phải có danh sách/, breakIt: edit(SEED.hue, (d) => delete d.honourees) },
	{ name: 'invalid signer prefix', file: SEED.coLe, field: 'signer.prefix', message: /chỉ được là một trong TM\., KT\., TL\., TUQ\./, breakIt: edit(SEED.coLe, (d) => (d.signer.prefix = 'T.M.')) },
	{ name: 'file in another agency’s folder', file: 'documents/ubnd-huyen-mo-duc/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx', field: 'agency', message: /nằm trong thư mục "ubnd-huyen-mo-duc" nhưng ghi cơ quan "ubnd-huyen-thuan-nam"/, breakIt: (root) => { fs.mkdirSync(`${root}/documents/ubnd-huyen-mo-duc/2023`, { recursive: true }); fs.renameSync(`${root}/${SEED.thuanNam}`, `${root}/documents/ubnd-huyen-mo-duc/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx`); } },
	{ name: 'file in the wrong year folder', file: 'documents/ubnd-tinh-thua-thien-hue/2016/563-qd-ubnd.mdx', field: 'date', message: /thư mục năm 2016 nhưng ngày ban hành là 21\/03\/2017/, breakIt: (root) => { fs.mkdirSync(`${root}/documents/ubnd-tinh-thua-thien-hue/2016`); fs.renameSync(`${root}/${SEED.hue}`, `${root}/documents/ubnd-tinh-thua-thien-hue/2016/563-qd-ubnd.mdx`); } },
	{ name: 'file name with diacritics', file: 'documents/ubnd-tinh-thua-thien-hue/2017/quyết-định.mdx', field: 'file', message: /chữ thường không dấu/, breakIt: (root) => fs.renameSync(`${root}/${SEED.hue}`, `${root}/documents/ubnd-tinh-thua-thien-hue/2017/quyết-định.mdx`) },
	{ name: 'broken YAML', file: SEED.hue, field: 'YAML', message: /không đọc được phần khai báo/, breakIt: (root) => writeFile(root, SEED.hue, fs.readFileSync(`${root}/${SEED.hue}`, 'utf8').replace('title: Về việc', 'title: "Về việc')) },
	{ name: 'spokesperson email without @', file: 'agencies/ubnd-huyen-bac-tra-my.yaml', field: 'spokespersons[0].email', message: /không phải địa chỉ thư điện tử/, breakIt: edit('agencies/ubnd-huyen-bac-tra-my.yaml', (d) => (d.spokespersons[0].email = 'vuth1.quangnam.gov.vn')) },
	{ name: 'unknown successor agency', file: 'agencies/ubnd-huyen-mo-duc.yaml', field: 'successor', message: /không có cơ quan mã "ubnd-tinh-quang-ngai-moi"/, breakIt: edit('agencies/ubnd-huyen-mo-duc.yaml', (d) => (d.successor = 'ubnd-tinh-quang-ngai-moi')) },
	{ name: 'campaign ending before it starts', file: 'campaigns/co-le-cchc-2024.yaml', field: 'end', message: /sớm hơn ngày bắt đầu/, breakIt: edit('campaigns/co-le-cchc-2024.yaml', (d) => (d.end = '2023-12-31')) },
	{ name: 'campaign area not in the list', file: 'campaigns/co-le-cchc-2024.yaml', field: 'areas[0]', message: /lĩnh vực phải là một trong/, breakIt: edit('campaigns/co-le-cchc-2024.yaml', (d) => (d.areas[0] = 'cai cach hanh chinh')) },
	{ name: 'embargo time without a time zone', file: SEED.hue, field: 'publishAt', message: /có múi giờ/, breakIt: edit(SEED.hue, (d) => (d.publishAt = '2026-12-01 08:00')) },
	{ name: 'document issued after its agency ceased', file: 'documents/ubnd-huyen-mo-duc/2026/kh-moi.mdx', field: 'date', message: /đã kết thúc hoạt động ngày 30\/06\/2025/, breakIt: (root) => { const text = fs.readFileSync(`${root}/${SEED.moDuc}`, 'utf8').replace('date: "2024"', 'date: 2026-01-05').replace(/campaign: .*\n/, ''); writeFile(root, 'documents/ubnd-huyen-mo-duc/2026/kh-moi.mdx', text); } },
];

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
});

describe('bad content is rejected with the file, the field and the problem', () => {
	it('has at least twenty kinds of bad content', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(20);
	});

	it.each(CASES)('$name', ({ file, field, message, breakIt }) => {
		root = copyContent();
		breakIt(root);
		const { errors } = checkContent(root);
		const match = errors.find((p) => p.file.endsWith(file) && p.field === field);
		expect(match, `expected an error on ${file} field ${field}, got:\n${errors.map(formatProblem).join('\n')}`).toBeDefined();
		expect(match!.message).toMatch(message);
		expect(formatProblem(match!)).toContain(file);
	});

	it('points at the line of the offending field', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => (d.date = '2017-02-30'));
		const error = checkContent(root).errors.find((p) => p.field === 'date')!;
		const lines = fs.readFileSync(`${root}/${SEED.hue}`, 'utf8').split('\n');
		expect(lines[error.line! - 1]).toMatch(/^date:/);
	});

	it('reports every problem at once', () => {
		root = copyContent();
		editData(root, SEED.hue, (d) => delete d.title);
		editData(root, SEED.thuanNam, (d) => (d.agency = 'khong-co'));
		expect(checkContent(root).errors.map((p) => p.field)).toEqual(expect.arrayContaining(['title', 'agency']));
	});
});
