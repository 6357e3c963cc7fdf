/**
 * What a new student meets in a first half hour on a phone (360×740, touch): numbers typed with
 * their unit, questions that do not give each other away, the rating bar clear of the feedback, a
 * summary that counts cards, "Study more" once the day is done, and the smaller things a touch
 * screen needs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, builtinSet, currentQuestion, openHome, phone, startApp, stopApp } from './harness';
import type { QuestionSet } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;
let set: QuestionSet;
const SET = 'shoigu-pyongyang-2023';

beforeAll(async () => {
	({ server, browser } = await startApp());
	set = await builtinSet(server.url);
});

afterAll(() => stopApp({ server, browser }));

async function prompt(page: Page): Promise<string> {
	return ((await page.locator('#prompt').textContent()) ?? '').trim();
}

/** Every record of an IndexedDB store of the app's database. */
async function stored(page: Page, store: 'cards' | 'log'): Promise<unknown[]> {
	return page.evaluate(async (name) => {
		const request = indexedDB.open('factdrill');
		const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
		const all = await new Promise<unknown[]>((resolve) => {
			const get = db.transaction(name).objectStore(name).getAll();
			get.onsuccess = () => resolve(get.result);
		});
		db.close();
		return all;
	}, store);
}

/** A fresh phone profile whose daily new-question limit is `newPerDay`, as if set in Settings. */
async function phoneWithLimit(newPerDay: number, colorScheme: 'light' | 'dark' = 'light'): Promise<{ context: BrowserContext; page: Page }> {
	const context = await phone(browser, { colorScheme });
	const page = await context.newPage();
	await openHome(page, server.url);
	await page.evaluate(async (limit) => {
		const request = indexedDB.open('factdrill');
		const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
		await new Promise<void>((resolve) => {
			const tx = db.transaction('settings', 'readwrite');
			tx.objectStore('settings').put({ key: 'main', newPerDay: limit });
			tx.oncomplete = () => resolve();
		});
		db.close();
	}, newPerDay);
	return { context, page };
}

/** Answers the question on screen by tap: rightly, or wrongly when `right` is false; then waits for the rating bar. */
async function answer(page: Page, right = true): Promise<void> {
	await page.locator('.actions .primary, #answer-input, .option').first().waitFor();
	const question = await currentQuestion(page, set);
	if ((await page.getByRole('button', { name: /Show answer/ }).count()) > 0) {
		await page.getByRole('button', { name: /Show answer/ }).tap();
	} else if ((await page.getByLabel(/Your answer/).count()) > 0) {
		const input = page.getByLabel(/Your answer/);
		await input.fill(right ? String((question as { answer: string | number }).answer) : 'nothing like it');
		await page.getByRole('button', { name: 'Check' }).tap();
	} else {
		const texts = (await page.locator('.option .text').allTextContents()).map((text) => text.trim());
		const wanted = question.type === 'true_false' ? (question.answer ? 'True' : 'False') : question.type === 'multiple_choice' ? question.choices[question.answer]! : String((question as { answer: string }).answer);
		const index = texts.indexOf(wanted);
		await page.locator('.option').nth(right ? index : (index + 1) % texts.length).tap();
	}
	await page.locator('.grades').waitFor();
}

async function rate(page: Page, name: RegExp): Promise<void> {
	const before = await prompt(page);
	await page.locator('.grades').getByRole('button', { name }).tap();
	await page.locator('.grades').waitFor({ state: 'detached' });
	await expect.poll(async () => ((await page.locator('#prompt').count()) === 0 ? '(summary)' : await prompt(page))).not.toBe(before);
}

