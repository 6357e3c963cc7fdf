/**
 * Nothing a file or link carries corrupts what is stored, in a real browser: a second share link
 * opened in the same tab, a replacement that says what progress goes, stored settings that would
 * break a page, and a large backup restored without freezing the tab.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, openHome, phone, startApp, stopApp } from './harness';
import { encodeShareLink } from '../../src/lib/formats/share';
import { writeBackup } from '../../src/lib/formats/backup';
import { answerKeyHash, hashText, type QuestionSet } from '../../src/lib/formats/question-set';
import { newCard, State } from '../../src/lib/core/card';
import { LOG_ENTRY_ID } from '../../src/lib/core/records';
import { tempFolder } from '../helpers/temp';

let server: PreviewServer;
let browser: Browser;
/** Waits for states, not for time: generous, for a busy machine. */
const POLL = { timeout: 60_000 };
/** Files handed to the page (a large backup), removed after the tests, whatever their outcome. */
const backupFolder = tempFolder('factdrill-backup-');

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

function flashcards(id: string, title: string, answers: string[]): QuestionSet {
	return {
		format: 1,
		id,
		title,
		language: 'en',
		source: { title: 'Notes', publisher: 'Class', date: '2024-01-01' },
		questions: answers.map((answer, i) => ({ id: `q${i + 1}`, type: 'flashcard' as const, prompt: `${title}: question ${i + 1}?`, answer }))
	};
}

function shareLink(set: QuestionSet): string {
	const link = encodeShareLink(set, server.url);
	if (!link.ok) throw new Error(link.reason);
	return link.url;
}

/** Changes stored rows with plain IndexedDB in the page. */
async function putRows(page: Page, store: string, rows: unknown[]): Promise<void> {
	await page.evaluate(
		({ store, rows }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('factdrill');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(store, 'readwrite');
					for (const row of rows) tx.objectStore(store).put(row);
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ store, rows }
	);
}

async function getRows<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(store) =>
			new Promise<T[]>((resolve, reject) => {
				const request = indexedDB.open('factdrill');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const all = db.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => (db.close(), resolve(all.result as T[]));
				};
			}),
		store
	);
}

describe('share links', () => {
	it('a second link opened in the same tab is read: its set is previewed and added, not the first', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(shareLink(flashcards('first-set', 'First set', ['a', 'b'])));
		await expect.poll(() => page.locator('.preview').textContent(), POLL).toContain('First set');
		// Only the fragment changes: the page stays, as when a second link is pasted into the address bar.
		await page.goto(shareLink(flashcards('second-set', 'Second set', ['c', 'd', 'e'])));
		await expect.poll(() => page.locator('.preview').textContent(), POLL).toContain('Second set');
		expect(await page.locator('.preview').textContent()).not.toContain('First set');
		await page.getByRole('button', { name: 'Add to my sets' }).click();
		await page.waitForURL(/\/set\?id=second-set/);
		await page.getByText('Saved on this device: 3 questions').waitFor();
		// A damaged link after a good one replaces the preview with the reason.
		await page.goto(`${server.url}/share#set=AAAA`);
		await page.getByRole('alert').waitFor();
		await context.close();
	});

	it('"Replace my set" says before and after what progress goes', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(shareLink(flashcards('quiz', 'Quiz', ['one', 'two', 'three', 'four', 'five'])));
		await page.getByRole('button', { name: 'Add to my sets' }).click();
		await page.waitForURL(/\/set\?id=quiz/);
		// All five studied: stored as reviewed once, due next week.
		const cards = await getRows<Record<string, unknown>>(page, 'cards');
		const now = Date.now();
		await putRows(
			page,
			'cards',
			cards
				.filter((card) => card.setId === 'quiz')
				.map(({ newRank: _rank, ...card }) => ({ ...card, state: 2, reps: 1, stability: 7, difficulty: 5, scheduledDays: 7, lastReview: now, due: now + 7 * 86_400_000, dueAt: now + 7 * 86_400_000 }))
		);

		await page.goto(shareLink(flashcards('quiz', 'Quiz', ['one'])));
		await page.getByLabel(/Replace my set of the same id/).waitFor();
		expect(await page.locator('#replace-effect').textContent()).toContain('Your set “Quiz” has 5 questions, 5 studied.');
		await page.getByLabel(/Replace my set of the same id/).check();
		expect(await page.locator('#replace-effect').textContent()).toContain(
			'If you replace it: Progress on 4 of your 5 studied questions goes (4 are not in the new set). Progress on 1 question is kept.'
		);
		expect(await page.locator('#replace-effect li').count()).toBe(4);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Add to my sets' }).click();
		await page.waitForURL(/\/set\?id=quiz/);
		await page
			.getByText('Saved on this device: 1 question. Progress on 4 of your 5 studied questions was dropped (4 are not in the new set). Progress on 1 question was kept.')
			.waitFor();
		await context.close();
	});
});

