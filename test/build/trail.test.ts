/**
 * The built sample site (SITE_NOW 2024-03-01): campaign trails with their
 * milestones, the home page's next milestones, agency lineage from both
 * sides, one wording for unknowns on every page, and a public history made
 * only of change notes.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../src/lib/yaml.ts';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { builtPages, loadPage, pageFile, textOf } from '../helpers/site.ts';
import { fixtureDist, ROOT } from '../helpers/paths.ts';
import { LONG_CAMPAIGN, LONG_NEWS, LONG_PLAN } from '../fixtures/shared-site/long-trail.ts';

/** The fields of a campaign file these checks read. */
type CampaignFile = { title: string; milestones?: { kind: string; what: string; date: string | number; document?: string }[] };

const campaignFiles = fs.readdirSync(path.join(ROOT, 'content', 'campaigns')).map((file) => ({
	id: file.replace(/\.yaml$/, ''),
	data: parseYaml<CampaignFile>(fs.readFileSync(path.join(ROOT, 'content', 'campaigns', file), 'utf8')),
}));
const HCMC = '/phong-trao/tp-hcm-chinh-quyen-so-chuyen-doi-so-2022-2025/';
const visibleText = (sitePath: string) => {
	const $ = loadPage(sitePath);
	$('script, style').remove();
	return $('body').text().replace(/\s+/g, ' ');
};

describe('campaign pages show the trail their plan sets', () => {
	it('every milestone of every campaign file is on its page, in date order, with its document or "Chưa có văn bản"', () => {
		const withMilestones = campaignFiles.filter((c) => c.data.milestones?.length);
		expect(withMilestones.length).toBeGreaterThanOrEqual(6);
		for (const { id, data } of withMilestones) {
			const $ = loadPage(`/phong-trao/${id}/`);
			for (const m of data.milestones ?? []) {
				const item = $(`[data-trail] > li[data-step="${m.kind}"]`).filter((_, li) => $(li).find('.timeline__milestone').text().includes(m.what));
				expect(item.length, `${id} ${m.kind}`).toBe(1);
				if (m.document) {
					expect(item.attr('data-state')).toBe('co-van-ban');
					expect(item.find('.timeline__title a').attr('href')).toBe(`/van-ban/${m.document}/`);
				} else {
					expect(item.attr('data-state')).toBe('chua-co-van-ban');
					expect(item.find('[data-field="milestone-missing"] time').attr('datetime')).toBe(String(m.date));
				}
			}
		}
	});

	it('the HCMC campaign lists launch, announcement, interim and final review in that order', () => {
		const $ = loadPage(HCMC);
		expect($('[data-trail] > li').map((_, li) => $(li).attr('data-step')).get()).toEqual(['phat-dong', 'van-ban', 'so-ket', 'tong-ket']);
		expect(textOf($, '[data-field="period"]')).toBe('05/07/2022 – 31/12/2025');
	});

	it('a nomination deadline from the plan is a dated step of the trail', () => {
		const $ = loadPage('/phong-trao/co-le-cchc-2024/');
		expect(textOf($, '[data-step="han-de-nghi"] [data-field="milestone-deadline"]')).toBe('Thời hạn: ngày 10 tháng 11 năm 2024.');
	});

	it('a document page of a short campaign shows the whole trail with the document being read marked', () => {
		const $ = loadPage('/van-ban/ubnd-thanh-pho-ho-chi-minh/2022/kh-2242-phat-dong-thi-dua-chinh-quyen-so-chuyen-doi-so/');
		expect($('[data-trail] > li').map((_, li) => $(li).attr('data-step')).get()).toEqual(['phat-dong', 'van-ban', 'so-ket', 'tong-ket']);
		expect($('[data-trail] > li[aria-current="step"]').attr('data-step')).toBe('phat-dong');
		expect($('[data-trail] [data-field="milestone-missing"]')).toHaveLength(2);
		expect($('[data-step="gap"], .timeline__all')).toHaveLength(0);
	});
});

