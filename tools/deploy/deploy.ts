/**
 * One incremental deploy of dist/ to object storage: send the files whose
 * content or headers changed, then delete what is no longer published, then
 * record the manifest, then tell the CDN what to forget. The manifest is
 * written last, so a deploy that stops half-way is simply run again: it
 * sends again only what it had not recorded, and deletions are retried.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Bucket, type BucketTarget } from './bucket.ts';
import { forEachLimited } from './limit.ts';
import { readLocalFiles, type LocalFile } from './local-files.ts';
import { MANIFEST_KEY, manifestOf, parseManifest, planDeploy } from './manifest.ts';
import { DeployError, explain } from './messages.ts';
import { purge, purgePaths, type PurgeHook } from './purge.ts';

export interface DeployOptions {
	/** The built site. */
	dist: string;
	target: BucketTarget;
	/** Work out and print what would change; send, delete and purge nothing. */
	dryRun: boolean;
	/** Requests in flight at once. */
	concurrency: number;
	/** The site's address without a trailing "/", for the purge list. */
	siteUrl: string;
	/** Where the purge list (absolute URLs, one a line) is written. */
	purgeList: string;
	purgeHook: PurgeHook;
	log: (line: string) => void;
}

export interface DeployResult {
	uploaded: string[];
	removed: string[];
	unchanged: number;
	/** Site paths the CDN was asked to purge. */
	purged: string[];
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/** Wraps a step so its failure reaches the person as one Vietnamese message. */
async function step<T>(what: string, run: () => Promise<T>, key?: string): Promise<T> {
	try {
		return await run();
	} catch (error) {
		if (error instanceof DeployError) throw error;
		// A batch delete names the key the service refused (bucket.ts).
		throw new DeployError(explain(error, what, key ?? (error as { key?: string }).key), { cause: error });
	}
}

export async function deployToBucket(options: DeployOptions): Promise<DeployResult> {
	const { dist, log } = options;
	// An empty or unfinished dist/ would delete the whole site from the bucket.
	if (!fs.existsSync(path.join(dist, 'index.html'))) {
		throw new DeployError(`Thư mục ${dist} không có trang chủ (index.html): chưa dựng trang, hoặc lần dựng bị lỗi.\nCách sửa: chạy npm run build cho tới khi xong không lỗi, rồi chạy lại lệnh triển khai.`);
	}
	const local = await step(`Không đọc được thư mục ${dist}`, () => readLocalFiles(dist, options.concurrency));
	const bucket = new Bucket(options.target);
	const stored = await step(`Không liệt kê được kho lưu trữ ${bucket.name}`, () => bucket.keys());
	const previous = parseManifest(await step(`Không đọc được ${MANIFEST_KEY} trong kho ${bucket.name}`, () => bucket.text(MANIFEST_KEY)));
	const plan = planDeploy(local, previous, stored);
	const bytes = plan.upload.reduce((sum, file) => sum + file.size, 0);
	log(`Kho ${bucket.name}: cần gửi ${plan.upload.length} tệp (${megabytes(bytes)}), xóa ${plan.remove.length} tệp, giữ nguyên ${plan.unchanged} tệp.`);
	const uploaded = plan.upload.map((file) => file.key);
	const purged = purgePaths(uploaded, plan.remove);
	if (options.dryRun) {
		for (const key of uploaded) log(`  gửi  ${key}`);
		for (const key of plan.remove) log(`  xóa  ${key}`);
		log('Chạy thử (--dry-run): không gửi, không xóa gì.');
		return { uploaded, removed: plan.remove, unchanged: plan.unchanged, purged };
	}
	// Assets before pages: a new page never points at a stylesheet or image not yet stored.
	const pagesLast = [...plan.upload.filter((file) => !file.key.endsWith('.html')), ...plan.upload.filter((file) => file.key.endsWith('.html'))];
	await uploadAll(bucket, pagesLast, options.concurrency, log);
	if (plan.remove.length > 0) {
		await step('Không xóa được khỏi kho', () => bucket.remove(plan.remove));
		log(`Đã xóa ${plan.remove.length} tệp không còn công bố.`);
	}
	await step(`Không ghi được ${MANIFEST_KEY}`, () => bucket.putJson(MANIFEST_KEY, manifestOf(local, new Date())));
	await purge(purged, options.siteUrl, options.purgeList, options.purgeHook);
	log(`Xong. Danh sách ${purged.length} địa chỉ cần xóa khỏi bộ nhớ đệm CDN: ${options.purgeList}`);
	return { uploaded, removed: plan.remove, unchanged: plan.unchanged, purged };
}

async function uploadAll(bucket: Bucket, files: readonly LocalFile[], concurrency: number, log: (line: string) => void): Promise<void> {
	let done = 0;
	// About ten progress lines whatever the size, so a long deploy shows it is moving.
	const every = Math.max(1, Math.ceil(files.length / 10));
	await forEachLimited(files, concurrency, async (file) => {
		await step('Không gửi được', () => bucket.upload(file), file.key);
		done++;
		if (done % every === 0 || done === files.length) log(`Đã gửi ${done}/${files.length} tệp.`);
	});
}
