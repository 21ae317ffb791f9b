import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseYaml } from '../../src/lib/yaml.ts';
import { agencySchema } from '../../src/schema/agency.ts';
import { campaignSchema } from '../../src/schema/campaign.ts';
import { documentSchema } from '../../src/schema/document.ts';
import { AWARD_FORM_KEYS } from '../../src/schema/awards.ts';
import { DOCUMENT_TYPE_KEYS } from '../../src/schema/vocabulary.ts';
import { configYaml } from '../../src/admin/assets.ts';
import { backendFromEnv } from '../../src/admin/backend.ts';
import { cmsConfig, type CmsCollection } from '../../src/admin/cms-config.ts';
import type { CmsField } from '../../src/admin/zod-fields.ts';

const siteSchemas = { document: documentSchema, agency: agencySchema, campaign: campaignSchema };
const proxy = backendFromEnv({});
const collection = (config: { collections: CmsCollection[] }, name: string) => config.collections.find((c) => c.name === name)!;
const fieldAt = (fields: CmsField[], path: string): CmsField | undefined => {
	const [head, ...rest] = path.split('.');
	const field = fields.find((f) => f.name === head);
	return rest.length ? fieldAt(field?.fields ?? [], rest.join('.')) : field;
};

describe('the editor configuration is generated from the zod schemas', () => {
	const config = cmsConfig(siteSchemas, proxy);

	it('has one collection per document type, writing content/documents/<agency>/<year>/<name>.mdx', () => {
		const documents = config.collections.filter((c) => c.folder === 'content/documents');
		expect(documents.map((c) => c.name)).toEqual(DOCUMENT_TYPE_KEYS);
		for (const c of documents) {
			expect(c.path).toBe('{{agency}}/{{year}}/{{slug}}');
			expect(fieldAt(c.fields, 'type')).toMatchObject({ widget: 'hidden', default: c.name });
			expect(fieldAt(c.fields, 'date')?.widget).toBe('date');
		}
	});

	it('shows every schema field, and the award fields only on award decisions', () => {
		const schemaFields = Object.keys(documentSchema.shape);
		const award = collection(config, 'quyet-dinh-khen-thuong');
		expect(award.fields.map((f) => f.name)).toEqual([...schemaFields, 'body']);
		const plan = collection(config, 'ke-hoach');
		expect(plan.fields.map((f) => f.name)).toEqual([...schemaFields.filter((n) => n !== 'award' && n !== 'honourees'), 'body']);
	});

	it('labels fields in Vietnamese with the guide\'s rules as help', () => {
		const notice = collection(config, 'thong-bao-ket-luan');
		expect(fieldAt(notice.fields, 'title')).toMatchObject({ label: 'Trích yếu', widget: 'text' });
		expect(fieldAt(notice.fields, 'date')?.hint).toMatch(/NNNN-TT-NN/);
		expect(fieldAt(notice.fields, 'signer.prefix')?.options?.map((o) => o.value)).toEqual(['TM.', 'KT.', 'TL.', 'TUQ.']);
		for (const field of notice.fields) expect(field.label, field.name).toMatch(/^\p{Lu}/u);
	});

	it('offers every award form of the law by its name, honourees as a repeatable group', () => {
		const award = collection(config, 'quyet-dinh-khen-thuong');
		const options = fieldAt(award.fields, 'award')!.options!;
		expect(options.map((o) => o.value)).toEqual(AWARD_FORM_KEYS);
		expect(options.find((o) => o.value === 'giay-khen')?.label).toBe('Giấy khen');
		const honourees = fieldAt(award.fields, 'honourees')!;
		expect(honourees.widget).toBe('list');
		expect(honourees.fields?.map((f) => f.name)).toEqual(Object.keys(documentSchema.shape.honourees.unwrap().element.shape));
		expect(fieldAt(honourees.fields!, 'name')).toMatchObject({ label: 'Tên người hoặc tập thể', widget: 'string' });
		expect(fieldAt(honourees.fields!, 'name')?.required).toBeUndefined();
		expect(fieldAt(honourees.fields!, 'unit')?.required).toBe(false);
	});

	it('links agencies and campaigns as searchable relations, partial dates with their pattern', () => {
		const plan = collection(config, 'ke-hoach');
		expect(fieldAt(plan.fields, 'agency')).toMatchObject({ widget: 'lien-ket', collection: 'agencies', value_field: '{{slug}}' });
		expect(fieldAt(plan.fields, 'campaign')).toMatchObject({ widget: 'lien-ket', collection: 'campaigns', required: false });
		expect(fieldAt(collection(config, 'agencies').fields, 'parent')).toMatchObject({ widget: 'lien-ket', collection: 'agencies' });
		const pattern = new RegExp(fieldAt(plan.fields, 'date')!.pattern![0]);
		for (const good of ['2024-01-19', '2023-01', '2023']) expect(pattern.test(good), good).toBe(true);
		for (const bad of ['19/01/2024', '2024-13', '2024-1-5']) expect(pattern.test(bad), bad).toBe(false);
	});

	it('starts new documents as drafts, with draft and embargo fields', () => {
		const plan = collection(config, 'ke-hoach');
		expect(fieldAt(plan.fields, 'draft')).toMatchObject({ widget: 'boolean', default: true });
		expect(fieldAt(plan.fields, 'publishAt')).toMatchObject({ widget: 'string', required: false });
	});

	it('uses the editorial workflow: a save is a branch, publishing the merge', () => {
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.locale).toBe('vi');
	});
});

