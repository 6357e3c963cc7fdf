/**
 * The set editor and printing, in Chromium at phone size. The tests share one browser profile
 * and run in order: the first creates the user set the later ones edit, reload and print.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, phone, startApp, stopApp } from './harness';

let server: PreviewServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let setId: string;

const BUILTIN = 'shoigu-pyongyang-2023';

beforeAll(async () => {
	({ server, browser } = await startApp());
	context = await phone(browser);
	page = await context.newPage();
});

afterAll(async () => {
	await context?.close();
	await stopApp({ server, browser });
});

/** The ids of the sets stored in the page's IndexedDB. */
async function storedSetIds(target: Page): Promise<string[]> {
	return target.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const request = indexedDB.open('factdrill');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const keys = request.result.transaction('sets').objectStore('sets').getAllKeys();
					keys.onsuccess = () => {
						resolve((keys.result as string[]).sort());
						request.result.close();
					};
				};
			})
	);
}

/** The question summaries (closed cards) in order. */
async function summaries(target: Page): Promise<string[]> {
	return (await target.locator('.questions .summary').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim());
}

function violations(found: Awaited<ReturnType<typeof axe>>): string[] {
	return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** The number of pages in a PDF made by Chromium (its page objects). */
function pdfPages(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

describe('editor', () => {
	it('creates a set from scratch with several question types; an invalid field names itself and blocks saving; saved, it is studied at once', async () => {
		await page.goto(`${server.url}/edit?new=1`);
		await page.getByLabel('Title', { exact: true }).fill('Belarus and the armistice');
		await page.getByLabel('Source title').fill('An article on Belarus');
		await page.getByLabel('Publisher').fill('The Daily');
		expect(await page.getByLabel('Source date').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		// The first question is there and open: a short answer.
		const first = page.locator('.questions > li').nth(0);
		await first.getByLabel('Question', { exact: true }).fill('Who leads Belarus?');
		await first.getByLabel('Answer', { exact: true }).fill('Alexander Lukashenko');

		// A multiple-choice question, added by keyboard: focus lands on its prompt.
		await page.getByLabel('Type of the new question').selectOption('multiple_choice');
		await page.getByRole('button', { name: 'Add a question' }).click();
		await page.keyboard.type('When did the fighting in Korea stop?');
		const second = page.locator('.questions > li').nth(1);
		for (const [i, option] of ['1950', '1953', '1945', '1961'].entries()) await second.getByLabel(`Option ${i + 1}`, { exact: true }).fill(option);
		await second.getByRole('radio', { name: 'Option 2 is the right answer' }).check();
		// A repeated option is named as it is typed.
		await second.getByLabel('Option 4', { exact: true }).fill('1950');
		await expect.poll(() => second.locator('.message').allTextContents()).toEqual(['Option 4: repeats another choice ("1950")']);
		await second.getByLabel('Option 4', { exact: true }).fill('1961');
		await expect.poll(() => second.locator('.message').count()).toBe(0);

		// A number question with a word for an answer: the field says so, with aria-invalid and a description.
		await page.getByLabel('Type of the new question').selectOption('numeric');
		await page.getByRole('button', { name: 'Add a question' }).click();
		await page.keyboard.type('How many years after the armistice was the 2023 parade?');
		const third = page.locator('.questions > li').nth(2);
		const answer = third.getByLabel('Answer', { exact: true });
		await answer.fill('seventy');
		await expect.poll(() => answer.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await answer.getAttribute('aria-describedby'))!.split(' ');
		const errorId = describedBy.find((id) => id.endsWith('-error'))!;
		expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Answer: must be a number');

		// A true/false question too.
		await page.getByLabel('Type of the new question').selectOption('true_false');
		await page.getByRole('button', { name: 'Add a question' }).click();
		await page.keyboard.type('The armistice was a peace treaty.');
		await page.locator('.questions > li').nth(3).getByRole('radio', { name: 'False' }).check();

		// Saving is refused, the problem is listed by question and field, and nothing is stored.
		await page.getByRole('button', { name: 'Save the set' }).click();
		const problems = page.getByRole('heading', { name: /Not saved/ });
		await problems.waitFor();
		expect(await problems.textContent()).toContain('1 problem');
		expect(await page.locator('.problems li').allTextContents()).toEqual(['Question 3, Answer: must be a number']);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('problems-heading');
		expect(await storedSetIds(page)).toEqual([BUILTIN]);

		await answer.fill('70');
		await expect.poll(() => answer.getAttribute('aria-invalid')).toBe(null);
		await page.getByRole('button', { name: 'Save the set' }).click();
		await page.getByRole('heading', { name: 'Saved', exact: true }).waitFor();
		setId = new URL(page.url()).searchParams.get('id')!;
		expect(setId).toMatch(/^belarus-and-the-armistice-[a-z0-9]{4}$/);
		expect(await storedSetIds(page)).toEqual([BUILTIN, setId].sort());

		await page.getByRole('link', { name: 'Study now' }).click();
		await page.locator('#prompt').waitFor();
		expect(new URL(page.url()).searchParams.get('id')).toBe(setId);
		const prompts = ['Who leads Belarus?', 'When did the fighting in Korea stop?', 'How many years after the armistice was the 2023 parade?', 'The armistice was a peace treaty.'];
		expect(prompts).toContain((await page.locator('#prompt').textContent())!.trim());
	});

	it('edits a question of a user set, deletes and undoes (button and Ctrl+Z), reorders by keyboard, and says which progress starts over', async () => {
		await page.goto(`${server.url}/set?id=${setId}`);
		await page.getByRole('link', { name: 'Edit', exact: true }).click();
		await page.getByRole('heading', { name: 'Edit: Belarus and the armistice' }).waitFor();
		const order = await summaries(page);
		expect(order).toHaveLength(4);

		// Change the first question's answer.
		await page.getByRole('button', { name: 'Edit question 1', exact: true }).click();
		await page.locator('.questions > li').nth(0).getByLabel('Answer', { exact: true }).fill('Lukashenko');
		await page.getByRole('button', { name: 'Close question 1', exact: true }).click();

		// Delete question 2, undo with the notice's button.
		await page.getByRole('button', { name: 'Delete question 2', exact: true }).click();
		await page.getByRole('status').getByText(/Deleted question 2: When did the fighting/).waitFor();
		expect(await summaries(page)).toHaveLength(3);
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
		await page.getByRole('button', { name: 'Undo' }).click();
		expect((await summaries(page))[1]).toBe(order[1]);

		// Delete question 3, undo with Ctrl+Z.
		await page.getByRole('button', { name: 'Delete question 3', exact: true }).click();
		expect(await summaries(page)).toHaveLength(3);
		await page.keyboard.press('Control+z');
		await expect.poll(() => summaries(page)).toEqual([expect.stringContaining('Lukashenko'), order[1], order[2], order[3]]);

		// Reorder by keyboard: focus question 1's "down" button and press Enter twice; focus follows the question.
		await page.getByRole('button', { name: 'Move question 1 down' }).focus();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Enter');
		await expect.poll(() => summaries(page)).toEqual([order[1], order[2], expect.stringContaining('Lukashenko'), order[3]]);
		// Move the last one up by tap.
		await page.getByRole('button', { name: 'Move question 4 up' }).click();
		const moved = [order[1], order[2], order[3], expect.stringContaining('Lukashenko')];
		await expect.poll(() => summaries(page)).toEqual(moved);

		// Duplicate, then delete the duplicate.
		await page.getByRole('button', { name: 'Duplicate question 1', exact: true }).click();
		expect(await page.locator('.questions > li').count()).toBe(5);
		await page.getByRole('button', { name: 'Delete question 2', exact: true }).click();
		expect(await page.locator('.questions > li').count()).toBe(4);
		// Closing the notice forgets the deletion and puts focus back on the list.
		await page.getByRole('button', { name: 'Close this notice' }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('questions-heading');
		await page.keyboard.press('Control+z');
		expect(await page.locator('.questions > li').count()).toBe(4);

		await page.getByRole('button', { name: 'Save the set' }).click();
		const saved = page.locator('.saved');
		await saved.getByRole('heading', { name: 'Saved' }).waitFor();
		expect(await saved.textContent()).toContain('their progress starts over');
		expect(await saved.locator('li').allTextContents()).toEqual(['Question 4: Who leads Belarus?']);

		// The stored set has the new order and answer.
		await page.reload();
		await page.getByRole('heading', { name: /^Edit:/ }).waitFor();
		await expect.poll(() => summaries(page)).toEqual(moved);
		expect(await page.getByText('Unsaved changes found').count()).toBe(0);
	});

	it('keeps a draft across a reload mid-edit and offers to restore or discard it', async () => {
		await page.goto(`${server.url}/edit?id=${setId}`);
		const title = page.getByLabel('Title', { exact: true });
		await title.fill('Belarus, draft title');
		await page.getByText(/Draft kept on this device/).waitFor();
		await page.reload();
		await page.getByRole('heading', { name: 'Unsaved changes found' }).waitFor();
		await page.getByRole('button', { name: 'Restore my changes' }).click();
		expect(await title.inputValue()).toBe('Belarus, draft title');

		await page.reload();
		await page.getByRole('button', { name: 'Discard them' }).click();
		expect(await title.inputValue()).toBe('Belarus and the armistice');
		await page.reload();
		await title.waitFor();
		expect(await page.getByText('Unsaved changes found').count()).toBe(0);
	});

	it('shows a built-in set read-only, and copies it into an editable set of the user', async () => {
		await page.goto(`${server.url}/set?id=${BUILTIN}`);
		await page.getByRole('link', { name: 'Make a copy' }).click();
		await page.getByRole('button', { name: 'Make a copy to edit' }).waitFor();
		expect(await page.getByRole('textbox').count()).toBe(0);
		expect(await page.getByRole('button', { name: 'Save the set' }).count()).toBe(0);
		await page.getByRole('button', { name: 'Make a copy to edit' }).click();
		await page.getByRole('heading', { name: /^Edit: .*\(copy\)$/ }).waitFor();
		const copyId = new URL(page.url()).searchParams.get('id')!;
		expect(copyId).not.toBe(BUILTIN);
		expect(copyId).toMatch(/-copy-[a-z0-9]{4}$/);
		expect(await storedSetIds(page)).toContain(copyId);
		expect(await page.getByLabel('Title', { exact: true }).inputValue()).toMatch(/\(copy\)$/);
	});
});

describe('printing', () => {
	it('prints a worksheet and a separate answer key without app chrome, one page for a short set and a page break before the key', async () => {
		await page.goto(`${server.url}/set?id=${setId}`);
		await page.getByRole('link', { name: 'Print' }).click();
		const worksheet = page.locator('.worksheet');
		await worksheet.waitFor();
		expect(await worksheet.getByRole('heading', { level: 1 }).textContent()).toBe('Belarus and the armistice');
		expect(await worksheet.locator('.fill').textContent()).toMatch(/Name\s+Date/);
		const items = worksheet.locator('.items > li');
		expect(await items.count()).toBe(4);
		// The order saved above: choice, number, true/false, short answer.
		expect((await items.nth(0).locator('.options li').allTextContents()).map((text) => text.trim())).toEqual(['A. 1950', 'B. 1953', 'C. 1945', 'D. 1961']);
		expect(await items.nth(1).locator('.line').count()).toBe(1);
		expect((await items.nth(2).locator('.options li').allTextContents()).map((text) => text.trim())).toEqual(['True', 'False']);
		expect(await items.nth(3).locator('.line').count()).toBe(1);
		expect(await page.locator('.key').count()).toBe(0);

		await page.getByRole('link', { name: 'Answer key' }).click();
		const key = page.locator('.key');
		await key.waitFor();
		expect(await page.locator('.worksheet').count()).toBe(0);
		expect((await key.locator('.answers > li strong').allTextContents())).toEqual(['B. 1953', '70', 'False', 'Lukashenko']);

		// In print media, the header, navigation and controls are gone.
		await page.goto(`${server.url}/print?id=${setId}&key=both`);
		await page.locator('.key').waitFor();
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('body > div > header').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
		expect(await page.locator('.items > li').first().evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
		await page.emulateMedia({ media: 'screen' });
		expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
		// page.pdf() prints with the emulated media: back to the default (print) for the PDFs.
		await page.emulateMedia({ media: null });

		// Worksheet and key together: two pages, the key starting on a new one.
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(2);
		await page.goto(`${server.url}/print?id=${setId}`);
		await page.locator('.worksheet').waitFor();
		expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
	});

	it('prints the built-in set (74 questions) on a plausible number of pages', async () => {
		await page.goto(`${server.url}/print?id=${BUILTIN}`);
		await page.locator('.worksheet').waitFor();
		const worksheet = pdfPages(await page.pdf({ format: 'A4' }));
		expect(worksheet).toBeGreaterThanOrEqual(4);
		expect(worksheet).toBeLessThanOrEqual(16);
		await page.goto(`${server.url}/print?id=${BUILTIN}&key=1`);
		await page.locator('.key').waitFor();
		const key = pdfPages(await page.pdf({ format: 'A4' }));
		expect(key).toBeGreaterThanOrEqual(2);
		expect(key).toBeLessThan(worksheet);
	});
});

describe('accessibility of the editor and print pages (axe-core)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no violations in ${colorScheme} mode`, async () => {
			const scheme = await phone(browser, { colorScheme });
			const view = await scheme.newPage();
			const found: Record<string, string[]> = {};
			const check = async (name: string) => (found[name] = violations(await axe(view)));

			await view.goto(`${server.url}/edit?new=1`);
			await view.getByLabel('Title', { exact: true }).waitFor();
			await view.getByLabel('Type of the new question').selectOption('multiple_choice');
			await view.getByRole('button', { name: 'Add a question' }).click();
			await view.getByRole('button', { name: 'Save the set' }).click();
			await view.getByRole('heading', { name: /Not saved/ }).waitFor();
			await check('editor with problems');
			await view.getByRole('button', { name: 'Delete question 1', exact: true }).click();
			await check('editor with undo notice');
			await view.reload();
			await view.getByRole('heading', { name: 'Unsaved changes found' }).waitFor();
			await check('restore offer');
			await view.goto(`${server.url}/edit?id=${BUILTIN}`);
			await view.getByRole('button', { name: 'Make a copy to edit' }).waitFor();
			await check('built-in set');
			await view.goto(`${server.url}/print?id=${BUILTIN}`);
			await view.locator('.worksheet').waitFor();
			await check('worksheet');
			await view.goto(`${server.url}/print?id=${BUILTIN}&key=1`);
			await view.locator('.key').waitFor();
			await check('answer key');
			expect(found).toEqual({
				'editor with problems': [],
				'editor with undo notice': [],
				'restore offer': [],
				'built-in set': [],
				worksheet: [],
				'answer key': []
			});
			await scheme.close();
		});
	}
});
