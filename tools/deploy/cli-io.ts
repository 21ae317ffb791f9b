/** Where the deploy commands write, so tests can capture it; the environment they read, so tests can set it. */
export interface CliIo {
	out: (text: string) => void;
	err: (text: string) => void;
	/** Environment to read settings from; process.env by default. */
	env?: NodeJS.ProcessEnv;
}

export const defaultIo: CliIo = {
	out: (text) => process.stdout.write(`${text}\n`),
	err: (text) => process.stderr.write(`${text}\n`),
};
