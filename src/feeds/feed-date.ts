import { dateRange, today } from '../lib/dates.ts';

/**
 * Feed readers need a full date-time, but many documents are dated only to
 * the month or year. Like the site's listings, an unknown day counts as the
 * end of its period, never later than the build date, so the items keep the
 * listing order and no item claims a date in the future. The exact partial
 * date is in the item text.
 */
export function feedDate(partial: string, asOf = today()): string {
	const last = dateRange(partial).last;
	return `${last < asOf ? last : asOf}T00:00:00+07:00`;
}
