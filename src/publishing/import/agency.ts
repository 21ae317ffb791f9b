/**
 * Which agency issued the document: match the printed issuer (or, failing
 * that, the title and text) against content/agencies, ignoring diacritics.
 */
import { fold, ocrFold } from './diacritics.ts';
import { findPhrase } from './fuzzy.ts';
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
	ocr: boolean;
}

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
	const scored: Scored[] = [];
	for (const agency of input.agencies.filter((a) => existedOn(a, input.date))) {
		const core = agencyCore(agency.name);
		const cores = [...new Set([core, ...(agency.printedName ? [agencyCore(agency.printedName)] : [])])];
		const find = (text: string) => cores.flatMap((c) => findPhrase(text, c, input.ocr)).sort((a, b) => a.distance - b.distance);
		const placeOnly = core.replace(LEVEL_WORD, '');
		const entry: Scored = { agency, score: 0, inHeader: false };
		const note = (line: SourceLine | undefined, fuzzy: boolean, text: string) => {
			if (!entry.first) entry.first = { line: line?.no, fuzzy, text };
		};
		const header = input.headerLines.map((l) => foldText(l.text.replace(/\*/g, ''))).join(' ');
		const headerHits = find(header);
		if (headerHits.length) {
			entry.score += 5;
			entry.inHeader = true;
			note(input.headerLines[0], headerHits[0]!.distance > 0, input.headerLines.map((l) => l.text).join(' '));
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
		const printed = input.headerLines.map((l) => l.text.replace(/\*/g, '')).join(' ').trim();
		warnings.push({
			line: input.headerLines[0]?.no,
			field: 'agency',
			message: `Không khớp được cơ quan ban hành${printed ? ` "${printed}"` : ''} với danh sách cơ quan (agency).`,
			hint: 'Chạy lại với --agency <mã> (tên tệp trong content/agencies), hoặc thêm cơ quan mới vào content/agencies trước.',
		});
		return { warnings };
	}
	if (!best.inHeader || best.first?.fuzzy) {
		const others = scored.slice(1, 3).map((s) => s.agency.id);
		const how = best.first?.fuzzy ? `khớp gần đúng với "${best.first.text.slice(0, 80)}"` : 'theo tên nhắc trong trích yếu và nội dung';
		warnings.push({
			line: best.first?.line,
			field: 'agency',
			message: `${best.inHeader ? '' : 'Phần đầu văn bản không ghi cơ quan ban hành; '}đoán là ${best.agency.name} (${best.agency.id}), ${how} (agency).`,
			hint: `Kiểm tra lại; nếu sai, chạy lại với --agency <mã>.${others.length ? ` Các cơ quan khác được nhắc: ${others.join(', ')}.` : ''}`,
		});
	}
	return { agency: best.agency.id, warnings };
}
