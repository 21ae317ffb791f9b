/**
 * Old addresses of renamed or moved documents (the `aliases` field) keep
 * working: each gets a static redirect page. Only public documents come from
 * site(), so a draft's old address leads nowhere until it is published.
 * The checker (src/validation/rules-aliases.ts) rejects aliases that
 * collide with a real page or with each other, so no two routes build one path.
 */
import type { APIRoute } from 'astro';
import type { Redirect } from '../../share/redirect-table.ts';
import type { DocumentEntry } from '../../lib/content.ts';
import { redirectPaths, redirectResponse } from '../../share/redirect-routes.ts';

export const getStaticPaths = () => redirectPaths('alias', 'alias', '/');

export const GET: APIRoute = ({ props }) => redirectResponse((props as { redirect: Redirect<DocumentEntry> }).redirect);
