/**
 * BUILD_TIMINGS=1: where a build's time goes, step by step. Each step marks
 * the instant it ends (wall clock, epoch milliseconds, so the marks of the
 * Astro process and of `src/build.ts` share one time line); a step lasts
 * from the mark before it. The Astro process saves its marks beside its
 * cache, `src/build.ts` adds its own and prints the table, and the bench
 * prints it for the one-edit rebuild (tools/bench/run.ts).
 * Marks are cheap (an array push) and are kept whether or not the table is
 * asked for; only the file and the table depend on BUILD_TIMINGS.
 */
import fs from 'node:fs';
import path from 'node:path';

/** One step of the build, ended at `at`. */
export interface StepMark {
	/** What the build did since the previous mark, in Vietnamese (the table is printed in the build log). */
	step: string;
	/** When the step ended: epoch milliseconds. */
	at: number;
}

/** Beside Astro's cache: the Astro process's marks, read by `src/build.ts` once Astro has exited. */
export const TIMINGS_FILE = 'build-timings.json';

/** Whether the table was asked for. */
export const timingsWanted = (): boolean => Boolean(process.env.BUILD_TIMINGS) && process.env.BUILD_TIMINGS !== '0';

/** On globalThis, so every copy of this module in the Astro process (config and bundled integrations) shares it. */
function marks(): StepMark[] {
	const scope = globalThis as unknown as Record<symbol, StepMark[] | undefined>;
	return (scope[Symbol.for('thi-dua-khen-thuong.build-timings')] ??= []);
}

/** The wall clock in milliseconds, at sub-millisecond resolution. */
const wallClock = () => performance.timeOrigin + performance.now();

/** Records that `step` ended now. */
export function markStep(step: string): void {
	marks().push({ step, at: wallClock() });
}

/** When this process started, as the first mark of its time line. */
export function processStart(step: string): StepMark {
	return { step, at: performance.timeOrigin };
}

/** Saves this process's marks (with its start) into `cacheDir`, when the table was asked for. */
export function saveMarks(cacheDir: string): void {
	if (!timingsWanted()) return;
	fs.mkdirSync(cacheDir, { recursive: true });
	fs.writeFileSync(path.join(cacheDir, TIMINGS_FILE), JSON.stringify([processStart('Tiến trình Astro bắt đầu'), ...marks()]));
}

/** The marks another process saved into `cacheDir`, removed once read; none when there are none. */
export function takeSavedMarks(cacheDir: string): StepMark[] {
	const file = path.join(cacheDir, TIMINGS_FILE);
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8')) as StepMark[];
	} catch {
		return [];
	} finally {
		fs.rmSync(file, { force: true });
	}
}

/** This process's marks so far. */
export function ownMarks(): readonly StepMark[] {
	return marks();
}

/**
 * The table: each step's seconds and share of the whole, in time order.
 * The first mark is the start and lasts nothing.
 */
export function formatTimings(all: readonly StepMark[]): string {
	const sorted = [...all].sort((a, b) => a.at - b.at);
	if (sorted.length < 2) return '';
	const total = sorted.at(-1)!.at - sorted[0]!.at;
	const lines = ['| bước | giây | tỉ lệ |', '|---|---|---|'];
	for (let i = 1; i < sorted.length; i++) {
		const seconds = (sorted[i]!.at - sorted[i - 1]!.at) / 1000;
		lines.push(`| ${sorted[i]!.step} | ${seconds.toFixed(2)} | ${((seconds * 100000) / total).toFixed(1)} % |`);
	}
	lines.push(`| **tổng** | ${(total / 1000).toFixed(2)} | 100 % |`);
	return `Thời gian từng bước (BUILD_TIMINGS):\n${lines.join('\n')}`;
}
