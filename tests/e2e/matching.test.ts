/**
 * Matching in Chromium at phone size: a set arrives by share link, its questions are answered by
 * tap-tap and by keyboard in a study session and a test, in light and dark, written in the editor,
 * and printed as a worksheet with its answer key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, startApp, stopApp } from './harness';
import { loggedAnswers, phoneWithSet, suggested, verdict } from './answered';
import type { MatchingQuestion, QuestionSet } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

const set: QuestionSet = {
	format: 1,
	id: 'matching-demo',
	title: 'Who said what',
	language: 'en',
	source: { title: 'A visit to Pyongyang', publisher: 'Factdrill', date: '2023-07-27' },
	questions: [
		{
			id: 'roles',
			type: 'matching',
			prompt: 'Match each visitor with the delegation they led.',
			items: ['Sergei Shoigu', 'Li Hongzhong', 'Kim Jong Un'],
			answer: ['Russia', 'China', 'The host country'],
			explanation: 'Both delegations attended the parade.'
		},
		{ id: 'capitals', type: 'matching', prompt: 'Match each country with its capital.', items: ['Canada', 'Italy', 'Japan', 'India'], answer: ['Ottawa', 'Rome', 'Tokyo', 'New Delhi'] }
	]
};

function question(prompt: string): MatchingQuestion {
	return set.questions.find((item) => item.prompt === prompt) as MatchingQuestion;
}

/** A fresh phone profile holding the set, added from its share link. */
function withSet(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
	return phoneWithSet(browser, server.url, set, colorScheme);
}

/** The question on screen, and its items and matches in the order shown. */
async function onScreen(page: Page): Promise<{ asked: MatchingQuestion; items: string[]; matches: string[] }> {
	const prompt = (await page.locator('#prompt').textContent())!.trim();
	const texts = async (list: string) => (await page.locator(`ol[aria-labelledby="${list}"] .text`).allTextContents()).map((text) => text.trim());
	return { asked: question(prompt), items: await texts('match-items'), matches: await texts('match-matches') };
}

