import { describe, expect, it } from 'vitest';
import { builtPages, loadPage, textOf } from '../helpers/site.ts';

const DOC = {
	thuanNam: '/van-ban/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	coLe: '/van-ban/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	moDuc: '/van-ban/ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023/',
	binhSon: '/van-ban/ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022/',
	bacTraMy: '/van-ban/ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh/',
	hue: '/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/',
	benTre: '/van-ban/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre/',
};

const meta = (path: string, field: string) => textOf(loadPage(path), `.document-meta [data-field="${field}"]`);

describe('document pages', () => {
	it('exist for every seed document and award result', () => {
		expect(builtPages()).toEqual(expect.arrayContaining(Object.values(DOC)));
	});

	it('show number and date exactly as far as they are known', () => {
		expect(meta(DOC.hue, 'number')).toBe('Số: 563/QĐ-UBND');
		expect(meta(DOC.hue, 'date')).toBe('ngày 21 tháng 03 năm 2017');
		expect(meta(DOC.thuanNam, 'number')).toBe('Số: …/KH-UBND (không rõ số)');
		expect(meta(DOC.thuanNam, 'date')).toContain('tháng 01 năm 2023');
		expect(meta(DOC.binhSon, 'date')).toContain('năm 2023 (bản công bố không ghi ngày, tháng)');
		expect(meta(DOC.benTre, 'number')).toBe('Số: (không rõ số)');
	});

	it('name the agency as printed and say who succeeded it', () => {
		const agency = meta(DOC.thuanNam, 'agency');
		expect(agency).toContain('UBND huyện Thuận Nam');
		expect(agency).toContain('không còn hoạt động từ sau ngày 30 tháng 06 năm 2025');
		expect(agency).toContain('Cơ quan kế nhiệm: UBND tỉnh Khánh Hòa');
	});

	it('show the signer, legal basis, deadlines and recipients', () => {
		expect(meta(DOC.binhSon, 'signer')).toBe('TL. Chủ tịch, Chánh Văn phòng – Nguyễn Thanh Thương');
		const page = loadPage(DOC.thuanNam);
		expect(textOf(page, '.document-meta')).toContain('Quyết định số 465/QĐ-UBND ngày 16 tháng 08 năm 2022 của Ủy ban nhân dân tỉnh Ninh Thuận');
		expect(textOf(page, '.document-meta')).toContain('30/11/2023: Các cơ quan, đơn vị, địa phương gửi hồ sơ');
		expect(page('.document-meta__recipients li').last().text()).toBe('Lưu: VT.');
	});

	it('render the body with its sections and anchored headings', () => {
		const page = loadPage(DOC.coLe);
		expect(page('.prose h2').first().attr('id')).toBe('i-muc-dich-yeu-cau');
		expect(page('.prose h2').map((_, h) => page(h).text()).get()).toEqual([
			'I. MỤC ĐÍCH, YÊU CẦU', 'II. KHẨU HIỆU THI ĐUA', 'III. NỘI DUNG THI ĐUA', 'IV. THỜI GIAN TỔ CHỨC PHONG TRÀO THI ĐUA', 'V. CÔNG TÁC KHEN THƯỞNG', 'VI. TỔ CHỨC THỰC HIỆN',
		]);
		expect(page('.prose a.heading-anchor[href="#i-muc-dich-yeu-cau"]')).toHaveLength(1);
	});

	it('list honourees with collectives and individuals apart, in the decision’s own order and numbering, with the award as printed', () => {
		const hue = loadPage(DOC.hue);
		const rows = hue('table[data-honourees="tap-the"] tbody tr');
		const collectives = rows.map((_, tr) => hue(tr).find('th').text().trim()).get();
		expect(collectives).toHaveLength(10);
		// The decision's list, in its order (item 1 Phú Hòa, item 10 Hương Xuân), placed by <Honourees /> where the text says "gồm:".
		expect([collectives[0], collectives[9]]).toEqual(['Nhân dân và cán bộ phường Phú Hòa, thành phố Huế', 'Nhân dân và cán bộ phường Hương Xuân, thị xã Hương Trà']);
		expect(hue('.prose table[data-honourees="tap-the"]')).toHaveLength(1);
		expect(hue('.prose > p').last().text()).toMatch(/gồm:$/);
		expect(rows.map((_, tr) => hue(tr).find('td').first().text().trim()).get()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
		const award = rows.first().find('td').last().text().replace(/\s+/g, ' ').trim();
		expect(award).toBe('Cờ thi đua của Ủy ban nhân dân tỉnh Loại theo Luật Thi đua, khen thưởng: Cờ thi đua cấp bộ, ban, ngành, tỉnh');
		const benTre = loadPage(DOC.benTre);
		const people = benTre('table[data-honourees="ca-nhan"] tbody tr').map((_, tr) => benTre(tr).text().replace(/\s+/g, ' ').trim()).get();
		expect(people).toHaveLength(2);
		expect(people[0]).toContain('Nguyễn Văn Hiếu');
		expect(people[0]).toContain('Giám đốc, Sở Thủy sản tỉnh Bến Tre');
		expect(people[0]).toContain('Chiến sĩ thi đua toàn quốc');
	});

	it('show the campaign timeline and the spokesperson for announcements', () => {
		const page = loadPage(DOC.bacTraMy);
		expect(textOf(page, '#phong-trao + p')).toContain('Phong trào thi đua về cải cách hành chính huyện Bắc Trà My năm 2024');
		expect(textOf(page, '.spokesperson')).toContain('Thái Hoàng Vũ');
		expect(textOf(page, '.spokesperson')).toContain('vuth1@quangnam.gov.vn');
	});

	it('load no third-party or inline script: only the site’s own modules, as enhancements', () => {
		for (const path of Object.values(DOC)) {
			const page = loadPage(path);
			const scripts = page('script:not([type="application/ld+json"])');
			scripts.each((_, script) => {
				expect(page(script).attr('src'), path).toMatch(/^\/_astro\/[\w.-]+\.js$/);
				expect(page(script).text().trim(), path).toBe('');
			});
			expect(page('[onclick], [onload], [onsubmit]').length, path).toBe(0);
		}
	});

	it('label an excerpt as an excerpt, and whole texts as whole', () => {
		expect(textOf(loadPage(DOC.hue), '#toan-van')).toBe('Trích nội dung');
		expect(textOf(loadPage(DOC.hue), '[data-field="excerpt"]')).toContain('chỉ có một phần văn bản');
		expect(textOf(loadPage(DOC.coLe), '#toan-van')).toBe('Toàn văn');
		expect(loadPage(DOC.coLe)('[data-field="excerpt"]')).toHaveLength(0);
	});

	it('print cleanly with the document number and source URL', () => {
		const page = loadPage(DOC.hue);
		expect(textOf(page, '.print-only')).toContain('563/QĐ-UBND');
		expect(textOf(page, '.print-only')).toContain('/van-ban/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd/');
	});
});

describe('campaign, agency and listing pages', () => {
	it('give a campaign its status, slogan and paper trail', () => {
		const page = loadPage('/phong-trao/co-le-cchc-2024/');
		expect(textOf(page, 'article > p .tag')).toBe('Đang diễn ra');
		expect(textOf(page, '.slogan')).toContain('Đẩy mạnh cải cách hành chính; thực hiện đạo đức và văn hóa công vụ');
		// The launch plan, then the nomination deadline it sets.
		expect(page('.timeline__item').map((_, li) => page(li).attr('data-step')).get()).toEqual(['phat-dong', 'han-de-nghi']);
		expect(textOf(loadPage('/phong-trao/thuan-nam-cchc-2023/'), 'article > p .tag')).toBe('Đã kết thúc');
	});

	it('show an agency with its documents, campaigns, spokesperson and lineage', () => {
		const page = loadPage('/co-quan/ubnd-huyen-bac-tra-my/');
		expect(textOf(page, 'h1')).toBe('UBND huyện Bắc Trà My');
		expect(textOf(page, '.summary-list')).toContain('UBND tỉnh Quảng Nam');
		expect(page('#van-ban + ul li')).toHaveLength(1);
		expect(textOf(page, '.spokesperson')).toContain('Thái Hoàng Vũ');
		expect(textOf(loadPage('/co-quan/ubnd-thanh-pho-da-nang/'), '.summary-list')).toContain('UBND tỉnh Quảng Nam');
	});

	it('put ongoing campaigns, latest documents and latest honours on the home page', () => {
		const page = loadPage('/');
		const ongoing = page('#dang-dien-ra + ul .campaign-list__title').map((_, h) => page(h).text().trim()).get();
		expect(ongoing).toEqual(expect.arrayContaining(['Phong trào thi đua thực hiện nhiệm vụ công tác cải cách hành chính thị trấn Cổ Lễ năm 2024']));
		expect(ongoing).not.toContain('Phong trào thi đua cải cách hành chính huyện Thuận Nam năm 2023');
		expect(page('#van-ban-moi + ul li')).toHaveLength(6);
		expect(textOf(page, '#khen-thuong-moi ~ ul')).toContain('563/QĐ-UBND');
	});

	it('list documents by year and type, newest first', () => {
		const all = loadPage('/van-ban/');
		// Seven seed and award documents, plus the HCMC plan 2242/KH-UBND and the city office's notice of it.
		expect(textOf(all, '.listing__main > p')).toBe('9 văn bản');
		const years = loadPage('/van-ban/nam/2024/');
		expect(years('.document-list__item')).toHaveLength(3);
		expect(loadPage('/van-ban/loai/quyet-dinh-khen-thuong/')('.document-list__item')).toHaveLength(2);
	});

	it('has a 404 page', () => {
		expect(textOf(loadPage('/404.html'), 'h1')).toBe('Không tìm thấy trang');
	});
});
