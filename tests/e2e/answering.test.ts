import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { builtinSet, currentQuestion, openHome, phone, startApp, stopApp } from './harness';
import type { Question, QuestionSet } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;
let set: QuestionSet;

beforeAll(async () => {
	({ server, browser } = await startApp());
	set = await builtinSet(server.url);
});

afterAll(() => stopApp({ server, browser }));

async function current(page: Page): Promise<Question> {
	return currentQuestion(page, set);
}

/** A typo a lenient teacher accepts: swap two inner letters of the longest word. */
function withTypo(answer: string): string {
	const words = answer.split(' ');
	const longest = words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
	const word = words[longest]!;
	words[longest] = word.slice(0, 2) + word[3] + word[2] + word.slice(4);
	return words.join(' ');
}

async function verdict(page: Page): Promise<string> {
	return ((await page.locator('#verdict').textContent()) ?? '').trim();
}

async function suggested(page: Page): Promise<string> {
	return ((await page.locator('.grade.suggested .label').textContent()) ?? '').trim();
}

describe('answering in a study session', () => {
	it('answers choice, true/false and typed questions, with a typo accepted, a wrong answer refused and overruled', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await page.getByRole('link', { name: /^Study/ }).first().click();
		await page.locator('#prompt').waitFor();

		const done = { choice: false, truth: false, typo: false, wrong: false };
		for (let step = 0; step < 20 && !Object.values(done).every(Boolean); step++) {
			const question = await current(page);
			const before = question.prompt;
			if (question.type === 'multiple_choice') {
				const right = question.choices[question.answer]!;
				const options = await page.locator('.option .text').allTextContents();
				// Keys 1–4 pick an option.
				await page.keyboard.press(String(options.indexOf(right) + 1));
				expect(await verdict(page)).toContain('Right');
				expect(await suggested(page)).toBe('Good');
				done.choice = true;
			} else if (question.type === 'true_false') {
				// The wrong key: the verdict says so and suggests Again.
				await page.keyboard.press(question.answer ? 'f' : 't');
				expect(await verdict(page)).toContain('Not quite');
				expect(await suggested(page)).toBe('Again');
				done.truth = true;
			} else if (['short_answer', 'cloze'].includes(question.type) && 'answer' in question && typeof question.answer === 'string') {
				const input = page.getByLabel(/Your answer/);
				if (!done.typo && question.answer.replace(/[^A-Za-z]/g, '').length >= 8) {
					await input.fill(withTypo(question.answer));
					await input.press('Enter');
					expect(await verdict(page)).toBe('✓ Right, with a typo');
					expect(await suggested(page)).toBe('Hard');
					expect(await page.locator('.diff mark').count()).toBeGreaterThan(0);
					done.typo = true;
				} else if (!done.wrong) {
					await input.fill('<img src=x onerror="window.__pwned=1">Nonsense');
					await input.press('Enter');
					expect(await verdict(page)).toContain('Not quite');
					expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
					await page.keyboard.press('o');
					expect(await verdict(page)).toContain('Marked right by you');
					expect(await suggested(page)).toBe('Good');
					done.wrong = true;
				} else {
					await input.fill(question.answer);
					await input.press('Enter');
				}
			} else if (question.type === 'numeric' || question.type === 'date') {
				const input = page.getByLabel(/Your answer/);
				await input.fill(String(question.answer));
				await input.press('Enter');
				expect(await verdict(page)).toContain('Right');
			} else {
				await page.keyboard.press('Space');
			}
			// Enter keeps the suggested rating and moves on.
			await page.locator('.grades').waitFor();
			await page.keyboard.press('Enter');
			await expect.poll(async () => (await page.locator('#prompt').textContent())?.trim()).not.toBe(before.replace(/_{3,}/g, '_____'));
		}
		expect(done).toEqual({ choice: true, truth: true, typo: true, wrong: true });

		// The overruled answer was logged as such.
		const overruled = await page.evaluate(async () => {
			const request = indexedDB.open('factdrill');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			const all: Array<{ answer?: { how: string; overruled: boolean } }> = await new Promise((resolve) => {
				const get = db.transaction('log').objectStore('log').getAll();
				get.onsuccess = () => resolve(get.result);
			});
			return all.filter((entry) => entry.answer?.overruled).length;
		});
		expect(overruled).toBe(1);
		await context.close();
	});
});

describe('test mode', () => {
	it('takes a test with no feedback until the end, shows the score and mistakes, and keeps the history', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await page.goto(`${server.url}/test?id=shoigu-pyongyang-2023`);
		await page.getByRole('button', { name: 'Start the test' }).waitFor();
		await page.getByLabel('Number of questions').fill('4');
		// Only recognition questions, answered by keyboard and tap.
		for (const label of ['Flashcards', 'Short answer', 'Fill in the blank', 'Numbers', 'Dates']) {
			await page.getByRole('checkbox', { name: new RegExp(label) }).uncheck();
		}
		await page.getByRole('button', { name: 'Start the test' }).click();

		let right = 0;
		for (let i = 0; i < 4; i++) {
			await expect.poll(() => page.locator('.progress').textContent()).toBe(`Question ${i + 1} of 4`);
			const question = await current(page);
			if (question.type === 'multiple_choice') {
				const options = await page.locator('.option .text').allTextContents();
				const index = i === 0 ? (options.indexOf(question.choices[question.answer]!) + 1) % options.length : options.indexOf(question.choices[question.answer]!);
				if (i !== 0) right++;
				await page.locator('.option').nth(index).click();
			} else if (question.type === 'true_false') {
				const truth = i === 0 ? !question.answer : question.answer;
				if (i !== 0) right++;
				await page.keyboard.press(truth ? 't' : 'f');
			}
			// No verdict is shown during a test.
			expect(await page.locator('#verdict').count()).toBe(0);
		}
		await page.getByRole('heading', { name: /^Score/ }).waitFor();
		expect(await page.getByRole('heading', { name: /^Score/ }).textContent()).toBe(`Score: ${(right / 4) * 100}%`);
		expect(await page.locator('.mistakes li').count()).toBe(4 - right);

		await page.reload();
		await page.getByRole('heading', { name: 'Past tests' }).waitFor();
		await expect.poll(() => page.locator('.history tbody tr').count()).toBe(1);
		expect(await page.locator('.history tbody tr td').nth(2).textContent()).toBe(`${right} / 4`);
		await context.close();
	});
});
