import { describe, expect, it } from 'vitest';
import { backgroundOrder, cachePlan, filesOfPage, importsOfScript, isOfflineProgress, offlineStatusText } from '../../src/lib/core/offline';

/** The shape of a page SvelteKit prerenders (trimmed): preload links, a stylesheet, the bootstrap script. */
const studyPage = `<!doctype html>
<html lang="en">
	<head>
		<link rel="manifest" href="./manifest.webmanifest" />
		<link rel="icon" href="./favicon.svg" type="image/svg+xml" />
		<link href="./_app/immutable/entry/start.A1.js" rel="modulepreload">
		<link href="./_app/immutable/chunks/runtime.B2.js" rel="modulepreload">
		<link href="./_app/immutable/nodes/13.C3.js" rel="modulepreload">
		<link href="./_app/immutable/assets/13.D4.css" rel="stylesheet">
		<link rel="preconnect" href="https://elsewhere.example">
	</head>
	<body>
		<script>
			Promise.all([
				import("./_app/immutable/entry/start.A1.js"),
				import("./_app/immutable/entry/app.E5.js")
			]).then(([kit, app]) => kit.start(app));
		</script>
	</body>
</html>`;

describe('filesOfPage', () => {
	it('lists the scripts and stylesheets a prerendered page loads, as paths from the root', () => {
		expect(filesOfPage(studyPage, '/study').sort()).toEqual([
			'/_app/immutable/assets/13.D4.css',
			'/_app/immutable/chunks/runtime.B2.js',
			'/_app/immutable/entry/app.E5.js',
			'/_app/immutable/entry/start.A1.js',
			'/_app/immutable/nodes/13.C3.js'
		]);
	});

	it('resolves links against where the app lives', () => {
		expect(filesOfPage('<link href="./_app/x.js" rel="modulepreload">', '/factdrill/study')).toEqual(['/factdrill/_app/x.js']);
		expect(filesOfPage('<link rel="stylesheet" href="../_app/y.css">', '/factdrill/set')).toEqual(['/_app/y.css']);
	});
});

describe('cachePlan', () => {
	const assets = [
		'/_app/immutable/entry/start.A1.js',
		'/_app/immutable/entry/app.E5.js',
		'/_app/immutable/chunks/runtime.B2.js',
		'/_app/immutable/nodes/13.C3.js',
		'/_app/immutable/assets/13.D4.css',
		'/_app/immutable/nodes/5.F6.js',
		'/_app/immutable/workers/generate.worker-G7.js',
		'/favicon.svg',
		'/manifest.webmanifest',
		'/icon-512.png',
		'/',
		'/study',
		'/generate',
		'/sets/index.json',
		'/sets/shoigu-pyongyang-2023.json'
	];
	const statics = ['/favicon.svg', '/manifest.webmanifest', '/icon-512.png'];

	it('puts the first screens, what they load, the built-in sets and the static files first; the rest after', () => {
		const plan = cachePlan(assets, new Map([['/study', studyPage]]), '', statics);
		expect(plan.rest).toEqual(['/_app/immutable/nodes/5.F6.js', '/', '/generate', '/_app/immutable/workers/generate.worker-G7.js']);
		expect([...plan.first].sort()).toEqual(assets.filter((asset) => !plan.rest.includes(asset)).sort());
		expect(plan.first).toContain('/study');
		expect(plan.first).toContain('/sets/shoigu-pyongyang-2023.json');
	});

	it('caches every file once, and nothing the app does not have', () => {
		const pages = new Map([
			['/study', studyPage],
			['/', studyPage.replace('13.C3', '2.H8')]
		]);
		const plan = cachePlan(assets, pages, '', statics);
		const all = [...plan.first, ...plan.rest];
		expect(new Set(all).size).toBe(all.length);
		expect(all.sort()).toEqual([...assets].sort());
		expect(all).not.toContain('/_app/immutable/nodes/2.H8.js');
	});
});

