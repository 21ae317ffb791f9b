/**
 * Turns a zod object schema into Decap CMS form fields, so the editor shows
 * exactly the fields the checker accepts: a field added to a schema appears
 * in the form at the next build, with no second list to keep in step.
 *
 * It reads zod's own definition tree (`_zod.def`) rather than
 * `z.toJSONSchema()`, which refuses the schemas' transforms and preprocessors
 * and would lose which string is an id of another entry.
 */
import type { z } from 'astro/zod';
import { fullDate, partialDate } from '../schema/common.ts';
import { fieldText } from './field-text.ts';
import { optionLabel } from './option-labels.ts';

/** A Decap CMS field as written to config.yml (only the keys this generator uses). */
export interface CmsField {
	label: string;
	name: string;
	widget: string;
	required?: boolean;
	hint?: string;
	default?: unknown;
	pattern?: [string, string];
	options?: { label: string; value: string }[];
	multiple?: boolean;
	fields?: CmsField[];
	field?: CmsField;
	collapsed?: boolean;
	summary?: string;
	collection?: string;
	value_field?: string;
	search_fields?: string[];
	display_fields?: string[];
	options_length?: number;
	media_folder?: string;
	public_folder?: string;
	choose_url?: boolean;
	add_to_top?: boolean;
}

/** Fields that hold the id of another entry, and the collection it names. */
export const REFERENCES: Record<string, { collection: string; display: string; search: string[] }> = {
	agency: { collection: 'agencies', display: 'name', search: ['name', 'printedName', 'province'] },
	parent: { collection: 'agencies', display: 'name', search: ['name', 'printedName', 'province'] },
	successor: { collection: 'agencies', display: 'name', search: ['name', 'printedName', 'province'] },
	campaign: { collection: 'campaigns', display: 'title', search: ['title', 'slogan'] },
};

/** Files beside the document (attachments): the path is written "./name.pdf", as the schema asks. */
const FILE_FIELDS = new Set(['attachments.file']);

type Def = { type: string; [key: string]: unknown };
type AnySchema = z.ZodType;

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** What the zod field says about itself (`.describe()`, `.meta({ title, description })`), through its wrappers. */
function described(schema: AnySchema): { title?: string; description?: string } {
	let current: unknown = schema;
	for (let depth = 0; depth < 6 && current; depth++) {
		const meta = (current as AnySchema).meta?.() as { title?: string; description?: string } | undefined;
		const description = (current as AnySchema).description;
		if (meta?.title || meta?.description || description) return { title: meta?.title, description: meta?.description ?? description };
		const def = defOf(current);
		current = def.innerType ?? (def.type === 'pipe' ? (defOf(def.in).type === 'transform' ? def.out : def.in) : undefined);
	}
	return {};
}

interface Unwrapped {
	schema: AnySchema;
	optional: boolean;
	fallback?: unknown;
}

/** Strips optional/default/pipe wrappers down to the type the press officer types in. */
function unwrap(schema: AnySchema): Unwrapped {
	let current = schema;
	let optional = false;
	let fallback: unknown;
	for (;;) {
		if (current === partialDate || current === fullDate) return { schema: current, optional, fallback };
		const def = defOf(current);
		if (def.type === 'optional') {
			optional = true;
			current = def.innerType as AnySchema;
		} else if (def.type === 'default' || def.type === 'prefault') {
			optional = true;
			const value = def.defaultValue;
			fallback = typeof value === 'function' ? (value as () => unknown)() : value;
			current = def.innerType as AnySchema;
		} else if (def.type === 'pipe') {
			// A preprocess is pipe(transform, target); text() and email are pipe(string, …): the input side is what is typed.
			current = (defOf(def.in).type === 'transform' ? def.out : def.in) as AnySchema;
		} else {
			return { schema: current, optional, fallback };
		}
	}
}

/** The first regular expression a string schema checks, for the form's own live validation. */
function regexOf(schema: AnySchema): string | undefined {
	const checks = (defOf(schema).checks ?? []) as { _zod: { def: { format?: string; pattern?: RegExp } } }[];
	const pattern = checks.map((check) => check._zod.def).find((check) => check.format === 'regex')?.pattern;
	return pattern?.source;
}

