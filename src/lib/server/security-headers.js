// @ts-check
/**
 * The Content-Security-Policy and the other security headers, in one place: svelte.config.js gives
 * the policy to SvelteKit (a <meta> tag in every prerendered page, with its inline scripts' hashes;
 * a header on every page rendered on request), and the Node server (scripts/serve.js) and the
 * request hook send the headers on every response. Plain JavaScript, so both can import it.
 */

/** The pages' policy: this origin only, no inline script but SvelteKit's own (by hash), no plugins, no framing. */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	'worker-src': ['self'],
	'manifest-src': ['self'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	// Not allowed in a <meta> tag (SvelteKit leaves it out there); the headers below carry it.
	'frame-ancestors': ['none']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

/** @param {Record<string, string[]>} directives */
function policy(directives) {
	return Object.entries(directives)
		.map(([name, values]) => [name, ...values.map((value) => (KEYWORDS.has(value) ? `'${value}'` : value))].join(' '))
		.join('; ');
}

// A prerendered page's <meta> tag holds script-src with the hashes of its inline scripts, which
// differ per page; the header repeats every other directive and adds frame-ancestors. Both
// policies apply, so scripts stay limited to this origin and those hashes.
const { 'default-src': _default, 'script-src': _script, ...pageHeaderDirectives } = CSP_DIRECTIVES;
const PAGE_CSP = policy(pageHeaderDirectives);
// JSON and redirects: nothing may load, run or frame.
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** Headers every response carries, whatever serves it. */
export const COMMON_HEADERS = {
	'x-content-type-options': 'nosniff',
	'x-frame-options': 'DENY',
	// Share codes are in /s/ paths: no address of this app goes out in a Referer.
	'referrer-policy': 'no-referrer',
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-resource-policy': 'same-origin',
	// The camera reads join and share QR codes; nothing else is wanted.
	'permissions-policy': 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
};

/**
 * The security headers for a response to `pathname`.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function securityHeaders(pathname) {
	const api = pathname === '/api' || pathname.startsWith('/api/') || pathname.startsWith('/s/');
	return { ...COMMON_HEADERS, 'content-security-policy': api ? API_CSP : PAGE_CSP };
}
