/**
 * Hostile input: `<img onerror>` and `<script>` in every text field of a set, brought in through
 * every import format, a share link and a backup file, then shown on every page that shows a set.
 * Nothing runs (no flag set, no dialog, no such element), the text shows as text, and the pages'
 * Content-Security-Policy blocks an inline script outright.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { phone, startApp, stopApp } from './harness';
import { exportSet } from '../../src/lib/formats/export';
import { encodeShareLink } from '../../src/lib/formats/share';
import { writeBackup } from '../../src/lib/formats/backup';
import { newCard } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;

const IMG = '<img src=x onerror="window.__xss=(window.__xss||0)+1;alert(1)">';
const SCRIPT = '<script>window.__xss=(window.__xss||0)+1;alert(2)</script>';
const BOTH = `${IMG}${SCRIPT}`;

/** A valid set with the payload in every text field the format allows. */
const hostile: QuestionSet = {
	format: 1,
	id: 'hostile',
	title: `Title ${BOTH}`,
	description: `Description ${BOTH}`,
	language: 'en',
	source: { title: `Source ${BOTH}`, publisher: `Publisher ${BOTH}`, date: '2024-01-01' },
	facts: [{ id: 'f1', text: `Fact ${BOTH}`, attribution: `Attribution ${BOTH}` }],
	questions: [
		{ id: 'q1', type: 'flashcard', prompt: `Prompt ${BOTH}`, answer: `Answer ${BOTH}`, explanation: `Explanation ${BOTH}`, attribution: `Who ${BOTH}`, provenance: { fact: 'f1' } },
		{ id: 'q2', type: 'multiple_choice', prompt: `Choose ${BOTH}`, choices: [`One ${IMG}`, `Two ${SCRIPT}`, 'Three'], answer: 0 },
		{ id: 'q3', type: 'short_answer', prompt: `Type ${BOTH}`, answer: `Typed ${IMG}`, accepted: [`Alt ${SCRIPT}`] },
		{ id: 'q4', type: 'true_false', prompt: `True or false ${BOTH}`, answer: true, explanation: `Because ${BOTH}` }
	]
};

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

/** Fails if any payload ran or became an element; returns the page text for further checks. */
async function nothingRan(page: Page, dialogs: string[]): Promise<string> {
	const state = await page.evaluate(() => ({
		flag: (window as unknown as { __xss?: number }).__xss ?? 0,
		images: document.querySelectorAll('img[src="x"]').length,
		scripts: [...document.querySelectorAll('script')].filter((script) => script.textContent?.includes('__xss')).length,
		text: document.body.innerText
	}));
	expect({ flag: state.flag, images: state.images, scripts: state.scripts, dialogs }).toEqual({ flag: 0, images: 0, scripts: 0, dialogs: [] });
	return state.text;
}

async function newPage(): Promise<{ page: Page; dialogs: string[] }> {
	const context = await phone(browser);
	const page = await context.newPage();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return { page, dialogs };
}

/** The set's pages, where its text is shown: set, study (with an answer shown), print. */
async function visitSet(page: Page, id: string, dialogs: string[]): Promise<void> {
	await page.goto(`${server.url}/set?id=${id}`);
	await page.locator('h1').filter({ hasText: 'Title' }).waitFor();
	expect(await nothingRan(page, dialogs)).toContain('<img src=x');
	await page.goto(`${server.url}/study?id=${id}`);
	await page.locator('#prompt').waitFor();
	expect(await page.locator('#prompt').textContent()).toContain('<script>');
	for (let i = 0; i < 4 && (await page.locator('#prompt').count()) > 0; i++) {
		if ((await page.getByRole('button', { name: /Show answer/ }).count()) > 0) await page.getByRole('button', { name: /Show answer/ }).click();
		else if ((await page.getByLabel(/Your answer/).count()) > 0) {
			await page.getByLabel(/Your answer/).fill(IMG);
			await page.getByLabel(/Your answer/).press('Enter');
		} else await page.locator('.option').first().click();
		await page.locator('.grades').waitFor();
		await nothingRan(page, dialogs);
		await page.keyboard.press('3');
		await page.locator('.grades').waitFor({ state: 'detached' });
	}
	await nothingRan(page, dialogs);
	await page.goto(`${server.url}/print?id=${id}`);
	await page.locator('#worksheet-title').waitFor();
	await nothingRan(page, dialogs);
}

