/** Read the agencies the importer matches against from content/agencies/*.yaml. */
import fs from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../../../src/lib/yaml.ts';
import type { AgencyRef } from './types.ts';

const asText = (value: unknown): string | undefined => {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string' || typeof value === 'number') return String(value);
	return undefined;
};

export function loadAgencies(dir: string): AgencyRef[] {
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((file) => file.endsWith('.yaml') || file.endsWith('.yml'))
		.sort()
		.flatMap((file) => {
			const data: unknown = parseYaml(fs.readFileSync(path.join(dir, file), 'utf8'));
			if (!data || typeof data !== 'object') return [];
			const record = data as Record<string, unknown>;
			const name = asText(record.name);
			if (!name) return [];
			return [{
				id: file.replace(/\.ya?ml$/, ''),
				name,
				printedName: asText(record.printedName),
				level: asText(record.level) ?? '',
				website: asText(record.website),
				validFrom: asText(record.validFrom),
				validTo: asText(record.validTo),
			}];
		});
}
