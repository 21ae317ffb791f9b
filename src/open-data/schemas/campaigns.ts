import { AREA_KEYS } from '../../schema/vocabulary.ts';
import { AWARD_FORM_KEYS } from '../../schema/awards.ts';
import { integer, link, listOf, oneOf, optionalText, partialDate, slug, text } from './fields.ts';

/** Phong trào thi đua: every published campaign. */
export const campaignFields = {
	id: slug('Mã phong trào trên trang.'),
	url: link('Địa chỉ trang phong trào.'),
	title: text('Tên phong trào như kế hoạch phát động ghi.'),
	agencyId: slug('Mã cơ quan phát động.'),
	agencyName: text('Tên cơ quan phát động như in trên văn bản.'),
	start: partialDate('Ngày bắt đầu.'),
	end: partialDate('Ngày kết thúc.'),
	status: oneOf(['sap-dien-ra', 'dang-dien-ra', 'da-ket-thuc'], 'Tình trạng vào ngày tạo tệp (trường generated): sắp diễn ra, đang diễn ra hoặc đã kết thúc.'),
	slogan: optionalText('Khẩu hiệu hoặc chủ đề thi đua, nguyên văn.'),
	summary: text('Tóm tắt một, hai câu.'),
	areas: listOf(oneOf(AREA_KEYS, 'Mã lĩnh vực.'), 'Các lĩnh vực của phong trào. Trong CSV: cách nhau bằng "; ".'),
	awardForms: listOf(oneOf(AWARD_FORM_KEYS, 'Mã hình thức khen thưởng.'), 'Hình thức khen thưởng kế hoạch dự kiến. Trong CSV: cách nhau bằng "; ".'),
	documentCount: integer('Số văn bản của phong trào đăng trên trang.'),
	honoureeCount: integer('Số lượt khen thưởng trong các quyết định của phong trào.'),
};
