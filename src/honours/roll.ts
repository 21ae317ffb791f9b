import type { DocumentData } from '../schema/document.ts';
import { resolveHonourees, type ResolvedHonouree } from '../lib/document-view.ts';
import { compareVietnamese, givenNameFirst } from '../lib/collate.ts';
import { compareDates, yearOf } from '../lib/dates.ts';

/** An award decision as the roll needs it: its id and frontmatter. */
export interface Decision {
	id: string;
	data: DocumentData;
}

/** One honour: one collective, person or household honoured by one decision. */
export interface Honour {
	/** Stable across builds: "<decision id>#<position in the decision's list>". */
	key: string;
	/** Position in the decision's own list, from 0; gives the row anchor on the decision page. */
	index: number;
	honouree: ResolvedHonouree;
	decision: Decision;
	year: number;
}

// Sorting 50,000 honours asks for each name's keys about 16 times.
const nameKeysCache = new WeakMap<ResolvedHonouree, [string, string]>();

/**
 * People by given name then the rest of the name, collectives by their whole
 * name, all in Vietnamese collation. One key for everyone keeps the order total
 * when people and collectives share a list.
 */
const sortKeys = (h: ResolvedHonouree): [string, string] => (h.kind === 'tap-the' ? [h.name, ''] : givenNameFirst(h.name));

function nameKeys(h: ResolvedHonouree): [string, string] {
	let keys = nameKeysCache.get(h);
	if (!keys) nameKeysCache.set(h, (keys = sortKeys(h)));
	return keys;
}

export function compareHonourNames(a: Honour, b: Honour): number {
	const [primaryA, restA] = nameKeys(a.honouree);
	const [primaryB, restB] = nameKeys(b.honouree);
	return compareVietnamese(primaryA, primaryB) || compareVietnamese(restA, restB);
}

const byKey = (a: Honour, b: Honour) => a.key.localeCompare(b.key);

/** The orders the full list offers; the first is the one without JavaScript. */
export const HONOUR_ORDERS = {
	ten: { label: 'Tên (cá nhân theo tên gọi)', compare: (a: Honour, b: Honour) => compareHonourNames(a, b) || byKey(a, b) },
	'moi-nhat': {
		label: 'Quyết định mới nhất trước',
		compare: (a: Honour, b: Honour) => compareDates(b.decision.data.date, a.decision.data.date) || compareHonourNames(a, b) || byKey(a, b),
	},
	'hinh-thuc': {
		label: 'Hình thức khen thưởng',
		compare: (a: Honour, b: Honour) => compareVietnamese(a.honouree.awardLabel, b.honouree.awardLabel) || compareHonourNames(a, b) || byKey(a, b),
	},
} as const;
export type HonourOrder = keyof typeof HONOUR_ORDERS;

/**
 * Each text's place in Vietnamese collation, the same place for texts the
 * collation holds equal: the order of the texts as whole numbers.
 */
function collationRanks(texts: Iterable<string>): Map<string, number> {
	const sorted = [...new Set(texts)].sort(compareVietnamese);
	const ranks = new Map<string, number>();
	let rank = 0;
	sorted.forEach((text, at) => {
		if (at > 0 && compareVietnamese(sorted[at - 1]!, text) !== 0) rank++;
		ranks.set(text, rank);
	});
	return ranks;
}

/**
 * Every honour of the given award decisions, in name order: the order of
 * `HONOUR_ORDERS.ten`, from each name's rank among the distinct names (far
 * fewer than the honours) instead of a collation per comparison: sorting the
 * bench's 10,000-document roll took 0.5–0.6 s of every build that way
 * (profile of `astro build`, `compareHonourNames`).
 */
export function honourRoll(decisions: readonly Decision[]): Honour[] {
	const honours = decisions.flatMap((decision) =>
		resolveHonourees(decision.data).map((honouree, index) => ({
			key: `${decision.id}#${index + 1}`,
			index,
			honouree,
			decision,
			year: yearOf(decision.data.date),
		})),
	);
	const keys = honours.map((honour) => sortKeys(honour.honouree));
	const ranks = collationRanks(keys.flat());
	const ranked = honours.map((honour, at) => ({ honour, primary: ranks.get(keys[at]![0])!, rest: ranks.get(keys[at]![1])! }));
	ranked.sort((a, b) => a.primary - b.primary || a.rest - b.rest || byKey(a.honour, b.honour));
	return ranked.map(({ honour }) => honour);
}

/**
 * The same collective or person across decisions, grouped by the explicit
 * `id` the content gives. Identical names without an id stay apart: two
 * "Nguyễn Văn Hiếu" are often two people.
 */
export function honoursById(honours: readonly Honour[]): Map<string, Honour[]> {
	return groupHonours(honours, (h) => h.honouree.id);
}

/** Other honours of the same collective or person, oldest decision first. */
export function otherHonours(honour: Honour, byId: Map<string, Honour[]>): Honour[] {
	const id = honour.honouree.id;
	if (!id) return [];
	return (byId.get(id) ?? [])
		.filter((other) => other.key !== honour.key)
		.sort((a, b) => compareDates(a.decision.data.date, b.decision.data.date) || byKey(a, b));
}

/** What a roll holds, for its summary line and the statistics tables. */
export interface Tally {
	readonly total: number;
	readonly decisions: number;
	readonly collectives: number;
	readonly individuals: number;
	readonly households: number;
	readonly revoked: number;
}

// Every page of a paginated roll shows the whole roll's counts, and Astro hands each page the same array (its
// getStaticPaths props). Counted afresh on each, the 10,000-document bench's "Giấy khen" roll (49,912 honours,
// 125 pages) was counted 250 times: 11.1 s of a profiled warm build for the 863 roll pages.
const tallies = new WeakMap<readonly Honour[], Tally>();

/** Counts for summaries and charts, once per roll array. */
export function tally(honours: readonly Honour[]): Tally {
	const known = tallies.get(honours);
	if (known) return known;
	const counts = { total: honours.length, collectives: 0, individuals: 0, households: 0, revoked: 0 };
	const decisions = new Set<string>();
	for (const { honouree, decision } of honours) {
		decisions.add(decision.id);
		if (honouree.kind === 'tap-the') counts.collectives++;
		else if (honouree.kind === 'ca-nhan') counts.individuals++;
		else if (honouree.kind === 'ho-gia-dinh') counts.households++;
		if (honouree.revoked) counts.revoked++;
	}
	const counted = Object.freeze({ ...counts, decisions: decisions.size });
	tallies.set(honours, counted);
	return counted;
}

const byDecisionCache = new WeakMap<readonly Honour[], Map<string, Honour[]>>();

/** The roll's honours per decision id, once per roll array (every page of a roll lists its decisions' counts). */
export function honoursByDecision(honours: readonly Honour[]): ReadonlyMap<string, readonly Honour[]> {
	let grouped = byDecisionCache.get(honours);
	if (!grouped) byDecisionCache.set(honours, (grouped = groupHonours(honours, (h) => h.decision.id)));
	return grouped;
}

/** Groups honours by a key, keeping the roll's order inside each group. */
export function groupHonours(honours: readonly Honour[], key: (h: Honour) => string | undefined): Map<string, Honour[]> {
	const map = new Map<string, Honour[]>();
	for (const honour of honours) {
		const k = key(honour);
		if (k === undefined) continue;
		const group = map.get(k);
		if (group) group.push(honour);
		else map.set(k, [honour]);
	}
	return map;
}
