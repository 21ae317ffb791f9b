/**
 * What a document page says about its own life: when it was first
 * published, when it last changed and every change, from git.
 */
import { CONTENT_DIR } from '../../paths.ts';
import { SITE } from '../../site.config.ts';
import { fileHistory } from './git-log.ts';

export interface HistoryEntry {
	hash: string;
	/** Instant in Vietnam's offset: "2024-02-02T10:00:00+07:00". */
	time: string;
	/** Calendar day in Vietnam: "2024-02-02". */
	day: string;
	subject: string;
	/** The commit on the repository's site, when its address is configured. */
	url?: string;
}

export interface DocumentHistory {
	/** Newest first. */
	entries: HistoryEntry[];
	/** Instant of first publication; unknown in a shallow clone. */
	firstPublished?: string;
	lastUpdated: string;
	/** The file's history on the repository's site, when its address is configured. */
	historyUrl?: string;
}

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** "2024-02-02T10:00:00+07:00" for any instant: Vietnam has no daylight saving time. */
export function vietnamTime(instant: string | number): string {
	const shifted = new Date(new Date(instant).getTime() + VIETNAM_OFFSET_MS).toISOString();
	return `${shifted.slice(0, 19)}+07:00`;
}

function repositoryBase(url: string): string | undefined {
	const trimmed = url.trim().replace(/\/+$/, '').replace(/\.git$/, '');
	return /^https?:\/\//.test(trimmed) ? trimmed : undefined;
}

interface Options {
	contentDir?: string;
	repositoryUrl?: string;
}

/**
 * The git history of a document's file, or undefined when there is none to
 * show (not a checkout, file not committed yet). An embargoed document counts
 * as first published when its embargo lifts, not when it was committed.
 */
export function documentHistory(id: string, publishAt: string | undefined, options: Options = {}): DocumentHistory | undefined {
	const contentDir = options.contentDir ?? CONTENT_DIR;
	const history = fileHistory(`${contentDir}/documents/${id}.mdx`, contentDir);
	if (!history) return undefined;
	const repository = repositoryBase(options.repositoryUrl ?? SITE.repositoryUrl);
	const entries = history.commits.map((commit) => {
		const time = vietnamTime(commit.date);
		return { hash: commit.hash, time, day: time.slice(0, 10), subject: commit.subject || '(không ghi nội dung thay đổi)', url: repository && `${repository}/commit/${commit.hash}` };
	});
	const oldest = entries.at(-1)!.time;
	const firstPublished = history.shallow
		? undefined
		: publishAt && Date.parse(publishAt) > Date.parse(oldest) ? vietnamTime(publishAt) : oldest;
	return {
		entries,
		firstPublished,
		lastUpdated: entries[0]!.time,
		historyUrl: repository && `${repository}/commits/HEAD/${history.path}`,
	};
}

/** For article:modified_time: the last commit, or else the latest correction. */
export function documentModified(id: string, data: { publishAt?: string; corrections: { date: string }[] }): string | undefined {
	const fromGit = documentHistory(id, data.publishAt)?.lastUpdated;
	if (fromGit) return fromGit;
	const latest = data.corrections.map((c) => c.date).sort().at(-1);
	return latest ? `${latest}T00:00:00+07:00` : undefined;
}
