/**
 * Just enough CBOR (RFC 8949) to read Pagefind's index files and patch one
 * part of them byte for byte (chunk-ranges.ts): definite-length integers,
 * strings, arrays and maps, which is all Pagefind 1.6 writes. Anything else
 * throws, and the caller leaves the file as Pagefind wrote it.
 */

/** Where the item at `at` ends, and its major type and argument (a length for strings, arrays, maps). */
function head(bytes: Uint8Array, at: number): { type: number; value: number; next: number } {
	const first = bytes[at];
	if (first === undefined) throw new Error('CBOR: unexpected end');
	const type = first >> 5;
	const info = first & 31;
	if (info < 24) return { type, value: info, next: at + 1 };
	const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
	if (size === 0 || at + 1 + size > bytes.length) throw new Error(`CBOR: unsupported item ${first}`);
	let value = 0;
	for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
	return { type, value, next: at + 1 + size };
}

/** Offset just past the item that starts at `at`. */
export function skipItem(bytes: Uint8Array, at: number): number {
	const { type, value, next } = head(bytes, at);
	if (type === 0 || type === 1) return next;
	if (type === 2 || type === 3) return next + value;
	if (type === 4 || type === 5) {
		let end = next;
		for (let i = 0; i < value * (type === 5 ? 2 : 1); i++) end = skipItem(bytes, end);
		return end;
	}
	throw new Error(`CBOR: unsupported major type ${type}`);
}

/** The items of the array at `at`, as [start, end) offsets. */
export function arrayItems(bytes: Uint8Array, at: number): [number, number][] {
	const { type, value, next } = head(bytes, at);
	if (type !== 4) throw new Error('CBOR: not an array');
	const items: [number, number][] = [];
	for (let i = 0, start = next; i < value; i++) {
		const end = skipItem(bytes, start);
		items.push([start, end]);
		start = end;
	}
	return items;
}

/** The text string at `at`, or undefined when the item is not one. */
export function textAt(bytes: Uint8Array, at: number): string | undefined {
	const { type, value, next } = head(bytes, at);
	return type === 3 ? new TextDecoder().decode(bytes.subarray(next, next + value)) : undefined;
}

function encodeHead(type: number, value: number): Uint8Array {
	if (value < 24) return Uint8Array.of((type << 5) | value);
	if (value < 0x100) return Uint8Array.of((type << 5) | 24, value);
	if (value < 0x10000) return Uint8Array.of((type << 5) | 25, value >> 8, value & 0xff);
	return Uint8Array.of((type << 5) | 26, (value >>> 24) & 0xff, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

/** A CBOR value as Pagefind's index chunks hold them: integers, text, arrays of those. */
export type Value = number | string | Value[];

/** The value at `at` (integers, text, arrays; anything else throws), and where it ends. */
export function decodeValue(bytes: Uint8Array, at: number): [Value, number] {
	const { type, value, next } = head(bytes, at);
	if (type === 0) return [value, next];
	if (type === 1) return [-1 - value, next];
	if (type === 3) return [new TextDecoder().decode(bytes.subarray(next, next + value)), next + value];
	if (type === 4) {
		const items: Value[] = [];
		let end = next;
		for (let i = 0; i < value; i++) {
			const [item, after] = decodeValue(bytes, end);
			items.push(item);
			end = after;
		}
		return [items, end];
	}
	throw new Error(`CBOR: unsupported major type ${type}`);
}

/** A value encoded as Pagefind (minicbor) encodes it: shortest heads, definite lengths. */
export function encodeValue(value: Value): Uint8Array {
	if (typeof value === 'number') return value < 0 ? encodeHead(1, -1 - value) : encodeHead(0, value);
	if (typeof value === 'string') {
		const bytes = new TextEncoder().encode(value);
		return concat([encodeHead(3, bytes.length), bytes]);
	}
	return concat([encodeHead(4, value.length), ...value.map(encodeValue)]);
}

/** An array of text strings, as Pagefind encodes one. */
export function encodeTextArray(texts: readonly string[]): Uint8Array {
	const parts = [encodeHead(4, texts.length)];
	for (const text of texts) {
		const bytes = new TextEncoder().encode(text);
		parts.push(encodeHead(3, bytes.length), bytes);
	}
	return concat(parts);
}

/** The header of an array of `length` items. */
export const arrayHead = (length: number) => encodeHead(4, length);

export function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
	let at = 0;
	for (const part of parts) {
		out.set(part, at);
		at += part.length;
	}
	return out;
}
