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
];
