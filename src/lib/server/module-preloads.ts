/**
 * The modulepreload links SvelteKit leaves out of a page. It lists a page's script files by walking
 * the build's manifest, but a file it first meets as a dynamic import of another (the "storage"
 * file imports the queue and the sync service that way) counts as seen and is never listed, even
 * where the page imports it statically: the browser then asks for it only once the page's code
 * runs, one more round trip before the page can render (the study page missed four files, the
 * settings page five). The build (prerendering) adds them here, and the root error page, which
 * SvelteKit's start imports on every page (so that a connection lost later can still show an error):
 * otherwise the start adds its preload link itself, a costly change to the page while it starts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a page needs of Vite's build manifest: each file and the files it imports statically. */
export type BuildManifest = Record<string, { file: string; imports?: string[] }>;

const PRELOAD_LINK = /<link\b[^>]*\brel="modulepreload"[^>]*>/g;
const HREF = /\bhref="([^"]*?)(_app\/[^"]+)"/;

/** The manifest's name for SvelteKit's root error page (its node 1, after the root layout). */
export const ROOT_ERROR_PAGE = '.svelte-kit/generated/client-optimized/nodes/1.js';

/**
 * `html` with a modulepreload link for every file that its preloaded files import statically, at
 * any depth, and that it does not preload yet; and for `alsoLoaded` (manifest names of files
 * every page's start imports) with theirs, on a page that loads scripts at all.
 */
export function completeModulePreloads(html: string, manifest: BuildManifest, alsoLoaded: readonly string[] = []): string {
	const links = [...html.matchAll(PRELOAD_LINK)].flatMap((match) => {
		const href = HREF.exec(match[0]);
		return href ? [{ match, prefix: href[1]!, file: href[2]! }] : [];
	});
	const last = links.at(-1);
	if (!last) return html;
	const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
	const listed = new Set(links.map((link) => link.file));
	const seen = new Set<string>();
	const missing: string[] = [];
	const visit = (key: string) => {
		const chunk = manifest[key];
		if (seen.has(key) || !chunk) return;
		seen.add(key);
		if (!listed.has(chunk.file)) missing.push(chunk.file);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const link of links) {
		const key = keyOf.get(link.file);
		if (key) visit(key);
	}
	for (const key of alsoLoaded) visit(key);
	if (missing.length === 0) return html;
	// The same address form as SvelteKit's own links ("./" or "../" before "_app/").
	const at = last.match.index + last.match[0].length;
	return html.slice(0, at) + missing.map((file) => `\n\t\t<link href="${last.prefix}${file}" rel="modulepreload">`).join('') + html.slice(at);
}

/** The browser build's manifest, while the build prerenders the pages (it is written before); undefined elsewhere. */
export function readBuildManifest(outDir = '.svelte-kit'): BuildManifest | undefined {
	const file = join(outDir, 'output', 'client', '.vite', 'manifest.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuildManifest) : undefined;
}