const matchOf = (asked: MatchingQuestion, item: string) => asked.answer[asked.items.indexOf(item)]!;
const itemButton = (page: Page, text: string) => page.locator('ol[aria-labelledby="match-items"] button').filter({ hasText: text });
const matchButton = (page: Page, text: string) => page.locator('ol[aria-labelledby="match-matches"] button').filter({ hasText: text });
/** A button's name as the page gives it: its text, then whether it is paired (", not paired", ", paired with …"). */
const named = (text: string, state: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*, ${state}$`);
const status = (page: Page) => page.locator('form.match [role="status"]').textContent();
/** Each pair listed after answering: its text and its mark. */
const marks = async (page: Page) => (await page.locator('.pairs li .tag').allTextContents()).map((text) => text.trim());

describe('matching', () => {
	it('is answered by tap-tap (all right: Good) and by keyboard (partly right: Hard), each pair marked afterwards', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/study?id=matching-demo`);
		await page.locator('#prompt').waitFor();

		let { asked, items, matches } = await onScreen(page);
		expect([...items].sort()).toEqual([...asked.items].sort());
		expect([...matches].sort()).toEqual([...asked.answer].sort());
		// Every item and match is a real button saying whether it is paired.
		for (const item of items) expect(await page.getByRole('button', { name: named(item, 'not paired') }).count()).toBe(1);

		// By tap: an item, then its match; one pair undone and made again.
		for (const item of items) {
			await itemButton(page, item).tap();
			expect(await itemButton(page, item).getAttribute('aria-pressed')).toBe('true');
			await matchButton(page, matchOf(asked, item)).tap();
		}
		await expect.poll(() => status(page)).toBe(`${items.at(-1)} and ${matchOf(asked, items.at(-1)!)} paired. ${items.length} of ${items.length} pairs made.`);
		await matchButton(page, matchOf(asked, items[0]!)).tap();
		await expect.poll(() => status(page)).toBe(`Pair undone: ${items[0]} and ${matchOf(asked, items[0]!)}. ${items.length - 1} of ${items.length} pairs made.`);
		expect(await page.getByRole('button', { name: named(items[0]!, 'not paired') }).count()).toBe(1);
		// The other way round: the match first, then its item.
		await matchButton(page, matchOf(asked, items[0]!)).tap();
		await itemButton(page, items[0]!).tap();
		expect(await page.getByRole('button', { name: named(items[0]!, `paired with ${matchOf(asked, items[0]!)}`) }).count()).toBe(1);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Check' }).tap();
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('✓ Right');
		expect(await suggested(page)).toBe('Good');
		expect(await marks(page)).toEqual(items.map(() => '✓ Right'));
		expect(await axe(page)).toEqual([]);
		const first = asked.prompt;
		await page.locator('.grade.suggested').tap();
		await expect.poll(async () => (await page.locator('#prompt').textContent())?.trim()).not.toBe(first);

		// By keyboard: the first item has the focus; Tab moves along the buttons, Enter pairs.
		({ asked, items, matches } = await onScreen(page));
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')).toContain(items[0]!);
		const focusOn = async (text: string) => {
			for (let i = 0; i < 20; i++) {
				if ((await page.evaluate(() => (document.activeElement as HTMLElement | null)?.querySelector('.text')?.textContent?.trim())) === text) return;
				await page.keyboard.press('Tab');
			}
			throw new Error(`no focus on ${text}`);
		};
		// The first two items swapped, the others right: half the pairs.
		const [a, b, ...rest] = items;
		const plan: Array<[string, string]> = [
			[a!, matchOf(asked, b!)],
			[b!, matchOf(asked, a!)],
			...rest.map((item): [string, string] => [item, matchOf(asked, item)])
		];
		for (const [item, match] of plan) {
			await page.getByRole('button', { name: named(item, 'not paired') }).focus();
			await page.keyboard.press('Enter');
			await focusOn(match);
			await page.keyboard.press('Enter');
		}
		await page.getByRole('button', { name: 'Check' }).focus();
		await page.keyboard.press('Enter');
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('◐ Partly right');
		expect(await suggested(page)).toBe('Hard');
		expect(await page.locator('.feedback .reason').textContent()).toBe(`${rest.length} of ${items.length} pairs right: ${Math.round((rest.length / items.length) * 100)}% of the question.`);
		expect(await marks(page)).toEqual(items.map((item) => (item === a || item === b ? '✗ Wrong' : '✓ Right')));
		// The right pair is shown for a wrong one, and what was matched instead.
		const wrongRow = page.locator('.pairs li').nth(0);
		expect(await wrongRow.textContent()).toContain(`${a} → goes with ${matchOf(asked, a!)}`);
		expect(await wrongRow.textContent()).toContain(`You matched: ${matchOf(asked, b!)}`);
		expect(await axe(page)).toEqual([]);
		await page.keyboard.press('Enter');

		const logged = () => loggedAnswers(page);
		await expect.poll(logged).toEqual([
			['match', 'choice', 3],
			['match', 'partial', 2]
		]);
		await page.context().close();
	});

	it('in dark mode at 360 px: every pair wrong is Again, nothing overflows and axe finds nothing', async () => {
		const page = await withSet('dark');
		await page.goto(`${server.url}/study?id=matching-demo`);
		await page.locator('#prompt').waitFor();
		const { asked, items } = await onScreen(page);
		// Each item with the next item's match: none right.
		for (const [index, item] of items.entries()) {
			await itemButton(page, item).tap();
			await matchButton(page, matchOf(asked, items[(index + 1) % items.length]!)).tap();
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Check' }).tap();
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('✗ Not quite');
		expect(await suggested(page)).toBe('Again');
		expect(await marks(page)).toEqual(items.map(() => '✗ Wrong'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});

	it('asks for a pair before checking, and counts in a test with partial credit', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/test?id=matching-demo`);
		await page.getByRole('button', { name: 'Start the test' }).waitFor();
		await page.getByLabel('Number of questions').fill('2');
		await page.getByRole('button', { name: 'Start the test' }).click();

		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 1 of 2');
		let { asked, items } = await onScreen(page);
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect.poll(() => page.locator('.error').textContent()).toContain('Pair at least one item with its match first');
		for (const item of items) {
			await itemButton(page, item).tap();
			await matchButton(page, matchOf(asked, item)).tap();
		}
		await page.getByRole('button', { name: 'Check' }).tap();
		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 2 of 2');
		expect(await page.locator('#verdict').count()).toBe(0);

		// One pair right, the rest left unpaired, by keyboard.
		({ asked, items } = await onScreen(page));
		await itemButton(page, items[0]!).focus();
		await page.keyboard.press('Enter');
		await matchButton(page, matchOf(asked, items[0]!)).focus();
		await page.keyboard.press(' ');
		await page.getByRole('button', { name: 'Check' }).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: /^Score/ }).waitFor();
		const share = 1 / items.length;
		expect(await page.getByRole('heading', { name: /^Score/ }).textContent()).toBe(`Score: ${Math.round(((1 + share) / 2) * 100)}%`);
		expect(await page.locator('.mistakes li').textContent()).toContain(`Partly right: 1 of ${items.length} pairs right`);
		await page.context().close();
	});

	it("is written in the editor's form: pairs added and removed, a repeated item named as you type, then saved", async () => {
		const page = await withSet();
		await page.goto(`${server.url}/edit?id=matching-demo`);
		await page.getByRole('heading', { name: 'Edit: Who said what' }).waitFor();
		await page.getByLabel('Type of the new question').selectOption('matching');
		await page.getByRole('button', { name: 'Add a question' }).click();
		await page.keyboard.type('Match each city with its country.');
		const added = page.locator('.questions > li').nth(2);
		expect(await added.getByRole('group', { name: /^Pairs/ }).count()).toBe(1);
		const pairs: Array<[string, string]> = [
			['Pyongyang', 'North Korea'],
			['Moscow', 'Russia'],
			['pyongyang', 'China']
		];
		for (const [i, [item, match]] of pairs.entries()) {
			await added.getByLabel(`Item ${i + 1}`, { exact: true }).fill(item);
			await added.getByLabel(`Match ${i + 1}`, { exact: true }).fill(match);
		}
		await added.getByLabel('Item 3', { exact: true }).blur();
		await expect.poll(() => added.locator('.message').allTextContents()).toEqual(['Item 3: repeats another item ("pyongyang")']);
		await added.getByLabel('Item 3', { exact: true }).fill('Beijing');
		await added.getByRole('button', { name: 'Add a pair' }).click();
		await added.getByLabel('Item 4', { exact: true }).fill('Seoul');
		await added.getByLabel('Match 4', { exact: true }).fill('South Korea');
		await expect.poll(() => added.locator('.message').count()).toBe(0);
		// Three pairs at least: with four, one can go.
		await added.getByRole('button', { name: 'Remove pair 2' }).click();
		expect(await added.getByRole('button', { name: 'Remove pair 1' }).isDisabled()).toBe(true);

		await page.getByRole('button', { name: 'Save the set' }).click();
		await page.getByRole('heading', { name: 'Saved', exact: true }).waitFor();
		const saved = await page.evaluate(async () => {
			const request = indexedDB.open('factdrill');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			return new Promise<unknown>((resolve) => {
				const get = db.transaction('sets').objectStore('sets').get('matching-demo');
				get.onsuccess = () => resolve(get.result?.set.questions[2]);
			});
		});
		expect(saved).toMatchObject({ type: 'matching', prompt: 'Match each city with its country.', items: ['Pyongyang', 'Beijing', 'Seoul'], answer: ['North Korea', 'China', 'South Korea'] });
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});

	it('prints a worksheet of lettered items and numbered matches, and a key giving each letter its number', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/print?id=matching-demo&key=both`);
		await page.getByRole('heading', { name: 'Who said what', exact: true }).waitFor();
		const items = page.locator('.worksheet .item');
		expect(await items.count()).toBe(2);
		const key = (await page.locator('.key').textContent()) ?? '';
		for (let i = 0; i < 2; i++) {
			const asked = set.questions[i] as MatchingQuestion;
			const item = items.nth(i);
			expect(await item.locator('.instruction').textContent()).toBe("Write the number of each item's match on its line.");
			expect((await item.locator('ol[aria-label="Items"] li').allTextContents()).map((text) => text.trim())).toEqual(asked.items.map((text, index) => `${String.fromCharCode(65 + index)}. ${text}`));
			const printed = (await item.locator('ol[aria-label="Matches"] li').allTextContents()).map((text) => text.trim().replace(/^\d+\.\s*/, ''));
			expect([...printed].sort()).toEqual([...asked.answer].sort());
			asked.items.forEach((text, index) => expect(key).toContain(`${String.fromCharCode(65 + index)}. ${text} → ${printed.indexOf(asked.answer[index]!) + 1}. ${asked.answer[index]}`));
		}
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});
});
