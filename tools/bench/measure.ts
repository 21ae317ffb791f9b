import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';

export interface RunResult {
	seconds: number;
	/** Peak resident memory of the whole process tree, in MB. */
	peakMb: number;
	output: string;
}

/** Resident memory of a process and all its descendants, from /proc. */
function treeRssKb(rootPid: number): number {
	let total = 0;
	const children = new Map<number, number[]>();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
		} catch {
			// The process ended while we were reading.
		}
	}
	const stack = [rootPid];
	while (stack.length) {
		const pid = stack.pop()!;
		try {
			const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
			total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
		} catch {
			// Gone already.
		}
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

/**
 * Writes what the previous step left in the page cache to disk, so its
 * writeback (hundreds of MB after a cold build) is not billed to the next
 * measurement.
 */
export function settleDisk(): void {
	spawnSync('sync', { stdio: 'ignore' });
}

/** Runs a command, timing it and sampling the memory of its process tree. */
export function run(command: string, args: string[], env: Record<string, string>, cwd = process.cwd()): Promise<RunResult> {
	settleDisk();
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
		let output = '';
		let peakKb = 0;
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const sampler = setInterval(() => (peakKb = Math.max(peakKb, treeRssKb(child.pid!))), 250);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(sampler);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
			else resolve({ seconds, peakMb: Math.round(peakKb / 1024), output });
		});
	});
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** What a file of the built site is, for the size table: the first rule whose folder matches wins. */
const DIST_KINDS: { kind: string; matches: (parts: string[]) => boolean }[] = [
	{ kind: 'ảnh chia sẻ (og/)', matches: ([top]) => top === 'og' },
	{ kind: 'trang văn bản', matches: (parts) => parts[0] === 'van-ban' && parts.length === 5 && parts[4] === 'index.html' && !['nam', 'loai', 'trang'].includes(parts[1]!) },
	{ kind: 'tệp đính kèm', matches: (parts) => parts[0] === 'van-ban' && parts.length === 5 && !['nam', 'loai', 'trang'].includes(parts[1]!) },
	{ kind: 'danh sách văn bản', matches: ([top]) => top === 'van-ban' },
	{ kind: 'trang khen thưởng', matches: ([top]) => top === 'khen-thuong' },
	{ kind: 'dữ liệu mở (du-lieu/)', matches: ([top]) => top === 'du-lieu' },
	{ kind: 'liên kết ngắn (d/)', matches: ([top]) => top === 'd' },
	{ kind: 'chỉ mục tìm kiếm (pagefind/)', matches: ([top]) => top === 'pagefind' },
	{ kind: 'nguồn tin (RSS, JSON Feed)', matches: ([top]) => top === 'feed' || top === 'rss.xml' || top === 'feed.json' },
	{ kind: 'CSS, JS, phông', matches: ([top]) => top === '_astro' || top === 'fonts' },
	{ kind: 'trang biên tập (quan-tri/)', matches: ([top]) => top === 'quan-tri' },
];
const OTHER_KIND = 'trang khác (cơ quan, phong trào, trang chủ…)';

export interface DistSize {
	files: number;
	bytes: number;
	/** Files and bytes per kind, largest first. */
	kinds: { kind: string; files: number; bytes: number }[];
	/** Mean size of one HTML document page and one share image, in bytes. */
	perDocumentPage: number;
	perShareImage: number;
}

/** Files and bytes of a built site, in total and per kind; hidden folders (caches, a build's leftovers) left out. */
export function distSize(dist: string): DistSize {
	const kinds = new Map<string, { kind: string; files: number; bytes: number }>();
	let files = 0;
	let bytes = 0;
	for (const entry of fs.readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = `${entry.parentPath}/${entry.name}`;
		const parts = file.slice(dist.replace(/\/$/, '').length + 1).split('/');
		if (parts.some((part) => part.startsWith('.'))) continue;
		const kind = DIST_KINDS.find((rule) => rule.matches(parts))?.kind ?? OTHER_KIND;
		const size = fs.statSync(file).size;
		const row = kinds.get(kind) ?? { kind, files: 0, bytes: 0 };
		row.files++;
		row.bytes += size;
		kinds.set(kind, row);
		files++;
		bytes += size;
	}
	const mean = (kind: string) => {
		const row = kinds.get(kind);
		return row && row.files > 0 ? row.bytes / row.files : 0;
	};
	return { files, bytes, kinds: [...kinds.values()].sort((a, b) => b.bytes - a.bytes), perDocumentPage: mean('trang văn bản'), perShareImage: mean('ảnh chia sẻ (og/)') };
}
