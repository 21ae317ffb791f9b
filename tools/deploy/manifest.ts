/**
 * The manifest of a deploy: what the bucket holds, kept in the bucket itself
 * (`.deploy-manifest.json`) so any machine with the credentials deploys
 * incrementally, with no state of its own.
 */
import type { LocalFile } from './local-files.ts';

/** Object key of the manifest; hidden names are never site files (local-files.ts). */
export const MANIFEST_KEY = '.deploy-manifest.json';

/** What the bucket holds for one file, as the last deploy stored it. */
export interface ManifestEntry {
	/** SHA-256 of the content, hex. */
	sha256: string;
	/** Bytes. */
	size: number;
	/** Content-Type it was stored with. */
	contentType: string;
	/** Cache-Control it was stored with. */
	cacheControl: string;
}

export interface Manifest {
	/** Format of this file; another value is read as no manifest (everything is sent again). */
	version: 1;
	/** When the deploy that wrote it finished (ISO 8601). */
	deployedAt: string;
	/** Object key → what is stored there. */
	files: Record<string, ManifestEntry>;
}

/** What a deploy has to do. */
export interface DeployPlan {
	/** New files, and files whose content or headers changed. */
	upload: LocalFile[];
	/** Objects in the bucket that dist/ no longer has (withdrawn, drafted or deleted documents…). */
	remove: string[];
	/** Files already stored as they are. */
	unchanged: number;
}

/**
 * Compares dist/ with the bucket: the manifest says what each stored file
 * holds (object storage has no portable content hash), the listing says what
 * is really there, so an object deleted by hand is sent again and anything
 * dist/ no longer has is removed even if no manifest ever named it.
 */
export function planDeploy(local: readonly LocalFile[], previous: Manifest | undefined, storedKeys: ReadonlySet<string>): DeployPlan {
	const stored = previous?.files ?? {};
	const upload = local.filter((file) => {
		const entry = stored[file.key];
		if (!entry || !storedKeys.has(file.key)) return true;
		return entry.sha256 !== file.sha256 || entry.contentType !== file.contentType || entry.cacheControl !== file.cacheControl;
	});
	const present = new Set(local.map((file) => file.key));
	const remove = [...storedKeys].filter((key) => key !== MANIFEST_KEY && !present.has(key)).sort();
	return { upload, remove, unchanged: local.length - upload.length };
}

/** The manifest once dist/ is stored. */
export function manifestOf(local: readonly LocalFile[], deployedAt: Date): Manifest {
	const files: Record<string, ManifestEntry> = {};
	for (const { key, sha256, size, contentType, cacheControl } of local) files[key] = { sha256, size, contentType, cacheControl };
	return { version: 1, deployedAt: deployedAt.toISOString(), files };
}

/** Reads a stored manifest; anything else (no file, an older format, damage) is no manifest. */
export function parseManifest(text: string | undefined): Manifest | undefined {
	if (text === undefined) return undefined;
	try {
		const value = JSON.parse(text) as Partial<Manifest>;
		return value.version === 1 && value.files && typeof value.files === 'object' ? (value as Manifest) : undefined;
	} catch {
		return undefined;
	}
}
