/**
 * Lines of fields from js-yaml's own listener (src/validation/yaml-positions.ts),
 * the only YAML parser the check uses.
 */
import { describe, expect, it } from 'vitest';
import { yamlLineFinder, yamlNodes } from '../../src/validation/yaml-positions.ts';

const TEXT = [
	'# ghi chú đầu tệp', // 1
	'type: ke-hoach', // 2
	'date: 2024-02-30 # ngày sai', // 3
	'signer:', // 4
	'  name: Trần Văn Bình', // 5
	'  position:', // 6
	'    Chủ tịch', // 7
	'honourees:', // 8
	'  - name: Nguyễn Thị Hoa', // 9
	'    unit: Phòng Nội vụ', // 10
	'  -', // 11
	'    # mục thứ hai', // 12
	'    name: "Lê Văn Nam"', // 13
	'tags: [a, b]', // 14
	'number: 08', // 15
	'',
].join('\n');

describe('yamlLineFinder', () => {
	const lineOf = yamlLineFinder(TEXT, 0);

	it('gives the line of a key, nested keys and list items', () => {
		expect(lineOf(['type'])).toBe(2);
		expect(lineOf(['date'])).toBe(3);
		expect(lineOf(['signer'])).toBe(4);
		expect(lineOf(['signer', 'name'])).toBe(5);
		expect(lineOf(['signer', 'position'])).toBe(6);
		expect(lineOf(['honourees', 0])).toBe(9);
		expect(lineOf(['honourees', 0, 'unit'])).toBe(10);
		expect(lineOf(['honourees', 1, 'name'])).toBe(13);
		expect(lineOf(['tags', 1])).toBe(14);
		expect(lineOf(['number'])).toBe(15);
	});

	it('falls back to the nearest field that is written, and adds the lines before the text', () => {
		expect(lineOf(['signer', 'missing'])).toBe(4);
		expect(lineOf(['honourees', 7, 'name'])).toBe(8);
		expect(lineOf(['missing'])).toBeUndefined();
		expect(yamlLineFinder(TEXT, 10)(['signer', 'name'])).toBe(15);
	});

	it('keeps the lines of fields above a syntax error', () => {
		const broken = 'type: ke-hoach\nsigner:\n  name: A\ntitle: "không đóng\n';
		expect(yamlLineFinder(broken, 0)(['signer', 'name'])).toBe(3);
	});

	it('reads CRLF and a byte order mark as Astro does', () => {
		const find = yamlLineFinder('\uFEFFtype: ke-hoach\r\nsigner:\r\n  name: A\r\n', 0);
		expect(find(['signer', 'name'])).toBe(3);
	});
});

describe('yamlNodes', () => {
	it('keeps the value js-yaml built and the text it was written as', () => {
		const root = yamlNodes(TEXT)!;
		expect(root.kind).toBe('mapping');
		const values = root.children.filter((_, i) => i % 2 === 1);
		const date = values[1]!;
		expect(date.value).toBeInstanceOf(Date);
		expect(TEXT.slice(date.start, date.end).trim()).toMatch(/^2024-02-30/);
		expect(values.at(-1)!.value).toBe(8);
	});
});

describe('yamlLineFinder after a syntax error inside a list', () => {
	it('still finds the items read before it', () => {
		const broken = 'honourees:\n  - name: A\n  - name: B\n    unit: "không đóng\n';
		expect(yamlLineFinder(broken, 0)(['honourees', 1, 'name'])).toBe(3);
	});
});
