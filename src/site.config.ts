/**
 * The one place for the site's identity. Everything that names the site,
 * its operator or its address reads it from here.
 */
/** Another site's search index, merged into this site's results. */
export interface FederatedIndex {
	/** Who runs it, e.g. "UBND tỉnh Khánh Hòa". */
	name: string;
	/** Its Pagefind folder, e.g. "https://khanhhoa.example.vn/pagefind/". */
	indexUrl: string;
	/** Its site address, prefixed to its result links, e.g. "https://khanhhoa.example.vn/". */
	baseUrl: string;
}

/** An organisation named on the site, with an optional link to its own site. */
export interface Organisation {
	/** Full name as the organisation writes it, e.g. "Sở Nội vụ tỉnh Ninh Bình". */
	name: string;
	/** Its own site, e.g. "https://sonoivu.ninhbinh.gov.vn/". */
	url?: string;
}

/**
 * What a deploying agency fills in. This repository runs as a demonstration
 * until one does: unset values leave their line out of every page, so no
 * placeholder ever shows. Each can also come from an environment variable.
 */
export interface DeploymentIdentity {
	/** Agency answerable for the content (cơ quan chủ quản), named in the header line, footer and "Giới thiệu". */
	responsibleAgency?: Organisation;
	/** Person in charge of the content (người chịu trách nhiệm chính), as Vietnamese portals name them. */
	editorInChief?: string;
	/** The portal's licence line if it holds one, e.g. "Giấy phép số 12/GP-TTĐT ngày 01/02/2025 của Sở Văn hóa, Thể thao và Du lịch". */
	portalLicence?: string;
	/** Site path of the emblem (quốc huy or the agency's logo) placed in public/, e.g. "/quoc-huy.svg"; unset shows none. */
	emblem?: string;
	/** Postal address of the operator. */
	address?: string;
}

const env = (name: string) => process.env[name]?.trim() || undefined;

export const SITE = {
	/** Site name, shown in the header, titles and share images. */
	name: 'Thi đua – Khen thưởng Công khai',
	/** Short name for tight spaces. */
	shortName: 'TĐKT Công khai',
	/** One line on what the site is. */
	tagline: 'Kế hoạch, thông báo kết luận và quyết định khen thưởng của các phong trào thi đua, công khai và dễ tra cứu.',
	/** Who runs the site. */
	operator: 'Nhóm biên tập Thi đua – Khen thưởng Công khai',
	/**
	 * Where readers write to: the operator's real mailbox, set by the deploying agency (SITE_CONTACT_EMAIL).
	 * Unset on this demonstration, which has no mailbox: pages then leave the contact line out. A build
	 * for a production address refuses an `example` domain here (src/site-identity.ts).
	 */
	contactEmail: env('SITE_CONTACT_EMAIL'),
	/**
	 * Canonical address of the site, without a trailing slash; the deploying agency sets SITE_URL. The
	 * default is an `example` name on purpose: it marks a build as a demonstration, not a production site.
	 */
	url: (process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn').replace(/\/$/, ''),
	/** Repository holding the content; enables "history" links when set. */
	repositoryUrl: process.env.REPOSITORY_URL ?? '',
	/**
	 * Other agencies' sites whose Pagefind indexes this site's search also
	 * queries (federation). Each must serve /pagefind/ with CORS allowing this
	 * site. SEARCH_FEDERATION (JSON) overrides it for previews and tests.
	 */
	federatedSearch: JSON.parse(process.env.SEARCH_FEDERATION ?? '[]') as FederatedIndex[],
	/**
	 * The national search endpoint the search page asks first, e.g.
	 * "https://timkiem.example.gov.vn/api/tim-kiem" (docs/national.md); it falls back to this
	 * site's own index when the endpoint is slow or down. Unset (the default): only the site's own
	 * index. Set by NATIONAL_SEARCH_URL; its origin must also be allowed in `connect-src`.
	 */
	nationalSearch: env('NATIONAL_SEARCH_URL'),
	/** National title (quốc hiệu), printed atop every Vietnamese state document and on the footer and print copies. */
	nationalTitle: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	/** Motto (tiêu ngữ) under the national title. */
	motto: 'Độc lập - Tự do - Hạnh phúc',
	/** Licence of the site's text and data, so anyone may republish them with credit. */
	contentLicence: { name: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' },
	/** The deploying agency's details; empty on this demonstration deployment. */
	deployment: {
		responsibleAgency: env('SITE_RESPONSIBLE_AGENCY') ? { name: env('SITE_RESPONSIBLE_AGENCY')!, url: env('SITE_RESPONSIBLE_AGENCY_URL') } : undefined,
		editorInChief: env('SITE_EDITOR_IN_CHIEF'),
		portalLicence: env('SITE_PORTAL_LICENCE'),
		emblem: env('SITE_EMBLEM'),
		address: env('SITE_ADDRESS'),
	} satisfies DeploymentIdentity as DeploymentIdentity,
	/** Language and locale. */
	lang: 'vi',
	locale: 'vi_VN',
	timeZone: 'Asia/Ho_Chi_Minh',
} as const;
