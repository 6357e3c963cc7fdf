/**
 * What the browser tests on the built server do with a device: open one (a phone or a laptop
 * profile), sync it from the Sync page and wait for that sync to end, and read its credentials from
 * its IndexedDB to ask the server what it holds.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { phone } from '../e2e/harness';
import type { Device } from './server';

/** A new profile (a 360 px phone or a 1280 px laptop), kept in `contexts` to be closed after; page errors are logged under `name`. */
export async function openDevice(browser: Browser, contexts: BrowserContext[], kind: 'phone' | 'laptop', name: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
	const context = kind === 'phone' ? await phone(browser, { colorScheme }) : await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
	context.setDefaultTimeout(90_000);
	contexts.push(context);
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
	return page;
}

/** Presses "Sync now" on the Sync page and waits for that sync to run and end (not for the words an earlier sync left). */
export async function syncNow(page: Page, serverUrl: string): Promise<void> {
	if (!new URL(page.url()).pathname.startsWith('/sync')) await page.goto(`${serverUrl}/sync`);
	await page.getByRole('button', { name: 'Sync now' }).waitFor();
	const status = page.locator('.state');
	// The watch is in place before the click (awaited), so that a sync that runs and ends at once is
	// seen. A sync shows as "Syncing…" or, while a set waits for the learner's choice (whose words
	// stay), only as the button turned off until it ends.
	await page.evaluate(() => {
		const watched = window as unknown as { syncRan?: Promise<void> };
		watched.syncRan = new Promise<void>((resolve) => {
			let clicked = false;
			let started = false;
			const button = () => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Sync now');
			// Only what follows the click counts: not the end of a sync the page started on its own.
			document.addEventListener('click', (event) => (clicked ||= event.target === button()), { capture: true });
			const observer = new MutationObserver(() => {
				const text = document.querySelector('.state')?.textContent ?? '';
				if (clicked && (text.startsWith('Syncing') || button()?.disabled)) started = true;
				else if (started && /^Synced at|changed on two devices/.test(text)) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
		});
	});
	const ran = page.evaluate(() => (window as unknown as { syncRan: Promise<void> }).syncRan);
	await page.getByRole('button', { name: 'Sync now' }).click();
	// Bounded like every other wait here (the context's 90 s), so that a sync that never ends is named, not the test's clock.
	let bound: ReturnType<typeof setTimeout> | undefined;
	const stuck = new Promise<never>((_, reject) => {
		bound = setTimeout(async () => reject(new Error(`"Sync now" did not run and end within 90 s; the status reads "${await status.textContent()}"`)), 90_000);
	});
	try {
		await Promise.race([ran, stuck]);
	} finally {
		clearTimeout(bound);
	}
	await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Synced at|changed on two devices/);
}

/** The device's account and secret from its IndexedDB, as the server's test client sends them (from `address`). */
export async function storedCredentials(page: Page, address: string): Promise<Device> {
	const account = await page.evaluate(
		() =>
			new Promise<{ accountId: string; deviceId: string; secret: string }>((resolve, reject) => {
				const request = indexedDB.open('factdrill');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const get = request.result.transaction('sync').objectStore('sync').get('account');
					get.onsuccess = () => resolve(get.result);
				};
			})
	);
	return { ...account, address };
}
