/**
 * Short links for print and SMS: /d/<code>/ leads to a public document.
 * Codes kept from a document's earlier file names lead there too, so notices
 * printed before a rename still work. An endpoint writing index.html, so the
 * page is only the redirect (src/share/redirect-page.ts).
 */
import type { APIRoute } from 'astro';
import type { Redirect } from '../../../share/redirect-table.ts';
import type { DocumentEntry } from '../../../lib/content.ts';
import { redirectPaths, redirectResponse } from '../../../share/redirect-routes.ts';

export const getStaticPaths = () => redirectPaths('short-link', 'code', '/d/');

export const GET: APIRoute = ({ props }) => redirectResponse((props as { redirect: Redirect<DocumentEntry> }).redirect);
