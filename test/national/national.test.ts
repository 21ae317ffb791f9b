import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postgresBin } from '../../tools/national/cluster.ts';
import { condenseBody, condenseCandidate } from '../../tools/national/condense.ts';
import { fieldTiers } from '../../tools/national/candidates.ts';
import { exactLexeme, queryRuns, VectorBuilder, wordLexemes } from '../../tools/national/lexemes.ts';
import { firstQueryOnPhone } from '../../tools/national/phone.ts';
import { BadRequest, readRequest } from '../../tools/national/server.ts';
import { matchOf } from '../../src/search/relevance.ts';
import { queryWords, wordForms } from '../../src/search/words.ts';

describe('lexemes', () => {
	it('index a number by every run of its parts, so a symbol finds it and a longer number does not', () => {
		const lexemes = wordLexemes(wordForms('25/KH-UBND'));
		for (const wanted of ['25khubnd', 'khubnd', '25', 'kh', 'ubnd']) expect(lexemes).toContain(wanted);
		expect(wordLexemes(wordForms('125/KH-UBND'))).not.toContain('25khubnd');
		expect(wordLexemes(wordForms('563/QĐ-UBND'))).toContain(wordForms('563/QD-UBND').folded);
	});

	it('fold đ to d and keep an exact form that tells tone marks apart but not their placement', () => {
		expect(wordForms('đua').folded).toBe('dua');
		expect(exactLexeme(wordForms('Hiếu'))).not.toBe(exactLexeme(wordForms('Hiệu')));
		expect(exactLexeme(wordForms('thuỷ'))).toBe(exactLexeme(wordForms('thủy')));
		expect(exactLexeme(wordForms('thu'))).toBeUndefined();
	});

	it('write fields two positions apart with their weights, so a phrase never joins a title to the text', () => {
		expect(new VectorBuilder().add('Thi đua', 'A').add('khen', 'D').toString()).toBe("'thi':1A 'dua':2A 'dua_335':2A 'khen':5");
	});
});

describe('runs of words', () => {
	/** The lexemes of a tsvector literal, positions left out. */
	const lexemesOf = (vector: string) => new Set([...vector.matchAll(/'([^']+)':/g)].map((m) => m[1]!));

	it('stand at the last word of every run of two and three words, never across fields', () => {
		const vector = new VectorBuilder({ runs: true }).add('Phạm Văn Hòa', 'A').add('Lê Thị', 'A').toString();
		expect(vector).toContain("'pham.van':2A");
		expect(vector).toContain("'van.hoa':3A");
		expect(vector).toContain("'pham.van.hoa':3A");
		expect(vector).toContain("'le.thi':7A");
		expect([...lexemesOf(vector)].filter((lexeme) => lexeme.includes('hoa.'))).toEqual([]);
		expect(new VectorBuilder().add('Phạm Văn Hòa', 'A').toString()).not.toContain('.');
	});

	it('of a query: three words at a time, plain words only, none for one word', () => {
		expect(queryRuns(queryWords('Phạm Văn Hòa'))).toEqual(['pham.van.hoa']);
		expect(queryRuns(queryWords('thi dua'))).toEqual(['thi.dua']);
		expect(queryRuns(queryWords('khen thuong tap the'))).toEqual(['khen.thuong.tap', 'thuong.tap.the']);
		expect(queryRuns(queryWords('1/QĐ-UBND'))).toEqual([]);
		expect(queryRuns(queryWords('Kế hoạch 25/KH-UBND năm nay'))).toEqual([]);
		expect(queryRuns(queryWords('năm 2024 thi đua khen thưởng'))).toEqual(['thi.dua.khen', 'dua.khen.thuong']);
	});

	it('are held by every field that holds the query as a phrase, so the phrase tier misses none', () => {
		const VOCABULARY = ['thi', 'đua', 'dua', 'khen', 'thưởng', 'Phạm', 'Văn', 'Hòa', 'Hoà', 'hòa', '25/KH-UBND', 'KH-UBND', '2024', '—'];
		const words = (min: number, max: number, vocabulary = VOCABULARY) => fc.array(fc.constantFrom(...vocabulary), { minLength: min, maxLength: max }).map((list) => list.join(' '));
		// The query is words only (a dash alone is no word); the text around it may hold anything.
		const typedWords = words(2, 5, VOCABULARY.filter((word) => word !== '—'));
		fc.assert(
			fc.property(words(0, 15), typedWords, words(0, 15), (before, typed, after) => {
				const title = `${before} ${typed} ${after}`;
				const query = queryWords(typed);
				expect(matchOf(query, { kind: 'document', title, codes: [], names: [], body: '' }, typed, false).phrase).toBeGreaterThan(0);
				const held = lexemesOf(new VectorBuilder({ runs: true }).add(title, 'A').toString());
				for (const run of queryRuns(query)) expect(held, `${run} in ${title}`).toContain(run);
			}),
			{ numRuns: 1000 },
		);
	});

	it('make field tiers from the typed diacritics to the bare words, without repeats', () => {
		expect(fieldTiers(queryWords('Phạm Văn Hòa'))).toEqual([
			"'pham_323' & 'van_306' & 'hoa_300' & 'pham.van.hoa'",
			"'pham' & 'van' & 'hoa' & 'pham.van.hoa'",
			"'pham' & 'van' & 'hoa'",
		]);
		expect(fieldTiers(queryWords('thi dua'))).toEqual(["'thi' & 'dua' & 'thi.dua'", "'thi' & 'dua'"]);
		expect(fieldTiers(queryWords('1/QĐ-UBND'))).toEqual(["'1qdubnd_335'", "'1qdubnd'"]);
		expect(fieldTiers(queryWords('1/QD-UBND'))).toEqual(["'1qdubnd'"]);
	});
});

describe('condensed bodies', () => {
	const VOCABULARY = ['thi', 'đua', 'dua', 'Đua', 'khen', 'thưởng', 'thuong', 'Hiếu', 'hiệu', '25/KH-UBND', '125/KH-UBND', 'KH-UBND', 'năm', '2024', 'cờ', 'có', ',', '—'];
	const text = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }).map((words) => words.join(' '));
	const query = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 4 }).map((words) => words.join(' '));

	it('give the ranking the same match as the whole text, for any text and query', () => {
		fc.assert(
			fc.property(text, query, (body, typed) => {
				const words = queryWords(typed);
				const candidate = { kind: 'document' as const, title: 'Tiêu đề', codes: [], names: [], body };
				expect(matchOf(words, { ...candidate, body: condenseBody(body, words) }, typed, false)).toEqual(matchOf(words, candidate, typed, false));
			}),
			{ numRuns: 500 },
		);
	});

	it('keep the same match when names without a query word are left out, for any names and query', () => {
		const names = fc.array(text, { maxLength: 6 });
		fc.assert(
			fc.property(text, names, text, query, (title, people, body, typed) => {
				const words = queryWords(typed);
				const candidate = { kind: 'document' as const, title, codes: ['25/KH-UBND'], names: people, body };
				const condensed = condenseCandidate(candidate, words);
				expect(matchOf(words, condensed, typed, true)).toEqual(matchOf(words, candidate, typed, true));
				expect(condensed.names.length).toBeLessThanOrEqual(people.length);
			}),
			{ numRuns: 500 },
		);
	});
});

