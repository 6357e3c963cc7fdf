import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { answerRightly, axe, builtinSet, openHome, phone, startApp, stopApp } from './harness';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { newCard } from '../../src/lib/core/card';

let server: PreviewServer;
let browser: Browser;
let set: QuestionSet;

beforeAll(async () => {
	({ server, browser } = await startApp());
	set = await builtinSet(server.url);
});

afterAll(() => stopApp({ server, browser }));

async function violations(page: Page): Promise<string[]> {
	return (await axe(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Answers `count` questions of the built-in set through the study page, keeping the suggested rating. */
async function study(page: Page, count: number): Promise<void> {
	await openHome(page, server.url);
	await page.getByRole('link', { name: /^Study/ }).first().click();
	await page.locator('#prompt').waitFor();
	for (let i = 0; i < count; i++) {
		const prompt = await answerRightly(page, set, 'keyboard');
		await page.keyboard.press('Enter');
		await page.waitForFunction((before) => document.querySelector('#prompt')?.textContent?.trim() !== before, prompt);
	}
}

async function openSettings(page: Page): Promise<void> {
	await page.goto(`${server.url}/settings`);
	await page.getByLabel('How sure you want to be').waitFor();
}

describe('settings', () => {
	it('refuses values out of range with the allowed range shown, saving nothing; saves valid ones', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openSettings(page);
		await page.getByLabel('How sure you want to be').fill('99');
		await page.getByLabel('New questions per day').fill('15');
		// A bad value under Advanced, then Advanced closed again.
		const advanced = page.getByText('Advanced: the scheduler\'s own settings');
		await advanced.click();
		await page.getByLabel('Learning steps', { exact: true }).fill('1m 10x');
		await advanced.click();
		await page.getByRole('button', { name: 'Save settings' }).click();
		const alert = page.getByRole('alert');
		await expect(alert.textContent()).resolves.toContain('How sure you want to be must be from 70% to 97% (got 99%).');
		await expect(alert.textContent()).resolves.toContain('Learning steps: "10x" is not a step');
		// Focus moves to the first field in error, which is marked invalid.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-desiredRetention');
		expect(await page.getByLabel('How sure you want to be').getAttribute('aria-invalid')).toBe('true');
		// The problem with the learning steps is under Advanced, which opened to show it.
		expect(await page.getByLabel('Learning steps', { exact: true }).isVisible()).toBe(true);
		await page.reload();
		await page.getByLabel('How sure you want to be').waitFor();
		expect(await page.getByLabel('How sure you want to be').inputValue()).toBe('90');
		expect(await page.getByLabel('New questions per day').inputValue()).toBe('20');

		await page.getByLabel('How sure you want to be').fill('85');
		await page.getByLabel('New questions per day').fill('15');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();
		await page.reload();
		await page.getByLabel('How sure you want to be').waitFor();
		expect(await page.getByLabel('How sure you want to be').inputValue()).toBe('85');
		expect(await page.getByLabel('New questions per day').inputValue()).toBe('15');
		// The home page's new count follows the new limit.
		await openHome(page, server.url);
		expect(Number(await page.locator('.sets li .counts .new dd').first().textContent())).toBe(15);
		await context.close();
	});

	it('shows the expected workload for the desired retention, and the dark theme when chosen', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openSettings(page);
		const help = page.locator('#help-desiredRetention');
		const workload = /Expected workload: about (\d+\.\d) answers per question .*recall about (\d+)% of your questions/;
		await expect.poll(() => help.textContent(), { timeout: 15_000 }).toMatch(workload);
		const at90 = workload.exec((await help.textContent())!)!;
		await page.getByLabel('How sure you want to be').fill('97');
		await expect.poll(async () => workload.exec((await help.textContent()) ?? '')?.[1] ?? at90[1], { timeout: 15_000 }).not.toBe(at90[1]);
		const at97 = workload.exec((await help.textContent())!)!;
		// Higher retention: more answers, more recalled.
		expect(Number(at97[1])).toBeGreaterThan(Number(at90[1]));
		expect(Number(at97[2])).toBeGreaterThan(Number(at90[2]));
		await page.getByLabel('Dark').check();
		await page.getByRole('button', { name: 'Save settings' }).click();
		await page.getByText('Settings saved.').waitFor();
		await page.goto(`${server.url}/stats`);
		await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(22, 24, 29)');
		await context.close();
	});

	it('compares retentions in a worker and fills in the one chosen, without saving it', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openSettings(page);
		await page.getByRole('button', { name: 'Compare choices' }).click();
		const table = page.getByRole('region', { name: 'Workload and recall for each choice' });
		const rows = table.locator('tbody tr');
		await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(11);
		const figures = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].slice(0, 3).map((cell) => parseFloat(cell.textContent ?? ''))));
		// The standard choices, and the saved 90% among them, marked as chosen.
		expect(figures.map(([retention]) => retention)).toEqual([70, 73, 76, 79, 82, 85, 88, 90, 91, 94, 97]);
		expect(await rows.filter({ hasText: 'chosen' }).locator('th').textContent()).toBe('90%');
		for (let i = 1; i < figures.length; i++) {
			expect(figures[i]![1]).toBeGreaterThan(figures[i - 1]![1]!);
			expect(figures[i]![2]).toBeGreaterThanOrEqual(figures[i - 1]![2]!);
		}
		expect(await violations(page)).toEqual([]);
		await table.getByRole('button', { name: 'Use 85%' }).click();
		expect(await page.getByLabel('How sure you want to be').inputValue()).toBe('85');
		expect(await rows.filter({ hasText: 'chosen' }).locator('th').textContent()).toBe('85%');
		// Only filled in: the saved value is still the old one.
		await page.reload();
		await page.getByLabel('How sure you want to be').waitFor();
		expect(await page.getByLabel('How sure you want to be').inputValue()).toBe('90');
		await context.close();
	});

	it('speaks plainly first: the expert terms wait under Advanced', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openSettings(page);
		const EXPERT = /leech|fuzz|lapse|parameter|retention|interval|FSRS|relearning/i;
		const form = page.locator('main form');
		expect(await form.innerText()).not.toMatch(EXPERT);
		expect(await form.innerText()).toMatch(/How sure you want to be \(in %\)/);
		await page.getByText('Advanced: the scheduler\'s own settings').click();
		const advanced = await form.locator('details').innerText();
		for (const term of ['desired retention is how sure you want to be above (0.90)', 'Maximum interval', 'Leech threshold', 'Learning steps', 'Fuzz', 'Parameters fitted to you']) expect(advanced).toContain(term);
		await page.getByText(/A fit needs 400 reviews/).waitFor();
		expect(await violations(page)).toEqual([]);
		await context.close();
	});

	it('offers "Fit to my reviews" only when there are enough reviews, and says how many are missing until then', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await study(page, 2);
		await openSettings(page);
		await page.getByText('Advanced: the scheduler\'s own settings').click();
		await page.getByText(/A fit needs 400 reviews a day or more apart; you have 0 so far, 400 to go\./).waitFor();
		expect(await page.getByRole('button', { name: 'Fit to my reviews' }).count()).toBe(0);
		expect(await page.getByText('In use: the default FSRS parameters.').count()).toBe(1);

		// 150 questions each answered three times, days apart: 300 reviews a fit can use, then 450.
		const add = (questions: number, from: number) =>
			page.evaluate(
				({ questions, from, card }) =>
					new Promise<void>((resolve, reject) => {
						const open = indexedDB.open('factdrill');
						open.onerror = () => reject(open.error);
						open.onsuccess = () => {
							const db = open.result;
							const tx = db.transaction('log', 'readwrite');
							const day = 86_400_000;
							const start = Date.UTC(2024, 0, 1, 12);
							for (let q = from; q < from + questions; q++) {
								[0, 2, 7].forEach((offset, index) => {
									const state = { ...card, questionId: `x${q}`, state: index === 0 ? 0 : 2 };
									const reviewedAt = start + offset * day + q * 1000;
									// Keyed as the app keys log entries: the time in base 36, then 16 hex digits.
									const id = `${reviewedAt.toString(36).padStart(9, '0')}-${String(q * 3 + index).padStart(16, '0')}`;
									tx.objectStore('log').add({ id, setId: 'shoigu-pyongyang-2023', questionId: `x${q}`, rating: 3, reviewedAt, durationMs: 4000, before: state, after: { ...state, state: 2 } });
								});
							}
							tx.oncomplete = () => (db.close(), resolve());
							tx.onerror = () => reject(tx.error);
						};
					}),
				{ questions, from, card: newCard('shoigu-pyongyang-2023', 'x', Date.UTC(2024, 0, 1)) }
			);
		await add(150, 0);
		await openSettings(page);
		await page.getByText('Advanced: the scheduler\'s own settings').click();
		await page.getByText(/you have 300 so far, 100 to go\./).waitFor();
		expect(await page.getByRole('button', { name: 'Fit to my reviews' }).count()).toBe(0);
		await add(75, 150);
		await openSettings(page);
		await page.getByText('Advanced: the scheduler\'s own settings').click();
		await page.getByRole('button', { name: 'Fit to my reviews' }).waitFor();
		expect(await page.getByText(/to go\./).count()).toBe(0);
		await context.close();
	});
});

