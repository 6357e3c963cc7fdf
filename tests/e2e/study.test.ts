import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { answerRightly, builtinSet, counts, currentQuestion, openHome, phone, startApp, stopApp } from './harness';
import type { QuestionSet } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;
let set: QuestionSet;

beforeAll(async () => {
	({ server, browser } = await startApp());
	set = await builtinSet(server.url);
});

afterAll(() => stopApp({ server, browser }));

async function prompt(page: Page): Promise<string> {
	return (await page.locator('#prompt').textContent()) ?? '';
}

describe('studying the built-in set', () => {
	it('home lists the built-in set with 20 new cards for today', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await expect.poll(() => page.locator('.sets li h2').first().textContent()).toContain('Russia');
		expect(await counts(page)).toEqual({ new: 20, due: 0, learned: 0 });
		await context.close();
	});

	it('studies by keyboard: answers, rating keys 1–4 with the intervals shown, and a reload keeps it all', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await page.getByRole('link', { name: /^Study/ }).first().click();
		await page.locator('#prompt').waitFor();
		const seen: string[] = [];
		for (const key of ['3', '3', '1', '4']) {
			const before = await answerRightly(page, set, 'keyboard');
			seen.push(before);
			const labels = await page.locator('.grades .interval').allTextContents();
			expect(labels).toHaveLength(4);
			expect(labels[0]).toBe('1m');
			await page.keyboard.press(key);
			await expect.poll(() => prompt(page)).not.toBe(before);
		}
		expect(new Set(seen).size).toBe(4);
		// The counts at the top follow the grades: 4 new cards gone, 3 in learning (Easy graduated one).
		await expect.poll(() => page.locator('.remaining .new').textContent()).toBe('16');
		await expect.poll(() => page.locator('.remaining .learning').textContent()).toBe('3');

		// A reload keeps everything: home counts 4 learned, 16 new left today.
		await page.goto(server.url);
		await expect.poll(() => counts(page).then((c) => c.learned)).toBe(4);
		expect((await counts(page)).new).toBe(16);
		await context.close();
	});

	it('studies by tap at phone size, with big buttons and nothing wider than the screen', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await page.getByRole('link', { name: /^Study/ }).first().tap();
		await page.locator('#prompt').waitFor();
		for (let i = 0; i < 5; i++) {
			for (const target of await page.locator('main button, main input').all()) {
				const box = await target.boundingBox();
				if (box) expect(box.height).toBeGreaterThanOrEqual(44);
			}
			const before = await answerRightly(page, set, 'tap');
			const good = page.getByRole('button', { name: /^Good/ });
			const goodBox = await good.boundingBox();
			expect(goodBox!.height).toBeGreaterThanOrEqual(44);
			expect(goodBox!.width).toBeGreaterThanOrEqual(44);
			await good.tap();
			await expect.poll(() => prompt(page)).not.toBe(before);
		}
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(360);
		await context.close();
	});

	it('a revealed flashcard is graded by swiping: right for Good, left for Again', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await page.getByRole('link', { name: /^Study/ }).first().tap();
		await page.locator('#prompt').waitFor();
		// The first question of the built-in set is a flashcard.
		expect((await currentQuestion(page, set)).type).toBe('flashcard');
		await page.getByRole('button', { name: /Show answer/ }).tap();
		const before = await prompt(page);
		const box = (await page.locator('.stage').boundingBox())!;
		const y = box.y + 60;
		const session = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
			session.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
		await touch('touchStart', 60);
		for (let x = 60; x <= 300; x += 30) await touch('touchMove', x);
		await touch('touchEnd', 300);
		await expect.poll(() => prompt(page)).not.toBe(before);
		const log = await page.evaluate(async () => {
			const request = indexedDB.open('factdrill');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			return new Promise<number[]>((resolve) => {
				const get = db.transaction('log').objectStore('log').getAll();
				get.onsuccess = () => resolve(get.result.map((entry: { rating: number }) => entry.rating));
			});
		});
		expect(log).toEqual([3]);
		await context.close();
	});

	it('says plainly when IndexedDB is unavailable instead of showing a blank page', async () => {
		const context = await phone(browser);
		await context.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined });
		});
		const page = await context.newPage();
		await page.goto(server.url);
		await expect.poll(() => page.getByRole('alert').textContent()).toContain('IndexedDB is unavailable');
		// The built-in sets are still listed from the prerendered page.
		expect(await page.locator('.sets li h2').count()).toBeGreaterThan(0);
		await context.close();
	});

	it('a set page shows source, size and progress and starts a session', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await page.locator('.sets li h2 a').first().click();
		await page.getByRole('heading', { name: 'Source' }).waitFor();
		const text = await page.locator('main').textContent();
		expect(text).toMatch(/of \d+ questions studied/);
		expect(text).toContain('July 2023');
		await page.getByRole('link', { name: 'Study now' }).click();
		await page.locator('#prompt').waitFor();
		await context.close();
	});
});
