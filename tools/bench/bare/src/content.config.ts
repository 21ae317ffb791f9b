import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// No schema on purpose: the baseline measures loading and rendering only.
const documents = defineCollection({
	loader: glob({ pattern: '*/*/*.mdx', base: path.join(process.env.CONTENT_DIR ?? '../../../content', 'documents') }),
});

export const collections = { documents };
