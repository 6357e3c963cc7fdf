/**
 * Nothing lost, in a real browser: pages killed within milliseconds of a grade, two tabs on one
 * set, a backup restored into an empty profile, and a new version of the app arriving mid-session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, counts, openHome, phone, startApp, stopApp } from './harness';
import { tempFolder } from '../helpers/temp';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

const SET = 'shoigu-pyongyang-2023';

interface Stored {
	log: Array<{ questionId: string; rating: number; before: { reps: number }; after: { reps: number; lastReview: number | null } }>;
	cards: Array<{ questionId: string; reps: number; lastReview: number | null; state: number }>;
}

/** Everything in the log and the cards store, read with plain IndexedDB in the page. */
async function stored(page: Page): Promise<Stored> {
	return page.evaluate(
		() =>
			new Promise<Stored>((resolve, reject) => {
				const request = indexedDB.open('factdrill');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['log', 'cards']);
					const log = tx.objectStore('log').getAll();
					const cards = tx.objectStore('cards').getAll();
					tx.oncomplete = () => {
						db.close();
						resolve({ log: log.result, cards: cards.result });
					};
				};
			})
	);
}

/** Opens a study session and shows the first card's answer (flashcard reveal or a choice). */
async function studyPage(context: BrowserContext): Promise<Page> {
	const page = await context.newPage();
	await page.goto(`${server.url}/study?id=${SET}`);
	await page.locator('#prompt').waitFor();
	return page;
}

/** Gets the card on screen to its rating buttons by giving up, revealing or picking the first option. */
async function toRating(page: Page): Promise<string> {
	const prompt = (await page.locator('#prompt').textContent())!.trim();
	if ((await page.getByRole('button', { name: /Show answer/ }).count()) > 0) await page.getByRole('button', { name: /Show answer/ }).click();
	else if ((await page.getByLabel(/Your answer/).count()) > 0) await page.getByRole('button', { name: /I don.t know/ }).click();
	else await page.locator('.option').first().click();
	await page.locator('.grades').waitFor();
	return prompt;
}

describe('the kill test', () => {
	const RUNS = Number(process.env.KILL_RUNS ?? 24);
	it(`grades a card and kills the page within 0–${RUNS - 1} ms, ${RUNS} times: each grade is fully recorded or cleanly not, never half`, async () => {
		const outcomes = { recorded: 0, notRecorded: 0 };
		for (let run = 0; run < RUNS; run++) {
			const context = await phone(browser);
			const page = await studyPage(context);
			await toRating(page);
			const before = await stored(page);
			expect(before.log).toHaveLength(0);
			const delay = run;
			// Press Good and kill the page `delay` ms later, without waiting for the key press to return:
			// alternately a crash of the renderer and a tab close.
			void page.keyboard.press('3').catch(() => undefined);
			await new Promise((resolve) => setTimeout(resolve, delay));
			if (run % 2 === 0) {
				const cdp = await context.newCDPSession(page);
				const crashed = page.waitForEvent('crash');
				void cdp.send('Page.crash').catch(() => undefined);
				await crashed;
				await page.close().catch(() => undefined);
			} else {
				await page.close({ runBeforeUnload: false });
			}
			const check = await context.newPage();
			// The check only reads what was stored, so it asks the server, not the service worker: after
			// a renderer crash Chromium has held the next navigation through the worker for minutes.
			const cdp = await context.newCDPSession(check);
			await cdp.send('Network.enable');
			await cdp.send('Network.setBypassServiceWorker', { bypass: true });
			// If the page never loads, the failure says what it was still waiting for.
			const pending = new Set<string>();
			check.on('request', (request) => pending.add(request.url()));
			check.on('requestfinished', (request) => pending.delete(request.url()));
			check.on('requestfailed', (request) => pending.delete(request.url()));
			try {
				await check.goto(`${server.url}/`);
			} catch (error) {
				console.log(`run ${run}: the page after the kill did not load; requests still open: ${[...pending].join(', ') || 'none'}; service workers: ${context.serviceWorkers().map((worker) => worker.url()).join(', ') || 'none'}`);
				throw error;
			}
			const after = await stored(check);
			const graded = after.cards.filter((card) => card.reps > 0);
			if (after.log.length === 0) {
				// Cleanly not recorded: no card changed, the card is still new and due.
				expect(graded).toEqual([]);
				outcomes.notRecorded++;
			} else {
				// Fully recorded: one log entry, and its card carries exactly the state the entry says.
				expect(after.log).toHaveLength(1);
				expect(graded).toHaveLength(1);
				expect(graded[0]!.questionId).toBe(after.log[0]!.questionId);
				expect(graded[0]!.reps).toBe(after.log[0]!.after.reps);
				expect(graded[0]!.lastReview).toBe(after.log[0]!.after.lastReview);
				outcomes.recorded++;
			}
			await context.close();
		}
		console.log(`kill test: ${outcomes.recorded} recorded, ${outcomes.notRecorded} not recorded, 0 half-written, of ${RUNS}`);
		expect(outcomes.recorded + outcomes.notRecorded).toBe(RUNS);
	}, 300_000);
});

