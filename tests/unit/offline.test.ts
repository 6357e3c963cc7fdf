import { describe, expect, it } from 'vitest';
import { backgroundOrder, cachePlan, filesOfPage, isOfflineProgress, offlineStatusText } from '../../src/lib/core/offline';

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
