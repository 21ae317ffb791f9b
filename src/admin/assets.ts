/**
 * The generated files of the editor, shared by the site build (the
 * endpoints under src/pages/quan-tri/) and the local editor (local-editor.ts),
 * so both serve exactly the same editor.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { stringifyYaml } from '../lib/yaml.ts';
import { AWARD_FORMS } from '../schema/awards.ts';
import { DOCUMENT_TYPES, HONOUREE_KINDS } from '../schema/vocabulary.ts';
import type { backendFromEnv } from './backend.ts';
import { cmsConfig, type CmsSchemas } from './cms-config.ts';

/** config.yml: the editor's configuration, generated from the zod schemas. */
export function configYaml(schemas?: CmsSchemas, backend?: ReturnType<typeof backendFromEnv>): string {
	return `# Sinh tự động từ src/schema khi xây dựng trang: đừng sửa tay.\n${stringifyYaml(cmsConfig(schemas, backend))}`;
}

/** Names the preview (public/quan-tri/trinh-bien-tap.js) shows, from the schema's vocabularies. */
export function previewNames(): unknown {
	return {
		types: Object.fromEntries(Object.entries(DOCUMENT_TYPES).map(([key, value]) => [key, value.label])),
		awards: Object.fromEntries(Object.entries(AWARD_FORMS).map(([key, value]) => [key, value.label])),
		honoureeKinds: HONOUREE_KINDS,
	};
}

/** The site's stylesheet for the preview pane (its web fonts are left out: the local editor does not serve the site). Read from the project root, where every build runs. */
export async function previewCss(root = process.cwd()): Promise<string> {
	const sheets = await Promise.all(['global.css'].map((name) => fs.readFile(path.join(root, 'src', 'styles', name), 'utf8')));
	return sheets.join('\n');
}
