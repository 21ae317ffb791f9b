import { describe, expect, it } from 'vitest';
import { ENOUGH_FULL_MATCHES, namesAgency, rankCandidates, type Candidate } from '../../src/search/relevance.ts';
import { looksLikeName } from '../../src/search/names.ts';
import { highlightedExcerpt } from '../../src/search/highlight.ts';
import { markForIndex } from '../../src/search/fold.ts';
import { wordForms } from '../../src/search/words.ts';

/** A candidate as the index stores it: text marked (đ as d + stroke). */
function page(id: string, kind: Candidate['kind'], title: string, body = '', extra: Partial<Candidate> = {}): Candidate & { id: string } {
	return { id, kind, title: markForIndex(title), codes: [], names: [], body: markForIndex(body), ...extra };
}

const ids = (list: { id: string }[]) => list.map((c) => c.id);
const marked = (parts: { text: string; mark: boolean }[] | undefined) => (parts ?? []).filter((p) => p.mark).map((p) => p.text);

describe('word forms', () => {
	it('meets both tone placements and đ typed or indexed, and keeps different marks apart', () => {
		expect(wordForms('Thuỷ').exact).toBe(wordForms('thủy').exact);
		expect(wordForms('đua').exact).toBe(wordForms(markForIndex('đua')).exact);
		expect(wordForms('hiếu').exact).not.toBe(wordForms('hiệu').exact);
		expect(wordForms('hiếu').folded).toBe(wordForms('hiệu').folded);
		expect(wordForms('25/KH-UBND,').folded).toBe('25khubnd');
	});
});

describe('names and agencies in a query', () => {
	it('reads two to five words after a family name as a personal name', () => {
		for (const name of ['Nguyễn Văn Hiếu', 'nguyen quang trinh', 'Thái Hoàng Vũ', 'truong xuan vy', 'Đặng Thị Mỹ Hạnh']) expect(looksLikeName(name), name).toBe(true);
		for (const other of ['Mo Duc', 'Trực Ninh', 'thi dua', 'Nguyễn', '25/KH-UBND Nguyen', 'nguyen van a b c d', 'tong ket thi dua', 'ho so de nghi khen thuong', 'dang bo huyen', 'Hồ sơ đề nghị']) {
			expect(looksLikeName(other), other).toBe(false);
		}
	});

	it('knows a query that names an agency, in full or by its place', () => {
		for (const query of ['Mo Duc', 'huyện Mộ Đức', 'UBND huyen Mo Duc']) expect(namesAgency(query, 'UBND huyện Mộ Đức'), query).toBe(true);
		expect(namesAgency('Thủ tướng Chính phủ', 'Thủ tướng Chính phủ')).toBe(true);
		for (const query of ['Duc', 'huyen', 'Mộ Đức năm 2024']) expect(namesAgency(query, 'UBND huyện Mộ Đức'), query).toBe(false);
	});
});

