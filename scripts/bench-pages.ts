/**
 * For `npm run bench`: how long the built app's heaviest pages freeze the tab, in Debian's
 * Chromium (the longest main-thread task, from the Long Tasks API, while the page loads its data
 * and shows it; a tab that answers within 50 ms has no long task and scores 0).
 * - editor_open_longest_task_ms_5000 / print_open_longest_task_ms_5000: opening the editor and
 *   the print page on a set of 5,000 questions (the largest the format allows).
 * - backup_plan_longest_task_ms_85mb / backup_restore_longest_task_ms_85mb: choosing an 85 MB
 *   backup (184,000 reviews of 2,000 questions) until its restore plan shows, then replacing with it until done.
 * Each figure is one run (they take seconds to minutes); compare ratios on a shared machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';
import { startPreview } from '../tests/e2e/server';
import { newCard, State } from '../src/lib/core/card';
import { writeBackup, type BackupData } from '../src/lib/formats/backup';
import { answerKeyHash, hashText, type Question, type QuestionSet } from '../src/lib/formats/question-set';

const NOW = Date.parse('2024-06-01T10:00:00Z');
const DAY = 86_400_000;

/** A set of `count` questions of the usual kinds, with explanations. */
export function bigSet(id: string, count: number): QuestionSet {
	const questions: Question[] = Array.from({ length: count }, (_, i): Question => {
		const common = { id: `q${i}`, prompt: `Question number ${i} about a fact reported in the article?`, explanation: 'An explanation of a sentence or two, as sets usually have.' };
		switch (i % 4) {
			case 0:
				return { ...common, type: 'short_answer', answer: `Answer ${i}` };
			case 1:
				return { ...common, type: 'multiple_choice', choices: [`A${i}`, `B${i}`, `C${i}`, `D${i}`], answer: 1 };
			case 2:
				return { ...common, type: 'numeric', answer: i };
			default:
				return { ...common, type: 'true_false', answer: i % 8 === 3 };
		}
	});
	return { format: 1, id, title: `A set of ${count} questions`, language: 'en', source: { title: 'Source', publisher: 'Desk', date: '2024-01-01' }, questions };
}

/** The stores' rows for `set`, every card new, as the app installs it. */
function installedRows(set: QuestionSet): Pick<BackupData, 'sets' | 'cards'> {
	return {
		sets: [{ id: set.id, set, builtin: false, contentHash: hashText(JSON.stringify(set)), installedAt: NOW, updatedAt: NOW }],
		cards: set.questions.map((question, position) => ({ ...newCard(set.id, question.id, NOW), position, answerHash: answerKeyHash(question), newRank: position }))
	};
}

/** A backup of one set of 2,000 questions reviewed `reviews` times over a year. */
async function bigBackup(reviews: number): Promise<string> {
	const set = bigSet('history', 2000);
	const { sets, cards } = installedRows(set);
	const log: BackupData['log'] = [];
	for (let i = 0; i < reviews; i++) {
		const card = cards[i % cards.length]!;
		const reviewedAt = NOW - 365 * DAY + Math.floor((i / reviews) * 365 * DAY);
		const before = { ...newCard(set.id, card.questionId, NOW), state: State.Review, due: reviewedAt, stability: 10, difficulty: 5, scheduledDays: 10, reps: 3, lastReview: reviewedAt - 10 * DAY };
		log.push({ setId: set.id, questionId: card.questionId, rating: 3, reviewedAt, durationMs: 4000, before, after: { ...before, due: reviewedAt + 20 * DAY, stability: 20, scheduledDays: 20, reps: 4, lastReview: reviewedAt } });
	}
	return writeBackup({ sets, cards, log, tests: [], settings: [] }, { now: NOW, schema: 4 });
}

/** Stores rows in the page's IndexedDB with plain IndexedDB, after the app created its database. */
async function seed(page: Page, rows: Pick<BackupData, 'sets' | 'cards'>): Promise<void> {
	await page.evaluate(
		(rows) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('factdrill');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['sets', 'cards'], 'readwrite');
					for (const row of rows.sets) tx.objectStore('sets').put(row);
					for (const row of rows.cards) tx.objectStore('cards').put(row);
					tx.oncomplete = () => (db.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		rows
	);
}

const OBSERVE_LONG_TASKS = `window.__longest = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration); }).observe({ type: 'longtask', buffered: true });`;

/** The longest task since the last call, once the page has been idle for a moment. */
async function longestTask(page: Page): Promise<number> {
	await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
	return page.evaluate(() => {
		const w = window as unknown as { __longest: number };
		const longest = w.__longest;
		w.__longest = 0;
		return Math.round(longest);
	});
}

export async function benchPages(options: { backup?: boolean } = {}): Promise<Record<string, number>> {
	const server = await startPreview();
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
	const results: Record<string, number> = {};
	const folder = mkdtempSync(join(tmpdir(), 'factdrill-bench-'));
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		await context.addInitScript(OBSERVE_LONG_TASKS);
		const page = await context.newPage();
		await page.goto(server.url);
		await page.locator('.sets li .counts').first().waitFor();
		await seed(page, installedRows(bigSet('big', 5000)));

		// Until every question is on the page (a page that shows them a slice at a time included).
		const TIMEOUT = { timeout: 900_000, polling: 250 };
		await page.goto(`${server.url}/edit?id=big`);
		await page.waitForFunction(() => document.querySelectorAll('.questions > li').length === 5000, null, TIMEOUT);
		results.editor_open_longest_task_ms_5000 = await longestTask(page);

		await page.goto(`${server.url}/print?id=big`);
		await page.waitForFunction(() => document.querySelectorAll('.worksheet .items > li').length === 5000, null, TIMEOUT);
		results.print_open_longest_task_ms_5000 = await longestTask(page);

		if (options.backup !== false) {
			const file = join(folder, 'big-backup.json');
			writeFileSync(file, await bigBackup(184_000));
			await page.goto(`${server.url}/backup`);
			await page.getByTestId('last-backup').filter({ hasText: /backup/i }).waitFor();
			await longestTask(page);
			await page.getByLabel('Backup file').setInputFiles(file);
			await page.getByTestId('restore-plan').waitFor({ timeout: 900_000 });
			results.backup_plan_longest_task_ms_85mb = await longestTask(page);
			await page.getByLabel(/Replace/).check();
			await page.getByRole('button', { name: 'Replace with this backup' }).click();
			await page.locator('.restored').waitFor({ timeout: 900_000 });
			results.backup_restore_longest_task_ms_85mb = await longestTask(page);
		}
		await context.close();
	} finally {
		rmSync(folder, { recursive: true, force: true });
		await browser.close();
		await server.stop();
	}
	return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(JSON.stringify(await benchPages({ backup: !process.argv.includes('--no-backup') })));
}