describe('requests', () => {
	it('read the search page parameters, several values of one facet included', () => {
		const request = readRequest(new URLSearchParams('q=thi+dua&loai=ke-hoach&loai=phong-trao&nam=2024&trang=2'));
		expect(request).toEqual({ q: 'thi dua', filters: { loai: ['ke-hoach', 'phong-trao'], nam: ['2024'] }, page: 1, counts: false });
		expect(readRequest(new URLSearchParams('q=thi+dua&dem=1')).counts).toBe(true);
	});

	it('refuse bad values with a Vietnamese message and a fix', () => {
		for (const query of ['tinh=%3Cscript%3E', 'trang=0', 'trang=abc', `q=${'a'.repeat(201)}`]) {
			expect(() => readRequest(new URLSearchParams(query)), query).toThrow(BadRequest);
			expect(() => readRequest(new URLSearchParams(query)), query).toThrow(/Cách sửa/);
		}
	});
});

describe('setup and estimates', () => {
	it('say which Debian package to install when PostgreSQL is missing', () => {
		const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-no-pg-'));
		try {
			expect(() => postgresBin(empty)).toThrow(/Không tìm thấy PostgreSQL[\s\S]*Cách sửa: cài gói Debian: apt-get install -y postgresql/);
		} finally {
			fs.rmSync(empty, { recursive: true, force: true });
		}
	});

	it('estimate a first query on the phone profile from its parts', () => {
		const estimate = firstQueryOnPhone(2048, 100, 5);
		expect(estimate.connectMs).toBe(450);
		expect(estimate.transferMs).toBeCloseTo(10, 5);
		expect(estimate.totalMs).toBeCloseTo(450 + 150 + 10 + 100 + 20, 5);
	});
});

describe('command lines', () => {
	it('stop with the missing setting and a fix when the database or the site is not given', async () => {
		const { runCli: importCli } = await import('../../tools/national/import-cli.ts');
		const { runCli: serveCli } = await import('../../tools/national/serve.ts');
		const lines: string[] = [];
		const io = { out: (line: string) => lines.push(line), err: (line: string) => lines.push(line) };
		const saved = process.env.DATABASE_URL;
		delete process.env.DATABASE_URL;
		try {
			expect(await importCli(['--dist', 'dist'], io)).toBe(2);
			expect(await serveCli([], io)).toBe(2);
		} finally {
			if (saved !== undefined) process.env.DATABASE_URL = saved;
		}
		expect(lines).toHaveLength(2);
		for (const line of lines) expect(line).toMatch(/Thiếu .*Cách sửa/);
	});
});
