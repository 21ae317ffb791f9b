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