describe('stored data a page cannot use', () => {
	it('damaged settings: Settings says what is wrong, works on the defaults meanwhile, and resets that part', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		// What a restore before this version let through.
		await putRows(page, 'settings', [
			{ key: 'main', newPerDay: 12, learningSteps: 'junk', desiredRetention: 0.01 },
			{ key: 'fsrs', weights: Array.from({ length: 21 }, () => 'junk'), fittedAt: 1, logLossBefore: 0.5, logLossAfter: 0.4, reviews: 500 }
		]);
		await page.goto(`${server.url}/settings`);
		const notice = page.locator('.stored-problems');
		await notice.waitFor();
		expect((await notice.locator('li').allTextContents()).map((text) => text.trim())).toEqual([
			'How sure you want to be must be from 70% to 97% (got 1%).',
			'Learning steps: "junk" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.',
			'The fitted FSRS parameters must be 21 numbers (got a list).'
		]);
		// The page works on the defaults: the form shows them, and the workload is worked out.
		expect(await page.getByLabel('Learning steps', { exact: true }).inputValue()).toBe('1m 10m');
		expect(await page.getByLabel('New questions per day').inputValue()).toBe('12');
		await page.getByText(/Expected workload/).waitFor({ timeout: 60_000 });
		expect(await page.getByText('In use: the default FSRS parameters.').count()).toBe(1);
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Reset these settings to the default' }).click();
		await page.getByText(/Reset: the default values are saved/).waitFor();
		expect(await notice.count()).toBe(0);
		const stored = await getRows<Record<string, unknown>>(page, 'settings');
		expect(stored.find((row) => row.key === 'main')).toMatchObject({ newPerDay: 12, learningSteps: ['1m', '10m'], desiredRetention: 0.9 });
		expect(stored.find((row) => row.key === 'fsrs')).toBeUndefined();
		await page.reload();
		await page.getByLabel('New questions per day').waitFor();
		expect(await page.locator('.stored-problems').count()).toBe(0);
		// Studying works with them too.
		await page.goto(`${server.url}/study?id=shoigu-pyongyang-2023`);
		await page.locator('#prompt').waitFor();
		await context.close();
	});
});

/** A set of `count` short-answer questions, stored as the app installs it (every card new). */
async function seedLargeSet(page: Page, id: string, count: number): Promise<QuestionSet> {
	const set: QuestionSet = {
		format: 1,
		id,
		title: `Large set of ${count}`,
		language: 'en',
		source: { title: 'Notes', publisher: 'Class', date: '2024-01-01' },
		questions: Array.from({ length: count }, (_, i) => ({ id: `q${i + 1}`, type: 'short_answer' as const, prompt: `Question number ${i + 1}?`, answer: `Answer ${i + 1}` }))
	};
	await putRows(page, 'sets', [{ id, set, builtin: false, contentHash: hashText(JSON.stringify(set)), installedAt: 1, updatedAt: 1 }]);
	await putRows(
		page,
		'cards',
		set.questions.map((question, position) => ({ ...newCard(id, question.id, 1), position, answerHash: answerKeyHash(question), newRank: position }))
	);
	return set;
}

