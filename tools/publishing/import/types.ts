/** Shared shapes of the document importer. */
import type { AwardFormKey } from '../../../src/schema/awards.ts';
import type { DocumentType } from '../../../src/schema/vocabulary.ts';

/** One line of the input, with its 1-based line number in the original file. */
export interface SourceLine {
	no: number;
	text: string;
}

/** Something the importer could not read, or read with doubt. Messages are for press officers, in Vietnamese. */
export interface ImportWarning {
	/** Line in the input file, when the problem has one. */
	line?: number;
	/** Frontmatter field it concerns ("number", "date", "agency", …), or "ocr" / "body" / "source". */
	field: string;
	/** What is wrong, in Vietnamese, with the field name in parentheses. */
	message: string;
	/** What to do about it. */
	hint?: string;
}

/** An agency as the importer needs it, read from content/agencies/<id>.yaml. */
export interface AgencyRef {
	id: string;
	name: string;
	printedName?: string;
	level: string;
	/** The agency's own site ("https://chinhphu.vn"): a portal post copied from it was issued by it. */
	website?: string;
	validFrom?: string;
	validTo?: string;
}

export interface ImportOptions {
	/** Known agencies; without them no agency can be matched. */
	agencies?: AgencyRef[];
	/** Agency id chosen by the officer (--agency); wins over matching. */
	agency?: string;
	/** Name of the input file, for the source note and the suggested file name. */
	fileName?: string;
	/** The text came from OCR of a scan: the draft is marked digitised (so-hoa). */
	scanned?: boolean;
	/** Web address the text was copied from (--source), when the file has no SOURCE: line. */
	sourceUrl?: string;
	/** What reading the file converted (UTF-16, Windows-1258, a TCVN3 font), reported first. */
	inputNote?: string;
}

export interface Citation {
	kind: string;
	number?: string;
	date?: string;
	issuer?: string;
	title?: string;
}

export interface Signer {
	prefix?: 'TM.' | 'KT.' | 'TL.' | 'TUQ.';
	for?: string;
	position?: string;
	name: string;
}

export interface Honouree {
	kind: 'tap-the' | 'ca-nhan' | 'ho-gia-dinh';
	name: string;
	honorific?: 'Ông' | 'Bà';
	position?: string;
	unit?: string;
	award?: AwardFormKey;
	achievement?: string;
}

/** The draft frontmatter: every field the importer could fill, in the schema's shape. */
export interface DraftFrontmatter {
	type?: DocumentType;
	number?: string;
	symbol?: string;
	date?: string;
	place?: string;
	agency?: string;
	title?: string;
	summary?: string;
	signer?: Signer;
	basis: Citation[];
	recipients: string[];
	deadlines: { date: string; what: string }[];
	source: { kind: 'ban-dien-tu' | 'so-hoa'; url?: string; note?: string };
	award?: AwardFormKey;
	honourees: Honouree[];
	draft: true;
}

export interface ImportResult {
	frontmatter: DraftFrontmatter;
	/** MDX body (Markdown), without frontmatter. */
	body: string;
	warnings: ImportWarning[];
	/** "<agency or chua-ro-co-quan>/<year or chua-ro-nam>/<name>.mdx", relative to the output folder. */
	suggestedPath: string;
	/** The complete file to write: frontmatter with TODO comments, then the body. */
	mdx: string;
}

/** A paragraph, heading or list item of the body, built from one or more input lines. */
export interface Block {
	/** First input line of the block. */
	line: number;
	/** Last input line of the block. */
	endLine: number;
	/** Text with wrapped lines joined by spaces. */
	text: string;
}
