/**
 * Questions on the terminal, one answer per line. Lines are read through an
 * async iterator, so answers piped in all at once (tests, scripts) queue up
 * instead of being lost between two questions.
 */
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Parsed } from './fields.ts';

export class InputEnded extends Error {}

export interface Asker {
	/** Asks until the answer parses; an empty answer takes `fallback` when given. */
	ask<T>(question: string, parse: (answer: string) => Parsed<T>, fallback?: string): Promise<T>;
	say(text: string): void;
	close(): void;
}

export function createAsker(input: Readable, output: Writable): Asker {
	const rl = readline.createInterface({ input, terminal: false });
	const lines = rl[Symbol.asyncIterator]();
	const say = (text: string) => output.write(`${text}\n`);
	return {
		say,
		async ask(question, parse, fallback) {
			for (;;) {
				output.write(`${question}${fallback ? ` [${fallback}]` : ''}\n› `);
				const next = await lines.next();
				if (next.done) {
					output.write('\n');
					throw new InputEnded('Dừng lại vì không còn câu trả lời nào (đầu vào đã hết).');
				}
				// "-" clears a suggested default, e.g. a symbol the copy does not show.
				const typed = next.value.trim() === '-' ? '' : next.value;
				const answer = next.value.trim() === '' && fallback !== undefined ? fallback : typed;
				const parsed = parse(answer);
				if (parsed.ok) return parsed.value;
				say(`  Chưa đúng: ${parsed.error}. Nhập lại.`);
			}
		},
		close: () => rl.close(),
	};
}