describe('a field added to a schema appears in the editor with no other change', () => {
	it('adds a new document field, with a label taken from the schema when it gives one', () => {
		const extended = documentSchema.extend({
			meetingPlace: z.string().optional().describe('Nơi họp'),
			reviewed: z.boolean().default(false),
		});
		const config = cmsConfig({ ...siteSchemas, document: extended }, proxy);
		for (const type of DOCUMENT_TYPE_KEYS) {
			const fields = collection(config, type).fields;
			expect(fieldAt(fields, 'meetingPlace'), type).toMatchObject({ widget: 'string', required: false, hint: 'Nơi họp' });
			expect(fieldAt(fields, 'reviewed'), type).toMatchObject({ widget: 'boolean', default: false });
		}
		expect(configYaml({ ...siteSchemas, document: extended }, proxy)).toContain('name: meetingPlace');
	});

	it('adds a new honouree field and a new value of a closed list', () => {
		const honouree = documentSchema.shape.honourees.unwrap().element.extend({ rank: z.enum(['hang-nhat', 'hang-nhi']).optional() });
		const extended = documentSchema.safeExtend({ honourees: z.array(honouree).default([]) });
		const config = cmsConfig({ ...siteSchemas, document: extended }, proxy);
		const honourees = fieldAt(collection(config, 'quyet-dinh-khen-thuong').fields, 'honourees')!;
		expect(fieldAt(honourees.fields!, 'rank')?.options?.map((o) => o.value)).toEqual(['hang-nhat', 'hang-nhi']);
	});
});

/** The parts of the generated config these checks read. */
type DecapConfig = { backend: unknown; local_backend?: unknown };

describe('config.yml', () => {
	it('is valid YAML naming the backend from the environment', () => {
		const github = parseYaml<DecapConfig>(configYaml(siteSchemas, backendFromEnv({ CMS_REPO: 'so-noi-vu/thi-dua', CMS_BRANCH: 'main' })));
		expect(github.backend).toMatchObject({ name: 'github', repo: 'so-noi-vu/thi-dua', branch: 'main' });
		expect(github.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
		const gitea = parseYaml<DecapConfig>(configYaml(siteSchemas, backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_API_ROOT: 'https://git.example.vn/api/v1', CMS_APP_ID: 'x' })));
		expect(gitea.backend).toMatchObject({ name: 'gitea', api_root: 'https://git.example.vn/api/v1', app_id: 'x', auth_type: 'pkce' });
		expect(parseYaml<DecapConfig>(configYaml(siteSchemas, proxy)).backend).toMatchObject({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1' });
	});

	it('refuses an unknown backend or a hosted one without a repository, in Vietnamese', () => {
		expect(() => backendFromEnv({ CMS_BACKEND: 'svn' })).toThrow(/Cách sửa: đặt CMS_BACKEND/);
		expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab' })).toThrow(/cần CMS_REPO/);
	});
});
