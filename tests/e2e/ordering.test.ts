/**
 * Ordering in Chromium at phone size: a set arrives by share link, its questions are answered by
 * tap-to-place and by keyboard (move up and down, each step announced) in a study session and a
 * test, in light and dark, written in the editor, and printed as a worksheet with its answer key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, startApp, stopApp } from './harness';
import { loggedAnswers, phoneWithSet, suggested, verdict } from './answered';
import type { OrderingQuestion, QuestionSet } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

const set: QuestionSet = {
	format: 1,
	id: 'ordering-demo',
	title: 'The visit in order',
	language: 'en',
	source: { title: 'A visit to Pyongyang', publisher: 'Factdrill', date: '2023-07-27' },
	questions: [
		{
			id: 'visit',
			type: 'ordering',
			prompt: 'Put the events of the visit in order, earliest first.',
			answer: ['Shoigu lands in Pyongyang', 'Talks with the defense minister', 'Tour of the arms exhibition', 'The military parade'],
			explanation: 'The parade closed the visit.'
		},
		{ id: 'war', type: 'ordering', prompt: 'Put these in order, earliest first.', answer: ['The war begins', 'The armistice is signed', 'The 70th anniversary'] }
	]
};

function question(prompt: string): OrderingQuestion {
	return set.questions.find((item) => item.prompt === prompt) as OrderingQuestion;
}

function withSet(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
	return phoneWithSet(browser, server.url, set, colorScheme);
}

async function asked(page: Page): Promise<OrderingQuestion> {
	return question((await page.locator('#prompt').textContent())!.trim());
}

const pool = (page: Page) => page.locator('.pool button');
const poolButton = (page: Page, text: string) => pool(page).filter({ hasText: text });
const placedTexts = async (page: Page) => (await page.locator('.slots button.placed .text').allTextContents()).map((text) => text.trim());
const status = (page: Page) => page.locator('form.order [role="status"]').textContent();
const focused = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
const marks = async (page: Page) => (await page.locator('.pairs li .tag').allTextContents()).map((text) => text.trim());

describe('ordering', () => {
	it('is answered by tap-to-place (all right: Good) and by keyboard with moves (partly right: Hard), each place marked afterwards', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/study?id=ordering-demo`);
		await page.locator('#prompt').waitFor();

		let shown = await asked(page);
		expect(await pool(page).count()).toBe(shown.answer.length);
		// Shown out of order.
		expect((await pool(page).locator('.text').allTextContents()).map((text) => text.trim())).not.toEqual(shown.answer);

		// By tap: a wrong one placed first, taken back, then every item in order.
		const wrongFirst = shown.answer.at(-1)!;
		await poolButton(page, wrongFirst).tap();
		expect(await placedTexts(page)).toEqual([wrongFirst]);
		await expect.poll(() => status(page)).toBe(`${wrongFirst} placed 1 of ${shown.answer.length}.`);
		await page.locator('.slots button.placed').first().tap();
		await expect.poll(() => status(page)).toBe(`${wrongFirst} taken back. 0 of ${shown.answer.length} placed.`);
		for (const item of shown.answer) await poolButton(page, item).tap();
		expect(await placedTexts(page)).toEqual(shown.answer);
		expect(await pool(page).count()).toBe(0);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Check' }).tap();
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('✓ Right');
		expect(await suggested(page)).toBe('Good');
		expect(await marks(page)).toEqual(shown.answer.map(() => '✓ Right'));
		expect(await axe(page)).toEqual([]);
		await page.locator('.grade.suggested').tap();
		await expect.poll(async () => (await page.locator('#prompt').textContent())?.trim()).not.toBe(shown.prompt);

		// By keyboard: the first item to place has the focus; Enter places it, and the focus moves to the next one.
		shown = await asked(page);
		const offered = (await pool(page).locator('.text').allTextContents()).map((text) => text.trim());
		await expect.poll(() => focused(page)).toBe(offered[0]);
		for (let i = 0; i < offered.length; i++) await page.keyboard.press('Enter');
		expect(await placedTexts(page)).toEqual(offered);
		// Every item placed: the focus is on Check. Sort them with the move buttons, by keyboard.
		await expect.poll(() => focused(page)).toBe('Check');
		for (let target = 0; target < shown.answer.length; target++) {
			const at = (await placedTexts(page)).indexOf(shown.answer[target]!);
			if (at === target) continue;
			await page.getByRole('button', { name: `Move ${shown.answer[target]} up` }).focus();
			for (let step = at; step > target; step--) await page.keyboard.press('Enter');
			await expect.poll(() => status(page)).toBe(`${shown.answer[target]} moved to place ${target + 1} of ${shown.answer.length}.`);
		}
		expect(await placedTexts(page)).toEqual(shown.answer);
		// Then the first two swapped back, by keyboard: two of three in place.
		await page.getByRole('button', { name: `Move ${shown.answer[0]} down` }).focus();
		await page.keyboard.press('Enter');
		// The focus stays with the item moved, now at the second place.
		await expect.poll(() => focused(page)).toContain(`Move ${shown.answer[0]} down`);
		await page.getByRole('button', { name: 'Check' }).focus();
		await page.keyboard.press('Enter');
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('◐ Partly right');
		expect(await suggested(page)).toBe('Hard');
		const right = shown.answer.length - 2;
		expect(await page.locator('.feedback .reason').textContent()).toBe(`${right} of ${shown.answer.length} items in their place: ${Math.round((right / shown.answer.length) * 100)}% of the question.`);
		expect(await marks(page)).toEqual(shown.answer.map((_, index) => (index < 2 ? '✗ Wrong' : '✓ Right')));
		expect(await page.locator('.pairs li').nth(0).textContent()).toContain(`You put here: ${shown.answer[1]}`);
		expect(await axe(page)).toEqual([]);
		await page.keyboard.press('Enter');

		const logged = () => loggedAnswers(page);
		await expect.poll(logged).toEqual([
			['order', 'choice', 3],
			['order', 'partial', 2]
		]);
		await page.context().close();
	});

	it('in dark mode at 360 px: in reverse order is Again, nothing overflows and axe finds nothing', async () => {
		const page = await withSet('dark');
		await page.goto(`${server.url}/study?id=ordering-demo`);
		await page.locator('#prompt').waitFor();
		const shown = await asked(page);
		// Reversed: with an odd count the middle one would be right; leave it out then.
		const reversed = [...shown.answer].reverse().filter((item, index, all) => all.length % 2 === 0 || index !== (all.length - 1) / 2);
		for (const item of reversed) await poolButton(page, item).tap();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Check' }).tap();
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('✗ Not quite');
		expect(await suggested(page)).toBe('Again');
		expect(await marks(page)).toEqual(shown.answer.map(() => '✗ Wrong'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});

	it('asks for an item before checking, and counts in a test with partial credit', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/test?id=ordering-demo`);
		await page.getByRole('button', { name: 'Start the test' }).waitFor();
		await page.getByLabel('Number of questions').fill('2');
		await page.getByRole('button', { name: 'Start the test' }).click();

		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 1 of 2');
		let shown = await asked(page);
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect.poll(() => page.locator('.error').textContent()).toContain('Place at least one item first');
		for (const item of shown.answer) await poolButton(page, item).tap();
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 2 of 2');
		expect(await page.locator('#verdict').count()).toBe(0);

		// Only the first item placed, by keyboard: one item in its place.
		shown = await asked(page);
		await poolButton(page, shown.answer[0]!).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Check' }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: /^Score/ }).waitFor();
		const share = 1 / shown.answer.length;
		expect(await page.getByRole('heading', { name: /^Score/ }).textContent()).toBe(`Score: ${Math.round(((1 + share) / 2) * 100)}%`);
		expect(await page.locator('.mistakes li').textContent()).toContain(`Partly right: 1 of ${shown.answer.length} items in their place`);
		await page.context().close();
	});

	it("is written in the editor's form: items added, reordered and removed, a repeat named as you type, then saved", async () => {
		const page = await withSet();
		await page.goto(`${server.url}/edit?id=ordering-demo`);
		await page.getByRole('heading', { name: 'Edit: The visit in order' }).waitFor();
		await page.getByLabel('Type of the new question').selectOption('ordering');
		await page.getByRole('button', { name: 'Add a question' }).click();
		await page.keyboard.type('Put the steps in order.');
		const added = page.locator('.questions > li').nth(2);
		expect(await added.getByRole('group', { name: /^Items, in the right order/ }).count()).toBe(1);
		for (const [i, item] of ['Arrive', 'Parade', 'arrive'].entries()) await added.getByLabel(`Item ${i + 1}`, { exact: true }).fill(item);
		await added.getByLabel('Item 3', { exact: true }).blur();
		await expect.poll(() => added.locator('.message').allTextContents()).toEqual(['Item 3: repeats another item ("arrive")']);
		await added.getByLabel('Item 3', { exact: true }).fill('Talks');
		await expect.poll(() => added.locator('.message').count()).toBe(0);
		// Talks moved up above the parade, by keyboard; the focus stays on its arrow.
		await added.getByRole('button', { name: 'Move item 3 up' }).focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => focused(page)).toBe('↑Move item 2 up');
		await added.getByRole('button', { name: 'Add an item' }).click();
		await added.getByLabel('Item 4', { exact: true }).fill('Leave');
		await added.getByRole('button', { name: 'Remove item 4' }).click();
		expect(await added.getByRole('button', { name: 'Remove item 1' }).isDisabled()).toBe(true);

		await page.getByRole('button', { name: 'Save the set' }).click();
		await page.getByRole('heading', { name: 'Saved', exact: true }).waitFor();
		const saved = await page.evaluate(async () => {
			const request = indexedDB.open('factdrill');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			return new Promise<unknown>((resolve) => {
				const get = db.transaction('sets').objectStore('sets').get('ordering-demo');
				get.onsuccess = () => resolve(get.result?.set.questions[2]);
			});
		});
		expect(saved).toMatchObject({ type: 'ordering', prompt: 'Put the steps in order.', answer: ['Arrive', 'Talks', 'Parade'] });
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});

	it('prints a worksheet of lettered items to number, and a key giving the letters in order', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/print?id=ordering-demo&key=both`);
		await page.getByRole('heading', { name: 'The visit in order', exact: true }).waitFor();
		const items = page.locator('.worksheet .item');
		expect(await items.count()).toBe(2);
		const key = (await page.locator('.key').textContent()) ?? '';
		for (let i = 0; i < 2; i++) {
			const shown = set.questions[i] as OrderingQuestion;
			const item = items.nth(i);
			expect(await item.locator('.instruction').textContent()).toBe(`Number the items in order, 1 to ${shown.answer.length}.`);
			const printed = (await item.locator('.options li').allTextContents()).map((text) => text.trim().replace(/^[A-Z]\.\s*/, ''));
			expect([...printed].sort()).toEqual([...shown.answer].sort());
			expect(printed).not.toEqual(shown.answer);
			expect(key).toContain(shown.answer.map((text, index) => `${index + 1}. ${String.fromCharCode(65 + printed.indexOf(text))}. ${text}`).join('; '));
		}
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});
});
