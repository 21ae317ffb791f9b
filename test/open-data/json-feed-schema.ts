/** The parts of JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) a reader relies on, as a JSON Schema. */
export const JSON_FEED_SCHEMA = {
	type: 'object',
	required: ['version', 'title', 'items'],
	properties: {
		version: { const: 'https://jsonfeed.org/version/1.1' },
		title: { type: 'string', minLength: 1 },
		home_page_url: { type: 'string', format: 'uri' },
		feed_url: { type: 'string', format: 'uri' },
		description: { type: 'string' },
		language: { type: 'string' },
		authors: { type: 'array', items: { $ref: '#/$defs/author' } },
		items: {
			type: 'array',
			items: {
				type: 'object',
				required: ['id'],
				anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
				properties: {
					id: { type: 'string', minLength: 1 },
					url: { type: 'string', format: 'uri' },
					title: { type: 'string' },
					summary: { type: 'string' },
					content_text: { type: 'string' },
					date_published: { type: 'string', format: 'date-time' },
					tags: { type: 'array', items: { type: 'string' } },
					authors: { type: 'array', items: { $ref: '#/$defs/author' } },
				},
			},
		},
	},
	$defs: {
		author: { type: 'object', anyOf: [{ required: ['name'] }, { required: ['url'] }], properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
	},
};