describe('two tabs', () => {
	it('studying the same set in two tabs never loses or doubles a grade, and home counts follow in a third tab', async () => {
		const context = await phone(browser);
		const home = await context.newPage();
		await openHome(home, server.url);
		expect((await counts(home)).new).toBe(20);
		const tabA = await studyPage(context);
		const tabB = await studyPage(context);
		const first = (await tabA.locator('#prompt').textContent())!.trim();
		expect((await tabB.locator('#prompt').textContent())!.trim()).toBe(first);

		// Tab B has the same card half-answered (rating buttons up); tab A grades it first.
		await toRating(tabB);
		await toRating(tabA);
		await tabA.keyboard.press('3');
		await expect.poll(() => tabA.locator('#prompt').textContent().then((text) => text!.trim())).not.toBe(first);
		// Home recounts without a reload; tab B's counts follow too.
		await expect.poll(() => counts(home).then((c) => c.new)).toBe(19);
		await expect.poll(() => tabB.locator('.remaining .new').textContent()).toBe('19');
		// Tab B's grade for that card is refused, said so, and skipped.
		await tabB.keyboard.press('1');
		await expect.poll(() => tabB.locator('.notice').textContent()).toMatch(/another tab/);
		await expect.poll(() => tabB.locator('#prompt').textContent().then((text) => text!.trim())).not.toBe(first);

		// Both tabs go on studying; every grade lands once. On a busy machine a tab can still show a card
		// the other tab has just graded: its grade is then refused, said so, and not saved.
		let refused = 0;
		for (let i = 0; i < 3; i++) {
			for (const tab of [tabA, tabB]) {
				const prompt = await toRating(tab);
				await tab.keyboard.press('3');
				await expect.poll(() => tab.locator('#prompt').textContent().then((text) => text!.trim())).not.toBe(prompt);
				const notice = (await tab.locator('.notice').count()) > 0 ? await tab.locator('.notice').textContent() : '';
				if (/already graded in another tab/.test(notice ?? '')) refused++;
			}
		}
		const after = await stored(home);
		expect(after.log).toHaveLength(7 - refused);
		expect(after.log.find((entry) => entry.rating === 1)).toBeUndefined();
		const perCard = new Map<string, number[]>();
		for (const entry of after.log) perCard.set(entry.questionId, [...(perCard.get(entry.questionId) ?? []), entry.before.reps]);
		// No card was graded twice from the same state.
		for (const reps of perCard.values()) expect(new Set(reps).size).toBe(reps.length);
		await expect.poll(() => counts(home).then((c) => c.learned)).toBe(perCard.size);
		await context.close();
	});
});

