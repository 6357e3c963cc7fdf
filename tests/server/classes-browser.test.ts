/**
 * Classes in Chromium, on the built Node server: a teacher (laptop profile) and three students
 * (phone profiles, each its own browser profile). The teacher creates a class and assigns a set;
 * the students join with the code and a display name, get the set at once, study it offline and
 * sync; the teacher's dashboard shows who started, how far each is and which question went wrong;
 * a removed student's class data is gone from the server. Screenshots of the pages go to
 * $CLASSES_SCREENSHOTS when it is set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from '../e2e/harness';
import { encodeShareLink } from '$lib/formats/share';
import type { QuestionSet } from '$lib/formats/question-set';
import { Client } from './server';
import { browserWorld, RIVER_FACTS, storedCredentials, syncNow } from './devices';

const set = RIVER_FACTS;

const shots = process.env.CLASSES_SCREENSHOTS;

describe('classes in the browser: a teacher and three students', () => {
	const world = browserWorld();
	beforeAll(() => {
		if (shots) mkdirSync(shots, { recursive: true });
	});

	const device = world.device;

	/** Waits for `text`; on failure the page's words say why. */
	async function see(page: Page, text: string | RegExp): Promise<void> {
		try {
			await page.getByText(text).first().waitFor({ timeout: 60_000 });
		} catch (error) {
			throw new Error(`${(error as Error).message}\nthe page reads: ${await page.locator('main').innerText().catch(() => '?')}`);
		}
	}

	async function screenshot(page: Page, name: string): Promise<void> {
		if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
	}

	const sync = (page: Page) => syncNow(page, world.url);

	/** Grades the set's cards by keyboard, offline: Good, or Again where `again` names the prompt. */
	async function studyOffline(page: Page, grades: number, again: (prompt: string) => boolean = () => false): Promise<void> {
		await page.goto(`${world.url}/study?id=${set.id}`);
		await page.locator('#prompt').waitFor();
		await page.context().setOffline(true);
		for (let i = 0; i < grades; i++) {
			await page.locator('#prompt').waitFor();
			const before = (await page.locator('#prompt').textContent())!;
			await page.keyboard.press('Space');
			await page.locator('.grades').waitFor();
			await page.keyboard.press(again(before) ? '1' : '3');
			await expect.poll(async () => (await page.locator('#prompt').count()) === 0 || (await page.locator('#prompt').textContent()) !== before).toBe(true);
		}
		await page.context().setOffline(false);
	}

	const credentials = (page: Page) => storedCredentials(page, '198.18.201.1');

	/** The student rows of the dashboard: name cell and progress cell. */
	async function dashboardRows(page: Page): Promise<string[][]> {
		const rows = page.getByRole('region', { name: 'Students on River facts' }).locator('tbody tr');
		return rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
	}

	it('create, join, assign, study offline, sync; the dashboard shows the right figures; a removed student\'s data is gone', async () => {
		// The teacher has the set on the laptop and creates a class: sync turns on by itself.
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
		expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
		await teacher.getByRole('img', { name: 'QR code to join Geography 7C' }).waitFor();
		await teacher.getByRole('combobox', { name: /^Set\b/ }).selectOption(set.id);
		await teacher.getByLabel('Due (optional)').fill('2030-06-14');
		await teacher.getByRole('button', { name: 'Assign' }).click();
		await teacher.getByText('Assigned: students get the set at their next sync.').waitFor();
		await teacher.getByText(/River facts \(4 questions, due Jun 14, 2030\)/).waitFor();
		await screenshot(teacher, 'teacher-class-1280');

		// Three students, each on their own phone, join with the code and a name.
		const names = ['Ana', 'Ben', 'Cleo'];
		const students: Page[] = [];
		for (const [index, name] of names.entries()) {
			const page = await device('phone', name, index === 1 ? 'dark' : 'light');
			students.push(page);
			// Ana scans the QR code (its link fills the code in); the others type it.
			await page.goto(index === 0 ? `${world.url}/classes#join=${code}` : `${world.url}/classes`);
			if (index === 0) await page.getByText('Your teacher\'s code is filled in').waitFor();
			else await page.getByLabel('Class code').fill(code.replace('-', '').toLowerCase());
			await page.getByLabel('Your name').fill(name);
			if (index === 0) await screenshot(page, 'student-join-360');
			await page.getByRole('button', { name: 'Join' }).click();
			await see(page, `You joined “Geography 7C” as ${name}.`);
			// The assigned set arrived with the sync that joining ran.
			await page.getByRole('link', { name: 'River facts' }).waitFor();
			expect(await axe(page)).toEqual([]);
		}
		await screenshot(students[1]!, 'student-classes-360-dark');

		// A set assigned after they joined reaches a student's phone at its next sync.
		const lakes = { ...set, id: 'lake-facts', title: 'Lake facts', questions: [{ id: 'baikal', type: 'flashcard', prompt: 'Which lake is the deepest?', answer: 'Baikal' }] } as QuestionSet;
		const lakeLink = encodeShareLink(lakes, world.url);
		if (!lakeLink.ok) throw new Error(lakeLink.reason);
		await teacher.goto(lakeLink.url);
		await teacher.getByRole('button', { name: 'Add to my sets' }).click();
		await teacher.waitForURL(/\/set\?id=lake-facts/);
		await teacher.goto(`${world.url}/classes`);
		await teacher.getByRole('button', { name: 'Open Geography 7C' }).click();
		await teacher.getByRole('combobox', { name: /^Set\b/ }).selectOption('lake-facts');
		await teacher.getByRole('button', { name: 'Assign', exact: true }).click();
		await see(teacher, 'Lake facts (1 question)');
		await students[0]!.goto(world.url);
		expect(await students[0]!.getByRole('link', { name: 'Lake facts', exact: true }).count()).toBe(0);
		await sync(students[0]!);
		await students[0]!.goto(world.url);
		await students[0]!.getByRole('link', { name: 'Lake facts', exact: true }).waitFor();

		// Ana studies all four cards, Ben two (one of them Again), offline; Cleo does nothing. Then they sync.
		await studyOffline(students[0]!, 4);
		await studyOffline(students[1]!, 2, (prompt) => prompt.includes('Cairo'));
		await sync(students[0]!);
		await sync(students[1]!);

		// The teacher's dashboard.
		await teacher.getByRole('button', { name: 'Refresh' }).click();
		await expect.poll(() => dashboardRows(teacher), { timeout: 60_000 }).toEqual([
			['Ana', '4/4 · 100%', '4'],
			['Ben', '2/4 · 50%', '2'],
			['Cleo (not started)', '0/4 · 0%', '0']
		]);
		await teacher.getByText('started by 2 of 3 students').first().waitFor();
		// Cairo was the one card graded Again: the question most answered wrong, 1 of 2 answers.
		const reteach = teacher.locator('.hardest li').first();
		expect((await reteach.textContent())!.replace(/\s+/g, ' ')).toContain('Which river flows through Cairo? 50% wrong (1 of 2)');
		// Sorted by progress, fewest first.
		const sortBy = teacher.getByRole('region', { name: 'Students on River facts' }).getByRole('button', { name: 'Progress' });
		await sortBy.click();
		await sortBy.click();
		expect((await dashboardRows(teacher)).map((row) => row[0])).toEqual(['Cleo (not started)', 'Ben', 'Ana']);
		// The chart's table view.
		await teacher.getByRole('button', { name: /Show table.*Share answered wrong/ }).click();
		await teacher.getByRole('region', { name: 'Share answered wrong, per question, as a table' }).waitFor();
		// CSV export.
		const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Students as CSV' }).click()]);
		const csv = await new Promise<string>((resolve, reject) => {
			void download.createReadStream().then((stream) => {
				let text = '';
				stream.on('data', (chunk) => (text += chunk));
				stream.on('end', () => resolve(text));
				stream.on('error', reject);
			});
		});
		expect(csv).toContain('Geography 7C,River facts,Ana,yes,4,4,100,4,');
		expect(csv).toContain('Geography 7C,River facts,Cleo,no,0,4,0,0,');
		expect(await axe(teacher)).toEqual([]);
		await screenshot(teacher, 'teacher-dashboard-1280');
		// Printed, the dashboard alone: no join code, forms or buttons.
		await teacher.emulateMedia({ media: 'print' });
		expect(await teacher.getByRole('heading', { name: /How the class is doing/ }).isVisible()).toBe(true);
		expect(await teacher.getByRole('region', { name: 'Students on River facts' }).isVisible()).toBe(true);
		for (const hidden of ['Refresh', 'Make a new code', 'Assign']) expect(await teacher.getByRole('button', { name: hidden, exact: true }).isVisible(), hidden).toBe(false);
		await teacher.emulateMedia({ media: 'screen' });
		await teacher.setViewportSize({ width: 360, height: 740 });
		await teacher.emulateMedia({ colorScheme: 'dark' });
		expect(await axe(teacher)).toEqual([]);
		await screenshot(teacher, 'teacher-dashboard-360-dark');
		await teacher.emulateMedia({ colorScheme: 'light' });
		await teacher.setViewportSize({ width: 1280, height: 900 });

		// The teacher removes Ben: his membership and class data are gone from the server.
		const ben = await credentials(students[1]!);
		const benClient = new Client(world.url);
		expect((await benClient.request('GET', '/api/memberships', { device: ben })).body).toHaveLength(1);
		await teacher.getByRole('button', { name: 'Remove Ben' }).click();
		await teacher.getByRole('button', { name: 'Remove Ben and their class data' }).click();
		await teacher.getByText('Ben was removed; what they sent to the class is deleted.').waitFor();
		// Still sorted by progress, fewest first.
		await expect.poll(() => dashboardRows(teacher)).toEqual([
			['Cleo (not started)', '0/4 · 0%', '0'],
			['Ana', '4/4 · 100%', '4']
		]);
		expect((await benClient.request('GET', '/api/memberships', { device: ben })).body).toEqual([]);
		// Ben keeps the set on his phone, and studies on.
		await students[1]!.goto(`${world.url}/classes`);
		await students[1]!.getByRole('heading', { name: 'Join a class' }).waitFor();
		expect(await students[1]!.getByRole('heading', { name: 'Classes you are in' }).count()).toBe(0);
		await students[1]!.goto(world.url);
		await students[1]!.getByRole('link', { name: 'River facts', exact: true }).waitFor();

		// Cleo leaves herself.
		await students[2]!.goto(`${world.url}/classes`);
		await students[2]!.getByRole('button', { name: 'Leave Geography 7C' }).click();
		await students[2]!.getByRole('button', { name: 'Leave “Geography 7C” and delete my class data' }).click();
		await students[2]!.getByText('You left “Geography 7C”.', { exact: false }).waitFor();
		await teacher.getByRole('button', { name: 'Refresh' }).click();
		await expect.poll(() => dashboardRows(teacher)).toEqual([['Ana', '4/4 · 100%', '4']]);
	});
});
