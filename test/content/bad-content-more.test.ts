/**
 * More kinds of bad content, for the publishing rules: leaks of drafts and
 * embargoed documents, withdrawals, corrections and attachments. Each names
 * the file and the field, in Vietnamese, like the first set.
 */
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { checkContent, formatProblem } from '../../src/validation/index.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

interface Case {
	name: string;
	file: string;
	field: string;
	message: RegExp;
	breakIt: (root: string) => void;
	/** Caught by the schema itself, whose messages carry no separate hint. */
	schema?: true;
}

const edit = (file: string, change: (data: Record<string, any>) => void) => (root: string) => editData(root, file, change);
const idOf = (file: string) => file.replace(/^documents\/|\.mdx$/g, '');
const beside = (file: string, name: string) => (root: string) => fs.writeFileSync(path.join(root, path.dirname(file), name), '%PDF-1.4\n%%EOF\n');
const both = (...steps: ((root: string) => void)[]) => (root: string) => steps.forEach((step) => step(root));

const ERRORS: Case[] = [
	{
		name: 'public document citing a draft', file: SEED.coLe, field: 'basis[0].document', message: /còn là bản nháp \(draft: true\).*làm lộ/,
		breakIt: both(edit(SEED.hue, (d) => (d.draft = true)), edit(SEED.coLe, (d) => (d.basis[0] = { document: idOf(SEED.hue) }))),
	},
	{
		name: 'public document citing an embargoed one', file: SEED.coLe, field: 'basis[0].document', message: /chỉ công bố từ 08:00 ngày 01\/12\/2026/,
		breakIt: both(edit(SEED.hue, (d) => (d.publishAt = '2026-12-01T08:00:00+07:00')), edit(SEED.coLe, (d) => (d.basis[0] = { document: idOf(SEED.hue) }))),
	},
	{
		name: 'embargoed document citing one embargoed until later', file: SEED.coLe, field: 'basis[0].document', message: /chỉ công bố từ 08:00 ngày 02\/12\/2026/,
		breakIt: both(edit(SEED.hue, (d) => (d.publishAt = '2026-12-02T08:00:00+07:00')), edit(SEED.coLe, (d) => { d.publishAt = '2026-12-01T08:00:00+07:00'; d.basis[0] = { document: idOf(SEED.hue) }; })),
	},
	{
		name: 'revocation pointing at a draft decision', file: SEED.benTre, field: 'honourees[0].revoked.decision.document', message: /bản nháp/,
		breakIt: both(edit(SEED.hue, (d) => (d.draft = true)), edit(SEED.benTre, (d) => (d.honourees[0].revoked = { date: '2010-01-05', reason: 'Gian lận thành tích', decision: { document: idOf(SEED.hue) } }))),
	},
	{
		name: 'public document in a draft campaign', file: SEED.coLe, field: 'campaign', message: /phong trào "co-le-cchc-2024" đang là bản nháp/,
		breakIt: edit('campaigns/co-le-cchc-2024.yaml', (d) => (d.draft = true)),
	},
	{
		name: 'withdrawn before it was ever published', file: SEED.hue, field: 'publishAt', message: /không thể thu hồi văn bản chưa công bố/,
		breakIt: edit(SEED.hue, (d) => { d.publishAt = '2026-12-01T08:00:00+07:00'; d.withdrawn = { date: '2026-01-10', reason: 'Ban hành nhầm' }; }),
	},
	{
		name: 'withdrawn before its issue date', file: SEED.hue, field: 'withdrawn.date', message: /ngày thu hồi 10\/01\/2016 sớm hơn ngày ban hành 21\/03\/2017/,
		breakIt: edit(SEED.hue, (d) => (d.withdrawn = { date: '2016-01-10', reason: 'Ban hành nhầm' })),
	},
	{
		name: 'withdrawal without a reason', file: SEED.hue, field: 'withdrawn.reason', message: /thiếu trường bắt buộc/,
		breakIt: edit(SEED.hue, (d) => (d.withdrawn = { date: '2018-01-10' })),
	},
	{
		name: 'correction dated before the issue date', file: SEED.hue, field: 'corrections[0].date', message: /ngày đính chính 21\/03\/2016 sớm hơn ngày ban hành 21\/03\/2017/,
		breakIt: edit(SEED.hue, (d) => (d.corrections = [{ date: '2016-03-21', what: 'Sửa tên đơn vị.' }])),
	},
	{
		name: 'correction dated before the embargo lifts', file: SEED.hue, field: 'corrections[0].date', message: /sớm hơn thời điểm công bố 08:00 ngày 01\/12\/2026/,
		breakIt: edit(SEED.hue, (d) => { d.publishAt = '2026-12-01T08:00:00+07:00'; d.corrections = [{ date: '2026-11-20', what: 'Sửa tên đơn vị.' }]; }),
	},
	{
		name: 'correction with an impossible date', file: SEED.hue, field: 'corrections[0].date', message: /ngày 30 không có trong tháng 02\/2024/,
		breakIt: edit(SEED.hue, (d) => (d.corrections = [{ date: '2024-02-30', what: 'Sửa tên đơn vị.' }])),
	},
	{
		name: 'correction without saying what changed', file: SEED.hue, field: 'corrections[0].what', message: /thiếu trường bắt buộc/,
		breakIt: edit(SEED.hue, (d) => (d.corrections = [{ date: '2024-02-02' }])),
	},
	{
		name: 'attachment missing beside the file', file: SEED.hue, field: 'attachments[0].file', message: /không tìm thấy tệp 563-qd-ubnd\.pdf/,
		breakIt: edit(SEED.hue, (d) => (d.attachments = [{ file: './563-qd-ubnd.pdf', title: 'Bản gốc' }])),
	},
	{
		name: 'attachment name with diacritics and spaces', file: SEED.hue, field: 'attachments[0].file', message: /có dấu, dấu cách hoặc ký tự đặc biệt/,
		breakIt: both(beside(SEED.hue, 'quyết định 563.pdf'), edit(SEED.hue, (d) => (d.attachments = [{ file: './quyết định 563.pdf', title: 'Bản gốc' }]))),
	},
	{
		name: 'attachment of a type that is not published', file: SEED.hue, field: 'attachments[0].file', message: /loại tệp "\.exe" không được đăng kèm/,
		breakIt: both(beside(SEED.hue, 'ban-goc.exe'), edit(SEED.hue, (d) => (d.attachments = [{ file: './ban-goc.exe', title: 'Bản gốc' }]))),
	},
	{
		name: 'attachment listed twice', file: SEED.hue, field: 'attachments[1].file', message: /được khai báo hai lần/,
		breakIt: both(beside(SEED.hue, 'ban-goc.pdf'), edit(SEED.hue, (d) => (d.attachments = [{ file: './ban-goc.pdf', title: 'Bản gốc' }, { file: './ban-goc.pdf', title: 'Bản gốc' }]))),
	},
	{
		name: 'attachment outside the document folder', file: SEED.hue, field: 'attachments[0].file', message: /cùng thư mục/, schema: true,
		breakIt: edit(SEED.hue, (d) => (d.attachments = [{ file: '../2016/ban-goc.pdf', title: 'Bản gốc' }])),
	},
];

