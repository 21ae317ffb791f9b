import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { honourRoll, honoursById, otherHonours, tally, HONOUR_ORDERS, type Decision } from '../../src/honours/roll.ts';
import { byForm, byYear } from '../../src/honours/facets.ts';
import { rollPageHref, rollPageParam, rollPages } from '../../src/honours/roll-pages.ts';
import { describeBars, layoutBarChart, wrapLabel } from '../../src/charts/bar-chart.ts';
import { toCsv } from '../../src/open-data/csv.ts';
import { feedDate } from '../../src/feeds/feed-date.ts';
import { sitemapFilter, unlistedPaths } from '../../src/feeds/sitemap-filter.ts';
import { checkContent } from '../../src/validation/index.ts';
import { serialiseJsonLd } from '../../src/structured-data/graph.ts';
import type { DocumentData } from '../../src/schema/document.ts';
import { copyContent, editData, SEED } from '../helpers/content-fixture.ts';

const decision = (id: string, date: string, honourees: Partial<DocumentData['honourees'][number]>[], award: DocumentData['award'] = 'giay-khen'): Decision => ({
	id,
	data: { type: 'quyet-dinh-khen-thuong', date, agency: id.split('/')[0]!, award, honourees: honourees.map((h) => ({ kind: 'ca-nhan', name: '?', ...h })) } as DocumentData,
});

