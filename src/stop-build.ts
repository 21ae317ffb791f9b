/**
 * Stops `astro build` with a message for whoever reads the build log (a
 * press officer, in CI), in Vietnamese and nothing else. A hook that throws
 * gets Astro's English frame around its message: "An unhandled error
 * occurred while running the astro:config:setup hook", a hint that browser
 * APIs are not available on the server, and a stack trace, which sends the
 * reader after the wrong problem. The build exits with status 1, as a
 * thrown error does, and `src/build.ts` stops there.
 */
export function stopBuild(logger: { error(message: string): void }, message: string): never {
	logger.error(`\n${message}`);
	process.exit(1);
}
