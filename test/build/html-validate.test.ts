import { describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, pageFile } from '../helpers/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
	it.each(builtPages())('%s', async (path) => {
		const report = await validator.validateFile(pageFile(path));
		const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
		expect(messages).toEqual([]);
	});
});
