/**
 * npm run deploy:s3 -- --bucket <name> [--endpoint <url>] [--region <r>] [--dist <dir>] [--dry-run]
 * Sends the built site to S3-compatible object storage, only what changed.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultIo, type CliIo } from './cli-io.ts';
import { SITE } from '../../src/site.config.ts';
import { deployToBucket } from './deploy.ts';
import { DeployError } from './messages.ts';

const USAGE = `Cách dùng: npm run deploy:s3 -- --bucket <tên kho> [--endpoint <địa chỉ>] [--region <vùng>] [--dist <thư mục>] [--dry-run]

  --bucket <tên>         kho lưu trữ (bucket) chỉ dùng cho trang này (hoặc biến DEPLOY_BUCKET)
  --endpoint <địa chỉ>   dịch vụ tương thích S3, ví dụ https://s3.example.vn (hoặc AWS_ENDPOINT_URL_S3);
                         bỏ trống là Amazon S3
  --region <vùng>        vùng của kho (hoặc AWS_REGION), mặc định us-east-1
  --dist <thư mục>       bản dựng cần đưa lên (mặc định dist)
  --concurrency <số>     số tệp gửi cùng lúc (mặc định 8)
  --site-url <địa chỉ>   địa chỉ trang cho danh sách xóa bộ nhớ đệm CDN (mặc định SITE_URL)
  --purge-list <tệp>     nơi ghi danh sách địa chỉ cần xóa khỏi CDN
                         (mặc định node_modules/.cache/deploy/purge-urls.txt)
  --dry-run              chỉ in những gì sẽ gửi và xóa

Khóa truy cập lấy từ AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY (hoặc AWS_PROFILE).
Xóa bộ nhớ đệm CDN: DEPLOY_PURGE_URL (+ DEPLOY_PURGE_TOKEN) nhận danh sách qua POST,
hoặc DEPLOY_PURGE_COMMAND chạy với danh sách ở đầu vào chuẩn. Xem docs/deploy.md.`;

/** Deploys; resolves to the exit code (0 done, 1 deploy failed, 2 wrong usage). */
export async function runCli(argv: string[], io: CliIo = defaultIo): Promise<number> {
	const env = io.env ?? process.env;
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				bucket: { type: 'string' },
				endpoint: { type: 'string' },
				region: { type: 'string' },
				dist: { type: 'string', default: env.OUT_DIR ?? 'dist' },
				concurrency: { type: 'string', default: '8' },
				'site-url': { type: 'string' },
				'purge-list': { type: 'string', default: 'node_modules/.cache/deploy/purge-urls.txt' },
				'dry-run': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false },
			},
		}));
	} catch (error) {
		io.err(`Lỗi tham số dòng lệnh: ${(error as Error).message}\n\n${USAGE}`);
		return 2;
	}
	if (values.help) {
		io.out(USAGE);
		return 0;
	}
	const bucket = values.bucket || env.DEPLOY_BUCKET;
	if (!bucket) {
		io.err(`Chưa có tên kho lưu trữ (--bucket).\nCách sửa: thêm --bucket <tên kho> hoặc đặt biến DEPLOY_BUCKET.\n\n${USAGE}`);
		return 2;
	}
	const concurrency = Number(values.concurrency);
	if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
		io.err(`--concurrency phải là số nguyên từ 1 đến 64, không phải "${values.concurrency}".`);
		return 2;
	}
	try {
		await deployToBucket({
			dist: path.resolve(values.dist),
			target: { bucket, endpoint: values.endpoint || env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL, region: values.region },
			dryRun: values['dry-run'],
			concurrency,
			siteUrl: (values['site-url'] || env.SITE_URL || SITE.url).replace(/\/$/, ''),
			purgeList: path.resolve(values['purge-list']),
			purgeHook: { url: env.DEPLOY_PURGE_URL, token: env.DEPLOY_PURGE_TOKEN, command: env.DEPLOY_PURGE_COMMAND },
			log: io.out,
		});
		return 0;
	} catch (error) {
		if (!(error instanceof DeployError)) throw error;
		io.err(`Triển khai chưa xong. ${error.message}`);
		return 1;
	}
}

if (import.meta.main) {
	process.exitCode = await runCli(process.argv.slice(2));
}