const WARNINGS: Case[] = [
	{
		name: 'embargo on a document still marked draft', file: SEED.hue, field: 'publishAt', message: /vẫn là bản nháp.*không tự công bố/,
		breakIt: edit(SEED.hue, (d) => { d.draft = true; d.publishAt = '2026-12-01T08:00:00+07:00'; }),
	},
	{
		name: 'embargo time in UTC instead of Vietnam time', file: SEED.hue, field: 'publishAt', message: /là 15:00 ngày 01\/12\/2026 giờ Việt Nam/,
		breakIt: edit(SEED.hue, (d) => (d.publishAt = '2026-12-01T08:00:00Z')),
	},
];

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

function problemsAfter(breakIt: (root: string) => void) {
	root = copyContent();
	breakIt(root);
	return checkContent(root);
}

describe('publishing rules reject bad content with the file and the field', () => {
	it.each(ERRORS)('$name', ({ file, field, message, breakIt, schema }) => {
		const { errors } = problemsAfter(breakIt);
		const match = errors.find((p) => p.file.endsWith(file) && p.field === field);
		expect(match, `expected an error on ${file} field ${field}, got:\n${errors.map(formatProblem).join('\n')}`).toBeDefined();
		expect(match!.message).toMatch(message);
		const printed = formatProblem(match!);
		expect(printed).toContain(file);
		expect(printed).toContain(`(${field})`);
		if (!schema) expect(printed).toContain('Cách sửa:');
	});

	it.each(WARNINGS)('warns, without failing: $name', ({ file, field, message, breakIt }) => {
		const { errors, warnings } = problemsAfter(breakIt);
		expect(errors.filter((p) => p.file.endsWith(file))).toEqual([]);
		const match = warnings.find((p) => p.file.endsWith(file) && p.field === field);
		expect(match, warnings.map(formatProblem).join('\n')).toBeDefined();
		expect(match!.message).toMatch(message);
	});

	it('points at the line of the offending entry', () => {
		const { errors } = problemsAfter(edit(SEED.hue, (d) => (d.corrections = [{ date: '2016-03-21', what: 'Sửa.' }])));
		const error = errors.find((p) => p.field === 'corrections[0].date')!;
		const lines = fs.readFileSync(path.join(root!, SEED.hue), 'utf8').split('\n');
		expect(lines[error.line! - 1]).toMatch(/date: 2016-03-21/);
	});
});

describe('publishing rules accept what is legitimate', () => {
	it('a draft citing a draft, an embargoed document citing one published earlier, a withdrawal with its reason, a correction and a real attachment', () => {
		const { problems } = problemsAfter(both(
			edit(SEED.hue, (d) => (d.draft = true)),
			edit(SEED.thuanNam, (d) => { d.draft = true; d.basis.push({ document: idOf(SEED.hue) }); }),
			edit(SEED.coLe, (d) => { d.publishAt = '2026-12-01T08:00:00+07:00'; d.basis[0] = { document: idOf(SEED.moDuc) }; }),
			edit(SEED.benTre, (d) => { d.withdrawn = { date: '2009-01-10', reason: 'Ban hành nhầm' }; d.corrections = [{ date: '2008-06-01', what: 'Sửa chức vụ.' }]; }),
			beside(SEED.moDuc, 'tb-ket-luan-ban-ky.pdf'),
			edit(SEED.moDuc, (d) => (d.attachments = [{ file: './tb-ket-luan-ban-ky.pdf', title: 'Bản gốc có chữ ký' }])),
		));
		expect(problems.map(formatProblem)).toEqual([]);
	});
});
