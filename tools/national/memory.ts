import fs from 'node:fs';

/**
 * Memory of a process tree from /proc, for the benchmark's "within 8 GB".
 * PostgreSQL's processes share their buffers, so their resident sizes would
 * count the shared memory once per process; proportional set size (Pss)
 * splits each shared page among the processes that map it, so the sum over
 * the tree is what the tree really holds.
 */
function pssKiB(pid: number): number {
	try {
		const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
		return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
	} catch {
		return 0; // The process ended between listing and reading.
	}
}

function childrenOf(pid: number): number[] {
	try {
		return fs
			.readdirSync(`/proc/${pid}/task`)
			.flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
	} catch {
		return [];
	}
}

export function treePssBytes(root: number): number {
	let total = 0;
	for (const queue = [root]; queue.length; ) {
		const pid = queue.pop()!;
		total += pssKiB(pid);
		queue.push(...childrenOf(pid));
	}
	return total * 1024;
}

export interface PeakSampler {
	/** Highest sum seen of the database tree and this process. */
	peak(): { total: number; database: number; loader: number };
	stop(): void;
}

/** Samples every `intervalMs` until stopped; the loader is this Node process (its own resident size). */
export function samplePeak(databasePid: () => number, intervalMs = 250): PeakSampler {
	let best = { total: 0, database: 0, loader: 0 };
	const sample = () => {
		const database = treePssBytes(databasePid());
		const loader = process.memoryUsage().rss;
		if (database + loader > best.total) best = { total: database + loader, database, loader };
	};
	sample();
	const timer = setInterval(sample, intervalMs);
	return {
		peak: () => (sample(), best),
		stop: () => clearInterval(timer),
	};
}
