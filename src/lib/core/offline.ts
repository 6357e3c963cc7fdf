/**
 * What the service worker caches, in which order, and what it tells the pages about it. Pure:
 * the service worker (src/service-worker.ts) and the page's status (src/lib/state/offline.svelte.ts)
 * both use it, and Node tests it.
 *
 * A first visit caches the first screens first — home, a set, a study session, a shared set's
 * link, the built-in sets — so that studying works offline as soon as the worker takes over; the
 * rest of the app (the other pages, the question generator) follows in the background.
 */

/** The pages a new learner opens first (a student often arrives by a teacher's link), as paths below the app's base. */
export const FIRST_SCREENS = ['/', '/set', '/study', '/share'] as const;

/**
 * The scripts and stylesheets a prerendered page loads, as absolute paths: the modulepreload and
 * stylesheet links, and the entry points its bootstrap script imports.
 */
export function filesOfPage(html: string, pagePath: string): string[] {
	const found = new Set<string>();
	const base = new URL(pagePath, 'http://app.invalid');
	const add = (reference: string) => {
		const url = new URL(reference, base);
		if (url.origin === base.origin) found.add(url.pathname);
	};
	for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = /\brel="([^"]*)"/.exec(tag[0])?.[1]?.split(/\s+/) ?? [];
		const href = /\bhref="([^"]*)"/.exec(tag[0])?.[1];
		if (href && (rel.includes('modulepreload') || rel.includes('stylesheet'))) add(href);
	}
	for (const entry of html.matchAll(/\bimport\(\s*"([^"]+\.js)"\s*\)/g)) add(entry[1]!);
	return [...found];
}

/**
 * The scripts a built script imports, statically (`from "./x.js"`) or dynamically (`import("./x.js")`),
 * as absolute paths. Pages' own code (`/_app/immutable/nodes/`) is left out: the router imports every
 * page's, and each page's preload links already name its own.
 */
export function importsOfScript(code: string, scriptPath: string): string[] {
	const found = new Set<string>();
	const base = new URL(scriptPath, 'http://app.invalid');
	for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])(\.{1,2}\/[^"'`]+\.js)\1/g)) {
		const url = new URL(match[2]!, base);
		if (url.origin === base.origin && !url.pathname.includes('/_app/immutable/nodes/')) found.add(url.pathname);
	}
	return [...found];
}

export interface CachePlan {
	/** Cached before the worker takes over: the first screens work offline from then on. */
	first: string[];
	/** Cached afterwards, in the background. */
	rest: string[];
}

/**
 * Splits every file the app has (`assets`, each cached under its path) into what the first
 * screens need and the rest. `pages` are the first screens' prerendered HTML by path; `base` is
 * the app's base path ('' at the root). The built-in sets (`/sets/…`) and the small static files
 * (icons, manifest) go first; a file the pages name that the app does not have is left out.
 *
 * `scripts` holds the code of the scripts read so far: what they import, even what they load only
 * when needed (`import("./x.js")`), goes first too, and so on through what that imports. The
 * service worker reads the scripts of each plan and plans again until nothing new comes in.
 */
export function cachePlan(
	assets: readonly string[],
	pages: ReadonlyMap<string, string>,
	base: string,
	statics: readonly string[],
	scripts: ReadonlyMap<string, string> = new Map()
): CachePlan {
	const known = new Set(assets);
	const first = new Set<string>();
	const scriptQueue: string[] = [];
	const add = (file: string) => {
		if (!known.has(file) || first.has(file)) return;
		first.add(file);
		if (file.endsWith('.js')) scriptQueue.push(file);
	};
	for (const [path, html] of pages) {
		first.add(path);
		for (const file of filesOfPage(html, path)) add(file);
	}
	for (let script = scriptQueue.pop(); script !== undefined; script = scriptQueue.pop()) {
		const code = scripts.get(script);
		if (code !== undefined) for (const file of importsOfScript(code, script)) add(file);
	}
	for (const asset of assets) if (asset.startsWith(`${base}/sets/`)) first.add(asset);
	for (const file of statics) if (known.has(file)) first.add(file);
	return { first: [...first], rest: backgroundOrder(assets.filter((asset) => !first.has(asset))) };
}

/**
 * The order the background saves files in: the Web Workers' scripts (the question generator, the
 * largest file, which only the generate page needs) after every page and what pages load, so that
 * a download cut short leaves as many pages working offline as it can.
 */
export function backgroundOrder(paths: readonly string[]): string[] {
	const worker = (path: string) => path.includes('/_app/immutable/workers/');
	return [...paths.filter((path) => !worker(path)), ...paths.filter(worker)];
}

/** From the service worker to the pages: how much of the app is saved for offline use. */
export interface OfflineProgress {
	type: 'offline-progress';
	/** `saving` while files are still being fetched, `incomplete` when fetching them failed (offline, server gone). */
	state: 'saving' | 'ready' | 'incomplete';
	saved: number;
	total: number;
}

/** From a page to its service worker: report progress, and finish saving the app if it is not all saved. */
export interface OfflineRequest {
	type: 'offline-status';
}

export function isOfflineProgress(data: unknown): data is OfflineProgress {
	return (data as Partial<OfflineProgress> | null)?.type === 'offline-progress';
}

/** What the page knows: nothing yet (no service worker, or not heard from), saving, ready, or saving failed. */
export type OfflineStage = 'saving' | 'ready' | 'incomplete';

/** The page's status line; `null` shows nothing. */
export function offlineStatusText(stage: OfflineStage | undefined): string | null {
	if (stage === 'saving') return 'Saving Factdrill for offline use…';
	if (stage === 'ready') return 'Ready to work offline';
	if (stage === 'incomplete') return 'Not all of Factdrill is saved for offline use yet; it will finish on a later visit.';
	return null;
}