describe('ranking in layers', () => {
	it('puts the phrase before scattered words, and scattered words after the separator when the phrase exists', () => {
		const scattered = page('scattered', 'document', 'Kế hoạch thi hành', 'phong trào đua xe');
		const phrase = page('phrase', 'document', 'Kết luận', 'phong trào thi đua năm 2024');
		const ranked = rankCandidates('thi dua', [scattered, phrase]);
		expect(ids(ranked.full)).toEqual(['phrase']);
		expect(ids(ranked.approximate)).toEqual(['scattered']);
	});

	it('keeps all-words pages as full matches when no page has the phrase, and some-words pages after them', () => {
		const all = page('all', 'document', 'Kết luận hội nghị', 'tổng kết thi đua huyện Mộ Đức');
		const some = page('some', 'document', 'Kết luận hội nghị', 'tổng kết thi đua');
		const ranked = rankCandidates('ket luan thi dua mo duc', [some, all]);
		expect(ids(ranked.full)).toEqual(['all']);
		expect(ids(ranked.approximate)).toEqual(['some']);
	});

	it('puts the diacritics typed above a folded match', () => {
		const folded = page('folded', 'document', 'Ký hiệu văn bản');
		const exact = page('exact', 'document', 'Người có hiếu');
		expect(ids(rankCandidates('hiếu', [folded, exact]).full)).toEqual(['exact']);
		expect(ids(rankCandidates('hieu', [folded, exact]).full)).toEqual(['folded', 'exact']);
	});

	it('counts a query typed with diacritics as approximate where only folded look-alikes stand', () => {
		const lookalike = page('lookalike', 'document', 'Nguyễn Văn A', 'ký hiệu văn bản');
		const ranked = rankCandidates('Nguyễn Văn Hiếu', [lookalike]);
		expect(ranked.full).toEqual([]);
		expect(ids(ranked.approximate)).toEqual(['lookalike']);
	});

	it('puts documents above campaign and agency pages for a content query', () => {
		const agency = page('agency', 'agency', 'UBND tỉnh Quảng Ngãi', 'Phong trào thi đua năm 2024 huyện Mộ Đức');
		const campaign = page('campaign', 'campaign', 'Phong trào thi đua năm 2024 huyện Mộ Đức');
		const document = page('document', 'document', 'Kết luận', 'phát động phong trào thi đua năm 2024');
		expect(ids(rankCandidates('thi dua', [agency, campaign, document]).full)).toEqual(['document', 'campaign', 'agency']);
	});

	it('puts the agency first when the query is its name', () => {
		const agency = page('agency', 'agency', 'UBND huyện Mộ Đức', 'Cấp huyện');
		const document = page('document', 'document', 'Kết luận của Chủ tịch UBND huyện Mộ Đức');
		const other = page('other', 'agency', 'UBND tỉnh Quảng Ngãi', 'UBND huyện Mộ Đức');
		expect(ids(rankCandidates('Mo Duc', [document, other, agency]).full)).toEqual(['agency', 'document', 'other']);
	});

	it('puts a match in the title, number or names above one in the body', () => {
		const body = page('body', 'document', 'Kế hoạch', 'cải cách hành chính');
		const title = page('title', 'document', 'Cải cách hành chính');
		expect(ids(rankCandidates('cai cach hanh chinh', [body, title]).full)).toEqual(['title', 'body']);
	});

	it('finds a name as a name first, and shows nothing that merely shares its words', () => {
		const signer = page('signer', 'document', 'Kế hoạch', 'Người ký Nguyễn Quang Trinh', { names: [markForIndex('Nguyễn Quang Trinh')] });
		const mentions = page('mentions', 'campaign', 'Phong trào', 'do đồng chí Nguyễn Quang Trinh phát động');
		const noise = page('noise', 'document', 'Quyết định', 'Nguyễn Văn A, tỉnh Quảng Ngãi, tờ trình số 5');
		const ranked = rankCandidates('nguyen quang trinh', [noise, mentions, signer]);
		expect(ids(ranked.full)).toEqual(['signer', 'mentions']);
		expect(ranked.approximate).toEqual([]);
	});

	it('leaves approximate matches out once there are enough full ones', () => {
		const full = Array.from({ length: ENOUGH_FULL_MATCHES }, (_, i) => page(`full-${i}`, 'document', `Thi đua ${i}`));
		const ranked = rankCandidates('thi dua', [page('some', 'document', 'Thi hành'), ...full]);
		expect(ranked.full).toHaveLength(ENOUGH_FULL_MATCHES);
		expect(ranked.approximate).toEqual([]);
	});

	it('matches a symbol inside the numbers that carry it', () => {
		const cites = page('cites', 'document', 'Tin bài', 'Thực hiện Kế hoạch số 18/KH-UBND ngày 16/01/2024');
		const other = page('other', 'document', 'Tin bài', 'Quyết định số 4946/QĐ-UBND');
		expect(ids(rankCandidates('KH-UBND', [other, cites]).full)).toEqual(['cites']);
	});
});

describe('highlights on what matched best', () => {
	const text = markForIndex('Kế hoạch thi đua của thị trấn Cổ Lễ. Phong trào thi đua thực hiện chuyển đổi số và đổi mới, đối tượng là cán bộ.');

	it('marks the phrase only, not the words it folds from', () => {
		expect(marked(highlightedExcerpt(text, '', 'thi dua', 40))).toEqual(['thi đua', 'thi đua']);
		expect(marked(highlightedExcerpt(text, '', 'doi moi', 40))).toEqual(['đổi mới,']);
		expect(marked(highlightedExcerpt(text, '', 'đổi mới', 40))).toEqual(['đổi mới,']);
	});

	it('marks one word with the diacritics typed where it stands so, else its folded forms', () => {
		expect(marked(highlightedExcerpt(text, '', 'thị', 40))).toEqual(['thị']);
		expect(marked(highlightedExcerpt(text, '', 'thi', 40))).toEqual(['thi', 'thi']);
		expect(marked(highlightedExcerpt(text, '', 'doi', 40))).toEqual(['đổi', 'đổi', 'đối']);
	});

	it('cuts the passage after the title and escapes nothing: text stays text', () => {
		const content = markForIndex('Phát động thi đua năm 2024 <script>x</script> nội dung thi đua chính');
		const parts = highlightedExcerpt(content, markForIndex('Phát động thi đua năm 2024'), 'thi đua', 6)!;
		expect(parts.map((p) => p.text).join('')).toBe('… <script>x</script> nội dung thi đua chính');
		expect(highlightedExcerpt(content, '', 'khong co', 6)).toBeUndefined();
	});
});

describe('highlights at the edge of the passage', () => {
	it('never marks part of a phrase the passage cuts', () => {
		const content = markForIndex('một hai ba bốn năm thi đua sáu bảy tám chín mười thi đua');
		for (let length = 2; length <= 14; length++) {
			const parts = highlightedExcerpt(content, '', 'thi dua', length) ?? [];
			for (const text of marked(parts)) expect(text, `length ${length}`).toBe('thi đua');
		}
	});
});
