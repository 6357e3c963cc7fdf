import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from './server';
import { counts, openHome, phone, startApp, stopApp } from './harness';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

describe('offline', () => {
	it('after one visit, opens and studies with the server gone and the network off', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		// Wait until the service worker controls the page and has cached everything.
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			}
		});
		const before = await counts(page);

		await server.stop();
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
		await context.close();
	});
});
