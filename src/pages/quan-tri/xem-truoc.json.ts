import type { APIRoute } from 'astro';
import { previewNames } from '../../admin/assets.ts';

export const GET: APIRoute = () => Response.json(previewNames());
