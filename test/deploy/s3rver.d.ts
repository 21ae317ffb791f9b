/** The part of s3rver (which ships no types) the deploy test uses. */
declare module 's3rver' {
	import type { EventEmitter } from 'node:events';
	interface S3rverOptions {
		port?: number;
		address?: string;
		silent?: boolean;
		directory: string;
		configureBuckets?: { name: string }[];
	}
	export default class S3rver extends EventEmitter {
		constructor(options: S3rverOptions);
		run(): Promise<{ address: string; port: number }>;
		close(): Promise<void>;
	}
}
