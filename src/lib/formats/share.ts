/**
 * Share a set by link: the whole set travels in the URL fragment, which browsers never send to a
 * server. Fragment = `set=` + base64url(version byte, FNV-1a checksum of the JSON, deflated JSON).
 * Synchronous (fflate), so it runs the same in Node tests and in the browser.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { encode } from 'uqr';
import { formatIssue, hashText, validateQuestionSet, type QuestionSet } from './question-set';

/** Longest link we make: older browsers, chat apps and QR readers choke on longer ones. */
export const MAX_LINK_LENGTH = 8000;
/** Byte-mode capacity of the largest QR code (version 40) at the lowest error correction. */
export const MAX_QR_LENGTH = 2953;
/** The page that opens share links. */
export const SHARE_PATH = '/share';

const VERSION = 1;
const HEADER_BYTES = 5;
/** More than any set a link can carry once inflated (deflate's best ratio is about 1000:1). */
const MAX_INFLATED = 8 * 1024 * 1024;

export type EncodedLink = { ok: true; url: string } | { ok: false; reason: string };
export type DecodedLink = { ok: true; set: QuestionSet } | { ok: false; error: string };

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

/** A link to `origin` + SHARE_PATH carrying `set`, or why it cannot be made. */
export function encodeShareLink(set: QuestionSet, origin: string): EncodedLink {
	const json = JSON.stringify(set);
	const checksum = parseInt(hashText(json), 16);
	const body = deflateSync(strToU8(json), { level: 9 });
	const bytes = new Uint8Array(HEADER_BYTES + body.length);
	bytes[0] = VERSION;
	new DataView(bytes.buffer).setUint32(1, checksum);
	bytes.set(body, HEADER_BYTES);
	const url = `${origin.replace(/\/+$/, '')}${SHARE_PATH}#set=${toBase64Url(bytes)}`;
	if (url.length > MAX_LINK_LENGTH) {
		return {
			ok: false,
			reason: `too large for a link: ${set.questions.length} questions make a ${url.length.toLocaleString('en')}-character link, and links stop working beyond ${MAX_LINK_LENGTH.toLocaleString('en')}; use the file instead`
		};
	}
	return { ok: true, url };
}

/** Reads a share link (the whole URL, or just its fragment) back into a validated set. */
export function decodeShareLink(urlOrFragment: string): DecodedLink {
	const input = urlOrFragment.trim();
	const hash = input.indexOf('#');
	const fragment = hash >= 0 ? input.slice(hash + 1) : input;
	const param = fragment.split('&').find((part) => part.startsWith('set='));
	if (param === undefined) return { ok: false, error: 'this link carries no question set (no "#set=" part)' };
	const payload = param.slice(4);
	if (payload.length > MAX_LINK_LENGTH * 2) return { ok: false, error: 'this link is longer than any share link Factdrill makes' };
	if (!/^[A-Za-z0-9_-]*$/.test(payload) || payload.length % 4 === 1) {
		return { ok: false, error: 'this link is damaged: its set data holds characters a share link never has (was it retyped or cut?)' };
	}
	const bytes = fromBase64Url(payload);
	if (bytes.length <= HEADER_BYTES) return { ok: false, error: 'this link is cut short: copy the whole link, including everything after "#"' };
	if (bytes[0] !== VERSION) return { ok: false, error: 'this link was made by another version of Factdrill and cannot be read here' };

	let inflated: Uint8Array;
	try {
		// A link holds at most ~12 KB of deflated data, so even the best ratio unpacks to ~12 MB: no need to stream.
		inflated = inflateSync(bytes.subarray(HEADER_BYTES));
	} catch {
		return { ok: false, error: 'this link is cut short or damaged: its set data does not unpack; copy the whole link again' };
	}
	if (inflated.length > MAX_INFLATED) {
		return {
			ok: false,
			error: `this link is too large: its set unpacks to ${(inflated.length / 1048576).toFixed(1)} MB, more than any set a link can carry (${MAX_INFLATED / 1048576} MB); ask for the set's file instead`
		};
	}
	const json = strFromU8(inflated);
	const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1);
	if (parseInt(hashText(json), 16) !== expected) {
		return { ok: false, error: 'this link is cut short or was changed: its checksum does not match; copy the whole link again' };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch {
		return { ok: false, error: 'this link is damaged: its set data is not readable' };
	}
	const result = validateQuestionSet(raw);
	if (!result.ok) {
		const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more problems)` : '';
		return { ok: false, error: `the set in this link is not valid: ${formatIssue(result.issues[0]!)}${more}` };
	}
	return { ok: true, set: result.set };
}

export type ShareQr = { ok: true; svg: string; size: number; modules: boolean[][] } | { ok: false; reason: string };

/**
 * A QR code of `url`: the module matrix (true = dark, quiet zone of 4 included) and an SVG of it,
 * one path, one unit per module, to scale with CSS.
 */
export function shareQr(url: string): ShareQr {
	if (url.length > MAX_QR_LENGTH) {
		return {
			ok: false,
			reason: `the link is ${url.length.toLocaleString('en')} characters and a QR code holds at most ${MAX_QR_LENGTH.toLocaleString('en')}; share the link or the file instead`
		};
	}
	let modules: boolean[][];
	try {
		modules = encode(url, { ecc: 'L', border: 4 }).data;
	} catch (error) {
		return { ok: false, reason: `no QR code for this link: ${(error as Error).message}` };
	}
	const size = modules.length;
	let path = '';
	modules.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) path += `M${x} ${y}h1v1h-1z`;
		})
	);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img" aria-label="QR code of the share link">` +
		`<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`;
	return { ok: true, svg, size, modules };
}
