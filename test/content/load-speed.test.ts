/**
 * The checker reads YAML with js-yaml and builds the `yaml` package's
 * Document (which knows lines, but costs ten times more) only when a message
 * needs a line or js-yaml cannot vouch for the text. These tests hold it to
 * the data, messages and lines the `yaml` package alone gave.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadRawContent, readEntry, type RawEntry } from '../../src/validation/load.ts';
import { ROOT } from '../helpers/paths.ts';

// Counts how often the checker builds a `yaml` Document; the reference parses below go through it too.
vi.mock('yaml', async (importOriginal) => {
	const actual = await importOriginal<typeof import('yaml')>();
	return { ...actual, parseDocument: vi.fn(actual.parseDocument) };
});
const documentsBuilt = () => vi.mocked(parseDocument).mock.calls.length;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** What the checker made of YAML before js-yaml: the `yaml` package's Document, turned into data. */
function reference(text: string): { data: unknown } | { error: string; line: number | undefined } {
	const doc = parseDocument(text, { prettyErrors: true });
	const error = doc.errors[0];
	if (!error) return { data: doc.toJS() };
	return { error: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: error.linePos?.[0].line };
}

const yamlOf = (entry: RawEntry) => (entry.collection === 'documents' ? FRONTMATTER.exec(entry.source)![1]! : entry.source);

