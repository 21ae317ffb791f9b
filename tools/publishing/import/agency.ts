/**
 * Which agency issued the document: match the printed issuer (or, failing
 * that, the title and text) against content/agencies, ignoring diacritics.
 */
import { fold, ocrFold } from './diacritics.ts';
import { findPhrase, levenshtein } from './fuzzy.ts';
import type { AgencyRef, ImportWarning, SourceLine } from './types.ts';

export interface AgencyInput {
	agencies: AgencyRef[];
	/** Agency id given by the officer (--agency). */
	chosen?: string;
	/** Issuer lines of the header ("ỦY BAN NHÂN DÂN / HUYỆN BÌNH SƠN"). */
	headerLines: SourceLine[];
	title?: string;
	titleLine?: number;
	/** The rest of the text, without lists of honourees (whose names contain places). */
	bodyLines: SourceLine[];
	place?: string;
	/** Issue date, to leave out agencies that did not exist then. */
	date?: string;
	/** Address the text was copied from: a post on an agency's own site was issued by it. */
	sourceUrl?: string;
	ocr: boolean;
}

/**
 * The explicit value for an issuer that is printed but not registered: not an
 * agency id, so `npm run check` refuses a published document that still holds it.
 */
export const UNRESOLVED_AGENCY = 'chua-ro-co-quan';

const LEVEL_RANK: Record<string, number> = { xa: 0, 'so-nganh': 1, huyen: 2, tinh: 3, 'trung-uong': 4 };
const LEVEL_WORD = /^(huyen|tinh|xa|phuong|thi tran|thi xa|thanh pho|quan) /;

interface Scored {
	agency: AgencyRef;
	score: number;
	inHeader: boolean;
	first?: { line?: number; fuzzy: boolean; text: string };
}

/** "UBND huyện Bắc Trà My" → "huyen bac tra my"; "Thủ tướng Chính phủ" → "thu tuong chinh phu". */
export function agencyCore(name: string): string {
	return fold(name).replace(/^(ubnd|uy ban nhan dan)\s+/, '').replace(/\s+/g, ' ').trim();
}

function existedOn(agency: AgencyRef, date: string | undefined): boolean {
	if (!date) return true;
	if (agency.validFrom && agency.validFrom.slice(0, date.length) > date) return false;
	if (agency.validTo && agency.validTo.slice(0, date.length) < date) return false;
	return true;
}

export function matchAgency(input: AgencyInput): { agency?: string; warnings: ImportWarning[] } {
	const warnings: ImportWarning[] = [];
	if (input.chosen) {
		if (input.agencies.length > 0 && !input.agencies.some((a) => a.id === input.chosen)) {
			warnings.push({ field: 'agency', message: `Mã cơ quan "${input.chosen}" không có trong content/agencies (agency).`, hint: 'Kiểm tra chính tả mã, hoặc thêm tệp cơ quan trước khi công bố.' });
		}
		return { agency: input.chosen, warnings };
	}
	const foldText = input.ocr ? ocrFold : fold;
	const candidates = input.agencies.filter((a) => existedOn(a, input.date));
	const printed = input.headerLines.map((l) => l.text.replace(/\*/g, '')).join(' ').replace(/\s+/g, ' ').trim();
	if (/\p{L}{2}/u.test(printed)) return fromHeader(input, candidates, printed, foldText);
	return fromText(input, candidates, foldText);
}

/** All folded names an agency is printed under. */
function coresOf(agency: AgencyRef): string[] {
	return [...new Set([agencyCore(agency.name), ...(agency.printedName ? [agencyCore(agency.printedName)] : [])])];
}

/**
 * The issuer block is printed: the agency is the registered one it names, the
 * most specific (lowest, last printed: "UBND TỈNH Y / UBND HUYỆN X") when it
 * names several. Names in the title or body never stand in for it.
 */
function fromHeader(input: AgencyInput, candidates: AgencyRef[], printed: string, foldText: (t: string) => string): { agency?: string; warnings: ImportWarning[] } {
	const header = foldText(printed);
	const line = input.headerLines[0]?.no;
	const hits = candidates.flatMap((agency) => {
		const found = coresOf(agency).flatMap((c) => findPhrase(header, c, input.ocr)).sort((a, b) => a.distance - b.distance || b.index - a.index);
		return found[0] ? [{ agency, ...found[0] }] : [];
	});
	hits.sort((a, b) => a.distance - b.distance || b.index - a.index || (LEVEL_RANK[a.agency.level] ?? 9) - (LEVEL_RANK[b.agency.level] ?? 9));
	const best = hits[0];
	if (best) {
		const warnings: ImportWarning[] = [];
		if (best.distance > 0) {
			warnings.push({ line, field: 'agency', message: `Đoán cơ quan ban hành là ${best.agency.name} (${best.agency.id}), khớp gần đúng với "${printed.slice(0, 80)}" (agency).`, hint: 'Phần đầu văn bản bị nhận dạng sai chữ; kiểm tra lại, nếu sai thì chạy lại với --agency <mã>.' });
		}
		return { agency: best.agency.id, warnings };
	}
	// "ỦY BAN NHÂN DÂN" alone: a web copy dropped the issuer's second line ("TỈNH THANH HÓA"); the place line names it.
	const generic = header.replace(/\b(uy ban nhan dan|ubnd|hoi dong nhan dan|chu tich)\b/g, '').replace(/[^a-z]/g, '') === '';
	const byPlace = generic && input.place ? candidates.filter((a) => agencyCore(a.name).replace(LEVEL_WORD, '') === fold(input.place!)) : [];
	if (byPlace.length === 1) {
		const agency = byPlace[0]!;
		return {
			agency: agency.id,
			warnings: [{ line, field: 'agency', message: `Phần đầu chỉ ghi "${printed}", không ghi địa phương; đoán là ${agency.name} (${agency.id}) theo địa danh "${input.place}" (agency).`, hint: 'Đối chiếu với bản gốc; nếu sai, chạy lại với --agency <mã>.' }],
		};
	}
	const nearest = nearestAgencies(input, candidates, header, foldText);
	return {
		agency: UNRESOLVED_AGENCY,
		warnings: [{
			line,
			field: 'agency',
			message: `Cơ quan ban hành in trên văn bản "${printed.slice(0, 100)}" chưa có trong danh sách cơ quan (content/agencies); đã ghi "agency: ${UNRESOLVED_AGENCY}" (agency).`,
			hint: `${nearest.length ? `Các mã gần nhất: ${nearest.join(', ')}; nếu đúng là một trong số đó, sửa "agency". ` : ''}Nếu là cơ quan mới, thêm tệp content/agencies/<mã>.yaml rồi sửa "agency" và chuyển tệp sang thư mục của cơ quan. Không công bố được khi còn "${UNRESOLVED_AGENCY}".`,
		}],
	};
}

