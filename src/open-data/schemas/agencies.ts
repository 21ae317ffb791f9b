import { AGENCY_LEVEL_KEYS } from '../../schema/vocabulary.ts';
import { integer, link, oneOf, optionalLink, optionalPartialDate, optionalSlug, optionalText, slug, text } from './fields.ts';

/** Cơ quan: every agency, with its place in the hierarchy and who succeeded it. Spokespersons stay on the agency pages. */
export const agencyFields = {
	id: slug('Mã cơ quan trên trang.'),
	url: link('Địa chỉ trang cơ quan.'),
	name: text('Tên cơ quan đúng như in trên văn bản, không đổi theo tên mới.'),
	printedName: optionalText('Tên in ở đầu văn bản, viết hoa, nếu khác tên trên.'),
	level: oneOf(AGENCY_LEVEL_KEYS, 'Cấp hành chính: trung-uong, tinh, huyen, xa hoặc so-nganh.'),
	levelLabel: text('Tên cấp hành chính.'),
	province: optionalText('Tỉnh, thành phố của cơ quan khi còn hoạt động.'),
	parentId: optionalSlug('Mã cơ quan cấp trên.'),
	validFrom: optionalPartialDate('Ngày bắt đầu hoạt động, nếu biết.'),
	validTo: optionalPartialDate('Ngày cuối cùng hoạt động; null khi còn hoạt động.'),
	successorId: optionalSlug('Mã cơ quan kế nhiệm sau khi sắp xếp.'),
	successionNote: optionalText('Ghi chú về việc sắp xếp, kế nhiệm.'),
	website: optionalLink('Trang thông tin điện tử chính thức.'),
	documentCount: integer('Số văn bản của cơ quan đăng trên trang.'),
};