describe('a student on a phone', () => {
	it('a number typed with its unit is right, and with a wrong unit it is wrong', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/study?id=${SET}&drill=q-num-anniversary,q-num-war-length`);
		const input = page.getByLabel(/Your answer/);
		await input.fill('70 years');
		await input.press('Enter');
		await expect.poll(() => page.locator('#verdict').textContent()).toContain('Right');
		expect(await page.locator('.grade.suggested .label').textContent()).not.toBe('Again');
		await rate(page, /^Good/);
		await page.getByLabel(/Your answer/).fill('3 days');
		await page.getByLabel(/Your answer/).press('Enter');
		await expect.poll(() => page.locator('#verdict').textContent()).toContain('Not quite');
		expect(await page.locator('.feedback .reason').textContent()).toBe('Wrong unit: the answer is in years, not days');
		await context.close();
	});

	it('does not show the set\'s title while a question is asked, nor two questions on one fact in a row', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/study?id=${SET}`);
		await page.locator('#prompt').waitFor();
		const facts: string[] = [];
		for (let i = 0; i < 8; i++) {
			expect(await page.locator('main').textContent()).not.toContain(set.title.slice(0, 20));
			expect(await page.title()).not.toContain(set.title.slice(0, 20));
			facts.push((await currentQuestion(page, set)).provenance!.fact!);
			await answer(page);
			await rate(page, /^Easy/);
		}
		// The built-in set lists four questions on its first fact first; a day's first questions are on different facts.
		expect(new Set(facts).size).toBe(facts.length);
		await context.close();
	});

	it('at 360×740 the rating bar covers neither the verdict nor the explanation', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		// A choice question with its options, a verdict, the right answer and an explanation.
		await page.goto(`${server.url}/study?id=${SET}&drill=q-anniversary-mc,q-war-ally-mc`);
		for (let i = 0; i < 2; i++) {
			await answer(page, false);
			for (const selector of ['#verdict', '.feedback .answer', '.feedback .explanation']) {
				const clear = await page.evaluate((target) => {
					const element = document.querySelector(target)!;
					const box = element.getBoundingClientRect();
					const bar = document.querySelector('.grades')!.getBoundingClientRect();
					const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
					return { inView: box.top >= 0 && box.bottom <= bar.top, uncovered: hit !== null && element.contains(hit) };
				}, selector);
				expect({ selector, ...clear }).toEqual({ selector, inView: true, uncovered: true });
			}
			const bar = (await page.locator('.grades').boundingBox())!;
			expect(bar.y + bar.height).toBeLessThanOrEqual(740);
			// Undo no longer sits in the bar, which holds only the four ratings.
			expect(await page.locator('.actions button').count()).toBe(4);
			await rate(page, /^Again/);
		}
		await context.close();
	});

	it('labels the counters above the card, and the summary counts cards, not answers, after a reload too', async () => {
		const { context, page } = await phoneWithLimit(2, 'dark');
		await page.goto(`${server.url}/study?id=${SET}`);
		await page.locator('#prompt').waitFor();
		expect(await page.locator('.remaining dt').allTextContents()).toEqual(['new', 'learning', 'due']);
		for (const label of await page.locator('.remaining dt').all()) expect(await label.isVisible()).toBe(true);
		expect(await page.locator('.remaining .new').textContent()).toBe('2');
		// First card wrong (it comes back), second right: 2 cards, 3 answers.
		await answer(page, false);
		await rate(page, /^Again/);
		await answer(page);
		await rate(page, /^Easy/);
		await answer(page);
		await rate(page, /^Easy/);
		await page.locator('#summary-heading').waitFor();
		const summary = async () => ((await page.locator('.summary').textContent()) ?? '').replace(/\s+/g, ' ');
		expect(await summary()).toContain('Today you studied 2 cards (2 new)');
		expect(await summary()).toContain('That took 3 answers');
		await page.reload();
		await page.locator('#summary-heading').waitFor();
		expect(await summary()).toContain('Today you studied 2 cards (2 new)');
		// Once the session is over, the set's title is back.
		expect(await page.locator('.to-set').textContent()).toContain(set.title.slice(0, 20));
		await page.getByRole('heading', { name: 'Study more' }).waitFor();
		expect(await axe(page)).toEqual([]);
		await context.close();
	});

	it('"Study more" once the day is done: more new questions today, and practice that saves nothing', async () => {
		const { context, page } = await phoneWithLimit(1);
		await page.goto(`${server.url}/study?id=${SET}`);
		await answer(page);
		await rate(page, /^Easy/);
		await page.getByRole('heading', { name: 'Study more' }).waitFor();
		const more = page.locator('.more');
		expect(await more.textContent()).toContain('73 questions are still new');
		expect(await more.textContent()).toContain('Nothing you answer is saved');
		expect(await axe(page)).toEqual([]);

		// More new questions: five more today, kept over a reload.
		await page.getByLabel('How many').selectOption('5');
		await more.getByRole('link', { name: 'Learn 5 new' }).tap();
		await expect.poll(() => page.locator('.remaining .new').textContent()).toBe('5');
		expect(await page.getByRole('note').textContent()).toContain('raised to 6');
		await page.reload();
		await expect.poll(() => page.locator('.remaining .new').textContent()).toBe('5');
		await answer(page);
		await rate(page, /^Easy/);
		await expect.poll(() => page.locator('.remaining .new').textContent()).toBe('4');
		expect(await stored(page, 'log')).toHaveLength(2);

		// Practice: every question, nothing written.
		const cards = await stored(page, 'cards');
		const log = await stored(page, 'log');
		await page.goto(`${server.url}/study?id=${SET}&more=practice`);
		await expect.poll(() => page.locator('.remaining .left').textContent()).toBe('74');
		expect(await page.getByRole('note').textContent()).toContain('nothing you answer here is saved');
		await answer(page, false);
		expect(await axe(page)).toEqual([]);
		expect(await page.locator('.grades .label').allTextContents()).toEqual(['Again', 'Got it']);
		await rate(page, /^Again/);
		await answer(page);
		await rate(page, /^Got it/);
		await expect.poll(() => page.locator('.remaining .left').textContent()).toBe('73');
		expect(await stored(page, 'cards')).toEqual(cards);
		expect(await stored(page, 'log')).toEqual(log);
		await context.close();
	});

	it('on a touch screen: no keyboard hints, a tap turns a flashcard over, focus on the suggested rating, no repeated answer, "I don\'t know" is not "Not quite"', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/study?id=${SET}&drill=q-tour-host,q-sa-icbm`);
		await page.locator('#prompt').waitFor();
		const shownHints = () => page.locator('kbd').evaluateAll((hints) => hints.filter((hint) => getComputedStyle(hint).display !== 'none').map((hint) => hint.textContent));
		expect(await page.locator('kbd').count()).toBeGreaterThan(0);
		expect(await shownHints()).toEqual([]);
		// A tap on the card itself turns it over; focus lands on the default rating, Good.
		await page.locator('#prompt').tap();
		await page.locator('.grades').waitFor();
		expect(await page.evaluate(() => document.activeElement?.querySelector('.label')?.textContent)).toBe('Good');
		// Accepted: "Kim Jong Un", "Kim Jong-un" (the answer itself) and "Kim": only "Kim" is another answer.
		expect(await page.locator('.feedback p', { hasText: 'Also accepted' }).textContent()).toBe('Also accepted: Kim');
		await rate(page, /^Good/);
		await page.getByRole('button', { name: "I don't know" }).tap();
		await page.locator('#verdict').waitFor();
		expect((await page.locator('#verdict').textContent())!.trim()).toBe('Here is the answer');
		expect(await page.locator('.feedback.wrong').count()).toBe(0);
		expect(await page.evaluate(() => document.activeElement?.querySelector('.label')?.textContent)).toBe('Again');
		expect(await shownHints()).toEqual([]);
		await context.close();

		// With a mouse and a keyboard, the hints are there.
		const desktop = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const wide = await desktop.newPage();
		await wide.goto(`${server.url}/study?id=${SET}&drill=q-tour-host`);
		await wide.locator('#prompt').waitFor();
		expect(await wide.locator('kbd').evaluateAll((hints) => hints.filter((hint) => getComputedStyle(hint).display !== 'none').map((hint) => hint.textContent))).toEqual(['Space']);
		await desktop.close();
	});

	it('date questions open the digits keyboard for a year and a picker for a month', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/study?id=${SET}&drill=q-date-armistice,q-date-mutiny`);
		const input = page.getByLabel(/Your answer/);
		await input.waitFor();
		expect(await input.evaluate((element: HTMLInputElement) => [element.type, element.inputMode])).toEqual(['text', 'numeric']);
		await input.fill('1953');
		await input.press('Enter');
		await expect.poll(() => page.locator('#verdict').textContent()).toContain('Right');
		await rate(page, /^Easy/);
		expect(await page.getByLabel(/Your answer/).evaluate((element: HTMLInputElement) => element.type)).toBe('month');
		await page.getByLabel(/Your answer/).fill('2023-06');
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect.poll(() => page.locator('#verdict').textContent()).toContain('Right');
		await context.close();
	});

	it('a test offers to retry just its mistakes', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/test?id=${SET}`);
		await page.getByRole('button', { name: 'Start the test' }).waitFor();
		await page.getByLabel('Number of questions').fill('3');
		for (const label of ['Flashcards', 'Short answer', 'Fill in the blank', 'Numbers', 'Dates', 'Multiple choice']) {
			await page.getByRole('checkbox', { name: new RegExp(label) }).uncheck();
		}
		await page.getByRole('button', { name: 'Start the test' }).tap();
		const wrong: string[] = [];
		for (let i = 0; i < 3; i++) {
			await expect.poll(() => page.locator('.progress').textContent()).toBe(`Question ${i + 1} of 3`);
			// The set's title does not show while a question is asked.
			expect(await page.locator('main').textContent()).not.toContain(set.title.slice(0, 20));
			const question = await currentQuestion(page, set);
			const truth = question.type === 'true_false' && question.answer;
			if (i < 2) wrong.push(question.prompt);
			await page.getByRole('button', { name: (i < 2 ? !truth : truth) ? 'True' : 'False' }).tap();
		}
		await page.getByRole('heading', { name: /^Score/ }).waitFor();
		await page.getByRole('button', { name: 'Retry my mistakes (2)' }).tap();
		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 1 of 2');
		const asked: string[] = [];
		for (let i = 0; i < 2; i++) {
			await expect.poll(() => page.locator('.progress').textContent()).toBe(`Question ${i + 1} of 2`);
			const question = await currentQuestion(page, set);
			asked.push(question.prompt);
			await page.getByRole('button', { name: question.type === 'true_false' && question.answer ? 'True' : 'False' }).tap();
		}
		expect(asked.sort()).toEqual(wrong.sort());
		await expect.poll(() => page.getByRole('heading', { name: /^Score/ }).textContent()).toBe('Score: 100%');
		await context.close();
	});
});
