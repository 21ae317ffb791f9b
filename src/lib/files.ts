import fs from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

/** Files and bytes under a folder (0 and 0 when it does not exist). */
export function folderSize(dir: string): { files: number; bytes: number } {
	if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
	const files = fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile());
	return { files: files.length, bytes: files.reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0) };
}

export function fileExists(file: string): Promise<boolean> {
	return access(file).then(() => true, () => false);
}

/**
 * The text of source files under `root`, joined. A cache of what this code
 * produces keeps it as its version, so editing any of the files empties the
 * cache: comparing the code itself catches what a version number would miss.
 */
export function sourceText(root: string, files: readonly string[]): string {
	return files.map((file) => fs.readFileSync(path.join(root, file), 'utf8')).join('\n');
}
