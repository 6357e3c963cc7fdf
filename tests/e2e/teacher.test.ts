import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import readXlsxFile from 'read-excel-file/node';
import { axe, builtinSet, phone, startApp, stopApp } from './harness';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

const article = readFileSync('tests/fixtures/articles/science-comet-probe.txt', 'utf8');

/**
 * Opens `url` with the app's scripts held back until the returned function is called: the prerendered
 * page is there, its handlers not yet, as on a slow phone.
 */
async function openWithScriptsHeld(page: Page, url: string): Promise<() => void> {
	let release!: () => void;
	const loaded = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await loaded;
		await route.continue();
	});
	await page.goto(url, { waitUntil: 'domcontentloaded' });
	return release;
}

describe('teacher tools', () => {
	it('generates a set from a pasted article in a worker, edits a question, saves it and studies it', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/generate`);
		await page.getByLabel('…or paste the article').fill(article);
		await page.getByRole('button', { name: 'Propose questions' }).click();
		const heading = page.getByRole('heading', { name: /proposed question/ });
		await heading.waitFor({ timeout: 30_000 });
		await page.getByLabel('Title', { exact: true }).fill('Comet science');
		await page.getByLabel(/^Article date/).fill('2024-03-14');
		const count = await page.locator('.proposals > li').count();
		expect(count).toBeGreaterThan(0);
		// The answer is highlighted in its source sentence.
		expect(await page.locator('.proposals mark').count()).toBeGreaterThan(0);
		expect(await axe(page)).toEqual([]);

		// Edit the first question's prompt: it is saved and accepted.
		const first = page.locator('.proposals > li').first();
		await first.getByRole('button', { name: 'Edit' }).click();
		const prompt = first.getByLabel(/^(Question|Statement)$/);
		const original = await prompt.inputValue();
		await prompt.fill(`${original} (checked)`);
		await first.getByRole('button', { name: 'Save and accept' }).click();
		await expect.poll(() => first.locator('.prompt').textContent()).toBe(`${original} (checked)`);

		// Rejected candidates can be shown with their reason.
		await page.getByRole('button', { name: /Show the \d+ sentences/ }).click();
		expect(await page.locator('.left-out li').count()).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Accept all the rest' }).click();
		await page.getByRole('button', { name: new RegExp(`Save ${count} question`) }).click();
		await page.waitForURL(/\/study\?id=/);
		await page.locator('#prompt').waitFor();
		// The set's title is hidden while a question is asked (it could give answers away): the address names the saved set.
		const id = new URL(page.url()).searchParams.get('id')!;
		const title = await page.evaluate(async (setId) => {
			const request = indexedDB.open('factdrill');
			const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
			return new Promise<string>((resolve) => {
				const get = db.transaction('sets').objectStore('sets').get(setId);
				get.onsuccess = () => resolve(get.result?.set.title ?? '');
			});
		}, id);
		expect(title).toContain('Comet science');
		await context.close();
	});

	it('edits a proposed multiple-choice question with the set editor\'s form: the option picked as right is the one saved', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/generate`);
		await page.getByLabel('…or paste the article').fill(article);
		// Multiple choice only: the question to edit is then sure to be among the proposals, whichever
		// types the generator would rank first for this article.
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) {
			const label = await box.evaluate((input) => input.parentElement!.textContent!.trim());
			if (label !== 'Multiple choice' && (await box.isChecked())) await box.uncheck();
		}
		await page.getByRole('button', { name: 'Propose questions' }).click();
		await page.getByRole('heading', { name: /proposed question/ }).waitFor({ timeout: 30_000 });
		await page.getByLabel('Title', { exact: true }).fill('Comet choices');
		if (!(await page.getByLabel(/^Article date/).inputValue())) await page.getByLabel(/^Article date/).fill('2024-03-14');
		const card = page.locator('.proposals > li').filter({ has: page.locator('.kind', { hasText: /^Multiple choice/ }) }).first();
		const rightShown = () => card.locator('.choices .right').textContent();

		// Retype the right option (shorter): it stays the right one.
		await card.getByRole('button', { name: 'Edit' }).click();
		const radios = card.getByRole('radio', { name: /is the right answer/ });
		const count = await radios.count();
		let right = -1;
		for (let i = 0; i < count; i++) if (await radios.nth(i).isChecked()) right = i;
		expect(right).toBeGreaterThanOrEqual(0);
		await card.getByLabel(`Option ${right + 1}`, { exact: true }).fill('XI');
		await card.getByRole('button', { name: 'Save and accept' }).click();
		await expect.poll(rightShown).toBe('XI ✓');

		// Retype every option, then pick another one as right: that one is saved as right.
		await card.getByRole('button', { name: 'Edit' }).click();
		const texts = ['nine', 'ten', 'twelve', 'thirteen'].slice(0, count);
		for (let i = 0; i < count; i++) await card.getByLabel(`Option ${i + 1}`, { exact: true }).fill(texts[i]!);
		const other = (right + 1) % count;
		await card.getByRole('radio', { name: `Option ${other + 1} is the right answer` }).check();
		await card.getByRole('button', { name: 'Save and accept' }).click();
		await expect.poll(rightShown).toBe(`${texts[other]} ✓`);
		expect(await card.locator('.choices li').allTextContents()).toEqual(texts.map((text, i) => (i === other ? `${text} ✓` : text)));

		// The set editor's checks apply: an empty option is named and nothing is saved.
		await card.getByRole('button', { name: 'Edit' }).click();
		await card.getByLabel('Option 1', { exact: true }).fill('');
		await card.getByRole('button', { name: 'Save and accept' }).click();
		await expect(card.getByRole('alert').textContent()).resolves.toMatch(/Not saved: Option 1 must be a non-empty string/);
		expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/choices\[0\]$/);
		await card.getByRole('button', { name: 'Cancel' }).click();
		await expect.poll(rightShown).toBe(`${texts[other]} ✓`);

		// Plain "Save": the set's page, listing its questions, the answer shown on request.
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await page.waitForURL(/\/set\?id=.*imported=1/);
		await page.getByRole('heading', { name: /^Questions/ }).waitFor();
		const list = page.locator('.question-list');
		expect(await list.textContent()).not.toContain('(right answer)');
		await list.getByRole('button', { name: 'Show the answers' }).click();
		expect(await list.locator('.options .right').allTextContents()).toEqual([`${texts[other]} (right answer) ✓`]);
		expect(await axe(page)).toEqual([]);
		await context.close();
	});

	it('lists a set\'s questions on its page, answers hidden until shown', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		const set = await builtinSet(server.url);
		await page.goto(`${server.url}/set?id=shoigu-pyongyang-2023`);
		await page.getByRole('heading', { name: 'Questions (74)' }).waitFor();
		const list = page.locator('.question-list');
		const prompts = await list.locator('ol > li > .prompt').allTextContents();
		expect(prompts).toEqual(set.questions.slice(0, 10).map((question) => question.prompt.replace(/_{3,}/g, '_____')));
		expect(await list.locator('.answer').count()).toBe(0);
		await list.getByRole('button', { name: 'Show all 74 questions' }).click();
		await list.getByRole('button', { name: 'Show the answers' }).click();
		expect(await list.locator('ol > li').filter({ has: page.locator(':scope > .prompt') }).count()).toBe(74);
		const typed = set.questions.find((question) => question.type === 'short_answer')!;
		expect(await list.locator('ol > li', { hasText: typed.prompt }).locator('.answer').textContent()).toBe(`Answer: ${(typed as { answer: string }).answer}`);
		await list.getByRole('button', { name: 'Hide the answers' }).click();
		expect(await list.locator('.answer').count()).toBe(0);
		await context.close();
	});

	it('Kahoot: shows the prompts it must shorten, takes the teacher\'s wording, and names each change by the question\'s text', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		const set = await builtinSet(server.url);
		await page.goto(`${server.url}/set?id=shoigu-pyongyang-2023`);
		await page.getByRole('heading', { name: 'Share and export' }).waitFor();
		await page.getByLabel('Export as').selectOption('kahoot');
		const long = set.questions.filter((question) => question.prompt.replace(/\s*\(YYYY[-MD]*\)/, '').length > 120);
		await page.getByText(`${long.length} questions are longer than Kahoot's 120 characters`).click();
		const index = set.questions.findIndex((question) => question.prompt.startsWith('Kim and Shoigu reportedly discussed'));
		const field = page.getByLabel(`Question ${index + 1} for Kahoot`);
		// Factdrill's suggestion keeps the blank.
		expect(await field.inputValue()).toMatch(/“____” …$/);
		await field.fill('Kim and Shoigu spoke of shielding their countries from the “____”.');
		expect(await axe(page)).toEqual([]);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
		const [sheet] = await readXlsxFile(readFileSync((await download.path())!));
		const rows = sheet!.data.slice(8);
		// Every question, typed ones as choice questions.
		expect(rows).toHaveLength(74);
		expect(rows[index]![1]).toBe('Kim and Shoigu spoke of shielding their countries from the “____”.');
		const warnings = await page.locator('[role="status"] .notice li').allTextContents();
		expect(warnings).toContain(
			`Question ${index + 1}, “Kim and Shoigu reportedly discussed shielding both…”: the question is 137 characters and Kahoot allows 120: reworded by you as "Kim and Shoigu spoke of shielding their countries from the “____”."`
		);
		expect(warnings.filter((warning) => /became a choice question/.test(warning)).length).toBeGreaterThan(20);
		expect(warnings.join('\n')).not.toMatch(/"q-|q-tour-host/);
		await context.close();
	});

	it('shows the feedback of the option picked, as a Moodle GIFT file gives it', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/import`);
		// Typed before the page's script has started, the text would be wiped when it starts (as in hostile.test.ts).
		await page.waitForLoadState('networkidle');
		await page
			.getByLabel('…or paste the content')
			.fill('::Capital:: Which city is the capital of North Korea? {\n~Seoul#No: Seoul is the capital of South Korea.\n=Pyongyang#Yes, since 1948.\n~Busan#No: Busan is a port in the South.\n}');
		await page.getByLabel('Title of the new set').fill('Capitals');
		await page.getByRole('button', { name: 'Preview' }).click();
		await page.getByRole('button', { name: /^Import 1 question$/ }).click();
		await page.waitForURL(/\/set\?id=/);
		await page.getByRole('link', { name: 'Study now' }).click();
		await page.locator('.option', { hasText: 'Busan' }).click();
		const feedback = page.locator('.feedback');
		await page.locator('#verdict').waitFor();
		expect(await feedback.textContent()).toContain('No: Busan is a port in the South.');
		expect(await feedback.textContent()).not.toContain('Yes, since 1948.');
		expect(await feedback.textContent()).not.toContain('Seoul is the capital');
		await context.close();
	});

	it('exports a set as GIFT and imports the file again, with a preview first', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/set?id=shoigu-pyongyang-2023`);
		await page.getByRole('heading', { name: 'Share and export' }).waitFor();
		await page.getByLabel('Export as').selectOption('gift');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
		const path = await download.path();
		expect(download.suggestedFilename()).toMatch(/\.gift\.txt$|\.gift$|\.txt$/);

		await page.goto(`${server.url}/import`);
		await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'shoigu.gift', mimeType: 'text/plain', buffer: readFileSync(path!) });
		await page.getByRole('heading', { name: /Preview: Moodle GIFT/ }).waitFor();
		expect(await page.locator('.preview').textContent()).toContain('74 questions');
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: /Import 74 questions/ }).click();
		await page.waitForURL(/\/set\?id=/);
		await page.getByText('Saved on this device: 74 questions').waitFor();
		await context.close();
	});

	it('reads a file chosen while the import page is still loading, as on a slow phone', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		const release = await openWithScriptsHeld(page, `${server.url}/import`);
		const gift = '::Capital:: What is the capital of France? {=Paris ~Lyon ~Nice ~Lille}\n\n::Rivers:: Which river flows through Rome? {=Tiber ~Po ~Arno ~Adige}\n';
		await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'quiz.gift', mimeType: 'text/plain', buffer: Buffer.from(gift) });
		release();
		await page.getByRole('heading', { name: /Preview: Moodle GIFT/ }).waitFor();
		expect(await page.locator('.preview').textContent()).toContain('2 questions');
		await context.close();
	});

	it('reads an article file chosen while the generate page is still loading', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		const release = await openWithScriptsHeld(page, `${server.url}/generate`);
		await page.getByLabel(/Open a file/).setInputFiles({ name: 'comet-probe.txt', mimeType: 'text/plain', buffer: Buffer.from(article) });
		release();
		await expect.poll(() => page.getByLabel('…or paste the article').inputValue()).toContain(article.trim().slice(0, 60));
		await context.close();
	});

	it('refuses a broken file with the line and column at fault and saves nothing', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/import`);
		// Typed before the page's script has started, the text would be wiped when it starts (as in hostile.test.ts).
		await page.waitForLoadState('networkidle');
		await page.getByLabel('…or paste the content').fill('::q1:: Who leads Belarus? {=Lukashenko ~Putin\n\n::q2:: <script>window.__pwned=1</script> {T}');
		await page.getByRole('button', { name: 'Preview' }).click();
		await page.getByRole('heading', { name: 'Cannot import this' }).waitFor();
		expect(await page.locator('.errors').textContent()).toMatch(/Line \d+/);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		await context.close();
	});

	it('opens a share link in another profile with the network off, previews it and imports it', async () => {
		// Teacher: a small set, shared by link with a QR code.
		const teacher = await phone(browser);
		const page = await teacher.newPage();
		await page.goto(`${server.url}/import`);
		// Typed before the page's script has started, the text would be wiped when it starts (as in hostile.test.ts).
		await page.waitForLoadState('networkidle');
		await page.getByLabel('…or paste the content').fill('Capital of Belarus\tMinsk\nLeader of North Korea\tKim Jong Un\nRussian defence minister in 2023\tSergei Shoigu\n');
		await page.getByLabel('Title of the new set').fill('Three facts');
		await page.getByRole('button', { name: 'Preview' }).click();
		await page.getByRole('button', { name: /Import 3 questions/ }).click();
		await page.waitForURL(/\/set\?id=/);
		await page.getByRole('button', { name: 'Create a share link' }).click();
		const link = await page.getByLabel(/Link with the whole set/).inputValue();
		expect(link).toMatch(/\/share#set=/);
		expect(await page.locator('.qr svg path').count()).toBe(1);
		await teacher.close();

		// Student: another profile that has opened the app once, now offline.
		const student = await phone(browser);
		const other = await student.newPage();
		await other.goto(server.url);
		await other.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (!navigator.serviceWorker.controller) {
				await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
			}
		});
		await student.setOffline(true);
		await other.goto(link);
		await other.getByRole('heading', { name: 'A shared set' }).waitFor();
		const preview = other.locator('.preview');
		expect(await preview.textContent()).toContain('Three facts');
		// The questions without their answers, unless asked for.
		expect(await preview.textContent()).toContain('Capital of Belarus');
		expect(await preview.textContent()).not.toContain('Minsk');
		await preview.getByRole('button', { name: 'Show the answers' }).click();
		expect(await preview.textContent()).toContain('Answer: Minsk');
		expect(await axe(other)).toEqual([]);
		await other.getByRole('button', { name: 'Add to my sets' }).click();
		await other.waitForURL(/\/set\?id=/);
		await other.getByText('Saved on this device: 3 questions').waitFor();

		// A tampered link imports nothing and says why.
		await other.goto(link.slice(0, -12) + 'AAAAAAAAAAAA');
		await other.getByRole('alert').waitFor();
		expect(await other.getByRole('alert').textContent()).toContain('cannot be opened');
		await student.close();
	});
});