/** Registered agencies closest to an unregistered issuer: sharing its place words, printed near it, or named in the title. */
function nearestAgencies(input: AgencyInput, candidates: AgencyRef[], header: string, foldText: (t: string) => string): string[] {
	const words = new Set([...header.split(/[^a-z0-9]+/), ...(input.place ? fold(input.place).split(/\s+/) : [])].filter((w) => w.length > 1));
	const title = input.title ? foldText(input.title) : '';
	const scored = candidates.map((agency) => {
		const core = agencyCore(agency.name);
		const place = core.replace(LEVEL_WORD, '').split(' ');
		const shared = place.filter((w) => words.has(w)).length / place.length;
		const named = title && findPhrase(title, core, input.ocr).length > 0 ? 0.5 : 0;
		return { id: agency.id, score: shared + named, distance: levenshtein(core, header.replace(/^(ubnd|uy ban nhan dan)\s+/, '').slice(0, core.length + 10)) };
	});
	return scored.sort((a, b) => b.score - a.score || a.distance - b.distance).slice(0, 3).map((s) => s.id);
}

/** No issuer block (a portal post, a print view): guess from the site it came from, the title and the text, and say so. */
function fromText(input: AgencyInput, candidates: AgencyRef[], foldText: (t: string) => string): { agency?: string; warnings: ImportWarning[] } {
	const warnings: ImportWarning[] = [];
	const scored: Scored[] = [];
	const host = input.sourceUrl ? hostOf(input.sourceUrl) : undefined;
	for (const agency of candidates) {
		const core = agencyCore(agency.name);
		const find = (text: string) => coresOf(agency).flatMap((c) => findPhrase(text, c, input.ocr)).sort((a, b) => a.distance - b.distance);
		const placeOnly = core.replace(LEVEL_WORD, '');
		const entry: Scored = { agency, score: 0, inHeader: false };
		const note = (line: SourceLine | undefined, fuzzy: boolean, text: string) => {
			if (!entry.first) entry.first = { line: line?.no, fuzzy, text };
		};
		const site = agency.website ? hostOf(agency.website) : undefined;
		if (host && site && (host === site || host.endsWith(`.${site}`))) {
			entry.score += 6;
			note(undefined, false, input.sourceUrl!);
		}
		if (input.title) {
			const folded = foldText(input.title);
			const coreHits = find(folded);
			const placeHits = placeOnly !== core ? findPhrase(folded, placeOnly, input.ocr) : [];
			if (coreHits.length) entry.score += 3;
			else if (placeHits.length) entry.score += 2;
			const hit = coreHits[0] ?? placeHits[0];
			if (hit) note({ no: input.titleLine ?? 0, text: input.title }, hit.distance > 0, input.title);
		}
		if (input.place && fold(input.place) === placeOnly) entry.score += 2;
		for (const line of input.bodyLines) {
			const hits = find(foldText(line.text));
			entry.score += hits.length;
			if (hits[0]) note(line, hits[0].distance > 0, line.text);
		}
		if (entry.score > 0) scored.push(entry);
	}
	scored.sort((a, b) => b.score - a.score || (LEVEL_RANK[a.agency.level] ?? 9) - (LEVEL_RANK[b.agency.level] ?? 9));
	const best = scored[0];
	if (!best) {
		warnings.push({
			line: input.titleLine,
			field: 'agency',
			message: 'Văn bản không có phần đầu ghi cơ quan ban hành, và không đoán được cơ quan từ trích yếu, nội dung hay địa chỉ trang (agency).',
			hint: 'Chạy lại với --agency <mã> (tên tệp trong content/agencies), hoặc thêm cơ quan mới vào content/agencies trước.',
		});
		return { warnings };
	}
	const others = scored.slice(1, 3).map((s) => s.agency.id);
	const how = best.first?.fuzzy ? `khớp gần đúng với "${best.first.text.slice(0, 80)}"` : host && best.score >= 6 ? `theo địa chỉ trang ${host}` : 'theo tên nhắc trong trích yếu và nội dung';
	warnings.push({
		line: best.first?.line,
		field: 'agency',
		message: `Phần đầu văn bản không ghi cơ quan ban hành; đoán là ${best.agency.name} (${best.agency.id}), ${how} (agency).`,
		hint: `Kiểm tra lại; nếu sai, chạy lại với --agency <mã>.${others.length ? ` Các cơ quan khác được nhắc: ${others.join(', ')}.` : ''}`,
	});
	return { agency: best.agency.id, warnings };
}

function hostOf(url: string): string | undefined {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return undefined;
	}
}