let root: string;
beforeEach(() => {
	root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-load-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function write(relative: string, text: string): string {
	const file = path.join(root, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, text);
	return file;
}

/** A document with this front matter, read as the checker reads it. */
const document = (frontmatter: string) => readEntry('documents', root, write('documents/ubnd-a/2024/van-ban.mdx', `---\n${frontmatter}\n---\nNội dung.\n`));
/** An agency file with this text. */
const agency = (text: string) => readEntry('agencies', root, write('agencies/ubnd-a.yaml', text));

describe('reading the sample content', () => {
	const entries = loadRawContent(path.join(ROOT, 'content'));

	it('reads every file', () => {
		expect(entries.filter((e) => e.collection === 'documents').length).toBeGreaterThanOrEqual(7);
		expect(entries.filter((e) => e.collection === 'agencies').length).toBeGreaterThanOrEqual(10);
		expect(entries.filter((e) => e.collection === 'campaigns').length).toBeGreaterThanOrEqual(5);
	});

	it.each(entries.map((e) => [e.file, e] as const))('gives the same data as the yaml package: %s', (_, entry) => {
		expect(entry.syntaxError).toBeUndefined();
		expect(entry.data).toStrictEqual((reference(yamlOf(entry)) as { data: unknown }).data);
	});

	it('keeps unquoted dates as the text written, as YAML 1.2 does, not as Date objects', () => {
		const hue = entries.find((e) => e.id === 'ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd')!;
		expect(hue.source).toMatch(/^date: 2017-03-21$/m);
		expect((hue.data as { date: unknown }).date).toBe('2017-03-21');
	});
});

describe('YAML the two parsers read differently', () => {
	// Each would change data or accept broken text if js-yaml read it alone.
	const CASES = [
		['timestamp', 'date: 2024-01-19\nat: 2024-01-19T08:00:00+07:00'],
		['js-yaml-only numbers', 'a: 1_000\nb: 0b101\nc: -0x1F\nd: 012\ne: 0o17\nf: 1e3\ng: .inf\nh: 1.'],
		['YAML 1.1 booleans', 'a: yes\nb: No\nc: on\nd: TRUE'],
		['null keys', 'a:\n  null: b\nc: ~'],
		['complex keys', '? [a, b]\n: c\n{d: 1}: e'],
		['merge key, not merged in YAML 1.2', 'base: &b {x: 1}\nchild:\n  <<: *b\n  y: 2'],
		['unknown tag', 'title: !ghi-chu Về việc'],
		['flow sequence continued too far left', 'signer:\n  names: [a,\n  b]'],
		['quoted text continued too far left', 'signer:\n  name: "Trương\n  Xuân Vỹ"'],
		['comment glued to a value', 'title: "Về việc"#ghi chú'],
		['lone carriage return', 'title: a\rdraft: true'],
		['implicit key over 1024 characters', `${'k'.repeat(1100)}: v`],
		['empty front matter', ''],
		['comment only', '# chưa viết'],
	] as const;

	it.each(CASES)('%s', (_, text) => {
		const entry = document(text);
		const expected = reference(text);
		if ('data' in expected) {
			expect(entry.syntaxError).toBeUndefined();
			expect(entry.data).toStrictEqual(expected.data);
		} else {
			expect(entry.data).toBeUndefined();
			expect(entry.syntaxError).toEqual({ message: expected.error, line: expected.line! + 1 });
		}
	});

	it('YAML 1.1 directive in a data file', () => {
		const text = '%YAML 1.1\n---\nvalidTo: 2025-06-30\n';
		expect(agency(text).data).toStrictEqual((reference(text) as { data: unknown }).data);
	});

	it('gives the values YAML 1.2 gives', () => {
		expect(document('date: 2024-01-19\na: 1_000\nb: 0x1F\nc: yes\n~: x').data).toStrictEqual({ date: '2024-01-19', a: '1_000', b: 31, c: 'yes', '': 'x' });
		expect(document('a: [1,\n2]').syntaxError?.message).toMatch(/^Flow sequence in block collection must be sufficiently indented/);
	});
});

describe('syntax errors', () => {
	it('keep the yaml package’s message and the file’s line', () => {
		const entry = document('type: quyet-dinh\ntitle: "Về việc khen thưởng\nagency: ubnd-a');
		expect(entry.data).toBeUndefined();
		// The yaml package reports where the text runs out: the last line of the front matter.
		expect(entry.syntaxError).toEqual({ message: 'Missing closing "quote', line: 4 });
	});

	it('report an alias to no anchor instead of stopping the check', () => {
		const entry = document('title: *tieu-de');
		expect(entry.data).toBeUndefined();
		expect(entry.syntaxError?.message).toMatch(/Unresolved alias.*tieu-de/);
	});
});

describe('lines for messages', () => {
	const FRONT = [
		'type: quyet-dinh-khen-thuong', // line 2 of the file
		'title: Về việc khen thưởng',
		'honourees:',
		'  - kind: ca-nhan',
		'    name: Nguyễn Văn A',
		'  - kind: tap-the',
		'    name: Phòng Nội vụ', // line 8
		'    award: giay-khen',
		'basis:',
		'  - document: ubnd-a/2023/kh-1',
	].join('\n');

	it('point at the key of a nested field, counted from the top of the file', () => {
		const entry = document(FRONT);
		expect(entry.lineOf(['honourees', 1, 'name'])).toBe(8);
		expect(entry.lineOf(['honourees', 1])).toBe(7);
		expect(entry.lineOf(['basis', 0, 'document'])).toBe(11);
		expect(entry.lineOf(['title'])).toBe(3);
	});

	it('fall back to the nearest parent when the field is missing', () => {
		expect(document(FRONT).lineOf(['honourees', 0, 'award'])).toBe(5);
	});

	it('point at the right line in YAML data files', () => {
		expect(agency('name: UBND A\nspokespersons:\n  - name: B\n    email: b.gov.vn\n').lineOf(['spokespersons', 0, 'email'])).toBe(4);
	});

	it('are worked out only when a message asks, once per file', () => {
		const before = documentsBuilt();
		const entries = loadRawContent(path.join(ROOT, 'content'));
		expect(documentsBuilt()).toBe(before);
		const hue = entries.find((e) => e.id === 'ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd')!;
		const lines = hue.source.split('\n');
		expect(lines[hue.lineOf(['date'])! - 1]).toMatch(/^date:/);
		expect(lines[hue.lineOf(['basis', 0, 'date'])! - 1]).toMatch(/^ {4}date: 2015-01-30$/);
		expect(documentsBuilt()).toBe(before + 1);
	});
});