describe('backup and restore', () => {
	const downloads = tempFolder('factdrill-backup-');

	it('a backup downloaded in one profile restores into an empty profile with every review', async () => {
		const source = await phone(browser);
		const page = await studyPage(source);
		for (let i = 0; i < 4; i++) {
			const prompt = await toRating(page);
			await page.keyboard.press(i === 0 ? '1' : '3');
			await expect.poll(() => page.locator('#prompt').textContent().then((text) => text!.trim())).not.toBe(prompt);
		}
		const original = await stored(page);
		await page.goto(`${server.url}/backup`);
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download a backup' }).click();
		const download = await downloading;
		const file = join(downloads, download.suggestedFilename());
		await download.saveAs(file);
		expect(download.suggestedFilename()).toMatch(/^factdrill-backup-\d{4}-\d{2}-\d{2}\.json$/);
		await expect.poll(() => page.getByTestId('last-backup').textContent(), { timeout: 20_000 }).toMatch(/Last backup/);
		await source.close();

		const empty = await phone(browser, { colorScheme: 'dark' });
		const fresh = await empty.newPage();
		await fresh.goto(`${server.url}/backup`);
		await expect.poll(() => fresh.getByTestId('last-backup').textContent(), { timeout: 20_000 }).toMatch(/No backup yet/);
		await fresh.getByLabel('Backup file').setInputFiles(file);
		await fresh.getByTestId('restore-plan').waitFor();
		// The built-in set is on every device already: it is merged or replaced, its 4 reviews come back.
		expect(await fresh.getByTestId('restore-plan').textContent()).toMatch(/0 → 4/);
		expect(await axe(fresh)).toEqual([]);
		expect(await fresh.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await fresh.getByLabel(/Replace/).check();
		await fresh.getByRole('button', { name: 'Replace with this backup' }).click();
		await expect.poll(() => fresh.locator('.restored').textContent(), { timeout: 20_000 }).toMatch(/Restored: 1 set, 4 reviews/);
		const restored = await stored(fresh);
		// As JSON: a field stored as undefined (no answer recorded) has no JSON form, and means the same absent.
		const json = (value: unknown) => JSON.parse(JSON.stringify(value));
		expect(json(restored.log)).toEqual(json(original.log));
		expect(json(restored.cards)).toEqual(json(original.cards));
		await openHome(fresh, server.url);
		expect((await counts(fresh)).learned).toBe(4);

		// A damaged copy is refused with the reason, and nothing changes.
		const text = readFileSync(file, 'utf8').replace('"rating":1', '"rating":4');
		await fresh.goto(`${server.url}/backup`);
		await expect.poll(() => fresh.getByTestId('last-backup').textContent(), { timeout: 20_000 }).toMatch(/Last backup/);
		await fresh.getByLabel('Backup file').setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await expect.poll(() => fresh.getByRole('alert').first().textContent(), { timeout: 20_000 }).toMatch(/checksum does not match/);
		expect(json((await stored(fresh)).log)).toEqual(json(original.log));
		await empty.close();
	}, 120_000);
});

describe('a new version of the app', () => {
	// The preview server serves the service worker from here; the test changes it and puts it back.
	const WORKER = '.svelte-kit/output/client/service-worker.js';

	it('waits while a session runs, then offers to reload, and the update keeps every grade', async () => {
		expect(existsSync(WORKER)).toBe(true);
		const original = readFileSync(WORKER, 'utf8');
		const context = await phone(browser);
		try {
			const page = await context.newPage();
			await openHome(page, server.url);
			await page.evaluate(async () => {
				await navigator.serviceWorker.ready;
				if (!navigator.serviceWorker.controller) {
					await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
				}
			});
			await page.getByRole('link', { name: /^Study/ }).first().click();
			await page.locator('#prompt').waitFor();
			let prompt = await toRating(page);
			await page.keyboard.press('3');
			await expect.poll(() => page.locator('#prompt').textContent().then((text) => text!.trim())).not.toBe(prompt);
			await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

			// A new version is deployed while the learner is mid-session.
			writeFileSync(WORKER, `${original}\n// a new version\n`);
			await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
			await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null), { timeout: 20_000 }).toBe(true);

			// The session is not interrupted: no reload, no offer, the next grade is saved.
			expect(await page.getByText('A new version of Factdrill is ready').count()).toBe(0);
			prompt = await toRating(page);
			await page.keyboard.press('3');
			await expect.poll(() => page.locator('#prompt').textContent().then((text) => text!.trim())).not.toBe(prompt);
			expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);

			// Leaving the session, the app offers the update; taking it reloads into the new version.
			await page.getByRole('link', { name: 'Sets' }).click();
			await page.getByRole('button', { name: 'Reload to update' }).click();
			await expect.poll(() => page.evaluate(() => (window as unknown as { marker?: number }).marker ?? 0)).toBe(0);
			await page.locator('.sets li .counts').first().waitFor();
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
			expect(await page.getByText('A new version of Factdrill is ready').count()).toBe(0);
			expect((await counts(page)).learned).toBe(2);
		} finally {
			writeFileSync(WORKER, original);
			await context.close();
		}
	});
});
