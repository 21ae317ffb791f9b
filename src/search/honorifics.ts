import { looksLikeName } from './names.ts';
import { wordForms } from './words.ts';

/**
 * Forms of address and titles read before a name, folded, one to three
 * words: "đồng chí", "đ/c", "ông", "bà", "anh", "chị", "Chủ tịch", "Phó
 * Trưởng phòng". Longest first, so "phó chủ tịch" is taken whole.
 */
const HONORIFICS = [
	'dong chi',
	'd/c',
	'dc',
	'ong',
	'ba',
	'anh',
	'chi',
	'co',
	'chu',
	'bac',
	'thay',
	'chu tich',
	'pho chu tich',
	'giam doc',
	'pho giam doc',
	'truong phong',
	'pho truong phong',
	'bi thu',
	'pho bi thu',
]
	.map((honorific) => honorific.split(' '))
	.sort((a, b) => b.length - a.length);

const folded = (word: string) => (word === 'đ/c' || word.toLowerCase() === 'd/c' ? 'd/c' : wordForms(word).folded);

/**
 * The personal name a query asks for, without the forms of address and
 * titles in front of it: "đồng chí Phạm Ngọc Lan" asks for "Phạm Ngọc Lan",
 * and so does "ong pham ngoc lan" or "Phó Chủ tịch Phạm Ngọc Lan". Undefined
 * when the query is not such a name (what follows is no name, or nothing
 * precedes it).
 *
 * Why (issue 14's later-query budget): the honorific's words stand in
 * thousands of pages ("chí" in "chính", "chỉ"; "trưởng" in every honouree
 * table), so their index chunks cost a name query 8–28 KiB on the
 * 10,000-document corpus, and they only narrow the name to the pages where
 * the title stands right before it; a reader asking for "đồng chí X" wants
 * the pages about X, which the ranking finds by the name (names.ts).
 */
export function nameAfterHonorific(query: string): string | undefined {
	let words = query.trim().split(/\s+/).filter(Boolean);
	let stripped = false;
	for (let again = true; again && words.length > 0; ) {
		again = false;
		for (const honorific of HONORIFICS) {
			if (honorific.length >= words.length) continue;
			if (honorific.every((word, i) => folded(words[i]!) === word)) {
				words = words.slice(honorific.length);
				stripped = again = true;
				break;
			}
		}
	}
	const name = words.join(' ');
	return stripped && looksLikeName(name) ? name : undefined;
}

/** The query the search runs: the name alone for an honorific and a name, else the query as typed. */
export function searchedQuery(query: string): string {
	return nameAfterHonorific(query) ?? query;
}
