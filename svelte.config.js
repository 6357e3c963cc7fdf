import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No extra module on every page just to record Svelte's version in window.__svelte.
	compilerOptions: { discloseVersion: false },
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		// Registered by the app once a page has loaded (src/lib/components/OfflineStatus.svelte).
		serviceWorker: { register: false },
		// Each page's stylesheets (a few KB) go in its HTML: no request, nothing blocks the first paint.
		inlineStyleThreshold: 16_384,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages carry this as a <meta> tag: only this origin's scripts and SvelteKit's
		// own bootstrap (by hash) run; no inline script, no remote origin, no plugins.
		csp: {
			mode: 'hash',
			directives: {
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
				'form-action': ['self']
			}
		}
	}
};

export default config;
