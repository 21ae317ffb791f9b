/**
 * The "cite this document" line, in the order Vietnamese references to
 * official documents use: issuer, type and number, date, quoted title, where
 * to read it. No access date: it would change every build, and the address
 * is permanent.
 */
import type { DocumentData } from '../schema/document.ts';
import { documentHeading } from '../lib/document-view.ts';
import { formatDateLong } from '../lib/dates.ts';

/** UBND huyện Thuận Nam, Kế hoạch …/KH-UBND, tháng 01 năm 2023, “Phát động …”, https://…/van-ban/…/ */
export function documentCitation(data: Pick<DocumentData, 'type' | 'number' | 'symbol' | 'date' | 'title'>, agencyName: string, url: string): string {
	const heading = documentHeading(data).replace(/ \(không rõ số\)$/, '');
	return [agencyName, heading, formatDateLong(data.date), `“${data.title}”`, url].map((part) => part.normalize('NFC')).join(', ');
}
