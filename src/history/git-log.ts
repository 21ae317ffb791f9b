/**
 * The change history of every content file, read from git in one pass per
 * build: a page asks for its file and gets the commits that touched it,
 * following renames like `git log --follow`, without one process per page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Commit {
	hash: string;
	/** Committer date as git prints it (ISO 8601 with the committer's offset). */
	date: string;
	/** First line of the commit message. */
	subject: string;
}

export interface GitHistory {
	/** Top folder of the checkout, real path. */
	root: string;
	/** A shallow clone lacks old commits, so the first publication is unknown. */
	shallow: boolean;
	/** Commits per file, newest first, keyed by the file's current path relative to `root`. */
	byFile: Map<string, Commit[]>;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
export const LOG_FORMAT = `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`;

/**
 * Parses `git log -M --name-status` output (newest commit first). A rename
 * sends the older commits of the old path to the new one; an addition ends a
 * path's history, so a file deleted and later re-created keeps its own.
 */
export function parseGitLog(output: string): Map<string, Commit[]> {
	const byFile = new Map<string, Commit[]>();
	const alias = new Map<string, string>();
	let ended = 0;
	const resolve = (file: string) => alias.get(file) ?? file;
	const endHistory = (file: string) => alias.set(file, `\0ended-${ended++}`);
	const record = (key: string, commit: Commit) => {
		if (key.startsWith('\0')) return;
		const list = byFile.get(key) ?? [];
		if (list.at(-1)?.hash !== commit.hash) list.push(commit);
		byFile.set(key, list);
	};
	for (const chunk of output.split(RECORD)) {
		const [header, ...changes] = chunk.split('\n');
		const [hash, date, subject = ''] = (header ?? '').split(FIELD);
		if (!hash || !date) continue;
		const commit = { hash, date, subject: subject.trim() };
		for (const change of changes) {
			const [status, first, second] = change.split('\t');
			if (!status || !first) continue;
			if ((status.startsWith('R') || status.startsWith('C')) && second) {
				const key = resolve(second);
				record(key, commit);
				endHistory(second);
				if (status.startsWith('R')) alias.set(first, key);
				continue;
			}
			record(resolve(first), commit);
			if (status === 'A') endHistory(first);
		}
	}
	return byFile;
}

function git(args: string[], cwd: string): string {
	return execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
}

/** The history of every file under `dir`, or undefined outside a git checkout (or without git, or before the first commit). */
export function readGitHistory(dir: string): GitHistory | undefined {
	try {
		const [root, shallow] = git(['rev-parse', '--show-toplevel', '--is-shallow-repository'], dir).trim().split('\n');
		if (!root) return undefined;
		const log = git(['-c', 'core.quotePath=false', 'log', '-M', '--name-status', LOG_FORMAT, '--', '.'], dir);
		return { root: fs.realpathSync(root), shallow: shallow === 'true', byFile: parseGitLog(log) };
	} catch {
		return undefined;
	}
}

const cache = new Map<string, GitHistory | undefined>();

/** Commits that touched `file` (newest first) and where it sits in the checkout; read once per folder and cached. */
export function fileHistory(file: string, dir: string): { commits: Commit[]; path: string; shallow: boolean } | undefined {
	const key = path.resolve(dir);
	if (!cache.has(key)) cache.set(key, readGitHistory(key));
	const history = cache.get(key);
	if (!history || !fs.existsSync(file)) return undefined;
	const relative = path.relative(history.root, fs.realpathSync(file)).split(path.sep).join('/');
	const commits = history.byFile.get(relative);
	return commits?.length ? { commits, path: relative, shallow: history.shallow } : undefined;
}