describe('large sets and backups', () => {
	it('the editor and the print page show 2,000 questions a slice at a time, and every one is reachable', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		await seedLargeSet(page, 'large', 2000);

		// What each page shows first, recorded as the DOM changes (so that a slow machine, which may show
		// every slice before a test could look, reads the same): the first count of items, and whether
		// the "Showing … of 2,000" status came.
		await context.addInitScript(() => {
			const seen = { first: 0, status: false };
			(window as unknown as { seen: typeof seen }).seen = seen;
			new MutationObserver(() => {
				if (seen.first === 0) seen.first = document.querySelectorAll('.questions > li, .worksheet .items > li').length;
				if (!seen.status) seen.status = [...document.querySelectorAll('[role="status"]')].some((e) => /Showing [\d,]+ of 2,000 questions/.test(e.textContent ?? ''));
			}).observe(document, { childList: true, subtree: true });
		});
		const seen = () => page.evaluate(() => (window as unknown as { seen: { first: number; status: boolean } }).seen);

		await page.goto(`${server.url}/edit?id=large`);
		// The first questions come at once, the rest follow while the page stays usable.
		await page.getByRole('heading', { name: 'Questions (2000)' }).waitFor();
		await page.locator('.questions > li').first().waitFor();
		await page.getByLabel('Title', { exact: true }).fill('Large set, renamed');
		await expect.poll(() => page.locator('.questions > li').count(), { timeout: 120_000 }).toBe(2000);
		expect(await page.getByText(/Showing [\d,]+ of 2,000 questions/).count()).toBe(0);
		expect((await seen()).first).toBeLessThan(2000);
		expect((await seen()).status).toBe(true);
		// A question added at the end is there and focused. (Role queries over 2,000 questions are slow: CSS here.)
		// The rename's draft is kept first, so the save bar below the button no longer changes under the tap.
		await expect.poll(() => page.locator('.savebar .draft').textContent(), POLL).toContain('Draft kept on this device');
		await page.locator('.add button').click();
		await expect.poll(() => page.locator('.questions > li').count(), POLL).toBe(2001);
		await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toMatch(/-prompt$/);

		await page.goto(`${server.url}/print?id=large`);
		await page.locator('.worksheet .items > li').first().waitFor();
		expect((await seen()).first).toBeLessThan(2000);
		// Printing shows every question first, whether or not the slices are done.
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		expect(await page.locator('.worksheet .items > li').count()).toBe(2000);
		expect(await page.locator('.worksheet .items > li').last().textContent()).toContain('Question number 2000?');
		await context.close();
	}, 240_000);

	it('a large backup is read, planned and restored in a worker, with progress, and the page keeps answering', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		const set = flashcards('history', 'History', Array.from({ length: 200 }, (_, i) => `answer ${i}`));
		const cards = set.questions.map((question, position) => ({ ...newCard(set.id, question.id, 0), position, answerHash: answerKeyHash(question), newRank: position }));
		const start = Date.parse('2024-01-01T09:00:00Z');
		const log = Array.from({ length: 12_000 }, (_, i) => {
			const card = cards[i % cards.length]!;
			const before = { ...newCard(set.id, card.questionId, 0), state: State.Review, due: start + i * 60_000, stability: 10, difficulty: 5, scheduledDays: 10, reps: 3, lastReview: start };
			return { setId: set.id, questionId: card.questionId, rating: 3 as const, reviewedAt: start + i * 60_000, durationMs: 4000, before, after: { ...before, reps: 4 } };
		});
		const text = await writeBackup({ sets: [{ id: set.id, set, builtin: false, contentHash: 'x', installedAt: 1, updatedAt: 1 }], cards, log, tests: [], settings: [] }, { now: start, schema: 4 });
		const file = join(backupFolder, 'large.json');
		writeFileSync(file, text);

		await page.goto(`${server.url}/backup`);
		await expect.poll(() => page.getByTestId('last-backup').textContent(), POLL).toMatch(/backup/i);
		await page.getByLabel('Backup file').setInputFiles(file);
		await page.getByTestId('restore-plan').waitFor({ timeout: 120_000 });
		expect(await page.getByTestId('restore-plan').textContent()).toContain('History');
		await page.getByLabel(/Replace/).check();
		await page.getByTestId('restore-plan').waitFor();
		await page.getByRole('button', { name: 'Replace with this backup' }).click();
		// The restore says what it is doing while it writes 12,000 reviews.
		await page.getByRole('status').filter({ hasText: 'Restoring…' }).waitFor();
		expect(await page.locator('.working progress').count()).toBe(1);
		// The page answers while the worker writes.
		expect(await page.evaluate(() => 1 + 1)).toBe(2);
		await page.locator('.restored').waitFor({ timeout: 180_000 });
		expect(await page.locator('.restored').textContent()).toMatch(/Restored: 2 sets, 12000 reviews/);
		expect(
			await page.evaluate(
				() =>
					new Promise<number>((resolve) => {
						const request = indexedDB.open('factdrill');
						request.onsuccess = () => {
							const count = request.result.transaction('log').objectStore('log').count();
							count.onsuccess = () => (request.result.close(), resolve(count.result));
						};
					})
			)
		).toBe(12_000);
		await context.close();
	}, 300_000);
});

