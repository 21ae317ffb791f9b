/**
 * The publisher itself (not only the check) never serves a file from
 * outside a document's folder: links, hard links, "..", absolute paths,
 * folders and files whose content is not their type are left out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { publishedAttachments } from '../../src/attachments/attachments.ts';
import { readFileBeside } from '../../src/attachments/attachment-file.ts';
import { PDF, PDF_BYTES, writeTree } from './fixture-tree.ts';

const ID = 'ubnd-huyen-binh-lam/2024/ke-hoach-thi-dua';
const FOLDER = path.dirname(PDF);

let root: string | undefined;
afterEach(() => {
	if (root) fs.rmSync(root, { recursive: true, force: true });
	root = undefined;
});

const publish = (file: string) => publishedAttachments(ID, [{ file, title: 'Bản gốc' }], root!);

describe('attachments cannot escape the document folder', () => {
	it('publishes a real PDF beside the document, with its SHA-256', () => {
		root = writeTree();
		const [attachment] = publish('./12-kh-ubnd.pdf');
		expect(attachment!.href).toBe(`/van-ban/${ID}/12-kh-ubnd.pdf`);
		expect(attachment!.sha256).toBe(createHash('sha256').update(PDF_BYTES).digest('hex'));
		expect(readFileBeside(attachment!.sourcePath).equals(PDF_BYTES)).toBe(true);
	});

	it.each([
		['a symbolic link to /etc/passwd', (r: string) => { fs.rmSync(path.join(r, PDF)); fs.symlinkSync('/etc/passwd', path.join(r, PDF)); }],
		['a symbolic link to a real PDF elsewhere', (r: string) => { fs.renameSync(path.join(r, PDF), path.join(r, 'khac.pdf')); fs.symlinkSync(path.join(r, 'khac.pdf'), path.join(r, PDF)); }],
		['a relative symbolic link', (r: string) => { fs.renameSync(path.join(r, PDF), path.join(r, FOLDER, '..', 'khac.pdf')); fs.symlinkSync('../khac.pdf', path.join(r, PDF)); }],
		['a hard link to a file elsewhere', (r: string) => fs.linkSync(path.join(r, PDF), path.join(r, 'ban-cung.pdf'))],
		['a folder', (r: string) => { fs.rmSync(path.join(r, PDF)); fs.mkdirSync(path.join(r, PDF)); }],
		['a text file named .pdf', (r: string) => fs.writeFileSync(path.join(r, PDF), 'root:x:0:0:root:/root:/bin/bash\n')],
		['an empty file', (r: string) => fs.writeFileSync(path.join(r, PDF), '')],
	])('refuses %s', (_name, breakIt) => {
		root = writeTree();
		breakIt(root);
		expect(publish('./12-kh-ubnd.pdf')).toEqual([]);
	});

	it.each(['../12-kh-ubnd.pdf', './../2024/12-kh-ubnd.pdf', './..', '/etc/passwd', `/${PDF}`, './sub/12-kh-ubnd.pdf', '.\\..\\12-kh-ubnd.pdf', '12-kh-ubnd.pdf/', './'])('refuses the path %s', (file) => {
		root = writeTree();
		fs.writeFileSync(path.join(root, 'documents/ubnd-huyen-binh-lam/12-kh-ubnd.pdf'), PDF_BYTES);
		expect(publish(file)).toEqual([]);
	});

	it('refuses a document folder reached through a linked folder', () => {
		root = writeTree();
		const real = path.join(root, 'ngoai');
		fs.renameSync(path.join(root, 'documents/ubnd-huyen-binh-lam'), real);
		fs.symlinkSync(real, path.join(root, 'documents/ubnd-huyen-binh-lam'));
		expect(publish('./12-kh-ubnd.pdf')).toEqual([]);
	});

	it('does not read a file swapped for a link after it was listed', () => {
		root = writeTree();
		const [attachment] = publish('./12-kh-ubnd.pdf');
		fs.rmSync(attachment!.sourcePath);
		fs.symlinkSync('/etc/passwd', attachment!.sourcePath);
		expect(() => readFileBeside(attachment!.sourcePath)).toThrow();
	});
});
