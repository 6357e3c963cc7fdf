/**
 * SHA-256 by the platform (Web Crypto): browsers, workers and Node 20 all have `crypto.subtle`.
 * The app is served from a secure context (https or localhost) as its service worker needs anyway.
 */

/** SHA-256 of `text` (encoded as UTF-8), as 64 lower-case hex digits. */
export async function sha256(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
