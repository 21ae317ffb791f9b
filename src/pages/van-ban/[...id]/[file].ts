/**
 * Serves each attachment under its document's URL: /van-ban/<id>/<file>.
 * Only documents that are public get their files published; a draft's or an
 * embargoed document's signed original never reaches the output. The build
 * writes them as files (`astro preview` and any static host serve them);
 * `astro dev` does not route them. Only files publishedAttachments() found
 * safe are listed, and they are read again without following links.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../lib/content.ts';
import { publishedAttachments } from '../../../attachments/attachments.ts';
import { readFileBeside } from '../../../attachments/attachment-file.ts';

export const getStaticPaths = (async () => {
	const { documents } = await site();
	return documents.flatMap((doc) =>
		publishedAttachments(doc.id, doc.data.attachments).map((attachment) => ({
			params: { id: doc.id, file: attachment.fileName },
			props: { sourcePath: attachment.sourcePath, mime: attachment.mime },
		})),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const { sourcePath, mime } = props as { sourcePath: string; mime: string };
	return new Response(readFileBeside(sourcePath), { headers: { 'Content-Type': mime } });
};
