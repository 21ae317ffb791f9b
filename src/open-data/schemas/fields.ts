/**
 * Small builders for the open data JSON Schemas (draft 2020-12). Every
 * field is required and may be null instead of missing, so the CSV has the
 * same columns on every row; nothing beyond the listed fields is allowed,
 * which keeps the files to an explicit whitelist.
 */
export type JsonSchema = Record<string, unknown>;

export const text = (description: string): JsonSchema => ({ type: 'string', minLength: 1, description });
export const optionalText = (description: string): JsonSchema => ({ type: ['string', 'null'], minLength: 1, description });
export const integer = (description: string): JsonSchema => ({ type: 'integer', minimum: 0, description });
export const flag = (description: string): JsonSchema => ({ type: 'boolean', description });
export const link = (description: string): JsonSchema => ({ type: 'string', format: 'uri', description });
export const optionalLink = (description: string): JsonSchema => ({ type: ['string', 'null'], format: 'uri', description });
export const oneOf = (values: readonly string[], description: string): JsonSchema => ({ type: 'string', enum: [...values], description });
export const listOf = (items: JsonSchema, description: string): JsonSchema => ({ type: 'array', items, description });

const PARTIAL_DATE = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
export const partialDate = (description: string): JsonSchema => ({
	type: 'string',
	pattern: PARTIAL_DATE,
	description: `${description} Dạng NNNN-TT-NN, NNNN-TT hoặc NNNN: chỉ ghi đến tháng hoặc năm khi văn bản chỉ cho biết đến đó.`,
});
export const optionalPartialDate = (description: string): JsonSchema => ({ ...partialDate(description), type: ['string', 'null'] });
export const slug = (description: string): JsonSchema => ({ type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description });
export const optionalSlug = (description: string): JsonSchema => ({ ...slug(description), type: ['string', 'null'] });

/** A data set file: what it is, its licence, and its records. */
export function datasetSchema(name: string, title: string, description: string, properties: Record<string, JsonSchema>, schemaUrl: string): JsonSchema {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: schemaUrl,
		title,
		description,
		type: 'object',
		additionalProperties: false,
		required: ['$schema', 'title', 'licence', 'source', 'generated', 'count', 'items'],
		properties: {
			$schema: { type: 'string', format: 'uri', description: 'Địa chỉ của lược đồ này.' },
			title: { type: 'string', description: 'Tên bộ dữ liệu.' },
			licence: {
				type: 'object',
				additionalProperties: false,
				required: ['name', 'url'],
				properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
				description: 'Giấy phép sử dụng dữ liệu.',
			},
			source: { type: 'string', format: 'uri', description: 'Trang giới thiệu dữ liệu mở, nơi ghi cách trích dẫn.' },
			generated: { type: 'string', format: 'date', description: 'Ngày tạo tệp dữ liệu.' },
			count: { type: 'integer', minimum: 0, description: 'Số bản ghi trong items.' },
			items: { type: 'array', items: { $ref: `#/$defs/${name}` }, description: 'Các bản ghi.' },
		},
		$defs: {
			[name]: { type: 'object', additionalProperties: false, required: Object.keys(properties), properties },
		},
	};
}
