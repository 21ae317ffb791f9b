import { AWARD_FORM_KEYS } from '../../schema/awards.ts';
import { HONOUREE_KIND_KEYS } from '../../schema/vocabulary.ts';
import { flag, integer, link, oneOf, optionalPartialDate, optionalSlug, optionalText, partialDate, slug, text } from './fields.ts';

/**
 * Khen thưởng: one row per honour in a listed award decision. Only what the
 * law allows to publish: name, position, unit, award, achievement. Never an
 * address, an ID number or a birth date.
 */
export const honoureeFields = {
	decisionId: text('Mã quyết định khen thưởng (xem bộ dữ liệu văn bản).'),
	decisionUrl: link('Địa chỉ dòng của tập thể, cá nhân này trong trang quyết định.'),
	decisionNumber: optionalText('Số, ký hiệu quyết định, ví dụ "563/QĐ-UBND".'),
	decisionDate: partialDate('Ngày ban hành quyết định.'),
	year: integer('Năm ban hành quyết định.'),
	agencyId: slug('Mã cơ quan khen thưởng.'),
	agencyName: text('Tên cơ quan khen thưởng như in trên văn bản.'),
	campaignId: optionalSlug('Mã phong trào thi đua của quyết định.'),
	order: integer('Thứ tự trong danh sách của quyết định, từ 1.'),
	honoureeId: optionalSlug('Mã nối cùng một tập thể, cá nhân qua nhiều quyết định; chỉ có khi văn bản xác nhận là một. Trùng tên không có nghĩa là cùng một người.'),
	kind: oneOf(HONOUREE_KIND_KEYS, 'tap-the (tập thể), ca-nhan (cá nhân) hoặc ho-gia-dinh (hộ gia đình).'),
	kindLabel: text('Tên loại.'),
	honorific: optionalText('"Ông" hoặc "Bà" như in trước tên.'),
	name: text('Tên tập thể hoặc họ tên cá nhân như in trong quyết định.'),
	position: optionalText('Chức vụ.'),
	unit: optionalText('Đơn vị công tác.'),
	award: oneOf(AWARD_FORM_KEYS, 'Mã hình thức khen thưởng hoặc danh hiệu thi đua.'),
	awardLabel: text('Tên hình thức khen thưởng hoặc danh hiệu thi đua.'),
	achievement: optionalText('Thành tích như quyết định ghi.'),
	revoked: flag('true khi khen thưởng này đã bị hủy bỏ (vẫn được giữ trong dữ liệu).'),
	revokedDate: optionalPartialDate('Ngày hủy bỏ.'),
	revokedReason: optionalText('Lý do hủy bỏ.'),
	revokedBy: optionalText('Quyết định hủy bỏ: địa chỉ trang nếu có trên trang, nếu không thì trích dẫn.'),
};
