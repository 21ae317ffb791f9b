import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliasDocumentId, freeCode, hashCode, shortCodeOf, shortCodesOf, SHORT_CODE_ALPHABET, SHORT_CODE_PATTERN } from '../../src/schema/short-code.ts';
import { checkContent } from '../../src/validation/index.ts';
import { ROOT } from '../helpers/paths.ts';

const sample = [...checkContent(path.join(ROOT, 'content')).content.documents.values()];

describe('short codes', () => {
	it('use 32 symbols that cannot be misread: no 0, o, 1, l, no capitals', () => {
		expect(new Set(SHORT_CODE_ALPHABET).size).toBe(32);
		expect(SHORT_CODE_ALPHABET).not.toMatch(/[01olA-Z]/);
	});

	it('are six symbols of that alphabet, the same on every call', () => {
		for (const doc of sample) {
			const code = hashCode(doc.id);
			expect(code).toMatch(/^[23456789abcdefghijkmnpqrstuvwxyz]{6}$/);
			expect(hashCode(doc.id)).toBe(code);
			expect(code).toMatch(SHORT_CODE_PATTERN);
		}
	});

	it('spread over the alphabet instead of sticking to a few symbols', () => {
		const used = new Set(Array.from({ length: 400 }, (_, i) => hashCode(`ubnd-xa-${i}/2024/kh-${i}`)).join(''));
		expect(used.size).toBe(32);
	});

	it('differ for every sample document', () => {
		const codes = sample.map((doc) => shortCodeOf(doc));
		expect(new Set(codes).size).toBe(sample.length);
	});

	it('prefer an explicit shortCode to the derived one', () => {
		const doc = { id: 'ubnd-huyen-x/2024/kh-1', data: { shortCode: 'xyz234', aliases: [] } };
		expect(shortCodeOf(doc)).toBe('xyz234');
		expect(shortCodeOf({ ...doc, data: { aliases: [] } })).toBe(hashCode(doc.id));
	});

	it('keep the codes of earlier file names, so printed notices survive a rename', () => {
		const doc = { id: 'ubnd-huyen-x/2024/kh-moi', data: { aliases: ['/van-ban/ubnd-huyen-x/2024/kh-cu/', '/tin-tuc/bai-cu/'] } };
		expect(aliasDocumentId('/van-ban/ubnd-huyen-x/2024/kh-cu/')).toBe('ubnd-huyen-x/2024/kh-cu');
		expect(aliasDocumentId('/tin-tuc/bai-cu/')).toBeUndefined();
		expect(shortCodesOf(doc)).toEqual([
			{ code: hashCode('ubnd-huyen-x/2024/kh-moi'), primary: true },
			{ code: hashCode('ubnd-huyen-x/2024/kh-cu'), primary: false },
		]);
	});

	it('suggest a free code when one is taken', () => {
		const taken = new Set([hashCode('a/2024/b#1')]);
		const code = freeCode('a/2024/b', taken);
		expect(taken.has(code)).toBe(false);
		expect(code).toMatch(SHORT_CODE_PATTERN);
	});
});
