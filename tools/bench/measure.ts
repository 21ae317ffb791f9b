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