describe('a long campaign: each document page shows its place, the campaign page the whole trail (shared fixture)', () => {
	const fixturePage = (sitePath: string) => cheerio.load(fs.readFileSync(path.join(fixtureDist(), sitePath, 'index.html'), 'utf8'));
	const campaignPage = `/phong-trao/${LONG_CAMPAIGN}/`;
	const documents = [LONG_PLAN, ...LONG_NEWS];
	/** Per document page: its trail as steps ("plan", "news 4", "gap 3", "tong-ket"), from the fixture's known order (plan, news 1–10, final review). */
	const expected: Record<string, string[]> = {
		[LONG_PLAN]: ['phat-dong', 'news 1', 'gap 9', 'tong-ket'],
		[LONG_NEWS[0]!]: ['phat-dong', 'news 1', 'news 2', 'gap 8', 'tong-ket'],
		[LONG_NEWS[2]!]: ['phat-dong', 'news 1', 'news 2', 'news 3', 'news 4', 'gap 6', 'tong-ket'],
		[LONG_NEWS[4]!]: ['phat-dong', 'gap 3', 'news 4', 'news 5', 'news 6', 'gap 4', 'tong-ket'],
		[LONG_NEWS[9]!]: ['phat-dong', 'gap 8', 'news 9', 'news 10', 'tong-ket'],
	};
	it('the campaign page lists every step, with no gap', () => {
		const $ = fixturePage(campaignPage);
		expect($('[data-trail] .timeline__title a').map((_, a) => $(a).attr('href')).get()).toEqual(documents.map((id) => `/van-ban/${id}/`));
		expect($('[data-trail] > li').last().attr('data-step')).toBe('tong-ket');
		expect($('[data-step="gap"], .timeline__all')).toHaveLength(0);
	});

	it.each(Object.entries(expected))('%s shows the plan, its neighbours, the final review and the size of each gap', (id, steps) => {
		const $ = fixturePage(`/van-ban/${id}/`);
		const current = $('[data-trail] > li[aria-current="step"]');
		expect(current).toHaveLength(1);
		expect(current.find('.timeline__title strong').text()).toBe($('h1').text());
		// The document read has no link of its own: name it from its position among the news items.
		const shown = $('[data-trail] > li')
			.map((_, li) => {
				const step = $(li).attr('data-step')!;
				if (step === 'gap') return `gap ${/^(\d+) văn bản khác của phong trào$/.exec($(li).text().trim())?.[1]}`;
				if (step !== 'van-ban') return step;
				const href = $(li).attr('aria-current') ? `/van-ban/${id}/` : $(li).find('.timeline__title a').attr('href');
				return `news ${LONG_NEWS.indexOf(href!.slice('/van-ban/'.length, -1)) + 1}`;
			})
			.get();
		expect(shown).toEqual(steps);
		for (const gap of $('[data-step="gap"] a').toArray()) expect($(gap).attr('href')).toBe(`${campaignPage}#dien-bien`);
		expect($('.timeline__all a').attr('href')).toBe(`${campaignPage}#dien-bien`);
		expect($('.timeline__all').text().trim()).toBe('Xem toàn bộ diễn biến phong trào (12 bước)');
	});

	it('every document page accounts for all twelve steps, shown or counted in a gap, and shows every milestone', () => {
		for (const id of documents) {
			const $ = fixturePage(`/van-ban/${id}/`);
			const gaps = $('[data-step="gap"]').map((_, li) => Number(/^(\d+) /.exec($(li).text().trim())?.[1])).get();
			expect($('[data-trail] > li').length - gaps.length + gaps.reduce((a, b) => a + b, 0), id).toBe(12);
			expect($('[data-trail] > li[data-step="phat-dong"] .timeline__title').text(), id).toContain('Phát động phong trào thi đua cải cách hành chính xã Tân An năm 2021');
			expect($('[data-trail] > li[data-step="tong-ket"][data-state="chua-co-van-ban"]'), id).toHaveLength(1);
		}
	});
});

describe('the home page', () => {
	it('lists the ongoing campaigns with their next milestone instead of saying there are none', () => {
		const $ = loadPage('/');
		expect(visibleText('/')).not.toContain('Hiện không có phong trào nào đang diễn ra');
		const next = $('#dang-dien-ra ~ .campaign-list [data-field="next-milestone"]').map((_, p) => $(p).text().replace(/\s+/g, ' ').trim()).get();
		expect(next).toEqual(['Mốc tiếp theo: Hạn đề nghị khen thưởng, dự kiến ngày 10 tháng 11 năm 2024', 'Mốc tiếp theo: Tổng kết, dự kiến năm 2025']);
	});
});