describe('honour roll', () => {
	const roll = honourRoll([
		decision('ubnd-a/2020/qd-1', '2020-05-01', [{ name: 'Nguyễn Văn Hiếu', id: 'nguyen-van-hieu-so-thuy-san' }, { name: 'Trần Thị An' }, { kind: 'tap-the', name: 'Phòng Nội vụ' }]),
		decision('ubnd-a/2023/qd-2', '2023', [{ name: 'Nguyễn Văn Hiếu', id: 'nguyen-van-hieu-so-thuy-san', award: 'chien-si-thi-dua-co-so' }, { name: 'Nguyễn Văn Hiếu' }]),
	]);

	it('orders people by given name and collectives by name, in Vietnamese collation', () => {
		expect(roll.map((h) => h.honouree.name)).toEqual(['Trần Thị An', 'Nguyễn Văn Hiếu', 'Nguyễn Văn Hiếu', 'Nguyễn Văn Hiếu', 'Phòng Nội vụ']);
	});

	it('links the same person across decisions only through the explicit id', () => {
		const byId = honoursById(roll);
		const first = roll.find((h) => h.key === 'ubnd-a/2020/qd-1#1')!;
		expect(otherHonours(first, byId).map((h) => h.key)).toEqual(['ubnd-a/2023/qd-2#1']);
		// The second "Nguyễn Văn Hiếu" of 2023 carries no id: a namesake, never merged.
		const namesake = roll.find((h) => h.key === 'ubnd-a/2023/qd-2#2')!;
		expect(otherHonours(namesake, byId)).toEqual([]);
		expect([...byId.keys()]).toEqual(['nguyen-van-hieu-so-thuy-san']);
	});

	it('gives each honour its own award, else the decision’s, and counts by kind', () => {
		expect(roll.find((h) => h.key === 'ubnd-a/2023/qd-2#1')!.honouree.awardKey).toBe('chien-si-thi-dua-co-so');
		expect(roll.find((h) => h.key === 'ubnd-a/2023/qd-2#2')!.honouree.awardKey).toBe('giay-khen');
		expect(tally(roll)).toEqual({ total: 5, decisions: 2, collectives: 1, individuals: 4, households: 0, revoked: 0 });
		expect(byYear(roll).map((f) => [f.key, f.honours.length])).toEqual([['2023', 2], ['2020', 3]]);
		expect(byForm(roll).map((f) => f.key)).toEqual(['giay-khen', 'chien-si-thi-dua-co-so']);
	});

	it('counts households and revoked awards, once per roll array', () => {
		const revoked = { date: '2024-01-02', reason: 'Khen thưởng không đúng đối tượng', decision: { document: 'ubnd-a/2024/qd-9' } };
		const withHouseholds = honourRoll([decision('ubnd-a/2024/qd-3', '2024-01-01', [{ kind: 'ho-gia-dinh', name: 'Hộ ông Lê Văn Ba' }, { name: 'Lê Thị Tư', revoked }])]);
		const counted = tally(withHouseholds);
		expect(counted).toEqual({ total: 2, decisions: 1, collectives: 0, individuals: 1, households: 1, revoked: 1 });
		// Every page of a roll asks for the same array's counts: counted once, and frozen since pages share it.
		expect(tally(withHouseholds)).toBe(counted);
		expect(Object.isFrozen(counted)).toBe(true);
		// Another array is counted on its own, even with the same honours.
		expect(tally(withHouseholds.slice(0, 1))).toEqual({ total: 1, decisions: 1, collectives: 0, individuals: 0, households: 1, revoked: 0 });
	});

	it('gives the order of comparing names, however many names the collation holds equal', () => {
		// Names equal but for their marks ("An", "Ân"), numbers in names, collectives among people, namesakes across decisions.
		const names = ['Lê Văn An', 'Phạm Thị Ân', 'Đỗ An', 'Lê Văn An', 'Tổ 10', 'Tổ 2', 'Bùi Thị Ánh', 'Lê Văn Ẩn', 'Đặng Văn Đức', 'Dương Văn Duc'];
		const decisions = ['ubnd-b/2021/qd-9', 'ubnd-b/2021/qd-10', 'ubnd-a/2024/qd-1'].map((id, at) =>
			decision(id, `202${at}-01-01`, names.map((name, i) => ({ name: `${name}`, ...((i + at) % 4 === 0 ? { kind: 'tap-the' as const } : {}) }))),
		);
		const ranked = honourRoll(decisions);
		expect(ranked).toHaveLength(names.length * 3);
		expect(ranked.map((h) => h.key)).toEqual([...ranked].sort(HONOUR_ORDERS.ten.compare).map((h) => h.key));
		expect([...ranked].reverse().sort(HONOUR_ORDERS.ten.compare).map((h) => h.key)).toEqual(ranked.map((h) => h.key));
	});

	it('sorts newest decision first when asked', () => {
		expect([...roll].sort(HONOUR_ORDERS['moi-nhat'].compare)[0]!.decision.id).toBe('ubnd-a/2023/qd-2');
	});
});

describe('roll pages', () => {
	const roll = honourRoll([decision('ubnd-a/2020/qd-1', '2020-05-01', Array.from({ length: 7 }, (_, i) => ({ name: `Người ${i}` })))]);

	it('cut the roll into pages of the given size, each honour on exactly one page, in order', () => {
		const pages = rollPages(roll, 3);
		expect(pages.map((p) => [p.page, p.pages, p.honours.length])).toEqual([[1, 3, 3], [2, 3, 3], [3, 3, 1]]);
		expect(pages.flatMap((p) => p.honours)).toEqual(roll);
	});

	it('make an empty roll one empty page, and a roll of exactly one page one page', () => {
		expect(rollPages([], 3).map((p) => [p.page, p.pages, p.honours.length])).toEqual([[1, 1, 0]]);
		expect(rollPages(roll, 7)).toHaveLength(1);
	});

	it('keep the roll’s own address for page 1 and put page n under trang/n/', () => {
		expect([1, 2, 12].map((n) => rollPageHref('/khen-thuong/nam/2024/', n))).toEqual(['/khen-thuong/nam/2024/', '/khen-thuong/nam/2024/trang/2/', '/khen-thuong/nam/2024/trang/12/']);
		expect([1, 2].map(rollPageParam)).toEqual([undefined, 'trang/2']);
	});
});

