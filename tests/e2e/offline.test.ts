import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startPreview, type PreviewServer } from './server';
import { counts, launch, openHome, phone } from './harness';

let browser: Browser;
const servers: PreviewServer[] = [];

beforeAll(async () => {
	browser = await launch();
});

afterAll(async () => {
	await browser?.close();
	for (const server of servers) await server.stop();
});

/** Its own server per test: each test stops it to go offline. */
async function server(): Promise<PreviewServer> {
	const started = await startPreview();
	servers.push(started);
	return started;
}

const SET = 'shoigu-pyongyang-2023';

/** Records every text the offline status line shows, from the first moment of each page. */
const RECORD_STATUS = `(() => {
	window.__offlineTexts = [];
	const seen = () => {
		const text = document.querySelector('footer.offline [role="status"]')?.textContent?.trim();
		if (text && window.__offlineTexts.at(-1) !== text) window.__offlineTexts.push(text);
	};
	new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

/** The page never asks its service worker to save the rest of the app: only what the worker saved at install is there. */
const NEVER_ASK_FOR_THE_REST = `(() => {
	const post = ServiceWorker.prototype.postMessage;
	ServiceWorker.prototype.postMessage = function (message, ...rest) {
		if (message?.type !== 'offline-status') return post.call(this, message, ...rest);
	};
})();`;

const offlineStatus = (page: Page) => page.getByRole('status').filter({ hasText: /offline/i });

/** Opens a page of the app and checks that it is the app's page, not the browser's offline error. */
async function opens(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('main h1').first().waitFor();
	await page.locator('footer.offline[data-stage="ready"]').waitFor();
	expect(await page.title()).toMatch(/Factdrill/);
}

/** Reloaded offline, the first screens work: home with its counts, a set's page, and a study session with a grade. */
async function firstScreensWork(page: Page, url: string): Promise<void> {
	await page.reload();
	await page.locator('.sets li .counts').first().waitFor();
	await page.locator('.sets li h2 a').first().click();
	await page.getByRole('heading', { name: 'Source' }).waitFor();
	await page.goto(`${url}/study?id=${SET}`);
	await page.locator('#prompt').waitFor();
	const first = await page.locator('#prompt').textContent();
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect.poll(() => page.locator('#prompt').textContent()).not.toBe(first);
}

describe('offline', { timeout: 180_000 }, () => {
	it('a first visit says when it is ready offline; then every page opens, and studying works, with the server gone and the network off', async () => {
		const app = await server();
		const context = await phone(browser);
		await context.addInitScript({ content: RECORD_STATUS });
		const page = await context.newPage();
		await openHome(page, app.url);
		await offlineStatus(page).filter({ hasText: 'Ready to work offline' }).waitFor({ timeout: 120_000 });
		const shown = await page.evaluate(() => (window as unknown as { __offlineTexts: string[] }).__offlineTexts);
		expect(shown[0]).toMatch(/^Saving Factdrill for offline use…/);
		expect(shown.at(-1)).toBe('✓ Ready to work offline');
		const before = await counts(page);

		await app.stop();
		await context.setOffline(true);

		await page.reload();
		await expect.poll(() => counts(page).then((c) => c.new)).toBe(before.new);
		await page.getByRole('link', { name: /^Study/ }).first().click();
		await page.locator('#prompt').waitFor();
		const first = await page.locator('#prompt').textContent();
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect.poll(() => page.locator('#prompt').textContent()).not.toBe(first);

		// Reload offline, straight onto the study page: the grade was kept.
		await page.reload();
		await page.locator('#prompt').waitFor();
		await expect.poll(() => page.locator('.remaining .new').textContent()).toBe(String(before.new - 1));

		// Every other page was saved too.
		for (const path of ['/', `/set?id=${SET}`, `/test?id=${SET}`, `/print?id=${SET}`, '/stats', '/settings', '/backup', '/new', '/import', '/generate']) {
			await opens(page, `${app.url}${path}`);
		}
		await context.close();
	});

	it('saves at install all the first screens load, even code they load only when needed: with nothing else saved, home, a set and a study session work offline', async () => {
		const app = await server();
		const context = await phone(browser);
		await context.addInitScript({ content: NEVER_ASK_FOR_THE_REST });
		const page = await context.newPage();
		await openHome(page, app.url);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		await app.stop();
		await context.setOffline(true);
		// Only the service worker's cache may answer, not the browser's HTTP cache of this first visit.
		await (await context.newCDPSession(page)).send('Network.clearBrowserCache');

		await firstScreensWork(page, app.url);
		await context.close();
	});

	it('caches the first screens first: with the rest not saved, home, a set and a study session still work offline', async () => {
		const app = await server();
		const context = await phone(browser);
		// The question generator (the largest file, needed by no first screen) cannot be fetched.
		await context.route(/generate\.worker/, (route) => route.abort());
		const page = await context.newPage();
		await openHome(page, app.url);
		await offlineStatus(page).filter({ hasText: 'Not all of Factdrill is saved for offline use yet' }).waitFor({ timeout: 120_000 });

		await app.stop();
		await context.setOffline(true);

		await firstScreensWork(page, app.url);
		await context.close();
	});
});
