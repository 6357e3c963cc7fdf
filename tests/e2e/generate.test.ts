/**
 * The generate page, as a teacher steers it: the article's details confirmed, how many questions
 * and which types, more questions, the key facts covered, questions on words chosen in the
 * article, a question by hand or of another type, and the whole path by keyboard.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, phone, startApp, stopApp } from './harness';
import { allCandidates, generateQuestions, questionsAbout } from '../../src/lib/generate';
import { answerText } from '../../src/lib/formats/question-set';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

// A real World Cup report (Wikinews, CC BY 2.5), dated in its text; and a business story with no date.
const sport = readFileSync('tests/fixtures/generator/corpus/sport-01.txt', 'utf8');
const undated = readFileSync('tests/fixtures/generator/corpus/business-01.txt', 'utf8');
const headline = sport.split('\n')[0]!.trim();

/** Words of the article that give a question neither proposed nor among "more questions", and that question's answer. */
function aPhrase(): { sentence: string; phrase: string; answer: string } {
	const result = generateQuestions(sport);
	const proposed = new Set([...result.candidates, ...result.more].map((candidate) => candidate.question.id));
	for (const candidate of allCandidates(sport).sort((a, b) => b.score - a.score)) {
		if (candidate.question.type === 'true_false') continue;
		const phrase = answerText(candidate.question);
		const at = sport.indexOf(phrase);
		if (at < 0 || phrase.length < 4) continue;
		const made = questionsAbout(sport, { start: at, end: at + phrase.length });
		const fresh = made.candidates.find((other) => !proposed.has(other.question.id) && other.type !== 'true_false');
		if (fresh) return { sentence: fresh.sentence.text, phrase, answer: answerText(fresh.question) };
	}
	throw new Error('the article gives no phrase for a new question');
}

async function propose(page: Page, text: string) {
	await page.goto(`${server.url}/generate`);
	// The button is off until the page's script has started; the article is pasted once it has.
	await expect.poll(() => page.getByRole('button', { name: 'Propose questions' }).isEnabled(), { timeout: 120_000 }).toBe(true);
	await page.getByLabel('…or paste the article').fill(text);
	await page.getByRole('button', { name: 'Propose questions' }).click();
	// Proposals, or the reason there are none: a failure says what it is instead of running out the clock.
	const failed = page.locator('p.error[role="alert"]');
	await page.getByRole('heading', { name: /proposed question/ }).or(failed).first().waitFor({ timeout: 240_000 });
	if ((await failed.count()) > 0) throw new Error(`no proposals: ${await failed.first().textContent()}`);
}

const cards = (page: Page) => page.locator('.proposals > li');
const kinds = (page: Page) => page.locator('.proposals > li .kind').allTextContents();

async function storedSet(page: Page, id: string) {
	return page.evaluate(async (setId) => {
		const request = indexedDB.open('factdrill');
		const db: IDBDatabase = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
		return new Promise<{ title: string; source: Record<string, string>; questions: Array<{ id: string }> }>((resolve) => {
			const get = db.transaction('sets').objectStore('sets').get(setId);
			get.onsuccess = () => resolve(get.result?.set);
		});
	}, id);
}

