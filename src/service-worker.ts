/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline first: every build file, static file and prerendered page (the sets' JSON among them)
 * is cached at install; requests are answered from that cache, the network only for the rest.
 * A new version waits (it never takes over mid-session) until the page asks it to, by the
 * message SKIP_WAITING, or until every tab of the old version has closed.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `factdrill-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			await cache.addAll(ASSETS);
		})()
	);
});

worker.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	// The sync server's answers change with every call: never from the cache, never cached.
	if (url.pathname.startsWith('/api/')) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages such as /study?id=... are one prerendered page whatever the query says.
			const cached = await cache.match(request, { ignoreSearch: request.mode === 'navigate' || ASSETS.includes(url.pathname) });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
				return response;
			} catch (error) {
				if (request.mode === 'navigate') {
					const home = await cache.match('/');
					if (home) return home;
				}
				throw error;
			}
		})()
	);
});
