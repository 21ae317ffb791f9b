/** npm run new: flags, scripted answers on stdin, validation as it goes, never overwriting. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseYaml, stringifyYaml } from '../../src/lib/yaml.ts';
import { copyContent, SEED } from '../helpers/content-fixture.ts';
import { ROOT } from '../helpers/paths.ts';
import { runNew } from '../../tools/publishing/new/cli.ts';
import { parseAgency, parseDate, parseNumber, parseSymbol, parseType } from '../../tools/publishing/new/fields.ts';
import { loadCatalogue } from '../../tools/publishing/new/catalogue.ts';
import { deadlinesExample, EXAMPLES } from '../../tools/publishing/new/template.ts';
import { checkContent, formatProblem } from '../../src/validation/index.ts';

let root: string;
beforeEach(() => {
	root = copyContent();
});
afterEach(() => {
	fs.rmSync(root, { recursive: true, force: true });
});

/** Runs the command in this process with the given answers piped in. */
async function run(args: string[], answers: string[] = []) {
	const input = new PassThrough();
	const output = new PassThrough();
	const error = new PassThrough();
	let stdout = '';
	let stderr = '';
	output.on('data', (chunk) => (stdout += chunk));
	error.on('data', (chunk) => (stderr += chunk));
	input.end(answers.map((a) => `${a}\n`).join(''));
	const status = await runNew(args, { input, output, error }, root);
	return { status, stdout, stderr };
}

const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]!) as Record<string, unknown>;
const PLAN_FLAGS = ['--type', 'ke-hoach', '--agency', 'ubnd-thi-tran-co-le', '--number', '12', '--date', '05/03/2024', '--title', 'Tổ chức phong trào thi đua chuyển đổi số năm 2024', '--summary', 'UBND thị trấn Cổ Lễ tổ chức phong trào thi đua chuyển đổi số năm 2024.', '--campaign', 'co-le-cchc-2024', '--yes'];
const PLAN_FILE = 'documents/ubnd-thi-tran-co-le/2024/kh-12-to-chuc-phong-trao-thi-dua-chuyen-doi-so.mdx';
const AWARD_FLAGS = ['--type', 'quyet-dinh-khen-thuong', '--agency', 'ubnd-tinh-quang-ngai', '--number', '98/QĐ-UBND', '--date', '2025-08-01', '--title', 'Về việc tặng Giấy khen', '--summary', 'Tặng Giấy khen cho các tập thể.', '--yes'];
const AWARD_FILE = 'documents/ubnd-tinh-quang-ngai/2025/qd-98-tang-giay-khen.mdx';

