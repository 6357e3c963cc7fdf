import nodeAdapter from '@sveltejs/adapter-node';
import staticAdapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './src/lib/server/security-headers.js';

// FACTDRILL_ADAPTER=static builds the app alone, for any static host: every page prerendered, no
// sync, no short links. Otherwise the Node server (adapter-node): the same pages plus /api and /s.
const staticBuild = process.env.FACTDRILL_ADAPTER === 'static';
if (process.env.FACTDRILL_ADAPTER && !['static', 'node'].includes(process.env.FACTDRILL_ADAPTER)) {
	throw new Error(`FACTDRILL_ADAPTER must be "static" or "node" (got "${process.env.FACTDRILL_ADAPTER}")`);
}

// Only the server's own routes may be dynamic; every page is prerendered in both builds.
const SERVER_ROUTES = /^\/(api|s)(\/|$)/;

/** @param {import('@sveltejs/kit').Adapter} adapter @returns {import('@sveltejs/kit').Adapter} */
function pagesPrerendered(adapter) {
	return {
		...adapter,
		async adapt(builder) {
			const dynamic = builder.routes.filter((route) => route.prerender !== true && !SERVER_ROUTES.test(route.id));
			if (dynamic.length > 0) throw new Error(`every page must be prerendered, but these are not: ${dynamic.map((route) => route.id).join(', ')}`);
			return adapter.adapt(builder);
		}
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// No extra module on every page just to record Svelte's version in window.__svelte.
	compilerOptions: { discloseVersion: false },
	kit: {
		// The static build leaves out /api and /s (strict: false); the check above still refuses any dynamic page.
		adapter: pagesPrerendered(staticBuild ? staticAdapter({ fallback: undefined, strict: false }) : nodeAdapter({ out: 'build', precompress: true })),
		// Registered by the app once a page has loaded (src/lib/components/OfflineStatus.svelte).
		serviceWorker: { register: false },
		// Each page's stylesheets (a few KB) go in its HTML: no request, nothing blocks the first paint.
		inlineStyleThreshold: 16_384,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Prerendered pages carry this as a <meta> tag: only this origin's scripts and SvelteKit's
		// own bootstrap (by hash) run; no inline script, no remote origin, no plugins.
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;
