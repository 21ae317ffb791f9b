/**
 * Builds a site for the test run without blocking the main process (the
 * other project's setup and vitest's own reporting keep running), and shares
 * each build between the projects that need it: `npm test` runs the build
 * and e2e projects in one process, and each calls its global setup; the
 * second one gets the first one's build instead of building again.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../helpers/paths.ts';

/** Runs `src/build.ts` as `npm run build` does; rejects with the build's output if it fails. */
export function runBuild(env: Record<string, string>): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [path.join(ROOT, 'src', 'build.ts')], {
			cwd: ROOT,
			env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		child.stdout.on('data', (chunk) => (log += chunk));
		child.stderr.on('data', (chunk) => (log += chunk));
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`Build of ${env.CONTENT_DIR ?? 'content/'} failed (exit ${code}):\n${log}`))));
	});
}

interface SharedEntry<T> {
	ready: Promise<T>;
	users: number;
	dispose: (value: T) => Promise<void>;
}

// Global setups of different projects load their modules separately; the process is the same, so the registry lives on globalThis.
const REGISTRY_KEY = Symbol.for('tdkt.test.sharedBuilds');
const registry: Map<string, SharedEntry<unknown>> = ((globalThis as Record<symbol, unknown>)[REGISTRY_KEY] ??= new Map()) as Map<string, SharedEntry<unknown>>;

/**
 * The value `create` makes under `name`, made once per process however many
 * projects ask; the returned release disposes of it when the last one is done.
 */
export async function shared<T>(name: string, create: () => Promise<T>, dispose: (value: T) => Promise<void>): Promise<{ value: T; release: () => Promise<void> }> {
	let entry = registry.get(name) as SharedEntry<T> | undefined;
	if (!entry) {
		entry = { ready: create(), users: 0, dispose };
		registry.set(name, entry as SharedEntry<unknown>);
		// A failed build is not cached: the next project's setup reports the failure again instead of a stale rejection.
		entry.ready.catch(() => registry.delete(name));
	}
	entry.users += 1;
	const value = await entry.ready;
	let released = false;
	return {
		value,
		release: async () => {
			if (released) return;
			released = true;
			entry.users -= 1;
			if (entry.users > 0) return;
			registry.delete(name);
			await entry.dispose(value);
		},
	};
}
