import { DOCUMENT_TYPE_KEYS, SOURCE_KIND_KEYS } from '../../schema/vocabulary.ts';
import { integer, link, listOf, oneOf, optionalLink, optionalSlug, optionalText, partialDate, slug, text } from './fields.ts';

/** Văn bản: every listed document, never a draft, an embargoed or a withdrawn one. */
export const documentFields = {
	id: text('Mã văn bản trên trang: đường dẫn tệp nội dung, dạng "co-quan/nam/ten-tep". Không đổi khi văn bản được sửa.'),
	url: link('Địa chỉ trang văn bản.'),
	type: oneOf(DOCUMENT_TYPE_KEYS, 'Loại văn bản: ke-hoach (kế hoạch), thong-bao-ket-luan (thông báo kết luận), quyet-dinh-khen-thuong (quyết định khen thưởng), tin-bai (tin bài).'),
	typeLabel: text('Tên loại văn bản.'),
	number: optionalText('Số văn bản như in, ví dụ "25"; null khi bản công bố để trống số.'),
	symbol: optionalText('Ký hiệu sau dấu gạch chéo, ví dụ "KH-UBND".'),
	numberAndSymbol: optionalText('Số và ký hiệu, ví dụ "25/KH-UBND"; "…/KH-UBND" khi chỉ biết ký hiệu.'),
	date: partialDate('Ngày ban hành.'),
	datePrecision: oneOf(['day', 'month', 'year'], 'Ngày ban hành biết đến ngày (day), tháng (month) hay chỉ năm (year).'),
	place: optionalText('Địa danh ghi ở đầu văn bản.'),
	agencyId: slug('Mã cơ quan ban hành (xem bộ dữ liệu cơ quan).'),
	agencyName: text('Tên cơ quan ban hành như in trên văn bản.'),
	campaignId: optionalSlug('Mã phong trào thi đua mà văn bản thuộc về.'),
	title: text('Trích yếu.'),
	summary: text('Tóm tắt một, hai câu.'),
	signerName: optionalText('Họ tên người ký, khi bản công bố có ghi.'),
	signerPosition: optionalText('Thẩm quyền và chức vụ người ký, ví dụ "KT. Thủ tướng, Phó Thủ tướng".'),
	basisDocumentIds: listOf({ type: 'string' }, 'Mã các văn bản trên trang được viện dẫn làm căn cứ. Trong CSV: các mã cách nhau bằng "; ".'),
	honoureeCount: integer('Số lượt tập thể, cá nhân được khen (quyết định khen thưởng); 0 với văn bản khác.'),
	sourceKind: oneOf(SOURCE_KIND_KEYS, 'Nguồn văn bản: ban-dien-tu (văn bản điện tử) hoặc so-hoa (số hóa từ bản quét).'),
	sourceUrl: optionalLink('Nơi tìm thấy bản gốc trên mạng.'),
};