describe('importsOfScript', () => {
	it('lists what a built script imports, statically or when needed, as paths from the root; pages\' code is left to the pages', () => {
		const code = 'import{a as e}from"./runtime.B2.js";import"./side.K1.js";export{b}from"../chunks/shared.M3.js";const n=()=>import(`./storage.S4.js`),r=[()=>import(`../nodes/5.F6.js`)];fetch("./data.json");import("https://elsewhere.example/x.js")';
		expect(importsOfScript(code, '/_app/immutable/chunks/home.H1.js').sort()).toEqual([
			'/_app/immutable/chunks/runtime.B2.js',
			'/_app/immutable/chunks/shared.M3.js',
			'/_app/immutable/chunks/side.K1.js',
			'/_app/immutable/chunks/storage.S4.js'
		]);
	});
});

describe('cachePlan with the scripts read', () => {
	const chunk = (name: string) => `/_app/immutable/chunks/${name}.js`;
	const assets = [
		'/_app/immutable/entry/start.A1.js',
		'/_app/immutable/entry/app.E5.js',
		chunk('runtime.B2'),
		'/_app/immutable/nodes/13.C3.js',
		'/_app/immutable/nodes/5.F6.js',
		chunk('storage.S4'),
		chunk('idb.I5'),
		chunk('editor.X9'),
		'/study',
		'/generate'
	];
	const scripts = new Map([
		['/_app/immutable/entry/app.E5.js', 'const nodes=[()=>import(`../nodes/13.C3.js`),()=>import(`../nodes/5.F6.js`)]'],
		['/_app/immutable/nodes/13.C3.js', 'import{r}from"../chunks/runtime.B2.js";const load=()=>import(`../chunks/storage.S4.js`)'],
		[chunk('storage.S4'), 'import{openDB}from"./idb.I5.js"'],
		['/_app/immutable/nodes/5.F6.js', 'const open=()=>import(`../chunks/editor.X9.js`)']
	]);

	it('puts first what the first screens\' scripts load when needed, and what that imports', () => {
		const plan = cachePlan(assets, new Map([['/study', studyPage]]), '', [], scripts);
		expect(plan.first).toContain(chunk('storage.S4'));
		expect(plan.first).toContain(chunk('idb.I5'));
		expect(plan.rest).toEqual(['/_app/immutable/nodes/5.F6.js', chunk('editor.X9'), '/generate']);
	});

	it('follows only the scripts read so far, so the service worker plans again with what it read', () => {
		const read = new Map([...scripts].filter(([path]) => path !== chunk('storage.S4')));
		expect(cachePlan(assets, new Map([['/study', studyPage]]), '', [], read).rest).toContain(chunk('idb.I5'));
		expect(cachePlan(assets, new Map([['/study', studyPage]]), '', [], new Map()).rest).toContain(chunk('storage.S4'));
	});
});

describe('backgroundOrder', () => {
	it('saves the Web Workers last, keeping the order otherwise', () => {
		const paths = ['/_app/immutable/workers/generate.worker-G7.js', '/_app/immutable/nodes/13.C3.js', '/_app/immutable/workers/backup.worker-K9.js', '/stats', '/_app/immutable/chunks/runtime.B2.js'];
		expect(backgroundOrder(paths)).toEqual(['/_app/immutable/nodes/13.C3.js', '/stats', '/_app/immutable/chunks/runtime.B2.js', '/_app/immutable/workers/generate.worker-G7.js', '/_app/immutable/workers/backup.worker-K9.js']);
	});
});

describe('the status line', () => {
	it('says nothing until something is known, then saving, then ready, or that saving failed', () => {
		expect(offlineStatusText(undefined)).toBeNull();
		expect(offlineStatusText('saving')).toBe('Saving Factdrill for offline use…');
		expect(offlineStatusText('ready')).toBe('Ready to work offline');
		expect(offlineStatusText('incomplete')).toMatch(/^Not all of Factdrill is saved for offline use yet/);
	});

	it('takes only progress messages from the service worker', () => {
		expect(isOfflineProgress({ type: 'offline-progress', state: 'saving', saved: 3, total: 82 })).toBe(true);
		expect(isOfflineProgress({ type: 'SKIP_WAITING' })).toBe(false);
		expect(isOfflineProgress(null)).toBe(false);
		expect(isOfflineProgress('offline-progress')).toBe(false);
	});
});
