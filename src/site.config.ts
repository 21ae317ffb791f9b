/**
 * The one place for the site's identity. Everything that names the site,
 * its operator or its address reads it from here.
 */
export const SITE = {
	/** Site name, shown in the header, titles and share images. */
	name: 'Thi đua – Khen thưởng Công khai',
	/** Short name for tight spaces. */
	shortName: 'TĐKT Công khai',
	/** One line on what the site is. */
	tagline: 'Kế hoạch, thông báo kết luận và quyết định khen thưởng của các phong trào thi đua, công khai và dễ tra cứu.',
	/** Who runs the site. */
	operator: 'Nhóm biên tập Thi đua – Khen thưởng Công khai',
	/** Where readers write to. */
	contactEmail: 'lienhe@thiduakhenthuong.example.vn',
	/** Canonical address of the site, without a trailing slash. Overridable with SITE_URL for previews. */
	url: (process.env.SITE_URL ?? 'https://thiduakhenthuong.example.vn').replace(/\/$/, ''),
	/** Repository holding the content; enables "history" links when set. */
	repositoryUrl: process.env.REPOSITORY_URL ?? '',
	/** Language and locale. */
	lang: 'vi',
	locale: 'vi_VN',
	timeZone: 'Asia/Ho_Chi_Minh',
} as const;
