import type { RawEntry } from './load.ts';
import type { Problem } from './problem.ts';

// CommonMark's grammar for a tag, so "<Danh sách khen thưởng>" or "<b và c>" stay ordinary text.
const ATTRIBUTE = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const OPEN_TAG = String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*\/?>`;
const CLOSE_TAG = String.raw`<\/[A-Za-z][A-Za-z0-9-]*\s*>`;
/** A tag whose attributes go on to the next line. */
const OPEN_TAG_AT_END = String.raw`<[A-Za-z][A-Za-z0-9-]*(?:${ATTRIBUTE})*\s*$`;
const DECLARATION = String.raw`<(?:![A-Za-z]|\?)[^<>]*>?`;
const NOT_ESCAPED = String.raw`(?<!\\)`;

/**
 * Document bodies are rendered as plain Markdown (src/markdown/bodies-in-content-layer.ts):
 * HTML and MDX syntax would show on the page as the characters typed, so it
 * is stopped here, with the line, before anything is published.
 */
const RULES: { find: (line: string) => string | undefined; message: (found: string) => string; hint: string }[] = [
	{
		find: matcher(/^(?:import|export)\s+(?:[{*'"]|(?:default|const|let|var|function|class|async|type)\b|[\w$]+\s*(?:,|from\b))/),
		message: () => 'dòng lệnh import/export không dùng được trong nội dung văn bản',
		hint: 'xóa dòng này; nội dung văn bản chỉ gồm chữ, tiêu đề (##), danh sách và bảng',
	},
	{
		find: matcher(new RegExp(`${NOT_ESCAPED}<!--`)),
		message: () => 'ghi chú ẩn <!-- … --> sẽ hiện nguyên văn trên trang',
		hint: 'xóa ghi chú; ghi chú nội bộ để trong thông điệp commit, không để trong tệp',
	},
	{
		find: matcher(new RegExp(`${NOT_ESCAPED}(?:${OPEN_TAG}|${CLOSE_TAG}|${OPEN_TAG_AT_END}|${DECLARATION})`)),
		message: (tag) => `thẻ ${tag.trim()} sẽ hiện nguyên văn trên trang`,
		hint: 'viết bằng Markdown: **đậm**, *nghiêng*, ## tiêu đề, - danh sách; không dùng thẻ HTML hay thành phần MDX',
	},
];

function matcher(pattern: RegExp): (line: string) => string | undefined {
	return (line) => pattern.exec(line)?.[0];
}

/** Indented code (four spaces or a tab) shows as typed, like fenced code. */
const INDENTED_CODE = /^(?: {4}|\t)/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Errors for HTML, comments and MDX imports/exports in document bodies, outside code; links are checked in rules-body-links.ts. */
export function checkBodySyntax(entries: RawEntry[]): Problem[] {
	const out: Problem[] = [];
	for (const entry of entries) {
		if (entry.collection !== 'documents') continue;
		let fence: string | undefined;
		entry.body.split(/\r?\n/).forEach((line, index) => {
			const opening = FENCE.exec(line)?.[1];
			if (fence) {
				if (opening?.startsWith(fence)) fence = undefined;
				return;
			}
			if (opening) {
				fence = opening;
				return;
			}
			if (INDENTED_CODE.test(line)) return;
			const text = line.replace(CODE_SPAN, '');
			for (const rule of RULES) {
				const found = rule.find(text);
				if (found === undefined) continue;
				out.push({ severity: 'error', file: entry.file, line: entry.bodyLine + index, field: 'body', message: rule.message(found), hint: rule.hint });
				break;
			}
		});
	}
	return out;
}
