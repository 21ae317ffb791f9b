import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseYaml, stringifyYaml } from '../../src/lib/yaml.ts';
import { ROOT } from './paths.ts';

/**
 * A throwaway copy of the sample content, so each bad-content case breaks
 * one thing in otherwise valid content.
 */
export function copyContent(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-content-'));
	fs.cpSync(path.join(ROOT, 'content'), dir, { recursive: true });
	return dir;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/** Rewrites the frontmatter (MDX) or data (YAML) of one file. */
export function editData(root: string, file: string, edit: (data: Record<string, unknown>) => void): void {
	const full = path.join(root, file);
	const source = fs.readFileSync(full, 'utf8');
	if (file.endsWith('.yaml')) {
		const data = parseYaml(source) as Record<string, unknown>;
		edit(data);
		fs.writeFileSync(full, stringifyYaml(data));
		return;
	}
	const match = FRONTMATTER.exec(source)!;
	const data = parseYaml(match[1]!) as Record<string, unknown>;
	edit(data);
	fs.writeFileSync(full, `---\n${stringifyYaml(data)}---\n${source.slice(match[0].length)}`);
}

export function writeFile(root: string, file: string, text: string): void {
	fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
	fs.writeFileSync(path.join(root, file), text);
}

export const SEED = {
	thuanNam: 'documents/ubnd-huyen-thuan-nam/2023/kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx',
	coLe: 'documents/ubnd-thi-tran-co-le/2024/kh-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx',
	moDuc: 'documents/ubnd-huyen-mo-duc/2024/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2023.mdx',
	binhSon: 'documents/ubnd-huyen-binh-son/2023/tb-ket-luan-hoi-nghi-tong-ket-thi-dua-2022.mdx',
	bacTraMy: 'documents/ubnd-huyen-bac-tra-my/2024/tin-phat-dong-thi-dua-cai-cach-hanh-chinh.mdx',
	hue: 'documents/ubnd-tinh-thua-thien-hue/2017/563-qd-ubnd.mdx',
	benTre: 'documents/thu-tuong-chinh-phu/2008/qd-phong-tang-chien-si-thi-dua-toan-quoc-ben-tre.mdx',
} as const;
