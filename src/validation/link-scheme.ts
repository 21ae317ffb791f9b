/**
 * The scheme a browser would see in a link target. Markdown has already
 * turned character references (&#106;) into characters; a browser also
 * ignores tabs, line breaks and control characters inside a URL and reads
 * the scheme case-insensitively, and percent-encoding is undone here too,
 * so "java&#9;script:", "JAVA%53cript:" and " javascript:" are all seen as
 * what they are. Shared by the content check and the renderer's safeLinks.
 */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'];

function percentDecoded(url: string): string {
	try {
		return decodeURIComponent(url);
	} catch {
		return url.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	}
}

/** The lower-case scheme of a link target ("javascript"), or undefined for a path on this site. */
export function linkScheme(url: string): string | undefined {
	const seen = percentDecoded(url).replace(/[\s\p{C}]/gu, '').toLowerCase();
	return /^([a-z][a-z0-9+.-]*):/.exec(seen)?.[1];
}

/** Whether a link may keep its target: a web, mail or phone address, or a path on this site. */
export function isSafeLinkTarget(url: string): boolean {
	const scheme = linkScheme(url);
	return scheme === undefined || SAFE_SCHEMES.includes(scheme);
}