describe('a store an earlier version damaged', () => {
	it('review-log and test keys of 2^53 (from a restore before schema 4) are renumbered when the app opens, and grades save again', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		// Schema 3 as the app left it, written before the app ever runs here (a static file runs no app code).
		await page.goto(`${server.url}/favicon.svg`);
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('factdrill', 3);
					request.onupgradeneeded = () => {
						const db = request.result;
						db.createObjectStore('sets', { keyPath: 'id' });
						const cards = db.createObjectStore('cards', { keyPath: ['setId', 'questionId'] });
						cards.createIndex('by-set', 'setId');
						cards.createIndex('by-set-state-due', ['setId', 'state', 'dueAt']);
						cards.createIndex('by-set-new', ['setId', 'newRank']);
						const log = db.createObjectStore('log', { keyPath: 'id', autoIncrement: true });
						log.createIndex('by-set-time', ['setId', 'reviewedAt']);
						log.createIndex('by-card', ['setId', 'questionId']);
						db.createObjectStore('settings', { keyPath: 'key' });
						db.createObjectStore('tests', { keyPath: 'id', autoIncrement: true }).createIndex('by-set-time', ['setId', 'finishedAt']);
						db.createObjectStore('drafts', { keyPath: 'key' });
					};
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const db = request.result;
						const tx = db.transaction(['log', 'tests'], 'readwrite');
						const card = { setId: 'shoigu-pyongyang-2023', questionId: 'none', state: 0, due: 0, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null };
						tx.objectStore('log').put({ setId: 'old', questionId: 'q1', rating: 3, reviewedAt: 1_000, durationMs: 1, before: card, after: card });
						tx.objectStore('log').put({ id: 2 ** 53, setId: 'old', questionId: 'q1', rating: 3, reviewedAt: 2_000, durationMs: 1, before: card, after: card });
						tx.objectStore('tests').put({ id: 2 ** 53, setId: 'old', startedAt: 1, finishedAt: 2, types: [], total: 1, correct: 1, scheduled: false, items: [] });
						tx.oncomplete = () => (db.close(), resolve());
					};
				})
		);
		// The app opens it (upgrading to the current schema), and a grade is saved.
		await page.goto(`${server.url}/study?id=shoigu-pyongyang-2023`);
		await page.locator('#prompt').waitFor();
		if ((await page.getByRole('button', { name: /Show answer/ }).count()) > 0) await page.getByRole('button', { name: /Show answer/ }).click();
		else if ((await page.getByLabel(/Your answer/).count()) > 0) await page.getByRole('button', { name: /I don.t know/ }).click();
		else await page.locator('.option').first().click();
		await page.locator('.grades').waitFor();
		await page.keyboard.press('3');
		// The log is keyed on the device since schema 5: every entry, the old ones too, has a key made here.
		await expect.poll(async () => (await getRows<{ id: unknown }>(page, 'log')).length, POLL).toBe(3);
		expect((await getRows<{ id: unknown }>(page, 'log')).every((entry) => typeof entry.id === 'string' && LOG_ENTRY_ID.test(entry.id))).toBe(true);
		expect((await getRows<{ id: number }>(page, 'tests')).map((result) => result.id)).toEqual([1]);
		expect(await page.getByRole('alert').count()).toBe(0);
		await context.close();
	});
});