describe('statistics', () => {
	it('says plainly that nothing is due before any study, with no empty chart', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/stats`);
		await page.getByRole('heading', { name: 'At a glance' }).waitFor();
		expect(await page.locator('#forecast-title + .summary').textContent()).toBe('Nothing is due in the next 30 days.');
		expect(await page.getByRole('button', { name: /Due in the next 30 days/ }).count()).toBe(0);
		expect(await page.getByRole('button', { name: /Reviews per day/ }).count()).toBe(1);
		await context.close();
	});

	it('shows today\'s reviews, a forecast with a table view, and questions by state', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await study(page, 3);
		await page.goto(`${server.url}/stats`);
		await page.getByRole('heading', { name: 'At a glance' }).waitFor();
		const today = page.locator('.figures div').filter({ hasText: 'Reviews today' }).locator('dd');
		expect(Number(await today.textContent())).toBeGreaterThanOrEqual(3);
		expect(await page.locator('#heatmap-title').textContent()).toBe('Reviews per day, last 12 months');
		await page.getByRole('button', { name: /Show table.*Due in the next 30 days/ }).click();
		const rows = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Due' }) }).locator('tbody tr');
		expect(await rows.count()).toBe(30);
		expect(await rows.first().locator('th').textContent()).toBe('Today');
		// The three studied questions are learning now (due again in minutes).
		const learning = page.locator('.states li').filter({ hasText: /^Learning/ }).locator('.count');
		// Plain words first; young, mature, leech and true retention wait under Advanced.
		const main = await page.locator('main').innerText();
		expect(main).not.toMatch(/young|mature|leech|lapse|true retention/i);
		expect(main).toMatch(/How often you remembered/);
		await page.getByText('Advanced: more detail').click();
		expect(await page.locator('main').innerText()).toMatch(/True retention: .*Young questions .* mature ones/s);
		expect(await violations(page)).toEqual([]);
		expect(Number(await learning.textContent())).toBe(3);
		// One set chosen from the list: the address follows.
		await page.getByLabel('Show').selectOption({ label: set.title });
		await page.waitForURL(/\/stats\?id=/);
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`stats and settings pages have no axe violations in ${colorScheme} mode, table view included`, async () => {
			const context = await phone(browser, { colorScheme });
			const page = await context.newPage();
			await study(page, 2);
			await page.goto(`${server.url}/stats`);
			await page.getByRole('heading', { name: 'At a glance' }).waitFor();
			const found: Record<string, string[]> = { stats: await violations(page) };
			await page.getByRole('button', { name: /Show table.*Reviews per day/ }).click();
			found['stats (table)'] = await violations(page);
			await openSettings(page);
			await page.getByLabel('How sure you want to be').fill('2');
			await page.getByRole('button', { name: 'Save settings' }).click();
			await page.getByRole('alert').waitFor();
			found['settings (refused)'] = await violations(page);
			expect(found).toEqual({ stats: [], 'stats (table)': [], 'settings (refused)': [] });
			await context.close();
		});
	}
});
