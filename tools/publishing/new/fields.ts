/**
 * Each answer of `npm run new`, read leniently (a number from a list, a date
 * written "19/01/2024") and then validated with the same schema the checker
 * uses, so a file it writes never fails on a field it asked for.
 */
import { documentSchema } from '../../../src/schema/document.ts';
import { normaliseSymbol } from '../../../src/schema/symbol.ts';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_KEYS, SOURCE_KINDS, SOURCE_KIND_KEYS, type DocumentType } from '../../../src/schema/vocabulary.ts';
import { foldVietnamese, slugify } from '../../../src/lib/fold.ts';
import { dateRange, formatDateShort } from '../../../src/lib/dates.ts';
import type { AgencyRef } from '../import/types.ts';
import type { CampaignRef } from './catalogue.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Parsed<never> => ({ ok: false, error });
const fold = (text: string) => foldVietnamese(text).toLowerCase().replace(/\s+/g, ' ').trim();
const shape = documentSchema.shape;

function viaSchema<T>(schema: { safeParse: (v: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, value: unknown): Parsed<T> {
	const result = schema.safeParse(value);
	return result.success ? ok(result.data as T) : fail(result.error?.issues[0]?.message ?? 'giá trị không hợp lệ');
}

/** Picks from a numbered list: by its number, its exact id, or a unique part of its name typed with or without diacritics. */
function pick<T extends { id: string }>(input: string, items: T[], name: (item: T) => string, what: string): Parsed<T> {
	const text = input.trim();
	if (/^\d+$/.test(text)) {
		const item = items[Number(text) - 1];
		return item ? ok(item) : fail(`không có số ${text} trong danh sách ${what} (1–${items.length})`);
	}
	const exact = items.find((item) => item.id === text);
	if (exact) return ok(exact);
	const wanted = fold(text);
	const matches = wanted ? items.filter((item) => fold(name(item)).includes(wanted) || item.id.includes(wanted.replace(/ /g, '-'))) : [];
	if (matches.length === 1) return ok(matches[0]!);
	if (matches.length > 1) return fail(`"${text}" khớp với ${matches.length} ${what}: ${matches.slice(0, 5).map((m) => m.id).join(', ')}${matches.length > 5 ? ', …' : ''}; gõ cụ thể hơn hoặc chọn số`);
	return fail(`không có ${what} nào khớp với "${text}"`);
}

export function parseType(input: string): Parsed<DocumentType> {
	const items = DOCUMENT_TYPE_KEYS.map((id) => ({ id }));
	const picked = pick(input, items, (t) => DOCUMENT_TYPES[t.id].label, 'loại văn bản');
	return picked.ok ? ok(picked.value.id) : fail(`${picked.error}; chọn một trong ${DOCUMENT_TYPE_KEYS.join(', ')}`);
}

export function parseAgency(input: string, agencies: AgencyRef[]): Parsed<AgencyRef> {
	const picked = pick(input, agencies, (a) => a.name, 'cơ quan');
	return picked.ok ? picked : fail(`${picked.error} trong content/agencies; nếu cơ quan chưa có, tạo tệp content/agencies/<mã>.yaml trước`);
}

export function parseCampaign(input: string, campaigns: CampaignRef[]): Parsed<CampaignRef | undefined> {
	if (input.trim() === '') return ok(undefined);
	return pick(input, campaigns, (c) => c.title, 'phong trào');
}

/** "25", or "25/KH-UBND" which also gives the symbol. Empty when the copy leaves the number blank. */
export function parseNumber(input: string): Parsed<{ number?: string; symbol?: string }> {
	const text = input.trim().replace(/^số:?\s*/i, '');
	if (text === '') return ok({});
	const parts = text.split('/');
	const symbolAt = parts.findIndex((part, i) => i > 0 && /^\p{L}/u.test(part.trim()));
	if (symbolAt > 0) {
		const symbol = parseSymbol(parts.slice(symbolAt).join('/'));
		if (!symbol.ok) return symbol;
		const numberText = parts.slice(0, symbolAt).join('/').trim();
		if (numberText === '') return ok({ symbol: symbol.value });
		const number = viaSchema<string>(shape.number, numberText);
		return number.ok ? ok({ number: number.value, symbol: symbol.value }) : number;
	}
	const parsed = viaSchema<string>(shape.number, text);
	return parsed.ok ? ok({ number: parsed.value }) : parsed;
}

export function parseSymbol(input: string): Parsed<string | undefined> {
	const text = normaliseSymbol(input);
	if (text === '') return ok(undefined);
	return viaSchema<string>(shape.symbol, text);
}

/** "2024-01-19", or the Vietnamese way: "19/01/2024", "01/2024", "2024". */
export function parseDate(input: string, agency?: AgencyRef): Parsed<string> {
	const text = input.trim();
	const pad = (n: string) => n.padStart(2, '0');
	const vn = /^(?:(\d{1,2})[/.-])?(\d{1,2})[/.-](\d{4})$/.exec(text);
	const value = vn ? [vn[3], pad(vn[2]!), vn[1] && pad(vn[1])].filter(Boolean).join('-') : text;
	const parsed = viaSchema<string>(shape.date, value);
	if (!parsed.ok) return fail(`${parsed.error}; cũng có thể gõ 19/01/2024 hoặc 01/2024`);
	if (agency?.validTo && dateRange(parsed.value).first > agency.validTo) {
		return fail(`${agency.name} đã kết thúc hoạt động ngày ${formatDateShort(agency.validTo)}, trước ngày này; kiểm tra lại ngày hoặc chọn cơ quan kế nhiệm`);
	}
	return parsed;
}

export const parseTitle = (input: string): Parsed<string> => viaSchema<string>(shape.title, input);
export const parseSummary = (input: string): Parsed<string> => viaSchema<string>(shape.summary, input);

export function parseSource(input: string): Parsed<keyof typeof SOURCE_KINDS> {
	if (input.trim() === '') return ok('ban-dien-tu');
	const picked = pick(input, SOURCE_KIND_KEYS.map((id) => ({ id })), (s) => SOURCE_KINDS[s.id], 'nguồn');
	return picked.ok ? ok(picked.value.id) : fail(`${picked.error}; chọn ${SOURCE_KIND_KEYS.join(' hoặc ')}`);
}

export function parseFileName(input: string): Parsed<string> {
	const text = input.trim().replace(/\.mdx$/, '');
	return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text) ? ok(text) : fail('tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ kh-25-phat-dong-thi-dua');
}

/** "KH-UBND" for a plan of a People's Committee: the usual symbol, offered as the default. */
export function usualSymbol(type: DocumentType, agencyId: string): string | undefined {
	const abbreviation = DOCUMENT_TYPES[type].abbreviation;
	return abbreviation && agencyId.startsWith('ubnd-') ? `${abbreviation}-UBND` : undefined;
}

const TYPE_PREFIX: Record<DocumentType, string> = { 'ke-hoach': 'kh', 'thong-bao-ket-luan': 'tb', 'quyet-dinh-khen-thuong': 'qd', 'tin-bai': 'tin' };
const MAX_TITLE_WORDS = 10;

/** "kh-25-phat-dong-thi-dua-chuyen-doi-so": type, number, then the title's first words, without "Về việc" and the year the folder already gives. */
export function suggestFileName(type: DocumentType, number: string | undefined, title: string): string {
	const words = slugify(title).replace(/^(ve-viec|v-v|ve)-/, '').replace(/-nam-\d{4}(-.*)?$/, '').split('-').filter(Boolean).slice(0, MAX_TITLE_WORDS);
	return [TYPE_PREFIX[type], number ? slugify(number) : '', ...words].filter(Boolean).join('-');
}
