import type { APIRoute } from 'astro';
import { configYaml } from '../../admin/assets.ts';

/** The editor's configuration, generated from the zod schemas at every build. */
export const GET: APIRoute = () => new Response(configYaml(), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
