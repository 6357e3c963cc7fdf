/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline first. A first visit caches what the first screens need (home, a set, a study session,
 * a shared set's link, the built-in sets) at install, so studying works offline as soon as the
 * worker takes over; the rest of the app (other pages, the question generator) follows in the
 * background once a page asks (`offline-status`), and every page hears how far it got
 * (`offline-progress`). An update caches everything at install, since the old version keeps
 * serving meanwhile.
 *
 * Requests are answered from the cache, looked up by path (a page's query string does not
 * change the prerendered page), the network only for the rest. A new version waits (it never
 * takes over mid-session) until the page asks it to, by the message SKIP_WAITING, or until every
 * tab of the old version has closed.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { FIRST_SCREENS, backgroundOrder, cachePlan, type OfflineProgress } from '$lib/core/offline';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `factdrill-${version}`;
const ASSETS = [...build, ...files, ...prerendered];
const KNOWN = new Set(ASSETS);
/** How many files the worker fetches at once, leaving the page's own requests room (HTTP/1.1 allows 6). */
const FIRST_FETCHES = 4;
const BACKGROUND_FETCHES = 2;

let opened: Promise<Cache> | undefined;
const openCache = () => (opened ??= caches.open(CACHE));

/** Hashed build files can come from the HTTP cache; pages, sets and static files are revalidated. */
function download(path: string): Promise<Response> {
	const immutable = path.startsWith(`${base}/_app/immutable/`);
	return fetch(new Request(path, { cache: immutable ? 'default' : 'no-cache' })).then((response) => {
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return response;
	});
}

/**
 * Fetches and caches `paths`, `concurrency` at a time; after a failure it starts no more, and throws
 * once the others end. `onSaved` hears of each file saved, with its response (a copy, to read).
 */
async function save(cache: Cache, paths: readonly string[], concurrency: number, onSaved: (path: string, response: Response) => Promise<void> | void = () => {}): Promise<void> {
	const queue = [...paths];
	let failure: unknown;
	const work = async () => {
		for (let path = queue.shift(); path !== undefined && failure === undefined; path = queue.shift()) {
			try {
				const response = await download(path);
				await cache.put(path, response.clone());
				await onSaved(path, response);
			} catch (error) {
				failure ??= error;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, work));
	if (failure !== undefined) throw failure;
}

/**
 * The first screens' pages, then the scripts, styles and data they load, then what those scripts
 * import (even only when needed), until the plan names nothing new.
 */
async function saveFirstScreens(cache: Cache): Promise<void> {
	const pages = new Map<string, string>();
	const paths = FIRST_SCREENS.map((screen) => `${base}${screen}`).filter((path) => KNOWN.has(path));
	await Promise.all(
		paths.map(async (path) => {
			const response = await download(path);
			pages.set(path, await response.clone().text());
			await cache.put(path, response);
		})
	);
	const scripts = new Map<string, string>();
	const saved = new Set(pages.keys());
	for (;;) {
		const next = cachePlan(ASSETS, pages, base, files, scripts).first.filter((path) => !saved.has(path));
		if (next.length === 0) return;
		for (const path of next) saved.add(path);
		await save(cache, next, FIRST_FETCHES, async (path, response) => {
			if (path.endsWith('.js')) scripts.set(path, await response.text());
		});
	}
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await openCache();
			if (worker.registration.active) await save(cache, ASSETS, FIRST_FETCHES);
			else await saveFirstScreens(cache);
		})()
	);
});

// --- The rest, in the background, and progress for the pages ------------------------------------

let progress: OfflineProgress | undefined;
let completing: Promise<void> | undefined;

async function tell(update: OfflineProgress, only?: Client): Promise<void> {
	progress = update;
	for (const client of only ? [only] : await worker.clients.matchAll({ type: 'window' })) client.postMessage(update);
}

async function complete(): Promise<void> {
	const cache = await openCache();
	const saved = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
	const missing = backgroundOrder(ASSETS.filter((path) => !saved.has(path)));
	const total = ASSETS.length;
	let count = total - missing.length;
	if (missing.length > 0) {
		await tell({ type: 'offline-progress', state: 'saving', saved: count, total });
		try {
			await save(cache, missing, BACKGROUND_FETCHES, () => void tell({ type: 'offline-progress', state: 'saving', saved: ++count, total }));
		} catch {
			await tell({ type: 'offline-progress', state: 'incomplete', saved: count, total });
			return;
		}
	}
	await tell({ type: 'offline-progress', state: 'ready', saved: total, total });
}

worker.addEventListener('message', (event) => {
	const type = (event.data as { type?: string } | null)?.type;
	if (type === 'SKIP_WAITING') void worker.skipWaiting();
	else if (type === 'offline-status') {
		if (progress && event.source) void tell(progress, event.source as Client);
		completing ??= complete().finally(() => (completing = undefined));
		event.waitUntil(completing);
	}
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
	// Every file of the app is cached under its path; pages such as /study?id=... are one prerendered page.
	const key = KNOWN.has(url.pathname) ? url.pathname : request;

	event.respondWith(
		(async () => {
			const cache = await openCache();
			const cached = await cache.match(key);
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') await cache.put(key, response.clone());
				return response;
			} catch (error) {
				if (request.mode === 'navigate') {
					const home = await cache.match(`${base}/`);
					if (home) return home;
				}
				throw error;
			}
		})()
	);
});
