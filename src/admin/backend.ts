/**
 * Which git service the editor talks to, chosen at build time from the
 * environment (docs/deploy.md, "Trình biên tập"):
 *
 * - `CMS_BACKEND` github | gitlab | gitea | proxy; github when `CMS_REPO` is
 *   set, otherwise proxy (an office without a hosted git service runs
 *   `npm run cms:local` beside its repository);
 * - `CMS_REPO` owner/name; `CMS_BRANCH` (main);
 * - `CMS_API_ROOT`, `CMS_BASE_URL`, `CMS_AUTH_ENDPOINT`, `CMS_APP_ID` for a
 *   self-hosted GitLab or Gitea and its login;
 * - `CMS_PROXY_URL` the local proxy's address (http://localhost:8081/api/v1).
 */

export interface CmsBackend {
	name: 'github' | 'gitlab' | 'gitea' | 'proxy';
	repo?: string;
	branch: string;
	api_root?: string;
	base_url?: string;
	auth_endpoint?: string;
	app_id?: string;
	auth_type?: 'pkce';
	proxy_url?: string;
	/** Pull-request titles and commit messages in Vietnamese: they show in the repository's history. */
	commit_messages: Record<string, string>;
}

export const DEFAULT_PROXY_URL = 'http://localhost:8081/api/v1';

const COMMIT_MESSAGES = {
	create: 'Thêm {{collection}} “{{slug}}”',
	update: 'Sửa {{collection}} “{{slug}}”',
	delete: 'Xóa {{collection}} “{{slug}}”',
	uploadMedia: 'Tải lên tệp “{{path}}”',
	deleteMedia: 'Xóa tệp “{{path}}”',
	openAuthoring: '{{message}}',
};

type Env = Record<string, string | undefined>;

export function backendFromEnv(env: Env = process.env): { backend: CmsBackend; localBackend?: { url: string } } {
	const repo = env.CMS_REPO || undefined;
	const name = (env.CMS_BACKEND || (repo ? 'github' : 'proxy')) as CmsBackend['name'];
	if (!['github', 'gitlab', 'gitea', 'proxy'].includes(name)) {
		throw new Error(`CMS_BACKEND="${name}" không được hỗ trợ. Cách sửa: đặt CMS_BACKEND là github, gitlab, gitea hoặc proxy.`);
	}
	if (name !== 'proxy' && !repo) {
		throw new Error(`CMS_BACKEND=${name} cần CMS_REPO. Cách sửa: đặt CMS_REPO=chu-so-huu/ten-kho (ví dụ ubnd-tinh/thi-dua-khen-thuong).`);
	}
	const proxyUrl = env.CMS_PROXY_URL || DEFAULT_PROXY_URL;
	const optional = (key: keyof CmsBackend, value: string | undefined) => (value ? { [key]: value } : {});
	const backend: CmsBackend = {
		name,
		branch: env.CMS_BRANCH || 'main',
		...optional('repo', repo),
		...optional('api_root', env.CMS_API_ROOT),
		...optional('base_url', env.CMS_BASE_URL),
		...optional('auth_endpoint', env.CMS_AUTH_ENDPOINT),
		...optional('app_id', env.CMS_APP_ID),
		// GitLab and Gitea log in in the browser without a server of ours when given an OAuth application id.
		...(env.CMS_APP_ID ? { auth_type: 'pkce' as const } : {}),
		...(name === 'proxy' ? { proxy_url: proxyUrl } : {}),
		commit_messages: COMMIT_MESSAGES,
	};
	// With a hosted service, someone running the editor on their own machine (localhost) still edits their local clone.
	return name === 'proxy' ? { backend } : { backend, localBackend: { url: proxyUrl } };
}
