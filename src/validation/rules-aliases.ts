import { urls } from '../lib/urls.ts';
import { freeCode, shortCodesOf, shortLinkPath, SHORT_CODE_LENGTH } from '../schema/short-code.ts';
import type { ValidContent, ValidEntry } from './schema-check.ts';
import { pathToField, type Problem } from './problem.ts';
import { sitePages } from './site-pages.ts';
import type { DocumentData } from '../schema/document.ts';

type Doc = ValidEntry<DocumentData>;

/**
 * Sections of the site and folders of generated files: an old address there
 * would be shadowed by, or shadow, a real page. Old document addresses live
 * under /van-ban/ (or on a former portal's own paths), never in these.
 */
const RESERVED_PREFIXES = [
	'/d/', '/og/', '/_astro/', '/pagefind/', '/fonts/', '/feed/', '/du-lieu/', '/thong-ke/',
	'/phong-trao/', '/co-quan/', '/khen-thuong/', '/tim-kiem/', '/gioi-thieu/', '/van-ban/nam/', '/van-ban/loai/', '/van-ban/trang/',
];
const isReserved = (alias: string) => alias === '/' || alias === '/van-ban/' || alias.includes('//') || RESERVED_PREFIXES.some((prefix) => alias.startsWith(prefix));
/** Far enough ahead that every scheduled document counts: an alias must not take over a page due later either. */
const END_OF_TIME = new Date(8.64e15);

function problem(doc: Doc, field: (string | number)[], message: string, hint: string): Problem {
	return { severity: 'error', file: doc.raw.file, line: doc.raw.lineOf(field), field: pathToField(field), message, hint };
}

/** Problems with old addresses, and the addresses rejected, per document. */
function aliasProblems(content: ValidContent): { problems: Problem[]; rejected: Map<Doc, Set<string>> } {
	const ownerOfUrl = new Map([...content.documents.values()].map((doc) => [urls.document(doc.id), doc]));
	const aliasOwners = new Map<string, Doc[]>();
	for (const doc of content.documents.values()) {
		for (const alias of new Set(doc.data.aliases)) aliasOwners.set(alias, [...(aliasOwners.get(alias) ?? []), doc]);
	}
	const out: Problem[] = [];
	const rejected = new Map<Doc, Set<string>>();
	let pages: ReturnType<typeof sitePages> | undefined;
	for (const doc of content.documents.values()) {
		doc.data.aliases.forEach((alias, i) => {
			const field = ['aliases', i];
			const before = out.length;
			const page = ownerOfUrl.get(alias);
			const others = (aliasOwners.get(alias) ?? []).filter((other) => other !== doc);
			if (page === doc) {
				out.push(problem(doc, field, `${alias} là địa chỉ hiện tại của chính văn bản này`, 'chỉ ghi ở aliases những địa chỉ cũ, không còn dùng; xóa dòng này'));
			} else if (page) {
				out.push(problem(doc, field, `${alias} là địa chỉ của văn bản ${page.raw.file}`, 'một địa chỉ chỉ dẫn đến một văn bản: xóa dòng này hoặc kiểm tra lại đường dẫn cũ'));
			} else if (others.length > 0) {
				out.push(problem(doc, field, `văn bản ${others.map((o) => o.raw.file).join(', ')} cũng ghi đường dẫn cũ ${alias}`, 'một địa chỉ cũ chỉ dẫn được đến một văn bản: giữ dòng này ở văn bản đúng, xóa ở văn bản kia'));
			} else if (isReserved(alias) || (pages ??= sitePages(content, END_OF_TIME)).has(alias)) {
				out.push(problem(doc, field, `${alias} là địa chỉ dành cho một trang khác của trang web`, 'ghi đúng địa chỉ cũ của văn bản, ví dụ /van-ban/ubnd-huyen-x/2023/ten-cu/'));
			} else if (doc.data.aliases.indexOf(alias) !== i) {
				out.push(problem(doc, field, `đường dẫn cũ ${alias} được ghi hai lần`, 'xóa dòng lặp lại'));
			}
			if (out.length > before) rejected.set(doc, (rejected.get(doc) ?? new Set()).add(alias));
		});
	}
	return { problems: out, rejected };
}

/** Rejected old addresses are already reported; the short links they would keep are left out here. */
function shortCodeProblems(content: ValidContent, rejected: Map<Doc, Set<string>>): Problem[] {
	const claims = new Map<string, { doc: Doc; primary: boolean }[]>();
	for (const doc of content.documents.values()) {
		const aliases = doc.data.aliases.filter((alias) => !rejected.get(doc)?.has(alias));
		for (const { code, primary } of shortCodesOf({ id: doc.id, data: { shortCode: doc.data.shortCode, aliases } })) {
			claims.set(code, [...(claims.get(code) ?? []), { doc, primary }]);
		}
	}
	const taken = new Set(claims.keys());
	const out: Problem[] = [];
	for (const [code, group] of claims) {
		if (group.length < 2) continue;
		// A code kept for an earlier file name cannot be changed; the document using it as its own code can.
		const fixable = group.some((claim) => claim.primary) ? group.filter((claim) => claim.primary) : group;
		for (const { doc } of fixable) {
			const others = group.filter((claim) => claim.doc !== doc).map((claim) => claim.doc.raw.file).join(', ');
			const suggestion = freeCode(doc.id, taken);
			taken.add(suggestion);
			out.push(problem(
				doc, ['shortCode'],
				`liên kết ngắn ${shortLinkPath(code)} trùng với văn bản ${others}`,
				`thêm dòng "shortCode: ${suggestion}" vào phần khai báo đầu tệp (${SHORT_CODE_LENGTH} ký tự, không dùng 0, o, 1, l); chỉ cần sửa một trong các văn bản trùng, và đừng đổi mã của văn bản đã in`,
			));
		}
	}
	return out;
}

/** Old URLs and short links each lead to exactly one document, and never take over another page. */
export const permalinkCollisions = (content: ValidContent): Problem[] => {
	const aliases = aliasProblems(content);
	return [...aliases.problems, ...shortCodeProblems(content, aliases.rejected)];
};
