import type { JsonSchema } from './schemas/fields.ts';

/** A field of a data set as the open data page documents it, straight from its JSON Schema. */
export interface FieldDoc {
	name: string;
	type: string;
	description: string;
}

const TYPE_NAMES: Record<string, string> = { string: 'chữ', integer: 'số nguyên', boolean: 'đúng/sai (true/false)', array: 'danh sách' };

export function fieldDocs(fields: Record<string, JsonSchema>): FieldDoc[] {
	return Object.entries(fields).map(([name, schema]) => {
		const types = ([] as unknown[]).concat(schema.type);
		const main = types.find((t) => t !== 'null') as string;
		const kind = schema.format === 'uri' ? 'địa chỉ web' : schema.pattern && String(schema.pattern).startsWith('^\\d{4}') ? 'ngày' : schema.enum ? 'mã' : TYPE_NAMES[main] ?? main;
		return { name, type: types.includes('null') ? `${kind}, có thể trống` : kind, description: String(schema.description ?? '') };
	});
}
