import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { FederatedIndex } from '../site.config.ts';
import { renderHeadersFile } from '../security/headers-file.ts';
import { recordWritten } from './written-files.ts';

/** Name of the headers file static hosts (Cloudflare Pages, Netlify) read from the output folder. */
export const HEADERS_FILE = '_headers';

/**
 * Writes `_headers` into the build from the same policy as the pages'
 * `<meta>`, so the federated origins and the national endpoint of this build are in both.
 */
export function securityHeaders(federated: readonly FederatedIndex[], nationalSearch?: string): AstroIntegration {
	return {
		name: 'security-headers',
		hooks: {
			'astro:build:done': async ({ dir }) => {
				const file = fileURLToPath(new URL(HEADERS_FILE, dir));
				await fs.writeFile(file, renderHeadersFile(federated, nationalSearch));
				recordWritten('headers', [file]);
			},
		},
	};
}