// Each test generates from the article more than once and drives many steps: on a busy 2-core
// machine that takes minutes, so the limit is generous (each wait is for a state, not a time).
describe('generate page', { timeout: 300_000 }, () => {
	it('takes the title, date and publisher from the article, names a bad date or an empty title, and saves what the teacher confirmed', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await propose(page, sport);
		const title = page.getByLabel('Title', { exact: true });
		const date = page.getByLabel(/^Article date/);
		expect(await title.inputValue()).toBe(headline);
		expect(await date.inputValue()).toBe('2018-06-19');
		expect(await page.locator('#date-help').textContent()).toContain('Tuesday, 19 June 2018, from the text.');
		expect(await page.getByLabel(/^Publisher/).inputValue()).toBe('');
		expect(await page.locator('#publisher-help').textContent()).toBe('The article does not name its publisher.');
		await page.getByRole('button', { name: 'Accept all the rest' }).click();
		const accepted = await cards(page).count();

		// An empty title and a day that does not exist: each named, nothing saved, the first field focused.
		await title.fill('  ');
		await date.fill('2018-06-31');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		expect(await page.locator('#title-problem').textContent()).toMatch(/Give the set a title/);
		expect(await page.locator('#date-problem').textContent()).toBe('2018-06-31 is not a day of the calendar.');
		expect(await page.getByRole('alert').first().textContent()).toMatch(/^Check the article details/);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-title');
		expect(page.url()).toMatch(/\/generate$/);

		// A date changed from the one the questions were written with offers to propose again.
		await date.fill('2018-06-20');
		await page.getByRole('button', { name: 'Propose again with 2018-06-20' }).waitFor();
		await date.fill('2018-06-19');
		expect(await page.getByRole('button', { name: /Propose again with/ }).count()).toBe(0);

		await title.fill('World Cup, day five');
		await page.getByLabel(/^Publisher/).fill('Wikinews');
		expect(await axe(page)).toEqual([]);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await page.waitForURL(/\/set\?id=/);
		const set = await storedSet(page, new URL(page.url()).searchParams.get('id')!);
		expect(set.title).toBe('World Cup, day five');
		expect(set.source).toEqual({ title: 'World Cup, day five', publisher: 'Wikinews', date: '2018-06-19' });
		expect(set.questions).toHaveLength(accepted);
		await context.close();
	});

	it('never dates an undated article today: the date is left to the teacher, and saving waits for it', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await propose(page, undated);
		const date = page.getByLabel(/^Article date/);
		expect(await date.inputValue()).toBe('');
		expect(await page.locator('#date-help').textContent()).toContain('The article gives no date');
		await page.getByRole('button', { name: 'Accept', exact: true }).first().click();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		expect(await page.locator('#date-problem').textContent()).toBe('Enter the date the article was published, as YYYY-MM-DD.');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-date');
		await date.fill('14/03/2024');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		expect(await page.locator('#date-problem').textContent()).toBe('“14/03/2024” is not a date written YYYY-MM-DD (for example 2024-03-14).');
		// The field names its problem to a screen reader too.
		expect(await page.locator('#detail-date').getAttribute('aria-describedby')).toBe('date-problem date-help');
		expect(await axe(page)).toEqual([]);
		await context.close();
	});

	it('asks for the count and types chosen, keeps the accepted question, and adds more questions a few at a time', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await propose(page, sport);
		const first = cards(page).first();
		const typeOf = (kind: string) => kind.replace(/^\s*\d+\.\s*/, '').split(' · ')[0]!.trim();
		const firstKind = typeOf((await first.locator('.kind').textContent()) ?? '');
		const firstPrompt = await first.locator('.prompt').textContent();
		await first.getByRole('button', { name: 'Accept', exact: true }).click();
		const otherKinds = new Set((await kinds(page)).map(typeOf).filter((kind) => kind !== firstKind));
		expect(otherKinds.size).toBeGreaterThan(0);

		// Only the first question's type, two questions.
		await page.getByLabel('How many').fill('2');
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) {
			const label = await box.evaluate((input) => input.parentElement!.textContent!.trim());
			if (label !== firstKind && (await box.isChecked())) await box.uncheck();
		}
		await page.getByRole('button', { name: 'Propose again' }).click();
		await page.getByText(`Asked for 2 questions, ${firstKind.toLowerCase()}.`).waitFor();
		expect((await kinds(page)).every((kind) => typeOf(kind) === firstKind)).toBe(true);
		const prompts = await page.locator('.proposals .prompt').allTextContents();
		// Two from the new run, and the accepted question kept whether the run gave it again or not.
		expect(prompts.filter((prompt) => prompt !== firstPrompt).length).toBeLessThanOrEqual(2);
		expect(prompts).toContain(firstPrompt);
		const kept = cards(page).filter({ hasText: firstPrompt! });
		expect(await kept.getByRole('button', { name: 'Accept', exact: true }).getAttribute('aria-pressed')).toBe('true');

		// No type chosen: named, and the proposals stay.
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
		await page.getByRole('button', { name: 'Propose again' }).click();
		expect(await page.getByRole('alert').textContent()).toBe('Choose at least one type of question.');
		expect(await cards(page).count()).toBe(prompts.length);

		// Every type again, three questions; then more.
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) await box.check();
		await page.getByLabel('How many').fill('3');
		await page.getByRole('button', { name: 'Propose again' }).click();
		await page.getByText('Asked for 3 questions, every type.').waitFor();
		const more = page.getByRole('button', { name: /^More questions \(\d+ left\)$/ });
		await more.waitFor();
		const before = await page.locator('.proposals .prompt').allTextContents();
		const left = Number(/\((\d+) left\)/.exec((await more.textContent())!)![1]);
		expect(left).toBeGreaterThan(0);
		await more.click();
		const added = Math.min(3, left);
		await expect.poll(() => cards(page).count()).toBe(before.length + added);
		const after = await page.locator('.proposals .prompt').allTextContents();
		for (const prompt of after.slice(before.length)) expect(before).not.toContain(prompt);
		expect(await cards(page).nth(before.length).locator('.kind').textContent()).toContain('more questions');
		// Focus moves to the first question added.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe(`proposal-${before.length}`);
		await context.close();
	});

	it('proposes "who said what" as matching when only matching is chosen, with the right pairs shown', async () => {
		const quoted = [
			'Council votes to close the harbour road at night',
			'',
			'The Dunmore town council voted 7–2 on February 11, 2025, to close the harbour road to cars at night from March 1.',
			'Mayor Ellen Ward said the night closure would cut noise for about 400 homes along the water.',
			'Shop owner Patrick Doyle said late deliveries to the fish market could no longer use the quickest route.',
			'Harbour master Tom Reilly said boats would still be able to unload at the north quay all night.'
		].join('\n');
		const context = await phone(browser);
		const page = await context.newPage();
		await page.goto(`${server.url}/generate`);
		await expect.poll(() => page.getByRole('button', { name: 'Propose questions' }).isEnabled(), { timeout: 120_000 }).toBe(true);
		await page.getByLabel('…or paste the article').fill(quoted);
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) {
			if ((await box.evaluate((input) => input.parentElement!.textContent!.trim())) !== 'Matching') await box.uncheck();
		}
		await page.getByRole('button', { name: 'Propose questions' }).click();
		await page.getByRole('heading', { name: /proposed question/ }).waitFor({ timeout: 240_000 });
		const card = cards(page).first();
		expect(await card.locator('.kind').textContent()).toContain('Matching');
		expect(await card.locator('.prompt').textContent()).toBe('Match each statement to the person the article quotes making it.');
		const pairs = (await card.locator('.pairs li').allTextContents()).map((pair) => pair.replace(/\s+/g, ' ').trim());
		expect(pairs).toEqual([
			'The night closure would cut noise for about 400 homes along the water. → matches Ellen Ward',
			'Late deliveries to the fish market could no longer use the quickest route. → matches Patrick Doyle',
			'Boats would still be able to unload at the north quay all night. → matches Tom Reilly'
		]);
		expect(await axe(page)).toEqual([]);
		await context.close();
	});

	it('shows which key facts the questions cover, and adds a question on a fact left uncovered', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await propose(page, sport);
		const panel = page.locator('.key-facts');
		const summary = () => panel.locator('p.muted').textContent();
		const [, coveredBefore, total] = /cover (\d+) of (\d+)/.exec((await summary())!)!.map(Number);
		expect(total).toBeGreaterThan(0);
		expect(coveredBefore).toBeGreaterThan(0);
		const fact = panel.locator('li.covered').first();
		const factText = await fact.locator('.fact').textContent();
		// Each link jumps to the question on the fact; rejecting them leaves the fact uncovered.
		const links = fact.getByRole('link');
		const numbers = (await links.allTextContents()).map((text) => Number(/question (\d+)/.exec(text)![1]));
		await links.first().click();
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#proposal-${numbers[0]! - 1}`);
		for (const number of numbers) await cards(page).nth(number - 1).getByRole('button', { name: 'Reject' }).click();
		const row = panel.locator('li').filter({ hasText: factText! });
		await row.getByText('Not covered').waitFor();
		expect(await summary()).toContain(`cover ${coveredBefore! - 1} of ${total}`);
		await row.getByRole('button', { name: 'Add a question on this fact' }).click();
		await expect.poll(() => row.getAttribute('class')).toContain('covered');
		expect(await summary()).toContain(`cover ${coveredBefore} of ${total}`);
		await context.close();
	});

	it('takes the words selected in the article as the answer, and says why when words give no question', async () => {
		const { sentence, phrase } = aPhrase();
		const context = await phone(browser);
		const page = await context.newPage();
		await propose(page, sport);
		const span = page.locator('.article .sentence').filter({ hasText: sentence }).first();
		await span.scrollIntoViewIfNeeded();
		// Select the words, as a finger or a mouse would.
		await span.evaluate((element, words) => {
			const node = element.firstChild!;
			const at = node.textContent!.indexOf(words);
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + words.length);
			const selection = window.getSelection()!;
			selection.removeAllRanges();
			selection.addRange(range);
		}, phrase);
		const answerField = page.getByLabel(/^The answer/);
		await expect.poll(() => answerField.inputValue()).toBe(phrase);
		expect(await page.locator('.ask .chosen').textContent()).toContain(sentence);
		// A tap on another sentence chooses it; words not in it, or words no question can ask for, are named.
		const other = page.locator('.article .sentence').filter({ hasText: /^In the 20th minute/ }).first();
		await other.tap();
		expect(await page.locator('.ask .chosen').textContent()).toMatch(/In the 20th minute/);
		await answerField.fill('Zlatan');
		await page.getByRole('button', { name: 'Questions with this answer' }).click();
		expect(await page.locator('.ask [role="alert"]').textContent()).toBe('No question: “Zlatan” is not in the chosen sentence.');

		// With numbers only, a name gives no question: the generator's reason is shown.
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) if ((await box.evaluate((input) => input.parentElement!.textContent!.trim())) !== 'Number') await box.uncheck();
		await page.getByRole('button', { name: 'Propose again' }).click();
		await page.getByText('Asked for as many questions as the article gives, number.').waitFor();
		const at = sport.indexOf('Marcus Berg');
		const expected = questionsAbout(sport, { start: at, end: at + 'Marcus Berg'.length }, { types: ['numeric'] });
		expect(expected.error).toBeDefined();
		await page.locator('.article .sentence').filter({ hasText: /^In the 20th minute/ }).first().tap();
		await answerField.fill('Marcus Berg');
		await page.getByRole('button', { name: 'Questions with this answer' }).click();
		await expect.poll(() => page.locator('.ask [role="alert"]').textContent()).toBe(`No question: ${expected.error}.`);
		await context.close();
	});

	it('changes a proposal\'s type with the editor\'s form, keeping the prompt and the right answer, and adds a question written by hand', async () => {
		const context = await phone(browser, { colorScheme: 'dark' });
		const page = await context.newPage();
		await propose(page, sport);
		// Multiple choice only, so that there is one to change whatever the article's default mix.
		for (const box of await page.getByRole('group', { name: 'Types' }).getByRole('checkbox').all()) if ((await box.evaluate((input) => input.parentElement!.textContent!.trim())) !== 'Multiple choice') await box.uncheck();
		await page.getByRole('button', { name: 'Propose again' }).click();
		await page.getByText(/^Asked for .*multiple choice\.$/).waitFor();
		const id = await cards(page).filter({ has: page.locator('.kind', { hasText: /Multiple choice/ }) }).first().getAttribute('id');
		const card = page.locator(`#${id}`);
		const prompt = await card.locator('.prompt').textContent();
		const right = (await card.locator('.choices .right').textContent())!.replace(/ ✓$/, '');
		await card.getByRole('button', { name: 'Edit' }).click();
		await card.getByLabel('Type').selectOption('short_answer');
		expect(await card.getByLabel('Question', { exact: true }).inputValue()).toBe(prompt);
		expect(await card.getByLabel('Answer', { exact: true }).inputValue()).toBe(right);
		await card.getByRole('button', { name: 'Save and accept' }).click();
		await expect.poll(() => card.locator('.kind').textContent()).toMatch(/Short answer/);
		expect(await card.locator('.answer').textContent()).toBe(`Answer: ${right}`);
		expect(await card.locator('.prompt').textContent()).toBe(prompt);

		const count = await cards(page).count();
		await page.getByRole('button', { name: 'Write a question' }).click();
		const form = page.locator('.writing');
		await form.getByRole('button', { name: 'Add question' }).click();
		expect(await form.getByRole('alert').textContent()).toMatch(/^Not saved: Question/);
		await form.getByLabel('Question', { exact: true }).fill('Which team beat South Korea on day five?');
		await form.getByLabel('Answer', { exact: true }).fill('Sweden');
		await form.getByRole('button', { name: 'Add question' }).click();
		await expect.poll(() => cards(page).count()).toBe(count + 1);
		expect(await cards(page).last().locator('.prompt').textContent()).toBe('Which team beat South Korea on day five?');
		expect(await cards(page).last().locator('.kind').textContent()).toContain('written by you');
		expect(await axe(page)).toEqual([]);
		// Nothing wider than the phone.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		await context.close();
	});

	it('works by keyboard alone: propose, accept, more questions, a sentence chosen with the arrow keys, its answer typed, and save', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const page = await context.newPage();
		await page.goto(`${server.url}/generate`);
		const focused = () => page.evaluate(() => {
			const element = document.activeElement as HTMLElement | null;
			return `${element?.getAttribute('aria-label') ?? ''} ${element?.closest('label')?.textContent?.trim() ?? ''} ${element?.textContent?.trim().slice(0, 80) ?? ''}`;
		});
		/** Presses Tab until the focused element's name matches (at most 200 presses). */
		const tabTo = async (name: RegExp, key = 'Tab') => {
			for (let i = 0; i < 200; i++) {
				await page.keyboard.press(key);
				if (name.test(await focused())) return;
			}
			throw new Error(`never reached ${name} by ${key}`);
		};
		await tabTo(/or paste the article/);
		await page.keyboard.insertText(sport);
		await tabTo(/^\s*Propose questions/);
		await page.keyboard.press('Enter');
		await page.getByRole('heading', { name: /proposed question/ }).waitFor({ timeout: 60_000 });
		// Focus is on the results' heading; the first Accept is the next stop.
		expect(await focused()).toMatch(/proposed question/);
		await tabTo(/^\s*Accept all the rest/);
		await page.keyboard.press('Enter');
		await tabTo(/^\s*More questions/);
		const count = await cards(page).count();
		await page.keyboard.press('Enter');
		await expect.poll(() => cards(page).count()).toBeGreaterThan(count);
		// Into the article text: one stop, the arrow keys move between sentences, Enter chooses.
		for (let i = 0; i < 200 && !(await page.evaluate(() => document.activeElement?.matches('.article .sentence'))); i++) await page.keyboard.press('Tab');
		// A sentence and words of it that give a question not proposed and not among the "more" ones.
		const chosen = aPhrase();
		const opening = new RegExp(chosen.sentence.split(/\s+/).slice(0, 5).join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
		for (let i = 0; i < 200 && !opening.test(await focused()); i++) await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		expect(await page.locator('.ask .chosen').textContent()).toMatch(opening);
		await tabTo(/The answer/);
		await page.keyboard.type(chosen.phrase);
		await tabTo(/^\s*Questions with this answer/);
		await page.keyboard.press('Enter');
		await page.locator('.found li, .ask [role="alert"]').first().waitFor();
		expect(await page.locator('.ask [role="alert"]').count()).toBe(0);
		await tabTo(/^\s*Add this question/);
		await page.keyboard.press('Enter');
		await expect.poll(() => cards(page).last().locator('.kind').textContent()).toContain('chosen in the article');
		await tabTo(/^\s*Save \d+ questions and study/);
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/study\?id=/);
		const set = await storedSet(page, new URL(page.url()).searchParams.get('id')!);
		expect(set.source.date).toBe('2018-06-19');
		expect(set.title).toBe(headline);
		await context.close();
	});
});
