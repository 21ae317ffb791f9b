/**
 * Values YAML changes on the way in, which the schema can no longer see:
 * js-yaml (Astro's parser) rolls "2026-02-30" over to 2 March, reads a time
 * without a zone as UTC, and turns "08" into 8. Each plain value that
 * js-yaml made a Date or a number is compared with the text written.
 */
import type { RawEntry } from './load.ts';
import { lineCounter, mappingPairs, yamlNodes, type YamlNode } from './yaml-positions.ts';
import { pathToField, type Problem } from './problem.ts';
import { daysInMonth } from '../schema/partial-date.ts';
import { formatDateShort } from '../lib/dates.ts';
import { vietnamTime } from '../history/document-history.ts';

/** js-yaml's timestamp grammar (YAML 1.1), with its parts. */
const TIMESTAMP = /^(\d{4})-(\d\d?)-(\d\d?)(?:(?:[Tt]|[ \t]+)(\d\d?):(\d\d):(\d\d)(?:\.\d*)?(?:[ \t]*(Z|[-+]\d\d?(?::\d\d)?))?)?$/;
/** Any timestamp-looking text, to decide cheaply whether a file needs a closer look. */
const TIMESTAMP_ANYWHERE = /\d{4}-\d\d?-\d\d?(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?/g;

/** Why a timestamp's text is not what its Date says, or undefined when it is. */
function timestampProblem(text: string): string | undefined {
	const match = TIMESTAMP.exec(text);
	if (!match) return undefined;
	const [, year, month, day, hour, minute, second, zone] = match;
	const m = Number(month);
	if (m < 1 || m > 12) return `tháng ${month} không có trong lịch (chỉ từ 01 đến 12)`;
	if (Number(day) < 1 || Number(day) > daysInMonth(Number(year), m)) return `ngày ${day} không có trong tháng ${month}/${year} (tháng này có ${daysInMonth(Number(year), m)} ngày)`;
	if (hour === undefined) return undefined;
	if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return `giờ ${hour}:${minute}:${second} không có thật`;
	if (zone === undefined) return 'thời điểm thiếu múi giờ, nên sẽ bị hiểu là giờ quốc tế (UTC), chậm 7 tiếng so với giờ Việt Nam';
	return undefined;
}

/** Fields that hold an instant, where a bare date would silently mean midnight UTC. */
const INSTANT_FIELDS = new Set(['publishAt']);

const notVietnamTime = (text: string) => /\d:\d\d:\d\d/.test(text) && !/\+07(?::?00)?$/.test(text);

function hasNumber(value: unknown): boolean {
	if (typeof value === 'number') return true;
	if (Array.isArray(value)) return value.some(hasNumber);
	if (value && typeof value === 'object' && !(value instanceof Date)) return Object.values(value).some(hasNumber);
	return false;
}

/** Cheap test first: most files have valid dates and no numbers, so their text is parsed once, not twice. */
function needsLook(entry: RawEntry): boolean {
	if (hasNumber(entry.data)) return true;
	if ([...INSTANT_FIELDS].some((field) => new RegExp(`^\\s*${field}:\\s*\\d{4}-\\d\\d?-\\d\\d?\\s*(?:#.*)?$`, 'm').test(entry.yaml.text))) return true;
	for (const [token] of entry.yaml.text.matchAll(TIMESTAMP_ANYWHERE)) if (timestampProblem(token) || notVietnamTime(token)) return true;
	return false;
}

/**
 * The text of an unquoted scalar as written, without a trailing comment; undefined
 * for a quoted one (js-yaml makes no Date or number of it unless a tag asks).
 */
function plainText(source: string): string | undefined {
	const written = source.replace(/^(?:[!&]\S*\s+)+/, '').replace(/\s+#.*$/s, '').trim();
	return /^["']/.test(written) ? undefined : written;
}

const valueAt = (data: unknown, path: (string | number)[]) =>
	path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), data);

/** Dates and numbers the YAML parser would publish other than as written. */
export function checkYamlScalars(entries: RawEntry[]): Problem[] {
	const out: Problem[] = [];
	for (const entry of entries) {
		if (entry.data === undefined || !needsLook(entry)) continue;
		const text = entry.yaml.text;
		const lineAt = lineCounter(text);
		const report = (node: YamlNode, path: (string | number)[], message: string, hint: string, severity: Problem['severity'] = 'error') =>
			out.push({ severity, file: entry.file, line: lineAt(node.start) + entry.yaml.lineOffset, field: pathToField(path) || '(toàn tệp)', message, hint });
		const walk = (node: YamlNode | undefined, path: (string | number)[]) => {
			if (!node) return;
			if (node.kind === 'mapping') {
				for (const { key, value } of mappingPairs(node)) if (key.kind === 'scalar') walk(value, [...path, String(key.value)]);
			} else if (node.kind === 'sequence') {
				node.children.forEach((item, index) => walk(item, [...path, index]));
			} else if (node.kind === 'scalar' && (node.value instanceof Date || typeof node.value === 'number')) {
				const written = plainText(text.slice(node.start, node.end));
				if (written === undefined) return;
				const value = valueAt(entry.data, path);
				if (value instanceof Date) {
					const problem = timestampProblem(written);
					if (problem) report(node, path, problem, /T|\d \d/.test(written) ? 'viết thời điểm có thật, có múi giờ Việt Nam, trong ngoặc kép, ví dụ "2026-12-01T08:00:00+07:00"' : 'sửa thành một ngày có thật dạng NNNN-TT-NN, ví dụ 2024-02-29');
					else if (INSTANT_FIELDS.has(String(path.at(-1))) && !/\d:\d\d/.test(written)) report(node, path, 'chỉ có ngày, thiếu giờ công bố: sẽ bị hiểu là 07:00 sáng giờ Việt Nam', 'ghi đủ ngày, giờ và múi giờ trong ngoặc kép, ví dụ "2026-12-01T08:00:00+07:00"');
					// The schema hands an unquoted instant on in Vietnam's time, so the written zone is only seen here.
					else if (notVietnamTime(written)) report(node, path, `thời điểm không theo giờ Việt Nam; ${written} là ${vietnamTime(value.getTime()).slice(11, 16)} ngày ${formatDateShort(vietnamTime(value.getTime()).slice(0, 10))} giờ Việt Nam`, 'viết giờ Việt Nam với đuôi +07:00, ví dụ 2026-12-01T08:00:00+07:00', 'warning');
				} else if (typeof value === 'number' && String(value) !== written) {
					report(node, path, `"${written}" sẽ được đọc thành số ${String(value)}, không giữ như đã viết`, `đặt trong ngoặc kép để giữ nguyên, ví dụ "${written}"`);
				}
			}
		};
		walk(yamlNodes(text), []);
	}
	return out;
}