describe('bar chart', () => {
	it('scales bars to the largest and stacks rows without overlap', () => {
		const layout = layoutBarChart([{ label: 'Năm 2008', value: 2 }, { label: 'Năm 2017', value: 10 }, { label: 'Năm 2020', value: 0 }]);
		expect(layout.rows.map((r) => r.width)).toEqual([16, 80, 0]);
		for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.lines[0]!.y).toBeGreaterThan(layout.rows[i - 1]!.barY + layout.barHeight);
		expect(layout.height).toBeGreaterThan(layout.rows.at(-1)!.barY + layout.barHeight - 1);
	});
	it('wraps long labels on word boundaries', () => {
		const lines = wrapLabel('Anh hùng Lực lượng vũ trang nhân dân và một nhãn rất dài nữa', 20);
		expect(lines.every((l) => l.length <= 20)).toBe(true);
		expect(lines.join(' ')).toBe('Anh hùng Lực lượng vũ trang nhân dân và một nhãn rất dài nữa');
	});
	it('says every value in its description', () => {
		expect(describeBars([{ label: 'Năm 2008', value: 2 }, { label: 'Năm 2017', value: 10 }], 'lượt')).toBe('Biểu đồ thanh ngang, 2 mục. Năm 2008: 2 lượt; Năm 2017: 10 lượt. Nhiều nhất: Năm 2017.');
	});
});

describe('CSV', () => {
	it('round-trips quotes, commas, line breaks and lists through a strict RFC 4180 parser', () => {
		const rows = [{ a: 'Ông "Ba", Giám đốc', b: 'dòng 1\r\ndòng 2', c: ['x', 'y'], d: null }];
		const csv = toCsv(['a', 'b', 'c', 'd'], rows);
		expect(csv.startsWith('\uFEFFa,b,c,d\r\n')).toBe(true);
		expect(parse(csv.slice(1), { columns: true, strict: true } as never)).toEqual([{ a: 'Ông "Ba", Giám đốc', b: 'dòng 1\r\ndòng 2', c: 'x; y', d: '' }]);
	});
});

describe('feed dates', () => {
	it('count an unknown day as the end of its period, never after the build date', () => {
		expect(feedDate('2017-03-21', '2024-03-01')).toBe('2017-03-21T00:00:00+07:00');
		expect(feedDate('2023-01', '2024-03-01')).toBe('2023-01-31T00:00:00+07:00');
		expect(feedDate('2024', '2024-03-01')).toBe('2024-03-01T00:00:00+07:00');
	});
});

describe('sitemap filter', () => {
	it('drops short links, 404, the old addresses documents list as aliases and withdrawn documents', () => {
		const root = copyContent();
		editData(root, SEED.hue, (d) => (d.aliases = ['/van-ban/ubnd-tinh-thua-thien-hue/2017/ten-cu/']));
		editData(root, SEED.benTre, (d) => (d.withdrawn = { date: '2009', reason: 'Ban hành nhầm.' }));
		const documents = checkContent(root).content.documents;
		const keep = sitemapFilter(() => unlistedPaths(documents));
		const site = 'https://example.vn';
		expect(keep(`${site}/d/abc123/`)).toBe(false);
		expect(keep(`${site}/404/`)).toBe(false);
		expect(keep(`${site}/van-ban/ubnd-tinh-thua-thien-hue/2017/ten-cu/`)).toBe(false);
		expect(keep(`${site}/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/`)).toBe(true);
		expect(keep(`${site}/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/`)).toBe(false);
		expect(keep(`${site}/du-lieu/`)).toBe(true);
		fs.rmSync(root, { recursive: true, force: true });
	});
});

describe('JSON-LD serialisation', () => {
	it('can never close its script element', () => {
		const text = serialiseJsonLd({ name: '</script><script>alert(1)</script>' });
		expect(text).not.toContain('<');
		expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script>');
	});
});
