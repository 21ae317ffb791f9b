/**
 * The editor's whole configuration (Decap CMS config.yml), generated from
 * the zod schemas at build time: one collection per document type, plus
 * agencies and campaigns, which documents name through searchable relations.
 */
import type { z } from 'astro/zod';
import { agencySchema } from '../schema/agency.ts';
import { campaignSchema } from '../schema/campaign.ts';
import { documentSchema } from '../schema/document.ts';
import { DOCUMENT_TYPES, type DocumentType } from '../schema/vocabulary.ts';
import { type CmsBackend, backendFromEnv } from './backend.ts';
import { fieldText } from './field-text.ts';
import { type CmsField, fieldsOf } from './zod-fields.ts';

/** Fields the checker allows only on award decisions (see the schema's refinement); other types do not show them. */
const AWARD_ONLY_FIELDS = new Set(['award', 'honourees']);

/** Document fields a new document starts with, where the form's default differs from the schema's. */
const NEW_DOCUMENT_DEFAULTS: Record<string, unknown> = {
	// Like `npm run new`: a document starts as a draft and is published by turning this off after review.
	draft: true,
};

export interface CmsCollection {
	name: string;
	label: string;
	label_singular: string;
	description?: string;
	folder: string;
	path?: string;
	extension: string;
	format: string;
	create: boolean;
	slug: string;
	identifier_field: string;
	summary?: string;
	filter?: { field: string; value: string };
	sortable_fields?: string[];
	media_folder?: string;
	public_folder?: string;
	fields: CmsField[];
}

export interface CmsConfig {
	backend: CmsBackend;
	local_backend?: boolean | { url: string };
	publish_mode: 'editorial_workflow';
	locale: string;
	media_folder: string;
	public_folder: string;
	omit_empty_optional_fields: boolean;
	search: boolean;
	slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: string };
	collections: CmsCollection[];
}

type AnySchema = z.ZodType;

/** The body of an MDX document, below its frontmatter. */
function bodyField(): CmsField {
	const text = fieldText('body');
	// Rich text only, with the blocks the site renders: no raw-Markdown toggle, no image or code components
	// (the checker refuses HTML and the body has no images); fewer controls is also fewer unnamed ones for screen readers.
	return {
		label: text.label,
		name: 'body',
		widget: 'markdown',
		hint: text.hint,
		modes: ['rich_text'],
		buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
		editor_components: [],
	} as CmsField;
}

function documentCollection(type: DocumentType, schema: AnySchema): CmsCollection {
	const label = DOCUMENT_TYPES[type].label;
	const fields = fieldsOf(schema)
		.filter((field) => type === 'quyet-dinh-khen-thuong' || !AWARD_ONLY_FIELDS.has(field.name))
		.map((field): CmsField => {
			// The collection is the type: the form writes it without asking.
			if (field.name === 'type') return { label: field.label, name: 'type', widget: 'hidden', default: type };
			// Decap takes {{year}} in the path from a field of widget "datetime" or "date", else from today:
			// "date" is our text input for partial dates (public/quan-tri/trinh-bien-tap.js), so the year is the issue date's.
			if (field.name === 'date') return { ...field, widget: 'date' };
			if (field.name in NEW_DOCUMENT_DEFAULTS) return { ...field, default: NEW_DOCUMENT_DEFAULTS[field.name] };
			return field;
		});
	return {
		name: type,
		label,
		label_singular: label,
		folder: 'content/documents',
		// content/documents/<agency>/<year>/<name>.mdx: the document's URL is this path.
		path: '{{agency}}/{{year}}/{{slug}}',
		extension: 'mdx',
		format: 'frontmatter',
		create: true,
		slug: '{{slug}}',
		identifier_field: 'title',
		summary: '{{title}} ({{date}})',
		filter: { field: 'type', value: type },
		sortable_fields: ['date', 'title'],
		// Attachments sit beside the document, as the checker and the site expect.
		media_folder: '',
		public_folder: '.',
		fields: [...fields, bodyField()],
	};
}

function yamlCollection(name: string, label: string, folder: string, identifier: string, schema: AnySchema): CmsCollection {
	return {
		name,
		label,
		label_singular: label,
		folder,
		extension: 'yaml',
		format: 'yaml',
		create: true,
		// The file name is the id documents use: ASCII, from the name, e.g. "ubnd-huyen-mo-duc".
		slug: '{{slug}}',
		identifier_field: identifier,
		fields: fieldsOf(schema),
	};
}

export interface CmsSchemas {
	document: AnySchema;
	agency: AnySchema;
	campaign: AnySchema;
}

const SITE_SCHEMAS: CmsSchemas = { document: documentSchema, agency: agencySchema, campaign: campaignSchema };

/** The configuration for these schemas (the site's own unless a test passes others) and this backend. */
export function cmsConfig(schemas: CmsSchemas = SITE_SCHEMAS, backend = backendFromEnv()): CmsConfig {
	const types = Object.keys(DOCUMENT_TYPES) as DocumentType[];
	return {
		backend: backend.backend,
		...(backend.localBackend ? { local_backend: backend.localBackend } : {}),
		// A save is a branch and a pull (merge) request; publishing is the merge, after a second person's review.
		publish_mode: 'editorial_workflow',
		locale: 'vi',
		media_folder: 'content/_tep-tai-len',
		public_folder: '.',
		omit_empty_optional_fields: true,
		search: true,
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [
			...types.map((type) => documentCollection(type, schemas.document)),
			yamlCollection('agencies', 'Cơ quan', 'content/agencies', 'name', schemas.agency),
			yamlCollection('campaigns', 'Phong trào thi đua', 'content/campaigns', 'title', schemas.campaign),
		],
	};
}