describe('npm run new with flags', () => {
	it('writes a draft in the agency and year folder, with the answers, TODO comments, and no checker problem', async () => {
		const result = await run(PLAN_FLAGS);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const file = path.join(root, PLAN_FILE);
		const data = frontmatter(file);
		expect(data).toMatchObject({
			type: 'ke-hoach', number: '12', symbol: 'KH-UBND', date: '2024-03-05', agency: 'ubnd-thi-tran-co-le',
			title: 'Tổ chức phong trào thi đua chuyển đổi số năm 2024', campaign: 'co-le-cchc-2024', source: { kind: 'ban-dien-tu' }, draft: true,
		});
		const text = fs.readFileSync(file, 'utf8');
		for (const todo of ['# TODO: người ký (signer)', '# TODO: căn cứ (basis)', '# TODO: nơi nhận (recipients)', '# publishAt: "2026-12-01T08:00:00+07:00"', '# attachments:']) expect(text).toContain(todo);
		expect(text).not.toContain('honourees');
		expect(result.stdout).toContain('Đã tạo văn bản mới (bản nháp)');
		expect(result.stdout).toContain('tệp hợp lệ');
		const problems = checkContent(root).problems.filter((p) => p.file.endsWith(PLAN_FILE));
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it.each([
		['a plan', PLAN_FLAGS, PLAN_FILE],
		['an award decision', AWARD_FLAGS, AWARD_FILE],
	])('every example commented in the file for %s has the form the checker accepts, and its stand-in values cannot be published', async (_, flags, relative) => {
		await run(flags);
		const file = path.join(root, relative);
		const text = fs.readFileSync(file, 'utf8');
		const data = frontmatter(file);
		for (const [key, { yaml }] of [...Object.entries(EXAMPLES), ['deadlines', deadlinesExample(String(data.date))] as const]) {
			if (!text.includes(yaml.map((line) => `# ${line}`).join('\n'))) continue;
			const value = parseYaml(key === 'sourceUrl' ? `source:\n  kind: so-hoa\n${yaml.join('\n')}` : yaml.join('\n')) as Record<string, unknown>;
			Object.assign(data, value);
		}
		expect(Object.keys(data)).toEqual(expect.arrayContaining(['signer', 'basis', 'recipients', 'deadlines', 'attachments', 'publishAt', 'place']));
		fs.writeFileSync(path.join(path.dirname(file), '25-kh-ubnd-ban-ky.pdf'), '%PDF-1.4\n%%EOF\n');
		fs.writeFileSync(file, `---\n${stringifyYaml({ ...data, draft: false })}---\n\nToàn văn.\n`);
		const problems = () => checkContent(root).problems.filter((p) => p.file.endsWith(relative));
		// Uncommented as they are, the stand-in names ("Nguyễn Văn A") and the example address are refused: nothing else.
		const standIns = data.type === 'quyet-dinh-khen-thuong' ? ['honourees[0].name', 'signer.name', 'source.url'] : ['signer.name', 'source.url'];
		expect(problems().map((p) => p.field).sort()).toEqual(standIns.sort());
		const filled = stringifyYaml({ ...data, draft: false }).replace('Nguyễn Văn A', 'Trần Văn Minh').replace('Nguyễn Thị B', 'Lê Thị Hoa').replace('example.gov.vn', 'truc-ninh.namdinh.gov.vn');
		fs.writeFileSync(file, `---\n${filled}---\n\nToàn văn.\n`);
		expect(problems().map(formatProblem)).toEqual([]);
	});

	it('reports every bad or missing flag at once, naming the flag and the field, and writes nothing', async () => {
		const result = await run(['--type', 'cong-van', '--agency', 'ubnd-huyen-khong-co', '--date', '30/02/2024', '--yes']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--type (loại văn bản): không có loại văn bản nào khớp với "cong-van"');
		expect(result.stderr).toContain('--agency (cơ quan ban hành): không có cơ quan nào khớp với "ubnd-huyen-khong-co"');
		expect(result.stderr).toContain('--date (ngày ban hành): ngày không hợp lệ');
		expect(result.stderr).toContain('thiếu --title (trích yếu)');
		expect(result.stderr).toContain('thiếu --summary (tóm tắt)');
		expect(fs.readdirSync(path.join(root, 'documents')).sort()).toEqual(fs.readdirSync(path.join(ROOT, 'content', 'documents')).sort());
	});

	it('refuses a date after the agency ceased to exist', async () => {
		const result = await run(['--type', 'ke-hoach', '--agency', 'ubnd-huyen-mo-duc', '--date', '2026-01-05', '--title', 'Kế hoạch thi đua', '--summary', 'Tóm tắt.', '--yes']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('UBND huyện Mộ Đức đã kết thúc hoạt động ngày 30/06/2025');
	});

	it('never overwrites an existing file', async () => {
		expect((await run(PLAN_FLAGS)).status).toBe(0);
		const file = path.join(root, PLAN_FILE);
		fs.writeFileSync(file, 'đã sửa tay');
		const again = await run([...PLAN_FLAGS.filter((f) => f !== '--yes'), '--number', '13', '--yes', '--name', 'kh-12-to-chuc-phong-trao-thi-dua-chuyen-doi-so']);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('Tệp đã có');
		expect(fs.readFileSync(file, 'utf8')).toBe('đã sửa tay');
	});

	it('refuses a number the agency already used that year', async () => {
		const result = await run(['--type', 'quyet-dinh-khen-thuong', '--agency', 'ubnd-tinh-thua-thien-hue', '--number', '563/QĐ-UBND', '--date', '2017-05-02', '--title', 'Về việc tặng Bằng khen', '--summary', 'Tặng Bằng khen.', '--yes']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Số 563/QĐ-UBND năm 2017 của cơ quan này đã dùng cho');
		expect(result.stderr).toContain('563-qd-ubnd.mdx');
	});

	it('writes an award decision and says what the checker still needs: the honourees', async () => {
		const result = await run(AWARD_FLAGS);
		expect(result.status).toBe(0);
		const file = path.join(root, AWARD_FILE);
		expect(fs.readFileSync(file, 'utf8')).toContain('# TODO: danh sách khen thưởng (honourees)');
		expect(result.stdout).toContain('Trường danh sách khen thưởng (honourees): quyết định khen thưởng phải có danh sách');
	});
});

describe('npm run new with answers typed in', () => {
	it('asks each question, re-asks after a wrong answer, and writes the file', async () => {
		const answers = ['cong van', '3', 'tt hue', 'hue', 'thua thien hue', '21/03/2017', '564/QĐ-UBND', 'Về việc tặng Cờ thi đua', 'Tặng Cờ thi đua cho hai đơn vị.', '', '', 'c'];
		const result = await run([], answers);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Loại văn bản:');
		expect(result.stdout).toContain('Chưa đúng: không có loại văn bản nào khớp với "cong van"');
		expect(result.stdout).toContain('Chưa đúng: không có cơ quan nào khớp với "tt hue"');
		expect(result.stdout).toMatch(/Chưa đúng: "hue" khớp với 2 cơ quan: ubnd-thanh-pho-hue, ubnd-tinh-thua-thien-hue/);
		const file = path.join(root, 'documents/ubnd-tinh-thua-thien-hue/2017/qd-564-tang-co-thi-dua.mdx');
		expect(frontmatter(file)).toMatchObject({ type: 'quyet-dinh-khen-thuong', number: '564', symbol: 'QĐ-UBND', date: '2017-03-21', agency: 'ubnd-tinh-thua-thien-hue', draft: true });
	});

	it('offers the usual symbol as the default and accepts a year-only date', async () => {
		const answers = ['ke-hoach', 'ubnd-huyen-thuan-nam', '2024', '', '', 'Phát động thi đua năm 2024', 'Tóm tắt kế hoạch.', 'thuan-nam-cchc-2023', '2', 'c'];
		const result = await run([], answers);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('[KH-UBND]');
		const [file] = fs.readdirSync(path.join(root, 'documents/ubnd-huyen-thuan-nam/2024'));
		const data = frontmatter(path.join(root, 'documents/ubnd-huyen-thuan-nam/2024', file!));
		expect(data).toMatchObject({ date: '2024', symbol: 'KH-UBND', campaign: 'thuan-nam-cchc-2023', source: { kind: 'so-hoa' } });
		expect(data.number).toBeUndefined();
	});

	it('asks for another name instead of overwriting, and can be cancelled', async () => {
		const existing = path.basename(SEED.thuanNam, '.mdx');
		const first = await run(['--type', 'ke-hoach', '--agency', 'ubnd-huyen-thuan-nam', '--date', '2023-02', '--symbol', 'KH-UBND', '--title', 'Khác', '--summary', 'Khác.', '--source', 'ban-dien-tu', '--name', existing], ['', '', 'kh-ban-moi', 'k']);
		expect(first.stdout).toContain('đã có; không ghi đè');
		expect(first.status).toBe(1);
		expect(first.stderr).toContain('Đã hủy');
		expect(fs.existsSync(path.join(root, 'documents/ubnd-huyen-thuan-nam/2023/kh-ban-moi.mdx'))).toBe(false);
	});

	it('stops without writing when the answers run out', async () => {
		const result = await run([], ['1', 'thuan nam']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('không còn câu trả lời nào');
	});

	it('runs as `npm run new` does, from a real process with answers on stdin', () => {
		const answers = ['tin-bai', 'bac tra my', '15/04/2024', 'Bắc Trà My ra quân cải cách hành chính', 'Tin về lễ ra quân.', '', '', 'c'].join('\n');
		const result = spawnSync(process.execPath, [path.join(ROOT, 'tools/publishing/new/cli.ts')], { input: `${answers}\n`, encoding: 'utf8', cwd: ROOT, env: { ...process.env, CONTENT_DIR: root } });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const file = path.join(root, 'documents/ubnd-huyen-bac-tra-my/2024/tin-bac-tra-my-ra-quan-cai-cach-hanh-chinh.mdx');
		const data = frontmatter(file);
		expect(data).toMatchObject({ type: 'tin-bai', date: '2024-04-15', agency: 'ubnd-huyen-bac-tra-my' });
		expect(data.symbol).toBeUndefined();
		expect(fs.readFileSync(file, 'utf8')).not.toContain('recipients');
	});
});

describe('answers are read leniently, then checked with the schema', () => {
	const { agencies } = loadCatalogue(path.join(ROOT, 'content'));
	it('numbers with their symbol', () => {
		expect(parseNumber('25/KH-UBND')).toEqual({ ok: true, value: { number: '25', symbol: 'KH-UBND' } });
		expect(parseNumber('98/2023/NĐ-CP')).toEqual({ ok: true, value: { number: '98/2023', symbol: 'NĐ-CP' } });
		expect(parseNumber('Số: /TB-UBND')).toEqual({ ok: true, value: { symbol: 'TB-UBND' } });
		expect(parseNumber('25/kh ubnd').ok).toBe(false);
	});
	it('symbols keep the mixed case Decree 30/2020 gives them, whatever case is typed', () => {
		for (const typed of ['12/QĐ-TTg', '12/qđ-ttg', '12/QĐ-TTG']) expect(parseNumber(typed)).toEqual({ ok: true, value: { number: '12', symbol: 'QĐ-TTg' } });
		expect(parseSymbol('tb - vpcp')).toEqual({ ok: true, value: 'TB-VPCP' });
		expect(parseSymbol('ttlt-btc-bnv')).toEqual({ ok: true, value: 'TTLT-BTC-BNV' });
	});
	it('dates written the Vietnamese way', () => {
		expect(parseDate('9/1/2024')).toEqual({ ok: true, value: '2024-01-09' });
		expect(parseDate('01/2023')).toEqual({ ok: true, value: '2023-01' });
		expect(parseDate('2024-02-30').ok).toBe(false);
	});
	it('agencies and types by number, id or name without diacritics', () => {
		expect(parseAgency('mo duc', agencies)).toMatchObject({ ok: true, value: { id: 'ubnd-huyen-mo-duc' } });
		expect(parseAgency('Mộ Đức', agencies)).toMatchObject({ ok: true, value: { id: 'ubnd-huyen-mo-duc' } });
		expect(parseAgency('thuan', agencies).ok).toBe(false);
		expect(parseType('thong bao ket luan')).toEqual({ ok: true, value: 'thong-bao-ket-luan' });
		expect(parseType('2')).toEqual({ ok: true, value: 'thong-bao-ket-luan' });
	});
});