const PARTIAL_DATE_PATTERN = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
const FULL_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** The form field for one schema field; `path` is its dotted path without list indexes. */
export function fieldFor(name: string, path: string, schema: AnySchema): CmsField {
	const { schema: inner, optional, fallback } = unwrap(schema);
	const text = fieldText(path, described(schema));
	const base = {
		label: text.label,
		name,
		...(text.hint ? { hint: text.hint } : {}),
		...(optional ? { required: false } : {}),
	};
	if (inner === partialDate) return { ...base, widget: 'string', pattern: [PARTIAL_DATE_PATTERN, 'Ngày dạng NNNN-TT-NN, NNNN-TT hoặc NNNN, ví dụ 2024-01-19'] };
	if (inner === fullDate) return { ...base, widget: 'string', pattern: [FULL_DATE_PATTERN, 'Ngày đủ ngày, tháng, năm dạng NNNN-TT-NN, ví dụ 2024-01-19'] };

	const def = defOf(inner);
	const reference = REFERENCES[name];
	switch (def.type) {
		case 'string': {
			if (reference) {
				return {
					...base,
					// The relation widget, searched without diacritics (public/quan-tri/trinh-bien-tap.js).
					widget: 'lien-ket',
					collection: reference.collection,
					value_field: '{{slug}}',
					search_fields: reference.search,
					display_fields: [reference.display],
					options_length: 50,
				};
			}
			// A closed list checked by a refinement (awardForm) names its values in its metadata.
			const listed = ((inner as AnySchema).meta?.() as { options?: readonly string[] } | undefined)?.options;
			if (listed) return { ...base, widget: 'select', options: listed.map((value) => ({ label: optionLabel(value), value })) };
			if (FILE_FIELDS.has(path)) return { ...base, widget: 'file', media_folder: '', public_folder: '.', choose_url: false };
			const pattern = regexOf(inner);
			return {
				...base,
				widget: text.multiline ? 'text' : 'string',
				...(pattern ? { pattern: [pattern, text.hint ?? 'Không đúng dạng'] } : {}),
			};
		}
		case 'number':
			return { ...base, widget: 'number', value_type: 'int' } as CmsField;
		case 'boolean':
			return { ...base, widget: 'boolean', ...(typeof fallback === 'boolean' ? { default: fallback } : {}) };
		case 'enum':
			return { ...base, widget: 'select', options: enumOptions(def) };
		case 'object':
			// Decap checks the required fields of an object even when the object is left empty: inside an optional one, none is required (the checker still is).
			return { ...base, widget: 'object', collapsed: optional, fields: optional ? fieldsOf(inner, path).map((field) => ({ ...field, required: false })) : fieldsOf(inner, path) };
		case 'union':
			// A citation is one of several shapes: the form offers every field of each, all optional, and the checker says which combination is wrong.
			return {
				...base,
				widget: 'object',
				fields: mergeUnionFields(def.options as AnySchema[], path),
			};
		case 'array':
			return listField(base, path, def.element as AnySchema, name);
		default:
			// A kind of field this generator does not know yet still appears, as plain text the checker then judges.
			return { ...base, widget: 'string' };
	}
}

function enumOptions(def: Def): { label: string; value: string }[] {
	const values = Object.values(def.entries as Record<string, string>);
	return values.map((value) => ({ label: optionLabel(value), value }));
}

function listField(base: Omit<CmsField, 'widget'>, path: string, element: AnySchema, name: string): CmsField {
	const { schema: inner } = unwrap(element);
	const def = defOf(inner);
	if (def.type === 'enum') return { ...base, widget: 'select', multiple: true, options: enumOptions(def) };
	if (def.type === 'object' || def.type === 'union') {
		const fields = def.type === 'object' ? fieldsOf(inner, path) : mergeUnionFields(def.options as AnySchema[], path);
		const summaryField = fields.find((field) => ['name', 'title', 'what', 'kind', 'number'].includes(field.name)) ?? fields[0];
		return {
			...base,
			widget: 'list',
			collapsed: true,
			...(summaryField ? { summary: `{{fields.${summaryField.name}}}` } : {}),
			fields,
		};
	}
	const item = fieldFor(name, path, element);
	return { ...base, widget: 'list', field: { ...item, label: base.label, required: true } };
}

function mergeUnionFields(options: AnySchema[], path: string): CmsField[] {
	const merged = new Map<string, CmsField>();
	for (const option of options) {
		for (const field of fieldsOf(option, path)) {
			if (!merged.has(field.name)) merged.set(field.name, { ...field, required: false });
		}
	}
	return [...merged.values()];
}

/** Every field of an object schema, in the schema's order. */
export function fieldsOf(schema: AnySchema, parentPath = ''): CmsField[] {
	const { schema: inner } = unwrap(schema);
	const shape = defOf(inner).shape as Record<string, AnySchema> | undefined;
	if (!shape) throw new Error(`Not an object schema at "${parentPath || '(root)'}"`);
	return Object.entries(shape).map(([name, field]) => fieldFor(name, parentPath ? `${parentPath}.${name}` : name, field));
}
