/**
 * A short share link in Chromium, on the built Node server: a teacher's 300-question set (far past
 * what a link can carry) opens from /s/CODE on a phone, shows its preview, and is imported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { launch, phone } from '../e2e/harness';
import { encodeShareLink } from '$lib/formats/share';
import type { QuestionSet } from '$lib/formats/question-set';
import { Client, newPlace, startServer, type Place, type RunningServer } from './server';
import { questionSet } from './stores';

describe('a short share link in the browser', () => {
	let place: Place;
	let server: RunningServer;
	let browser: Browser;

	beforeAll(async () => {
		place = await newPlace('embedded');
		server = await startServer(place);
		browser = await launch();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await place?.remove();
	});

	it('opens /s/CODE on a phone: preview, then import, for a set too large for a link', async () => {
		const client = new Client(server.url);
		const teacher = await client.newAccount('Teacher');
		const base = questionSet('long-report', 'A long report in 300 questions', 300);
		// Questions as varied as real ones (repeated text would compress into a link).
		const digestOf = (text: string) => createHash('sha256').update(text).digest('hex');
		const set: QuestionSet = {
			...base,
			questions: base.questions.map((question, i) => ({ id: question.id, type: 'short_answer' as const, prompt: `Which code is number ${i + 1}: ${digestOf(`p${i}`)}?`, answer: digestOf(`a${i}`) }))
		};
		expect(encodeShareLink(set, server.url).ok).toBe(false);
		const { body } = await client.request('POST', '/api/shares', { device: teacher, body: { set } });

		const context = await phone(browser);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
		});
		await page.goto(body.url);
		await page.getByText('It was kept on the server that made the short link').waitFor();
		await page.getByText('A long report in 300 questions').first().waitFor();
		expect(new URL(page.url()).pathname).toBe('/share');
		await page.getByRole('button', { name: 'Add to my sets' }).click();
		await page.waitForURL(/\/set\?id=long-report/);
		await page.getByRole('heading', { name: 'A long report in 300 questions' }).waitFor();

		// A deleted link says so, and imports nothing.
		await client.request('DELETE', `/api/shares/${body.id}`, { device: teacher });
		const gone = await page.goto(body.url);
		expect(gone?.status()).toBe(404);
		await page.goto(`${server.url}/share#s=${body.code}`);
		await page.getByRole('alert').waitFor();
		expect(await page.getByRole('alert').textContent()).toContain('no set is shared under this link');
		expect(errors.filter((text) => !text.includes('404'))).toEqual([]);
		await context.close();
	});
});
