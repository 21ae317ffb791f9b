import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stopBuild } from './stop-build.ts';

/**
 * Refuses a production build that would show a made-up way to reach the
 * site's operator: an `example` mail domain is placeholder text on every
 * page's footer and on "Giới thiệu". A sample or preview build (its address
 * is local or itself an example) may leave the contact unset.
 */

/** Top-level names kept for documentation and tests (RFC 2606, RFC 6761): never a real site or mailbox. */
const RESERVED_TOP_LEVEL = new Set(['example', 'test', 'invalid', 'localhost', 'local']);

/** `example.com`, `lienhe.example.vn`, `example.gov.vn`, `a.test`: a host no agency can own or read mail at. */
export function isExampleHost(host: string): boolean {
	const labels = host.toLowerCase().replace(/\.$/, '').split('.');
	return labels.includes('example') || RESERVED_TOP_LEVEL.has(labels.at(-1)!);
}

/** A host readers reach on the internet: not this machine, not an example or reserved name. */
export function isProductionUrl(siteUrl: string): boolean {
	const { hostname } = new URL(siteUrl);
	if (hostname === 'localhost' || hostname === '[::1]' || /^127\./.test(hostname) || hostname === '0.0.0.0') return false;
	return !isExampleHost(hostname);
}

/** One problem with the site settings, worded for the person deploying it. */
export interface SiteSettingProblem {
	/** Where the value comes from: the file and line, or the environment variable. */
	where: string;
	/** Vietnamese description of the problem and how to fix it. */
	message: string;
}

const CONFIG_FILE = fileURLToPath(new URL('./site.config.ts', import.meta.url));

/** Line of `contactEmail:` in src/site.config.ts, for the message. */
function contactLine(): number | undefined {
	const lines = fs.readFileSync(CONFIG_FILE, 'utf8').split('\n');
	const index = lines.findIndex((line) => /^\s*contactEmail:/.test(line));
	return index >= 0 ? index + 1 : undefined;
}

const EMAIL = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/;

/**
 * What is wrong with the contact address for a build at `siteUrl`. `fromEnvironment`
 * says whether SITE_CONTACT_EMAIL set it (the message then names the variable).
 */
export function contactEmailProblems(siteUrl: string, contactEmail: string | undefined, fromEnvironment: boolean): SiteSettingProblem[] {
	const line = contactLine();
	const where = fromEnvironment ? 'biến môi trường SITE_CONTACT_EMAIL' : `src/site.config.ts${line ? `, dòng ${line}` : ''}, trường contactEmail (địa chỉ liên hệ)`;
	if (contactEmail === undefined) return [];
	const domain = EMAIL.exec(contactEmail)?.[1];
	if (!domain) {
		return [{ where, message: `"${contactEmail}" không phải một địa chỉ thư điện tử. Cách sửa: ghi địa chỉ thư thật của đơn vị vận hành, ví dụ dạng ten@coquan.gov.vn, hoặc bỏ trống để trang không hiện dòng liên hệ.` }];
	}
	if (isExampleHost(domain) && isProductionUrl(siteUrl)) {
		return [
			{
				where,
				message: `Địa chỉ liên hệ "${contactEmail}" dùng tên miền ví dụ (${domain}), không ai nhận được thư gửi tới, mà trang chính thức ${siteUrl} sẽ in nó ở chân mọi trang. Cách sửa: đặt SITE_CONTACT_EMAIL là hộp thư thật của đơn vị vận hành, hoặc bỏ trống để trang không hiện dòng liên hệ.`,
			},
		];
	}
	return [];
}

/** The problems as one Vietnamese report, one line per problem. */
export function formatSiteSettingProblems(problems: readonly SiteSettingProblem[]): string {
	return problems.map((problem) => `- ${problem.where}: ${problem.message}`).join('\n');
}

/** Astro integration: stops `astro build` before any page is made when the contact address would mislead readers. */
export function siteIdentityCheck(site: { url: string; contactEmail?: string }) {
	return {
		name: 'site-identity-check',
		hooks: {
			'astro:config:setup': ({ command, logger }: { command: string; logger: { error(message: string): void } }) => {
				if (command !== 'build') return;
				const problems = contactEmailProblems(site.url, site.contactEmail, process.env.SITE_CONTACT_EMAIL?.trim() === site.contactEmail && site.contactEmail !== undefined);
				if (problems.length > 0) stopBuild(logger, `Cài đặt trang có lỗi, không xây dựng trang.\n${formatSiteSettingProblems(problems)}`);
			},
		},
	};
}