describe('hostile input', () => {
	it('every page carries a CSP that blocks inline scripts and other origins', async () => {
		const { page } = await newPage();
		for (const path of ['/', '/set?id=shoigu-pyongyang-2023', '/study?id=shoigu-pyongyang-2023', '/backup', '/import', '/share', '/print?id=shoigu-pyongyang-2023']) {
			await page.goto(`${server.url}${path}`);
			const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(csp, path).toMatch(/default-src 'self'/);
			expect(csp, path).toMatch(/script-src 'self' 'sha256-[^']+'(;|$)/);
			expect(csp, path).not.toMatch(/unsafe-inline[^;]*;?\s*$|script-src[^;]*unsafe-inline|https?:/);
			const ran = await page.evaluate(async () => {
				const script = document.createElement('script');
				script.textContent = 'window.__inline = 1';
				document.head.append(script);
				const remote = await fetch('https://example.com/').then(
					() => 'fetched',
					() => 'blocked'
				);
				return { inline: (window as unknown as { __inline?: number }).__inline ?? 0, remote };
			});
			expect(ran, path).toEqual({ inline: 0, remote: 'blocked' });
		}
	});

	for (const format of ['json', 'csv', 'anki', 'quizlet', 'gift'] as const) {
		it(`a ${format} import with scripts in every field shows them as text and runs nothing`, async () => {
			const { page, dialogs } = await newPage();
			const { data, filename } = exportSet(hostile, format);
			await page.goto(`${server.url}/import`);
			await page.locator('form.source').waitFor();
			await page.waitForLoadState('networkidle');
			await page.getByLabel('File', { exact: true }).setInputFiles({ name: filename, mimeType: 'text/plain', buffer: Buffer.from(data as string) });
			if (format !== 'json') await page.getByLabel(/Title of the new set/).fill(`Title ${BOTH}`);
			await page.getByRole('button', { name: 'Preview' }).click();
			await page.getByRole('button', { name: /^Import \d+ questions/ }).click();
			await page.waitForURL(/\/set\?id=/);
			const id = new URL(page.url()).searchParams.get('id')!;
			await nothingRan(page, dialogs);
			await visitSet(page, id, dialogs);
			await page.context().close();
		});
	}

	it('a share link and a backup file with scripts in every field run nothing', async () => {
		const { page, dialogs } = await newPage();
		const link = encodeShareLink({ ...hostile, facts: undefined, questions: hostile.questions.map((q) => ({ ...q, provenance: undefined })) }, server.url);
		if (!link.ok) throw new Error(link.reason);
		await page.goto(link.url);
		await page.getByText('Reading the link…').waitFor({ state: 'detached' });
		expect(await nothingRan(page, dialogs)).toContain('<script>');

		// A backup that fits together: a card for every question of the set.
		const cards = hostile.questions.map((question, position) => ({ ...newCard('hostile', question.id, 0), position, answerHash: 'x', newRank: position }));
		const text = await writeBackup(
			{ sets: [{ id: 'hostile', set: hostile, builtin: false, contentHash: 'x', installedAt: 1, updatedAt: 1 }], cards, log: [], tests: [], settings: [] },
			{ now: Date.now(), schema: 3 }
		);
		await page.goto(`${server.url}/backup`);
		await expect.poll(() => page.getByTestId('last-backup').textContent(), { timeout: 15_000 }).toMatch(/backup/i);
		await page.getByLabel('Backup file').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(text) });
		await page.getByTestId('restore-plan').waitFor();
		expect(await nothingRan(page, dialogs)).toContain('<img src=x');
		await page.getByRole('button', { name: 'Merge this backup' }).click();
		await page.locator('.restored').waitFor();
		await visitSet(page, 'hostile', dialogs);
		await page.context().close();
	});
});
