/**
 * Vietnamese labels and help text of the editor's form fields.
 *
 * The schemas document each field in an English JSDoc line, which does not
 * exist at run time, so the Vietnamese words live here, keyed by field path
 * ("honourees.name", "signer.position"). A field missing from this table
 * still appears in the form: its label then comes from the checker's own
 * field names (src/validation/problem.ts), or from a `.describe()` /
 * `.meta({ title, description })` on the zod field, which wins over both.
 */
import { fieldLabel } from '../validation/problem.ts';

/** What the form shows for one field. */
export interface FieldText {
	/** Label above the input, in Vietnamese. */
	label: string;
	/** One line of help under the label: the guide's rule for this field. */
	hint?: string;
	/** Long text gets a multi-line box. */
	multiline?: boolean;
}

/** Keyed by dotted path without list indexes; "*" keys apply wherever the last segment matches. */
export const FIELD_TEXT: Record<string, FieldText> = {
	type: { label: 'Loại văn bản' },
	number: { label: 'Số', hint: 'Phần số trước dấu gạch chéo, như in trên bản gốc: "25", "08", "98/2023". Để trống nếu bản gốc bỏ trống số.' },
	symbol: { label: 'Ký hiệu', hint: 'Phần sau dấu gạch chéo, viết hoa: "KH-UBND", "TB-UBND", "QĐ-UBND".' },
	date: { label: 'Ngày ban hành', hint: 'Dạng NNNN-TT-NN (2024-01-19); chỉ biết tháng: 2024-01; chỉ biết năm: 2024.' },
	place: { label: 'Địa danh', hint: 'Địa danh ở đầu văn bản, ví dụ "Thuận Nam".' },
	agency: { label: 'Cơ quan ban hành', hint: 'Gõ tên cơ quan, có dấu hoặc không dấu. Chưa có thì thêm ở mục "Cơ quan" trước.' },
	title: { label: 'Trích yếu', hint: 'Chép đúng trích yếu trên bản gốc, viết hoa chữ đầu câu.', multiline: true },
	summary: { label: 'Tóm tắt', hint: 'Một, hai câu cho danh sách, kết quả tìm kiếm và ảnh chia sẻ.', multiline: true },
	signer: { label: 'Người ký', hint: 'Như ở khối chữ ký cuối văn bản.' },
	'signer.prefix': { label: 'Thẩm quyền ký', hint: 'TM. (thay mặt tập thể), KT. (ký thay), TL. (thừa lệnh), TUQ. (thừa ủy quyền).' },
	'signer.for': { label: 'Thay mặt / ký thay cho', hint: 'Chữ in sau thẩm quyền ký: "Ủy ban nhân dân", "Chủ tịch".' },
	'signer.position': { label: 'Chức vụ người ký', hint: '"Chủ tịch", "Phó Chủ tịch", "Chánh Văn phòng".' },
	'signer.name': { label: 'Họ tên người ký' },
	basis: { label: 'Căn cứ', hint: 'Các văn bản ở phần "Căn cứ", "Thực hiện". Văn bản đã có trên trang: chỉ ghi mã văn bản.' },
	'basis.document': { label: 'Mã văn bản trên trang', hint: 'Dạng co-quan/nam/ten-tep, ví dụ "ubnd-huyen-thuan-nam/2023/kh-cchc". Để trống nếu văn bản chưa có trên trang.' },
	'basis.number': { label: 'Số, ký hiệu', hint: 'Như trích dẫn: "465/QĐ-UBND", "98/2023/NĐ-CP".' },
	'basis.kind': { label: 'Loại văn bản được dẫn', hint: '"Quyết định", "Kế hoạch", "Nghị định"…' },
	'basis.date': { label: 'Ngày của văn bản được dẫn' },
	'basis.issuer': { label: 'Cơ quan ban hành văn bản được dẫn' },
	'basis.title': { label: 'Trích yếu văn bản được dẫn', multiline: true },
	recipients: { label: 'Nơi nhận', hint: 'Mỗi dòng một nơi nhận, như in trên bản gốc.' },
	deadlines: { label: 'Thời hạn', hint: 'Các mốc thời gian văn bản giao việc.' },
	'deadlines.date': { label: 'Ngày đến hạn', hint: 'Dạng NNNN-TT-NN.' },
	'deadlines.what': { label: 'Việc phải làm', multiline: true },
	campaign: { label: 'Phong trào thi đua', hint: 'Gõ tên phong trào, có dấu hoặc không dấu. Để trống nếu văn bản không thuộc phong trào nào.' },
	source: { label: 'Nguồn văn bản' },
	'source.kind': { label: 'Loại nguồn', hint: 'Văn bản điện tử (bản gốc số) hay số hóa từ bản quét (gõ lại hoặc OCR).' },
	'source.url': { label: 'Địa chỉ bản gốc trên mạng' },
	'source.note': { label: 'Ghi chú biên tập', multiline: true },
	attachments: { label: 'Tệp đính kèm', hint: 'Bản gốc có chữ ký (PDF) hoặc ảnh; tệp được lưu cùng thư mục với văn bản.' },
	'attachments.file': { label: 'Tệp' },
	'attachments.title': { label: 'Tên tệp hiển thị', hint: 'Ví dụ "Bản gốc có chữ ký (PDF)".' },
	award: { label: 'Hình thức khen thưởng chung', hint: 'Hình thức áp dụng cho mọi người được khen, trừ người ghi hình thức riêng.' },
	honourees: { label: 'Danh sách khen thưởng', hint: 'Mỗi người, tập thể, hộ gia đình ở Điều 1 hoặc phụ lục. Không ghi địa chỉ, số định danh, ngày sinh.' },
	'honourees.kind': { label: 'Loại' },
	'honourees.name': { label: 'Tên người hoặc tập thể', hint: 'Như in, không kèm "Ông", "Bà".' },
	'honourees.honorific': { label: 'Danh xưng' },
	'honourees.position': { label: 'Chức vụ' },
	'honourees.unit': { label: 'Đơn vị' },
	'honourees.award': { label: 'Hình thức khen thưởng riêng', hint: 'Để trống để dùng hình thức chung của quyết định.' },
	'honourees.achievement': { label: 'Thành tích', multiline: true },
	'honourees.id': { label: 'Mã định danh', hint: 'Chỉ ghi khi văn bản cho biết đây là cùng một người, tập thể ở quyết định khác.' },
	'honourees.revoked': { label: 'Hủy bỏ khen thưởng' },
	'honourees.revoked.reason': { label: 'Lý do hủy bỏ', multiline: true },
	'honourees.revoked.decision': { label: 'Quyết định hủy bỏ' },
	aliases: { label: 'Đường dẫn cũ', hint: 'Chỉ dùng khi đổi tên tệp: địa chỉ cũ, dạng /van-ban/co-quan/nam/ten-cu/.' },
	shortCode: { label: 'Mã liên kết ngắn', hint: 'Chỉ đặt khi lệnh kiểm tra báo trùng mã.' },
	corrections: { label: 'Đính chính', hint: 'Ghi mỗi lần sửa sau khi đã công bố: ngày và nội dung sửa, cho người đọc.' },
	'corrections.date': { label: 'Ngày đính chính' },
	'corrections.what': { label: 'Nội dung đính chính', multiline: true },
	withdrawn: { label: 'Thu hồi', hint: 'Chỉ điền khi văn bản bị thu hồi: trang vẫn còn, kèm lý do.' },
	'withdrawn.date': { label: 'Ngày thu hồi' },
	'withdrawn.reason': { label: 'Lý do thu hồi', multiline: true },
	draft: { label: 'Bản nháp', hint: 'Đang bật: văn bản không xuất hiện ở bất kỳ đâu trên trang. Tắt khi đã đối chiếu xong với bản gốc.' },
	publishAt: { label: 'Hẹn giờ công bố', hint: 'Để trống để công bố ngay khi duyệt. Dạng 2026-12-01T08:00:00+07:00.' },
	body: { label: 'Toàn văn', hint: 'Chép toàn văn; đề mục dùng "##", "###". Không dán mã HTML.' },
	// Agencies
	name: { label: 'Tên' },
	printedName: { label: 'Tên in trên văn bản', hint: 'Dạng chữ in hoa ở đầu văn bản, nếu khác tên thường dùng.' },
	level: { label: 'Cấp' },
	province: { label: 'Tỉnh', hint: 'Tỉnh mà cơ quan thuộc về khi còn hoạt động. Bỏ trống với cơ quan trung ương.' },
	parent: { label: 'Cơ quan cấp trên' },
	validFrom: { label: 'Ngày bắt đầu hoạt động' },
	validTo: { label: 'Ngày thôi hoạt động', hint: 'Dạng NNNN-TT-NN. Bỏ trống khi cơ quan còn hoạt động.' },
	successor: { label: 'Cơ quan kế nhiệm' },
	successionNote: { label: 'Ghi chú sắp xếp', multiline: true },
	website: { label: 'Trang thông tin điện tử' },
	spokespersons: { label: 'Người phát ngôn', hint: 'Theo Nghị định 09/2017/NĐ-CP; người mới nhất ở cuối.' },
	'spokespersons.from': { label: 'Từ ngày' },
	'spokespersons.to': { label: 'Đến ngày', hint: 'Bỏ trống khi người này vẫn đang là người phát ngôn.' },
	'spokespersons.source': { label: 'Nguồn công bố' },
	// Campaigns
	start: { label: 'Ngày bắt đầu' },
	end: { label: 'Ngày kết thúc' },
	slogan: { label: 'Khẩu hiệu, chủ đề', hint: 'Chép nguyên văn.' },
	areas: { label: 'Lĩnh vực' },
	participants: { label: 'Đối tượng thi đua' },
	criteriaCollective: { label: 'Tiêu chí cho tập thể' },
	criteriaIndividual: { label: 'Tiêu chí cho cá nhân' },
	awardForms: { label: 'Hình thức khen thưởng dự kiến' },
	nominationDeadlines: { label: 'Hạn đề nghị khen thưởng' },
	'nominationDeadlines.what': { label: 'Việc phải làm', multiline: true },
};

// A revocation cites its decision the way `basis` cites a document.
for (const [key, text] of Object.entries(FIELD_TEXT)) {
	if (key.startsWith('basis.')) FIELD_TEXT[`honourees.revoked.decision.${key.slice('basis.'.length)}`] = text;
}

/** The checker's Vietnamese name for a field: "danh sách khen thưởng › tên (honourees.name)" → "Tên". */
function checkerLabel(path: string): string | undefined {
	const full = fieldLabel(path);
	const match = /^(.*) \([^()]*\)$/.exec(full);
	if (!match) return undefined;
	const last = match[1]!.split(' › ').at(-1)!;
	return last.charAt(0).toUpperCase() + last.slice(1);
}

/** Label and hint of the field at `path`; `described` is what the zod field itself says, if anything. */
export function fieldText(path: string, described?: { title?: string; description?: string }): FieldText {
	const known = FIELD_TEXT[path];
	const label = described?.title ?? known?.label ?? checkerLabel(path) ?? path.split('.').at(-1)!;
	const hint = described?.description ?? known?.hint;
	return { label, ...(hint ? { hint } : {}), ...(known?.multiline ? { multiline: true } : {}) };
}
