/**
 * Time from navigation to the main button being usable, on a throttled phone, in Debian's
 * Chromium (playwright-core) against the built app served by `vite preview` (gzip, HTTP/1.1):
 *
 * - usable_ms_home_cold: first visit to the home page (fresh profile, nothing cached) until a
 *   set's "Study" button is on screen (it shows once the page runs and has read IndexedDB);
 * - usable_ms_home_warm: a repeat visit in a new tab, once the app says it is ready offline:
 *   every file comes from the service worker's cache (a run that fetched one from the network
 *   fails);
 * - usable_ms_study_warm: a study session on a repeat visit, until the first question's answer
 *   control (an option, the answer field or "Show answer") is on screen.
 *
 * Throttling through the Chrome DevTools Protocol, as Lighthouse's mobile profile: 1.6 Mbit/s
 * down, 750 kbit/s up, 150 ms round trip, CPU 4× slower; a 390×844 touch screen. The protocol
 * throttles the page's own requests, not the service worker's downloads. "Usable" is the first
 * frame after the button appears (a paint and a free main thread). Medians of several rounds;
 * the machine's load moves these figures a lot, so compare runs made side by side.
 *
 * `npx tsx scripts/bench-usable.ts [--runs N] [--trace DIR]` after a build prints the figures
 * (with --trace, a Chromium performance trace of each kind of visit of the first round, to open
 * in Chrome's Performance panel); `npm run bench` includes them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';
import { startPreview } from '../tests/e2e/server';
import { fail, readCommandLine } from './cli';

export const THROTTLING = {
	latencyMs: 150,
	downloadBytesPerSecond: (1.6 * 1_000_000) / 8,
	uploadBytesPerSecond: (750 * 1_000) / 8,
	cpuSlowdown: 4,
	viewport: { width: 390, height: 844 }
};

const SET_ID = 'shoigu-pyongyang-2023';
/** A page that never shows its main button fails the run rather than hanging it. */
const GIVE_UP_MS = 120_000;
/** Page loading, rendering, scripts with JS samples, the service worker and its cache. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'v8.execute', 'disabled-by-default-v8.cpu_profiler', 'blink.user_timing', 'loading', 'toplevel', 'ServiceWorker', 'CacheStorage'];

/** What "the main button" is on each page. */
const MAIN_BUTTON: Record<string, string> = {
	'/': 'main .sets a.button.primary',
	'/study': 'main :is(.option, button.primary, input[type="text"], input:not([type])):not([disabled])'
};

/**
 * Runs in every document before its own scripts: watches for the page's main button and
 * records, in the first frame after it appears, the time since navigation started. (A string:
 * tsx would wrap a function's inner names with a helper the page does not have.)
 */
const WATCH_FOR_MAIN_BUTTON = `(() => {
	const selector = ${JSON.stringify(MAIN_BUTTON)}[location.pathname];
	if (!selector) return;
	window.__usable = new Promise((resolve) => {
		const observer = new MutationObserver(() => {
			if (!document.querySelector(selector)) return;
			observer.disconnect();
			requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
		});
		observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
	});
})();`;

async function phoneContext(browser: Browser): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: THROTTLING.viewport, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
	await context.addInitScript({ content: WATCH_FOR_MAIN_BUTTON });
	return context;
}

interface Visit {
	ms: number;
	/** Same-origin responses that did not come from the service worker. */
	fromNetwork: string[];
}

