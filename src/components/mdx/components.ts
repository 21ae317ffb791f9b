import { jsx } from 'astro/jsx-runtime';
import type { MdxComponentName } from '../../validation/body-syntax.ts';
import type { DocumentData } from '../../schema/document.ts';
import Note from './Note.astro';
import Photo from './Photo.astro';
import PhotoImage from './PhotoImage.astro';
import Honourees from './Honourees.astro';
import Chart from './Chart.astro';
import DocumentCard from './DocumentCard.astro';

/**
 * The components map a document body is compiled against: exactly the
 * allow-list of the check (`MDX_COMPONENTS`), so a body needs no imports.
 * `<Honourees />` and `<Chart />` draw the document's own data, handed to
 * them here (MDX passes a component only the props written in the body).
 * `img` is Astro's hook for images in MDX: photos and Markdown images go
 * through the image service as `<Picture>`.
 */
export function mdxComponentsFor(data: DocumentData): Record<MdxComponentName | 'img', unknown> {
	return {
		Note,
		Photo,
		DocumentCard,
		Honourees: (props: object) => jsx(Honourees, { ...props, data }),
		Chart: (props: object) => jsx(Chart, { ...props, data }),
		img: PhotoImage,
	};
}
