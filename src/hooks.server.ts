import type { Handle } from '@sveltejs/kit';
import { closeProcessStore } from '$lib/server/store';
import { securityHeaders } from '$lib/server/security-headers.js';
import { building } from '$app/environment';
import { completeModulePreloads, readBuildManifest, ROOT_ERROR_PAGE, type BuildManifest } from '$lib/server/module-preloads';

// Read once, when the build prerenders the pages: each page gets the preload links SvelteKit leaves out (see module-preloads.ts).
let manifest: BuildManifest | undefined;
const transformPageChunk = ({ html }: { html: string }) => {
	manifest ??= readBuildManifest();
	return manifest ? completeModulePreloads(html, manifest, [ROOT_ERROR_PAGE]) : html;
};

// Requests SvelteKit renders or answers itself (the API, /s links, pages rendered on request) get
// the security headers here too, so that `vite dev` and `vite preview` send what production sends.
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event, building ? { transformPageChunk } : undefined);
	for (const [name, value] of Object.entries(securityHeaders(event.url.pathname))) {
		// SvelteKit sets its own policy (with script hashes) on pages it renders; keep that one.
		if (name === 'content-security-policy' && response.headers.has(name)) continue;
		if (response.headers.has(name)) continue;
		try {
			response.headers.set(name, value);
		} catch {
			// A response with immutable headers (a fetch passed through) keeps what it has; the Node server still adds them.
		}
	}
	return response;
};

// The Node server (scripts/serve.js) asks for a clean stop: the embedded store is closed and flushed.
if (typeof process !== 'undefined' && typeof process.once === 'function') {
	process.once('sveltekit:shutdown', () => {
		void closeProcessStore()
			.catch((error) => console.error('factdrill: closing the store failed:', error))
			.finally(() => process.emit('factdrill:closed' as never));
	});
}
