import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../lib/free-port.ts';

/**
 * A throwaway PostgreSQL cluster for tests and the benchmark: initdb in a
 * temporary folder, listening on 127.0.0.1 at a free port, no socket file,
 * trust authentication (nothing but this machine reaches it). PostgreSQL
 * refuses to run as root, so as root it runs as the `postgres` user.
 */
export interface Cluster {
	url: string;
	dataDir: string;
	port: number;
	/** The postmaster's process id, to measure its memory (bench.ts). */
	pid(): number;
	stop(): void;
}

/** Debian's layout: /usr/lib/postgresql/<major>/bin; the newest installed major wins. */
export function postgresBin(base = '/usr/lib/postgresql'): string {
	const majors = fs.existsSync(base) ? fs.readdirSync(base).filter((name) => /^\d+$/.test(name) && fs.existsSync(path.join(base, name, 'bin', 'initdb'))) : [];
	if (!majors.length) {
		throw new Error(
			'Không tìm thấy PostgreSQL (initdb trong /usr/lib/postgresql/*/bin).\nCách sửa: cài gói Debian: apt-get install -y postgresql postgresql-contrib (.ci/run cài sẵn).',
		);
	}
	return path.join(base, majors.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

const asRoot = process.getuid?.() === 0;

function run(command: string, args: string[]): void {
	const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
	const result = spawnSync(file, argv, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} thất bại:\n${result.stdout}\n${result.stderr}`);
}

export interface ClusterOptions {
	/** Extra server settings, e.g. { maintenance_work_mem: '1GB' }. */
	settings?: Record<string, string>;
}

/**
 * Starts a cluster; `stop()` shuts it down and deletes its folder. Durability
 * is off (fsync, synchronous_commit): the data is rebuilt from the sites on
 * every import, and a crash costs only a re-import.
 */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
	const bin = postgresBin();
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-national-pg-'));
	const dataDir = path.join(root, 'data');
	if (asRoot) spawnSync('chown', ['postgres:postgres', root]);
	run(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'national', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '-N']);
	const port = await freePort();
	const settings: Record<string, string> = {
		listen_addresses: '127.0.0.1',
		port: String(port),
		unix_socket_directories: '',
		fsync: 'off',
		synchronous_commit: 'off',
		full_page_writes: 'off',
		...options.settings,
	};
	const serverOptions = Object.entries(settings).map(([key, value]) => `-c ${key}=${value === '' ? "''" : value}`).join(' ');
	run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-l', path.join(root, 'server.log'), '-o', serverOptions, '-w', 'start']);
	const pidFile = path.join(dataDir, 'postmaster.pid');
	return {
		url: `postgres://national@127.0.0.1:${port}/postgres`,
		dataDir,
		port,
		pid: () => Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]),
		stop() {
			try {
				run(path.join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
			} finally {
				fs.rmSync(root, { recursive: true, force: true });
			}
		},
	};
}
