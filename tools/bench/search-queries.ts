/** The searches both transfer benchmarks run in turn (search-bench.ts in Chromium, search-transfer.ts in Node): the first opens the index. */
export const SEARCH_BENCH_QUERIES = [
	'thi dua cai cach hanh chinh',
	'25/KH-UBND',
	'đồng chí Phạm Ngọc Lan',
	'nguyen quang trinh',
	'563/QĐ-UBND',
	'Thuỷ Phương',
	'chuyen doi so',
	'98/2023/NĐ-CP',
	'khen thuong tap the',
	'Bắc Trà My',
];

/**
 * Later queries of every kind issue 14 names, for `search-transfer.ts --class`
 * (docs/search.md): names with and without diacritics, places, generic words,
 * a year, a symbol, a type of award, positions, long phrases, a word in no page.
 */
export const LATER_QUERY_CLASS = [
	'Trần Thị Mai',
	'le van hung',
	'Hồ Ngọc Thảo',
	'Hòa Phước',
	'tan long',
	'cải cách hành chính',
	'xay dung nong thon moi',
	'văn hóa công vụ',
	'thanh toan khong dung tien mat',
	'thi đua yêu nước',
	'2024',
	'KH-UBND',
	'Bằng khen',
	'giao vien',
	'nâng cao chỉ số hài lòng của người dân',
	'Phó Trưởng phòng',
	'Nguyễn Văn Hiếu',
	'dang thi linh',
	'chuyển đổi số 2023',
	'Trung tâm Y tế',
	// Added in the round that took every one of these within 30 KB (docs/search.md): the kinds that were over it,
	// each in more forms. A name after an honorific or a title, with and without diacritics:
	'đồng chí Phạm Ngọc Lan',
	'dong chi tran thi mai',
	'ông Nguyễn Văn Hùng',
	'Phó Chủ tịch UBND Lê Văn Hùng',
	// Titles and units, words of thousands of pages:
	'Trưởng phòng Nội vụ',
	'Phó Chủ tịch UBND',
	'trung tam y te',
	'Trường Tiểu học',
	'Văn phòng HĐND và UBND',
	// Topics and long phrases, typed either way, one misspelt:
	'xây dựng nông thôn mới',
	'dich vu cong truc tuyen',
	'tăng tỷ lệ hồ sơ trực tuyến toàn trình',
	'thuc hien nghiem ky luat ky cuong hanh chinh',
	'cai cach thu tuc hanh chin',
	// Years and generic words:
	'2023',
	'năm 2025',
	'khen thưởng tập thể cá nhân',
	'cán bộ công chức viên chức',
	// Added in the round that planned each later query within its index budget (word-costs.ts, docs/search.md): more of
	// the four kinds that were still over it or found nothing. Long phrases of common words, typed either way:
	'nang cao chi so hai long cua nguoi dan',
	'thực hiện nghiêm kỷ luật kỷ cương hành chính',
	'nâng cao hiệu quả công tác thi đua khen thưởng',
	'đẩy mạnh thanh toán không dùng tiền mặt',
	'day manh ung dung cong nghe thong tin',
	// Agency names with abbreviations:
	'Văn phòng HĐND và UBND huyện',
	'Phòng Nội vụ UBND huyện',
	'Văn phòng UBND tỉnh',
	'UBND xã',
	'Ủy ban nhân dân tỉnh',
	// Folded queries of common words and short generic phrases:
	'van hoa cong vu',
	'cong tac thi dua khen thuong',
	'thi đua khen thưởng năm',
	'công tác thi đua',
	'can bo cong chuc',
	'hoạt động',
];
