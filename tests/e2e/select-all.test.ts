/**
 * "Select all that apply" in Chromium at phone size: a set arrives by share link, its questions
 * are answered by tap and by keyboard in a study session and a test, in light and dark, and
 * printed as a worksheet with its answer key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, startApp, stopApp } from './harness';
import { loggedAnswers, phoneWithSet, suggested, verdict } from './answered';
import type { QuestionSet, SelectAllQuestion } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

const set: QuestionSet = {
	format: 1,
	id: 'select-all-demo',
	title: 'Who was there',
	language: 'en',
	source: { title: 'A visit to Pyongyang', publisher: 'Factdrill', date: '2023-07-27' },
	questions: [
		{
			id: 'parties',
			type: 'select_all',
			prompt: 'Which countries sent delegations to the parade?',
			choices: ['Russia', 'China', 'Japan', 'South Korea'],
			answer: [0, 1],
			choiceFeedback: ['', 'Li Hongzhong led it.', 'Japan sent no one.', ''],
			explanation: 'Russia and China were the guests of honour.'
		},
		{ id: 'tomb', type: 'select_all', prompt: "What two people are entombed in Grant's tomb?", choices: ['No one', 'Grant', "Grant's wife", "Grant's father"], answer: [1, 2] }
	]
};

function question(prompt: string): SelectAllQuestion {
	return set.questions.find((item) => item.prompt === prompt) as SelectAllQuestion;
}

/** A fresh phone profile holding the set, added from its share link. */
function withSet(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
	return phoneWithSet(browser, server.url, set, colorScheme);
}

/** The question on screen and its options in the order shown. */
async function onScreen(page: Page): Promise<{ asked: SelectAllQuestion; options: string[] }> {
	const prompt = (await page.locator('#prompt').textContent())!.trim();
	const options = (await page.locator('.select .option .text').allTextContents()).map((text) => text.trim());
	return { asked: question(prompt), options };
}

const rightOf = (asked: SelectAllQuestion) => asked.answer.map((index) => asked.choices[index]!);
const wrongOf = (asked: SelectAllQuestion) => asked.choices.filter((_, index) => !asked.answer.includes(index));
const tags = async (page: Page) => (await page.locator('.select .tag').allTextContents()).map((text) => text.trim()).sort();

