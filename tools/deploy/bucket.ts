/**
 * The few object-storage calls a deploy makes, on AWS SDK v3's S3 client,
 * which speaks to any S3-compatible service (AWS, Cloudflare R2, MinIO,
 * Viettel/FPT/VNG object storage…) given its endpoint.
 */
import { createReadStream } from 'node:fs';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { LocalFile } from './local-files.ts';

/** Where to deploy; credentials come from the standard AWS variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_PROFILE…). */
export interface BucketTarget {
	bucket: string;
	/** Endpoint of an S3-compatible service; AWS itself when undefined. */
	endpoint?: string | undefined;
	/** Region; AWS_REGION or us-east-1 when undefined (most S3-compatible services accept any). */
	region?: string | undefined;
}

/** DeleteObjects takes at most this many keys per request. */
const DELETE_BATCH = 1000;

export class Bucket {
	readonly name: string;
	readonly client: S3Client;

	constructor(target: BucketTarget) {
		this.name = target.bucket;
		this.client = new S3Client({
			region: target.region || process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1',
			...(target.endpoint ? { endpoint: target.endpoint, forcePathStyle: true } : {}),
			// Three tries with backoff: one flaky request should not fail a deploy of thousands.
			maxAttempts: 3,
			// The SDK's default since 2025 sends bodies aws-chunked with a trailing CRC32, which many
			// S3-compatible services (and s3rver) store as part of the file; checksums only where an API requires one.
			requestChecksumCalculation: 'WHEN_REQUIRED',
			responseChecksumValidation: 'WHEN_REQUIRED',
		});
	}

	/** Every key in the bucket. */
	async keys(): Promise<Set<string>> {
		const keys = new Set<string>();
		let token: string | undefined;
		do {
			const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.name, ContinuationToken: token }));
			for (const object of page.Contents ?? []) if (object.Key) keys.add(object.Key);
			token = page.IsTruncated ? page.NextContinuationToken : undefined;
		} while (token);
		return keys;
	}

	/** An object's text, or undefined when there is none. */
	async text(key: string): Promise<string | undefined> {
		try {
			const object = await this.client.send(new GetObjectCommand({ Bucket: this.name, Key: key }));
			return await object.Body?.transformToString('utf-8');
		} catch (error) {
			if ((error as { name?: string }).name === 'NoSuchKey') return undefined;
			throw error;
		}
	}

	/** Stores a file of dist/ with its headers. */
	async upload(file: LocalFile): Promise<void> {
		await this.client.send(
			new PutObjectCommand({
				Bucket: this.name,
				Key: file.key,
				Body: createReadStream(file.file),
				ContentLength: file.size,
				ContentType: file.contentType,
				CacheControl: file.cacheControl,
			}),
		);
	}

	async putJson(key: string, value: unknown): Promise<void> {
		await this.client.send(
			new PutObjectCommand({ Bucket: this.name, Key: key, Body: JSON.stringify(value), ContentType: 'application/json; charset=utf-8', CacheControl: 'no-store' }),
		);
	}

	/** Deletes keys in batches; throws on the first key the service refuses to delete. */
	async remove(keys: readonly string[]): Promise<void> {
		for (let start = 0; start < keys.length; start += DELETE_BATCH) {
			const batch = keys.slice(start, start + DELETE_BATCH);
			const result = await this.client.send(
				new DeleteObjectsCommand({ Bucket: this.name, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
			);
			const refused = result.Errors?.[0];
			if (refused) throw Object.assign(new Error(refused.Message ?? refused.Code ?? 'DeleteObjects'), { name: refused.Code ?? 'DeleteFailed', key: refused.Key });
		}
	}
}
