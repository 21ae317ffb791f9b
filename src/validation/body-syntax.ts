import type { RawEntry } from './load.ts';
import type { Problem } from './problem.ts';

/**
 * Document bodies are rendered as plain Markdown (src/markdown/bodies-in-content-layer.ts):
 * HTML and MDX syntax would show on the page as the characters typed, so it
 * is stopped here, with the line, before anything is published.
 */
const RULES: { pattern: RegExp; message: (match: string) => string; hint: string }[] = [
	{
		pattern: /^(?:import|export)\s/,
		message: () => 'dòng lệnh import/export không dùng được trong nội dung văn bản',
		hint: 'xóa dòng này; nội dung văn bản chỉ gồm chữ, tiêu đề (##), danh sách và bảng',
	},
	{
		pattern: /(?<!\\)<!--/,
		message: () => 'ghi chú ẩn <!-- … --> sẽ hiện nguyên văn trên trang',
		hint: 'xóa ghi chú; ghi chú nội bộ để trong thông điệp commit, không để trong tệp',
	},
	{
		pattern: /(?<!\\)<\/?[A-Za-z][\w.:-]*(?:\s[^<>]*)?\/?>/,
		message: (tag) => `thẻ ${tag} sẽ hiện nguyên văn trên trang`,
		hint: 'viết bằng Markdown: **đậm**, *nghiêng*, ## tiêu đề, - danh sách; không dùng thẻ HTML hay thành phần MDX',
	},
];

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const CODE_SPAN = /(`+)[^`]*?\1/g;

/** Errors for HTML, comments and MDX imports/exports in document bodies, outside code. */
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
			const text = line.replace(CODE_SPAN, '');
			for (const rule of RULES) {
				const match = rule.pattern.exec(text);
				if (!match) continue;
				out.push({ severity: 'error', file: entry.file, line: entry.bodyLine + index, field: 'body', message: rule.message(match[0]), hint: rule.hint });
				break;
			}
		});
	}
	return out;
}
