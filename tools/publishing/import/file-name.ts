/** Where a draft goes: "<agency>/<year>/<name>.mdx", with readable ASCII names. */
import { fold } from './diacritics.ts';
import type { DraftFrontmatter } from './types.ts';
import { UNKNOWN_AGENCY, UNKNOWN_YEAR } from '../../../src/lib/unknown.ts';

const TYPE_PREFIX: Record<string, string> = {
	'ke-hoach': 'kh',
	'thong-bao-ket-luan': 'tb',
	'quyet-dinh-khen-thuong': 'qd',
	'tin-bai': 'tin',
};
const MAX_WORDS = 10;
const PLACE_WORDS = /\b(huyen|tinh|xa|phuong|thi tran|thi xa|thanh pho|quan)\b/;

export function slugify(text: string): string {
	return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** "kh-phat-dong-phong-trao-thi-dua-cai-cach-hanh-chinh", "qd-563-tang-co-thi-dua-…". */
export function suggestName(frontmatter: DraftFrontmatter, fileName?: string): string {
	const prefix = (frontmatter.type && TYPE_PREFIX[frontmatter.type]) || 'van-ban';
	const parts = [prefix];
	if (frontmatter.number) parts.push(slugify(frontmatter.number));
	let words = frontmatter.title ? fold(frontmatter.title).replace(/[^a-z0-9]+/g, ' ').trim() : '';
	words = words.replace(/^(ve viec|v v|ve)\s+/, '');
	const place = PLACE_WORDS.exec(words);
	if (place && words.slice(0, place.index).split(' ').length >= 4) words = words.slice(0, place.index);
	words = words.replace(/\bnam \d{4}\b.*$/, '').trim();
	const titleSlug = slugify(words.split(' ').slice(0, MAX_WORDS).join(' '));
	if (titleSlug) parts.push(titleSlug);
	else if (fileName) parts.push(slugify(fileName.replace(/\.[^.]+$/, '')));
	return parts.filter(Boolean).join('-').slice(0, 90).replace(/-+$/, '') || 'van-ban';
}

export function suggestPath(frontmatter: DraftFrontmatter, fileName?: string): string {
	const year = frontmatter.date?.slice(0, 4) ?? UNKNOWN_YEAR;
	return `${frontmatter.agency ?? UNKNOWN_AGENCY}/${year}/${suggestName(frontmatter, fileName)}.mdx`;
}
