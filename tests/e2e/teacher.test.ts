import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, phone, startApp, stopApp } from './harness';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

const article = readFileSync('tests/fixtures/articles/science-comet-probe.txt', 'utf8');

describe('teacher tools', () => {
	it('generates a set from a pasted article in a worker, edits a question, saves it and studies it', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/generate`);
		await page.getByLabel('…or paste the article').fill(article);
		await page.getByLabel('Title').fill('Comet science');
		await page.getByLabel('Article date').fill('2024-03-14');
		await page.getByRole('button', { name: 'Propose questions' }).click();
		const heading = page.getByRole('heading', { name: /proposed question/ });
		await heading.waitFor({ timeout: 30_000 });
		const count = await page.locator('.proposals > li').count();
		expect(count).toBeGreaterThan(0);
		// The answer is highlighted in its source sentence.
		expect(await page.locator('.proposals mark').count()).toBeGreaterThan(0);
		expect(await axe(page)).toEqual([]);

		// Edit the first question's prompt: it is saved and accepted.
		const first = page.locator('.proposals > li').first();
		await first.getByRole('button', { name: 'Edit' }).click();
		const prompt = first.getByLabel(/^(Question|Statement|Sentence with a blank)/);
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

	it('refuses a broken file with the line and column at fault and saves nothing', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/import`);
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
		expect(await other.locator('.preview').textContent()).toContain('Three facts');
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