describe('agency lineage, labelled from both sides', () => {
	it('the successor lists what it took over as predecessors, never as successors', () => {
		const $ = loadPage('/co-quan/ubnd-tinh-quang-ngai/');
		const labels = $('.summary-list dt').map((_, dt) => $(dt).text().trim()).get();
		expect(labels).toContain('Cơ quan tiền nhiệm');
		expect(labels).not.toContain('Kế nhiệm');
		expect(labels).not.toContain('Cơ quan kế nhiệm');
		expect(textOf($, '[data-field="predecessors"]')).toMatch(/^Tiếp nhận nhiệm vụ từ: ?UBND huyện Bình Sơn .*UBND huyện Mộ Đức/);
	});

	it('the dissolved agency names its successor', () => {
		const $ = loadPage('/co-quan/ubnd-huyen-mo-duc/');
		expect($('.summary-list dt').filter((_, dt) => $(dt).text().trim() === 'Cơ quan kế nhiệm').next('dd').find('a').attr('href')).toBe('/co-quan/ubnd-tinh-quang-ngai/');
		expect($('[data-field="predecessors"]')).toHaveLength(0);
	});
});

describe('one way to say an unknown, on every page', () => {
	const pages = builtPages().filter((p) => p.endsWith('/'));

	it('never writes an empty-ended or doubled period, nor the old number phrases', () => {
		expect(pages.length).toBeGreaterThan(30);
		for (const sitePath of pages) {
			const text = visibleText(sitePath);
			expect(text, sitePath).not.toMatch(/\b(\d{4}) – \1\b/);
			expect(text, sitePath).not.toMatch(/\d{2}\/\d{2}\/\d{4} – \d{4}\b/);
			expect(text, sitePath).not.toContain('bản công khai để trống số');
			expect(text, sitePath).not.toContain('Không rõ số, ký hiệu');
		}
	});

	it('says "không rõ số" wherever a number is blank, with or without a symbol', () => {
		expect(textOf(loadPage('/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/'), '.document-meta [data-field="number"]')).toBe('Số: …/KH-UBND (không rõ số)');
		expect(textOf(loadPage('/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/'), '.document-meta [data-field="number"]')).toBe('Số: (không rõ số)');
		expect(textOf(loadPage('/phong-trao/thuan-nam-cchc-2023/'), '[data-step="phat-dong"] .timeline__number')).toBe('Kế hoạch …/KH-UBND (không rõ số)');
	});

	it('writes a period whose end is known only to the year the same way in lists and on the campaign page', () => {
		const expected = '19/01/2024 – không rõ ngày kết thúc (trong năm 2024)';
		expect(textOf(loadPage('/phong-trao/mo-duc-thi-dua-2024/'), 'dd[data-field="period"]')).toBe(expected);
		const $ = loadPage('/phong-trao/');
		const item = $('.campaign-list__item').filter((_, li) => $(li).find('a[href="/phong-trao/mo-duc-thi-dua-2024/"]').length > 0);
		expect(item).toHaveLength(1);
		expect(item.find('[data-field="period"]').text()).toBe(expected);
		expect(textOf(loadPage('/phong-trao/bac-tra-my-cchc-2024/'), 'dd[data-field="period"]')).toBe('năm 2024');
	});
});

describe('the public history', () => {
	const commitSubjects = execFileSync('git', ['log', '--format=%s', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').filter((s) => s.length > 12);

	it('never shows a commit message on any document page', () => {
		expect(commitSubjects.length).toBeGreaterThan(0);
		const documents = builtPages().filter((p) => p.startsWith('/van-ban/') && fs.existsSync(pageFile(p)) && loadPage(p)('#lich-su-van-ban').length > 0);
		expect(documents.length).toBeGreaterThanOrEqual(9);
		for (const sitePath of documents) {
			const history = textOf(loadPage(sitePath), '.document-history');
			for (const subject of commitSubjects) expect(history, `${sitePath}: ${subject}`).not.toContain(subject);
		}
	});

	it('labels the first publication as on this site, apart from the document\'s own date', () => {
		const $ = loadPage('/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/');
		expect($('.document-history dt').first().text().trim()).toBe('Đăng lần đầu trên trang này');
		expect(textOf($, '[data-field="first-published"] .document-history__note')).toBe('Là ngày văn bản được đưa lên trang này, không phải ngày ban hành (năm 2008).');
		expect(visibleText('/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/')).not.toContain('Ngày đăng lần đầu');
	});
});
