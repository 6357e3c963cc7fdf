import { describe, expect, it } from 'vitest';
import { completeModulePreloads, type BuildManifest } from '../../src/lib/server/module-preloads';

// As Vite writes it: the page's file imports the storage file and the queue statically; the
// storage file imports the queue and the sync service dynamically (only the sync service stays apart).
const manifest: BuildManifest = {
	'nodes/14.js': { file: '_app/immutable/nodes/14.abc.js', imports: ['_storage.js', '_queue.js'] },
	'_storage.js': { file: '_app/immutable/chunks/storage.js', imports: ['_runtime.js'] },
	'_queue.js': { file: '_app/immutable/chunks/queue.js', imports: ['_rules.js', '_runtime.js'] },
	'_rules.js': { file: '_app/immutable/chunks/rules.js' },
	'_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
	'_sync.js': { file: '_app/immutable/chunks/sync.js', imports: ['_rules.js'] },
	'nodes/1.js': { file: '_app/immutable/nodes/1.def.js', imports: ['_runtime.js'] }
};

/** A page's head as SvelteKit writes it, preloading `files` from `prefix`. */
const head = (files: string[], prefix = './') => `<head>\n${files.map((file) => `\t\t<link href="${prefix}${file}" rel="modulepreload">\n`).join('')}\t\t<style>p{}</style>\n</head>`;
const preloaded = (html: string) => [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((match) => match[1]);

describe('the module preloads of a page', () => {
	it('adds every file that the preloaded files import statically, at any depth, after the links already there', () => {
		const html = head(['_app/immutable/nodes/14.abc.js', '_app/immutable/chunks/storage.js', '_app/immutable/chunks/runtime.js']);
		expect(preloaded(completeModulePreloads(html, manifest))).toEqual([
			'./_app/immutable/nodes/14.abc.js',
			'./_app/immutable/chunks/storage.js',
			'./_app/immutable/chunks/runtime.js',
			'./_app/immutable/chunks/queue.js',
			'./_app/immutable/chunks/rules.js'
		]);
	});

	it('keeps the address form of the page\'s own links, adds nothing twice, and leaves out what is only imported dynamically', () => {
		const html = head(['_app/immutable/nodes/14.abc.js'], '../');
		const completed = completeModulePreloads(html, manifest);
		expect(preloaded(completed)).toEqual(['../_app/immutable/nodes/14.abc.js', '../_app/immutable/chunks/storage.js', '../_app/immutable/chunks/runtime.js', '../_app/immutable/chunks/queue.js', '../_app/immutable/chunks/rules.js']);
		expect(completeModulePreloads(completed, manifest)).toBe(completed);
		expect(completed).toContain('<style>p{}</style>');
	});

	it('adds the files every page\'s start imports, with what they import', () => {
		const html = head(['_app/immutable/nodes/14.abc.js', '_app/immutable/chunks/storage.js', '_app/immutable/chunks/runtime.js', '_app/immutable/chunks/queue.js', '_app/immutable/chunks/rules.js']);
		expect(preloaded(completeModulePreloads(html, manifest, ['nodes/1.js'])).slice(5)).toEqual(['./_app/immutable/nodes/1.def.js']);
		expect(completeModulePreloads('<p>no scripts</p>', manifest, ['nodes/1.js'])).toBe('<p>no scripts</p>');
	});

	it('leaves a page without preloads (or whose files the manifest does not know) as it is', () => {
		expect(completeModulePreloads('<p>hello</p>', manifest)).toBe('<p>hello</p>');
		const unknown = head(['_app/immutable/chunks/elsewhere.js']);
		expect(completeModulePreloads(unknown, manifest)).toBe(unknown);
	});
});
