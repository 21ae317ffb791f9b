/**
 * What a document page says about its own life. Readers see only what the
 * press officer wrote for them: the change notes in the front matter
 * (`changes`) and the corrections. Git supplies one fact, the day the file
 * first reached the site; commit messages are for editors and are never
 * shown (they were English scaffolding notes on public pages).
 */
import { CONTENT_DIR } from '../paths.ts';
import { SITE } from '../site.config.ts';
import { fileHistory } from './git-log.ts';

export interface PublicationRecord {
	/** Instant the file first reached the site, in Vietnam's offset; unknown in a shallow clone. */
	firstPublished?: string;
	/** The file's history on the repository's site, when its address is configured. */
	historyUrl?: string;
}

/** One change note or correction, as the history lists it. */
export interface ChangeNote {
	/** "2024-02-02". */
	date: string;
	note: string;
	/** A correction of an error in the text, rather than an addition or update. */
	correction: boolean;
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
 * When the document's file first reached the site, from git, or undefined
 * when there is no history (not a checkout, file not committed yet). An
 * embargoed document counts as first published when its embargo lifts, not
 * when it was committed.
 */
export function documentHistory(id: string, publishAt: string | undefined, options: Options = {}): PublicationRecord | undefined {
	const contentDir = options.contentDir ?? CONTENT_DIR;
	const history = fileHistory(`${contentDir}/documents/${id}.mdx`, contentDir);
	if (!history) return undefined;
	const repository = repositoryBase(options.repositoryUrl ?? SITE.repositoryUrl);
	const oldest = vietnamTime(history.commits.at(-1)!.date);
	const firstPublished = history.shallow
		? undefined
		: publishAt && Date.parse(publishAt) > Date.parse(oldest) ? vietnamTime(publishAt) : oldest;
	return { firstPublished, historyUrl: repository && `${repository}/commits/HEAD/${history.path}` };
}

/** Change notes and corrections together, newest first; a correction and a note of the same day keep the file's order. */
export function changeNotes(data: { changes: { date: string; note: string }[]; corrections: { date: string; what: string }[] }): ChangeNote[] {
	const notes = [
		...data.changes.map((c) => ({ date: c.date, note: c.note, correction: false })),
		...data.corrections.map((c) => ({ date: c.date, note: c.what, correction: true })),
	];
	return notes.map((note, index) => ({ note, index })).sort((a, b) => b.note.date.localeCompare(a.note.date) || a.index - b.index).map(({ note }) => note);
}

/**
 * For article:modified_time: the latest change note or correction; a commit
 * without one changed nothing readers see. Takes the id only so the document
 * page's call stays as it was.
 */
export function documentModified(_id: string, data: { changes: { date: string }[]; corrections: { date: string }[] }): string | undefined {
	const latest = [...data.changes, ...data.corrections].map((c) => c.date).sort().at(-1);
	return latest ? `${latest}T00:00:00+07:00` : undefined;
}
