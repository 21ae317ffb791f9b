/** Word lists for the synthetic corpus: Vietnamese-looking, clearly not real agencies or people. */
export const SYLLABLES = ['An', 'Bình', 'Hòa', 'Phú', 'Tân', 'Thạnh', 'Long', 'Mỹ', 'Đông', 'Tây', 'Hưng', 'Lộc', 'Phước', 'Thuận', 'Xuân', 'Vĩnh', 'Hiệp', 'Trung', 'Đức', 'Sơn', 'Thủy', 'Quang', 'Nghĩa', 'Điền'];
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
export const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quang', 'Ngọc', 'Thu', 'Hoài', 'Xuân', 'Kim'];
export const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Vân', 'Việt', 'Yến'];
export const POSITIONS = ['Chuyên viên', 'Phó Trưởng phòng', 'Trưởng phòng', 'Công chức Văn phòng - Thống kê', 'Công chức Tư pháp - Hộ tịch', 'Phó Chủ tịch UBND', 'Chánh Văn phòng', 'Giáo viên', 'Bác sĩ'];
export const UNITS = ['Phòng Nội vụ', 'Phòng Tài chính - Kế hoạch', 'Văn phòng HĐND và UBND', 'Phòng Văn hóa và Thông tin', 'Bộ phận Một cửa', 'Trung tâm Y tế', 'Trường Tiểu học'];
export const TOPICS = [
	'cải cách hành chính', 'chuyển đổi số', 'xây dựng chính quyền số', 'cải cách thủ tục hành chính', 'nâng cao chỉ số hài lòng của người dân',
	'thực hiện dịch vụ công trực tuyến', 'xây dựng nông thôn mới', 'thi đua yêu nước', 'văn hóa công vụ', 'đẩy mạnh thanh toán không dùng tiền mặt',
];
export const PARAGRAPHS = [
	'Phát huy truyền thống yêu nước, động viên tinh thần của đội ngũ cán bộ, công chức, viên chức và người lao động có những hoạt động cụ thể, thiết thực vào phong trào thi đua.',
	'Nâng cao ý thức trách nhiệm của các tập thể, cá nhân trong thực hiện nhiệm vụ được giao; tạo sự chuyển biến rõ nét trong chất lượng phục vụ người dân và doanh nghiệp.',
	'Biểu dương, khen thưởng kịp thời những tập thể, cá nhân có thành tích xuất sắc; nhân rộng các điển hình tiên tiến, cách làm hay, mô hình hiệu quả.',
	'Các cơ quan, đơn vị, địa phương xây dựng kế hoạch triển khai, tăng cường kiểm tra, đôn đốc và định kỳ báo cáo kết quả về cơ quan thường trực theo quy định.',
	'Đẩy mạnh ứng dụng công nghệ thông tin, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tăng tỷ lệ hồ sơ trực tuyến toàn trình.',
	'Thực hiện nghiêm kỷ luật, kỷ cương hành chính; không để xảy ra vi phạm trong thực thi công vụ.',
];
