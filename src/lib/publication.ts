/**
 * The single rule for what may reach any output. Pages, search, feeds,
 * sitemap, share images and data files all go through it.
 */
export interface Publishable {
	draft?: boolean;
	publishAt?: string;
}

export function isPublic(data: Publishable, at: Date): boolean {
	if (data.draft) return false;
	if (data.publishAt && Date.parse(data.publishAt) > at.getTime()) return false;
	return true;
}
