import fs from 'node:fs';
import path from 'node:path';

/** Files and bytes under a folder (0 and 0 when it does not exist). */
export function folderSize(dir: string): { files: number; bytes: number } {
	if (!fs.existsSync(dir)) return { files: 0, bytes: 0 };
	const files = fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((entry) => entry.isFile());
	return { files: files.length, bytes: files.reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0) };
}
