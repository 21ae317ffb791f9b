import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../lib/yaml.ts';
import { foldVietnamese } from '../lib/fold.ts';
import type { Judgment } from './relevance-metrics.ts';

/** The parts of a synthetic document (tools/bench/corpus.ts) a judgment needs. */
interface SyntheticDocument {
	url: string;
	title: string;
	number?: string;
	symbol?: string;
	signer?: string;
	people: string[];
}

function readDocuments(contentDir: string): SyntheticDocument[] {
	const base = path.join(contentDir, 'documents');
	return fs
		.readdirSync(base, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const source = fs.readFileSync(path.join(base, file), 'utf8');
			const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as {
				title: string;
				number?: string;
				symbol?: string;
				signer?: { name?: string };
				honourees?: { kind: string; name: string }[];
			};
			return {
				url: `/van-ban/${file.split(path.sep).join('/').replace(/\.mdx$/, '')}/`,
				title: data.title,
				number: data.number,
				symbol: data.symbol,
				signer: data.signer?.name,
				people: (data.honourees ?? []).filter((h) => h.kind === 'ca-nhan').map((h) => h.name),
			};
		});
}

/**
 * Judgments for a synthetic corpus, taken from the corpus's own data: for
 * every `step`-th document, its title (with diacritics, and folded as a phone
 * types it), its number, and the name of a person it honours or its signer
 * (both ways too).
 * The relevant pages are those the data says hold that title, number or
 * person, so the judgments follow the corpus whatever its size or seed.
 */
export function syntheticJudgments(contentDir: string, count = 60): Judgment[] {
	const documents = readDocuments(contentDir);
	const step = Math.max(1, Math.floor(documents.length / Math.ceil(count / 5)));
	const judgments: Judgment[] = [];
	const holding = (test: (doc: SyntheticDocument) => boolean) => documents.filter(test).map((doc) => doc.url);
	for (let i = 0; i < documents.length && judgments.length < count; i += step) {
		const doc = documents[i]!;
		judgments.push({ kind: 'title', query: doc.title, relevant: [doc.url], why: 'its own title' });
		judgments.push({ kind: 'title-folded', query: foldVietnamese(doc.title).toLowerCase(), relevant: [doc.url], why: 'its own title without diacritics' });
		if (doc.number && doc.symbol) {
			const number = `${doc.number}/${doc.symbol}`;
			judgments.push({ kind: 'number', query: number, relevant: holding((d) => d.number === doc.number && d.symbol === doc.symbol), why: 'documents with this own number' });
		}
		const person = doc.people[0] ?? doc.signer;
		if (person) {
			const relevant = holding((d) => d.people.includes(person) || d.signer === person);
			judgments.push({ kind: 'name', query: person, relevant, why: 'documents honouring or signed by this person' });
			judgments.push({ kind: 'name-folded', query: foldVietnamese(person).toLowerCase(), relevant, why: 'the same name without diacritics' });
		}
	}
	return judgments;
}
