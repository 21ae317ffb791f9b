import fs from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { BUNDLE_DIR, bundleFiles } from '../../admin/bundle-files.ts';

export const getStaticPaths = (() => bundleFiles().map((bundle) => ({ params: { bundle } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
	new Response(await fs.readFile(path.join(BUNDLE_DIR, params.bundle!)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