describe('select all that apply', () => {
	it('is answered by tap (all right: Good) and by keyboard (partly right: Hard), each option marked afterwards', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/study?id=select-all-demo`);
		await page.locator('#prompt').waitFor();

		// A fieldset with a legend, and a real checkbox per option named by its text.
		expect(await page.getByRole('group', { name: /Tick every option that applies/ }).count()).toBe(1);
		let { asked, options } = await onScreen(page);
		for (const option of options) expect(await page.getByRole('checkbox', { name: option, exact: true }).isChecked()).toBe(false);

		// By tap: every right option, then Check.
		for (const right of rightOf(asked)) await page.locator('.select .option').nth(options.indexOf(right)).tap();
		for (const option of options) expect(await page.getByRole('checkbox', { name: option, exact: true }).isChecked()).toBe(rightOf(asked).includes(option));
		await page.getByRole('button', { name: /^Check/ }).tap();
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('✓ Right');
		expect(await suggested(page)).toBe('Good');
		expect(await tags(page)).toEqual(['✓ Right', '✓ Right']);
		expect(await axe(page)).toEqual([]);
		const first = asked.prompt;
		await page.locator('.grade.suggested').tap();
		await expect.poll(async () => (await page.locator('#prompt').textContent())?.trim()).not.toBe(first);

		// By keyboard: number keys tick and untick, Enter checks.
		({ asked, options } = await onScreen(page));
		const [right] = rightOf(asked);
		const [wrong] = wrongOf(asked);
		await page.keyboard.press(String(options.indexOf(right!) + 1));
		await page.keyboard.press(String(options.indexOf(wrong!) + 1));
		expect(await page.getByRole('checkbox', { name: wrong!, exact: true }).isChecked()).toBe(true);
		await page.keyboard.press(String(options.indexOf(wrong!) + 1));
		expect(await page.getByRole('checkbox', { name: wrong!, exact: true }).isChecked()).toBe(false);
		await page.keyboard.press('Enter');
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('◐ Partly right');
		expect(await suggested(page)).toBe('Hard');
		expect(await tags(page)).toEqual(['Missed', '✓ Right']);
		expect(await page.locator('.feedback .reason').textContent()).toContain('1 of 2 right options: 50% of the question.');
		// The right options, in the order shown.
		expect(await page.locator('.feedback .answer strong').textContent()).toBe(options.filter((option) => rightOf(asked).includes(option)).join('; '));
		expect(await axe(page)).toEqual([]);
		await page.keyboard.press('Enter');

		// The log keeps each answer's form and verdict (the Hard card stays in learning and comes back later).
		const logged = () => loggedAnswers(page);
		await expect.poll(logged).toEqual([
			['select', 'choice', 3],
			['select', 'partial', 2]
		]);
		await page.context().close();
	});

	it('in dark mode at 360 px: a wrong pick is marked, the feedback on it shows, nothing overflows and axe finds nothing', async () => {
		const page = await withSet('dark');
		await page.goto(`${server.url}/study?id=select-all-demo`);
		await page.locator('#prompt').waitFor();
		const { asked, options } = await onScreen(page);
		const wrong = wrongOf(asked);
		for (const option of wrong) await page.getByRole('checkbox', { name: option, exact: true }).check();
		await page.getByRole('button', { name: /^Check/ }).tap();
		await page.locator('.grades').waitFor();
		expect(await verdict(page)).toBe('✗ Not quite');
		expect(await suggested(page)).toBe('Again');
		expect(await tags(page)).toEqual(['Missed', 'Missed', '✗ Wrong', '✗ Wrong']);
		const feedback = asked.choiceFeedback?.filter((text, index) => text && wrong.includes(asked.choices[index]!)) ?? [];
		expect((await page.locator('.option-feedback').allTextContents()).sort()).toEqual([...feedback].sort());
		expect(options).toHaveLength(4);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});

	it('counts in a test with partial credit: one right, one half right scores 75%', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/test?id=select-all-demo`);
		await page.getByRole('button', { name: 'Start the test' }).waitFor();
		await page.getByLabel('Number of questions').fill('2');
		await page.getByRole('button', { name: 'Start the test' }).click();

		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 1 of 2');
		let { asked, options } = await onScreen(page);
		for (const right of rightOf(asked)) await page.locator('.select .option').nth(options.indexOf(right)).tap();
		await page.getByRole('button', { name: /^Check/ }).tap();
		// No verdict during a test.
		await expect.poll(() => page.locator('.progress').textContent()).toBe('Question 2 of 2');
		expect(await page.locator('#verdict').count()).toBe(0);

		// Every right option and a wrong one, by keyboard: half the question.
		({ asked, options } = await onScreen(page));
		for (const option of [...rightOf(asked), wrongOf(asked)[0]!]) await page.keyboard.press(String(options.indexOf(option) + 1));
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: /^Score/ }).waitFor();
		expect(await page.getByRole('heading', { name: /^Score/ }).textContent()).toBe('Score: 75%');
		expect(await page.locator('section.panel p').first().textContent()).toMatch(/1 of 2 right, and partial credit for those partly right: 1.5 points of 2/);
		expect(await page.locator('.mistakes li').textContent()).toContain('Partly right: 2 of 2 right options; 1 wrong pick, each cancelling a right one: 50% of the question.');
		await page.context().close();
	});

	it("is written in the editor's form: options added and ticked as right, the rule named as you type, then saved", async () => {
		const page = await withSet();
		await page.goto(`${server.url}/edit?id=select-all-demo`);
		await page.getByRole('heading', { name: 'Edit: Who was there' }).waitFor();
		await page.getByLabel('Type of the new question').selectOption('select_all');
		await page.getByRole('button', { name: 'Add a question' }).click();
		await page.keyboard.type('Which of these are Korean cities?');
		const added = page.locator('.questions > li').nth(2);
		expect(await added.getByRole('group', { name: /^Options/ }).count()).toBe(1);
		for (const [i, option] of ['Pyongyang', 'Vladivostok', 'Busan', 'Harbin'].entries()) await added.getByLabel(`Option ${i + 1}`, { exact: true }).fill(option);
		await added.getByRole('button', { name: 'Add an option' }).click();
		await added.getByLabel('Option 5', { exact: true }).fill('Kaesong');

		// One right option is not enough: the form says so once an option is ticked, and stops saying it at two.
		await added.getByRole('checkbox', { name: 'Option 1 is a right answer' }).check();
		await expect.poll(() => added.locator('.message').allTextContents()).toEqual(['Right options: names 1 right choice; a select-all question needs 2 to 6']);
		await added.getByRole('checkbox', { name: 'Option 3 is a right answer' }).check();
		await added.getByRole('checkbox', { name: 'Option 5 is a right answer' }).check();
		await expect.poll(() => added.locator('.message').count()).toBe(0);
		// Removing a ticked option unticks it, the others keep theirs.
		await added.getByRole('button', { name: 'Remove option 2' }).click();
		expect(await added.getByRole('checkbox', { name: 'Option 2 is a right answer' }).isChecked()).toBe(true);
		expect(await added.getByRole('checkbox', { name: 'Option 4 is a right answer' }).isChecked()).toBe(true);

		await page.getByRole('button', { name: 'Save the set' }).click();
		await page.getByRole('heading', { name: 'Saved', exact: true }).waitFor();
		const saved = await page.evaluate(async () => {
			const request = indexedDB.open('factdrill');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			return new Promise<unknown>((resolve) => {
				const get = db.transaction('sets').objectStore('sets').get('select-all-demo');
				get.onsuccess = () => resolve(get.result?.set.questions[2]);
			});
		});
		expect(saved).toMatchObject({ type: 'select_all', prompt: 'Which of these are Korean cities?', choices: ['Pyongyang', 'Busan', 'Harbin', 'Kaesong'], answer: [0, 1, 3] });
		await page.context().close();
	});

	it('prints a worksheet with boxes to tick and an answer key with every right option', async () => {
		const page = await withSet();
		await page.goto(`${server.url}/print?id=select-all-demo&key=both`);
		await page.getByRole('heading', { name: 'Who was there', exact: true }).waitFor();
		const items = page.locator('.worksheet .item');
		expect(await items.count()).toBe(2);
		for (let i = 0; i < 2; i++) {
			const item = items.nth(i);
			expect(await item.locator('.instruction').textContent()).toBe('Tick every right answer.');
			expect(await item.locator('.box.square').count()).toBe(4);
			expect((await item.locator('.options li').allTextContents()).map((text) => text.trim())).toEqual(set.questions[i]!.type === 'select_all' ? (set.questions[i] as SelectAllQuestion).choices.map((choice, index) => `${String.fromCharCode(65 + index)}. ${choice}`) : []);
		}
		const key = await page.locator('.key').textContent();
		expect(key).toContain('A. Russia; B. China');
		expect(key).toContain("B. Grant; C. Grant's wife");
		expect(await axe(page)).toEqual([]);
		await page.context().close();
	});
});
