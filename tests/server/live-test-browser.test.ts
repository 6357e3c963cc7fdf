/**
 * The live test in Chromium, on the built Node server: a teacher (laptop profile) starts a live
 * test of an assigned set; two students (phone profiles) see "Join the live test", one on the home
 * page, one on the Classes page (his phone, offline meanwhile, showed none until online), and take
 * it in Test mode; the teacher's page shows each one answering, then their scores, without a
 * reload; the teacher ends it while one is still answering, whose result then arrives marked as
 * after the end. Screenshots go to $LIVE_SCREENSHOTS when set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from '../e2e/harness';
import { encodeShareLink } from '$lib/formats/share';
import { browserWorld, RIVER_FACTS } from './devices';

const set = RIVER_FACTS;

const shots = process.env.LIVE_SCREENSHOTS;

describe('the live test in the browser: a teacher and two students', () => {
	const world = browserWorld();
	beforeAll(() => {
		if (shots) mkdirSync(shots, { recursive: true });
	});

	const device = world.device;

	async function screenshot(page: Page, name: string): Promise<void> {
		if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
	}

	/** The teacher's "Everyone" list: each student's name and status, as shown. */
	const everyone = (page: Page) =>
		page
			.getByRole('list', { name: 'Everyone' })
			.locator('li')
			.evaluateAll((items) => items.map((item) => [...item.querySelectorAll(':scope > span:not([aria-hidden])')].map((span) => (span.textContent ?? '').trim())));

	/** The results list, in the order results came. */
	const results = (page: Page) =>
		page
			.getByRole('list', { name: 'Results as they come in' })
			.locator('li')
			.evaluateAll((items) => items.map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim()));

	/** Answers the live test's question `number` (a test asks flashcards as typed answers): rightly, or with a river that is wrong. */
	async function answer(page: Page, right: boolean, number: number): Promise<void> {
		await page.getByText(`Live test · Question ${number} of 4`).waitFor();
		const prompt = (await page.locator('#prompt').textContent())!.trim();
		const question = set.questions.find((candidate) => prompt.includes(candidate.prompt));
		if (!question) throw new Error(`no question reads "${prompt}"`);
		await page.getByRole('textbox').fill(right ? (question as { answer: string }).answer : 'The Seine');
		await page.keyboard.press('Enter');
		if (number < 4) await page.getByText(`Live test · Question ${number + 1} of 4`).waitFor();
	}

	it('the teacher starts it, two students take it, scores appear on the teacher\'s page as they finish; a result after the end is marked', async () => {
		// The teacher: the set, a class, the set assigned.
		const teacher = await device('laptop', 'teacher');
		const link = encodeShareLink(set, world.url);
		if (!link.ok) throw new Error(link.reason);
		await teacher.goto(link.url);
		await teacher.getByRole('button', { name: 'Add to my sets' }).click();
		await teacher.waitForURL(/\/set\?id=river-facts/);
		await teacher.goto(`${world.url}/classes`);
		await teacher.getByLabel('New class name').fill('Geography 7C');
		await teacher.getByRole('button', { name: 'Create class' }).click();
		await teacher.getByRole('heading', { name: 'Geography 7C' }).waitFor();
		const code = (await teacher.locator('.code').textContent())!.trim();
		await teacher.getByRole('combobox', { name: /^Set\b/ }).selectOption(set.id);
		await teacher.getByRole('button', { name: 'Assign', exact: true }).click();
		await teacher.getByText('Assigned: students get the set at their next sync.').waitFor();

		// Two students join; Ben's phone is in dark mode.
		const students: Page[] = [];
		for (const [index, name] of ['Ana', 'Ben'].entries()) {
			const page = await device('phone', name, index === 1 ? 'dark' : 'light');
			students.push(page);
			await page.goto(`${world.url}/classes`);
			await page.getByLabel('Class code').fill(code);
			await page.getByLabel('Your name').fill(name);
			await page.getByRole('button', { name: 'Join' }).click();
			await page.getByText(`You joined “Geography 7C” as ${name}.`).waitFor();
		}
		const [ana, ben] = students as [Page, Page];

		// Ben's phone shows its home page, has asked the server once, and goes offline. (Off the classes
		// page first: an answer to its own asking would be gone, with its page, before it could be read.)
		await ben.goto('about:blank');
		const asked = ben.waitForResponse((response) => response.url().endsWith('/api/memberships/live'));
		await ben.goto(world.url);
		expect((await (await asked).json()).live).toEqual([]);
		await ben.context().setOffline(true);

		// The teacher starts a live test of all four questions.
		await teacher.getByRole('combobox', { name: 'Live test of' }).selectOption(set.id);
		await teacher.getByLabel('Questions', { exact: true }).fill('4');
		await teacher.getByRole('button', { name: 'Start a live test' }).click();
		await teacher.getByText(/running since/).waitFor();
		await expect.poll(() => everyone(teacher)).toEqual([
			['Ana', 'Not started'],
			['Ben', 'Not started']
		]);
		await teacher.getByText('0 of 2 students finished · 0 answering · 2 not started').waitFor();

		// Offline, Ben's phone asks and gets no answer: it shows no live test, and its sets are there as ever. Online again, the entry comes.
		await ben.waitForEvent('requestfailed', { predicate: (request) => request.url().endsWith('/api/memberships/live'), timeout: 60_000 });
		expect(await ben.getByRole('button', { name: /Join the live test/ }).count()).toBe(0);
		await ben.getByRole('link', { name: 'River facts', exact: true }).waitFor();
		await ben.context().setOffline(false);
		await ben.getByRole('button', { name: 'Join the live test River facts' }).waitFor();

		// Ana sees it on her home page (asked while online), joins and answers two questions.
		await ana.goto(world.url);
		const anaJoin = ana.getByRole('button', { name: 'Join the live test River facts' });
		await anaJoin.waitFor();
		expect(await axe(ana)).toEqual([]);
		await screenshot(ana, 'student-home-entry-360');
		await ana.setViewportSize({ width: 1280, height: 900 });
		await ana.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(ana)).toEqual([]);
		await screenshot(ana, 'student-home-entry-1280-dark');
		await ana.emulateMedia({ colorScheme: 'light' });
		await ana.setViewportSize({ width: 360, height: 740 });
		await anaJoin.click();
		await ana.getByRole('heading', { name: 'Live test' }).waitFor();
		expect(await axe(ana)).toEqual([]);
		await screenshot(ana, 'student-live-start-360');
		await ana.getByRole('button', { name: 'Start the live test' }).click();
		await answer(ana, true, 1);
		await answer(ana, true, 2);
		// The teacher's page shows how far she is, without a reload.
		await expect.poll(() => everyone(teacher), { timeout: 60_000 }).toEqual([
			['Ana', 'Answering: 2 of 4'],
			['Ben', 'Not started']
		]);
		await answer(ana, true, 3);
		await answer(ana, false, 4);
		await ana.getByRole('heading', { name: 'Score: 75%' }).waitFor();
		await ana.getByText('Your teacher has your result.').waitFor();
		await screenshot(ana, 'student-live-result-360');

		// Her score appears on the teacher's page, in the results list that a screen reader hears grow.
		await expect.poll(() => results(teacher), { timeout: 60_000 }).toEqual(['Ana 75% (3 of 4)']);
		const list = teacher.getByRole('list', { name: 'Results as they come in' });
		expect(await list.getAttribute('aria-live')).toBe('polite');
		expect(await list.getAttribute('aria-relevant')).toBe('additions');
		// Marked, to see that later polls leave her entry as it is (a replaced entry would be read out again).
		await list.locator('li').first().evaluate((item) => item.setAttribute('data-seen', 'yes'));
		await screenshot(teacher, 'teacher-live-1280');

		// Ben sees it on the Classes page and starts it; the teacher ends it while he is answering.
		await ben.goto(`${world.url}/classes`);
		const benJoin = ben.getByRole('button', { name: 'Join the live test River facts' });
		await benJoin.waitFor();
		expect(await axe(ben)).toEqual([]);
		await screenshot(ben, 'student-classes-entry-360-dark');
		await benJoin.click();
		await ben.getByRole('button', { name: 'Start the live test' }).click();
		await answer(ben, true, 1);
		await expect.poll(() => everyone(teacher), { timeout: 60_000 }).toEqual([
			['Ana', '75% (3 of 4)'],
			['Ben', 'Answering: 1 of 4']
		]);
		expect(await axe(teacher)).toEqual([]);
		await teacher.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(teacher)).toEqual([]);
		await screenshot(teacher, 'teacher-live-1280-dark');
		await teacher.setViewportSize({ width: 360, height: 740 });
		expect(await axe(teacher)).toEqual([]);
		await screenshot(teacher, 'teacher-live-360-dark');
		await teacher.emulateMedia({ colorScheme: 'light' });
		expect(await axe(teacher)).toEqual([]);
		await screenshot(teacher, 'teacher-live-360');
		await teacher.setViewportSize({ width: 1280, height: 900 });

		// By keyboard: the confirmation takes the focus from the button it replaces.
		await teacher.getByRole('button', { name: 'End the live test…' }).focus();
		await teacher.keyboard.press('Enter');
		await expect.poll(() => teacher.evaluate(() => document.activeElement?.textContent?.trim())).toBe('End it for everyone');
		await teacher.keyboard.press('Enter');
		await teacher.getByText(/ended at/).waitFor();
		// Ben's phone learns it ended at his next answer, and he finishes anyway.
		await answer(ben, true, 2);
		await ben.getByText('Your teacher ended the live test.', { exact: false }).waitFor();
		await answer(ben, false, 3);
		await answer(ben, false, 4);
		await ben.getByRole('heading', { name: 'Score: 50%' }).waitFor();
		await ben.getByText('Your teacher has your result, marked as after the end', { exact: false }).waitFor();
		await expect.poll(() => results(teacher), { timeout: 60_000 }).toEqual(['Ana 75% (3 of 4)', 'Ben 50% (2 of 4), after the end']);
		expect(await list.locator('li').first().getAttribute('data-seen')).toBe('yes');
		await teacher.getByText('2 of 2 students finished · 0 answering · 0 not started · average 63%').waitFor();
		// The ended live test is gone from the students' pages; its results are tests in the dashboard.
		await ana.goto(`${world.url}/classes`);
		await ana.getByRole('heading', { name: 'Classes you are in' }).waitFor();
		expect(await ana.getByRole('button', { name: /Join the live test/ }).count()).toBe(0);
		await teacher.getByRole('button', { name: 'Refresh' }).click();
		const rows = teacher.getByRole('region', { name: 'Students on River facts' }).locator('tbody tr');
		await expect.poll(() => rows.evaluateAll((trs) => trs.map((tr) => (tr.children[4]?.textContent ?? '').trim()))).toEqual(['75%', '50%']);
		await screenshot(teacher, 'teacher-live-ended-1280');
	});
});
