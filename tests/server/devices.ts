/**
 * What the browser tests on the built server share: the server and a Chromium for a describe's
 * tests, the set they study, and what they do with a device: open one (a phone or a laptop
 * profile), sync it from the Sync page and wait for that sync to end, and read its credentials from
 * its IndexedDB to ask the server what it holds.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { QuestionSet } from '$lib/formats/question-set';
import { launch, phone } from '../e2e/harness';
import { newPlace, startServer, type Device, type Place, type RunningServer } from './server';

/** Four flashcards on rivers: the set the browser tests share, study and assign. */
export const RIVER_FACTS: QuestionSet = {
	format: 1,
	id: 'river-facts',
	title: 'River facts',
	language: 'en',
	source: { title: 'Rivers of the world', publisher: 'Atlas', date: '2024-05-01' },
	questions: [
		{ id: 'nile', type: 'flashcard', prompt: 'Which river flows through Cairo?', answer: 'The Nile' },
		{ id: 'amazon', type: 'flashcard', prompt: 'Which river carries the most water?', answer: 'The Amazon' },
		{ id: 'danube', type: 'flashcard', prompt: 'Which river flows through Vienna and Budapest?', answer: 'The Danube' },
		{ id: 'thames', type: 'flashcard', prompt: 'Which river flows through London?', answer: 'The Thames' }
	]
} as QuestionSet;

export interface BrowserWorld {
	/** The server's address, once the describe's tests run. */
	readonly url: string;
	/** A new profile on that Chromium, closed after the describe's tests. */
	device(kind: 'phone' | 'laptop', name: string, colorScheme?: 'light' | 'dark'): Promise<Page>;
}

/** The built Node server on an embedded store and a Chromium, started before the describe's tests and stopped after them. */
export function browserWorld(): BrowserWorld {
	let place: Place | undefined;
	let server: RunningServer | undefined;
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		place = await newPlace('embedded');
		server = await startServer(place);
		browser = await launch();
	});
	afterAll(async () => {
		for (const context of contexts) await context.close().catch(() => undefined);
		await browser?.close();
		await server?.stop();
		await place?.remove();
	});
	return {
		get url() {
			if (!server) throw new Error('the server starts before the tests');
			return server.url;
		},
		device: (kind, name, colorScheme = 'light') => openDevice(browser!, contexts, kind, name, colorScheme)
	};
}

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