/** Opens `url` in a new throttled tab and times it; `trace` names a file for a performance trace. */
async function visit(context: BrowserContext, url: string, trace?: string): Promise<Visit & { page: Page }> {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: THROTTLING.latencyMs,
		downloadThroughput: THROTTLING.downloadBytesPerSecond,
		uploadThroughput: THROTTLING.uploadBytesPerSecond
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLING.cpuSlowdown });
	const fromNetwork: string[] = [];
	const origin = new URL(url).origin;
	page.on('response', (response) => {
		if (response.url().startsWith(origin) && !response.fromServiceWorker()) fromNetwork.push(new URL(response.url()).pathname);
	});
	if (trace) await context.browser()!.startTracing(page, { path: trace, screenshots: true, categories: TRACE_CATEGORIES });
	await page.goto(url, { waitUntil: 'commit' });
	// Straight through the protocol: Playwright's own helpers would inject their script into the page and cost it time.
	const usable = cdp.send('Runtime.evaluate', { expression: 'window.__usable', awaitPromise: true, returnByValue: true });
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${url}: no main button after ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS)));
	const { result, exceptionDetails } = await Promise.race([usable, timeout]).finally(() => clearTimeout(timer));
	if (exceptionDetails || typeof result.value !== 'number') throw new Error(`${url}: the main button did not become usable (${exceptionDetails?.text ?? result.description})`);
	const ms = result.value;
	if (trace) await context.browser()!.stopTracing();
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
	return { ms, fromNetwork, page };
}

/** Waits until the service worker controls the page and the app says it has every file saved for offline use. */
async function waitUntilOffline(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const status = document.querySelector('footer.offline');
			// (A build from before the status line: its worker cached everything before taking over.)
			return navigator.serviceWorker.controller !== null && (status === null || status.getAttribute('data-stage') === 'ready');
		},
		undefined,
		{ timeout: 120_000, polling: 100 }
	);
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Visits {
	home_cold: number;
	home_warm: number;
	study_warm: number;
}

/** One round: a first visit to the home page in a fresh profile, then repeat visits to home and a study session. */
export async function measureVisits(browser: Browser, origin: string, trace?: (name: string) => string | undefined): Promise<Visits> {
	const context = await phoneContext(browser);
	try {
		const cold = await visit(context, `${origin}/`, trace?.('home-cold'));
		await waitUntilOffline(cold.page);
		await cold.page.close();
		// Once to let the worker take over and the browser settle its caches, then measured.
		await (await visit(context, `${origin}/`)).page.close();
		const warm: Partial<Visits> = {};
		for (const [key, path] of [
			['home_warm', '/'],
			['study_warm', `/study?id=${SET_ID}`]
		] as const) {
			const result = await visit(context, `${origin}${path}`, trace?.(key.replace('_', '-')));
			if (result.fromNetwork.length > 0) throw new Error(`a repeat visit to ${path} fetched from the network: ${result.fromNetwork.join(', ')}`);
			warm[key] = result.ms;
			await result.page.close();
		}
		return { home_cold: cold.ms, home_warm: warm.home_warm!, study_warm: warm.study_warm! };
	} finally {
		await context.close();
	}
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export async function benchUsable(options: { runs?: number; trace?: string; log?: (message: string) => void } = {}): Promise<Record<string, number>> {
	const runs = options.runs ?? 5;
	const log = options.log ?? (() => {});
	const server = await startPreview();
	const browser = await launchChromium();
	const rounds: Visits[] = [];
	try {
		if (options.trace) mkdirSync(options.trace, { recursive: true });
		for (let run = 0; run < runs; run++) {
			const trace = (name: string) => (options.trace && run === 0 ? join(options.trace, `${name}.json`) : undefined);
			const round = await measureVisits(browser, server.url, trace);
			rounds.push(round);
			log(`run ${run + 1}/${runs}: home cold ${Math.round(round.home_cold)} ms, home warm ${Math.round(round.home_warm)} ms, study warm ${Math.round(round.study_warm)} ms`);
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	const medianOf = (key: keyof Visits) => Math.round(median(rounds.map((round) => round[key])));
	return { usable_ms_home_cold: medianOf('home_cold'), usable_ms_home_warm: medianOf('home_warm'), usable_ms_study_warm: medianOf('study_warm') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const usage = 'usage: npx tsx scripts/bench-usable.ts [--runs N] [--trace FILE]';
	const { values } = readCommandLine(process.argv.slice(2), { runs: { type: 'string', default: '5' }, trace: { type: 'string' } }, usage);
	const runs = Number(values.runs);
	if (!Number.isInteger(runs) || runs < 1) fail(`--runs needs a whole number of 1 or more (got ${values.runs}); ${usage}`);
	console.log(JSON.stringify(await benchUsable({ runs, trace: values.trace, log: (message) => console.error(message) })));
}
