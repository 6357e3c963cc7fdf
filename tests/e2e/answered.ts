/**
 * What the end-to-end tests of one question type share: a set added from its share link on a
 * phone profile, the verdict and the suggested rating as shown, and the answers the review log kept.
 */
import type { Browser, Page } from 'playwright-core';
import { phone } from './harness';
import { encodeShareLink } from '../../src/lib/formats/share';
import type { QuestionSet } from '../../src/lib/formats/question-set';

/** A phone profile that has added `set` from its share link, on the set's page. */
export async function phoneWithSet(browser: Browser, serverUrl: string, set: QuestionSet, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
	const context = await phone(browser, { colorScheme });
	const page = await context.newPage();
	const link = encodeShareLink(set, serverUrl);
	if (!link.ok) throw new Error(link.reason);
	await page.goto(link.url);
	await page.getByRole('button', { name: 'Add to my sets' }).click();
	await page.waitForURL((url) => url.pathname === '/set' && url.searchParams.get('id') === set.id);
	return page;
}

/** The verdict after checking: "✓ Right", "◐ Partly right", "✗ Not quite". */
export const verdict = async (page: Page): Promise<string> => ((await page.locator('#verdict').textContent()) ?? '').trim();

/** The rating the page suggests: "Again", "Hard", "Good". */
export const suggested = async (page: Page): Promise<string> => ((await page.locator('.grade.suggested .label').textContent()) ?? '').trim();

/** Each review in the log as [answer form, how it was judged, rating], oldest first. */
export function loggedAnswers(page: Page): Promise<Array<[string | undefined, string | undefined, number]>> {
	return page.evaluate(async () => {
		const request = indexedDB.open('factdrill');
		const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
		const all: Array<{ rating: number; answer?: { form: string; how: string } }> = await new Promise((resolve) => {
			const get = db.transaction('log').objectStore('log').getAll();
			get.onsuccess = () => resolve(get.result);
		});
		return all.map((entry) => [entry.answer?.form, entry.answer?.how, entry.rating] as [string | undefined, string | undefined, number]);
	});
}
