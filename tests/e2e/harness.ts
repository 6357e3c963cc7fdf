/** Shared pieces of the end-to-end tests: a browser, a phone-sized page, axe-core. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser';
import { startPreview, type PreviewServer } from './server';
import type { Question, QuestionSet } from '../../src/lib/formats/question-set';

const require = createRequire(import.meta.url);

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

export interface App {
	server: PreviewServer;
	browser: Browser;
}

/** The built app served and Chromium launched: once per test file, in beforeAll. */
export async function startApp(): Promise<App> {
	const server = await startPreview();
	return { server, browser: await launch() };
}

/** Closes what startApp opened, whatever of it did open. */
export async function stopApp(app: Partial<App>): Promise<void> {
	await app.browser?.close();
	await app.server?.stop();
}

/** A fresh profile at phone size (360×740, touch). */
export async function phone(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		hasTouch: true,
		isMobile: true,
		colorScheme: options.colorScheme ?? 'light'
	});
	// Waits are for states; this is only the ceiling, generous because a busy 2-core machine can take
	// well over Playwright's default 30 s to load a page while other tests run.
	context.setDefaultTimeout(90_000);
	context.setDefaultNavigationTimeout(90_000);
	return context;
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: Array<{ target: string[] }>;
}

/** Runs axe-core on the page and returns its violations (WCAG 2 A and AA, best practices). */
export async function axe(page: Page): Promise<AxeViolation[]> {
	// Evaluated rather than added as a <script> tag, which the pages' Content-Security-Policy forbids.
	await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
	return page.evaluate(async () => {
		const result = await (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
		});
		return result.violations.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			help: violation.help,
			nodes: violation.nodes.map((node) => ({ target: node.target }))
		}));
	});
}

/** Home shows counts once IndexedDB has been read: wait for the "New" count of a set. */
export async function openHome(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('.sets li .counts').first().waitFor();
}

export async function counts(page: Page): Promise<{ new: number; due: number; learned: number }> {
	const item = page.locator('.sets li').first();
	const read = async (name: string) => Number(await item.locator(`.counts .${name} dd`).textContent());
	return { new: await read('new'), due: await read('due'), learned: await read('learned') };
}

/** The built-in set, as the app serves it. */
export async function builtinSet(url: string): Promise<QuestionSet> {
	return (await (await fetch(`${url}/sets/shoigu-pyongyang-2023.json`)).json()) as QuestionSet;
}

/** The question on screen, found by its prompt (cloze blanks are shown as five underscores). */
export async function currentQuestion(page: Page, set: QuestionSet): Promise<Question> {
	const prompt = (await page.locator('#prompt').textContent())!.trim();
	const question = set.questions.find((q) => q.prompt.replace(/_{3,}/g, '_____') === prompt);
	if (!question) throw new Error(`no question with prompt ${prompt}`);
	return question;
}

/**
 * Answers the question on screen rightly, by keyboard or by tap, and waits for the rating
 * buttons. Returns the prompt, so callers can wait for the next question.
 */
export async function answerRightly(page: Page, set: QuestionSet, via: 'keyboard' | 'tap'): Promise<string> {
	const prompt = (await page.locator('#prompt').textContent())!.trim();
	const question = await currentQuestion(page, set);
	const form = (await page.locator('.option').count()) > 0 ? 'options' : (await page.getByLabel(/Your answer/).count()) > 0 ? 'typed' : 'flashcard';
	if (form === 'flashcard') {
		if (via === 'keyboard') await page.keyboard.press('Space');
		else await page.getByRole('button', { name: /Show answer/ }).tap();
	} else if (form === 'typed') {
		const input = page.getByLabel(/Your answer/);
		await input.fill(String(question.type === 'multiple_choice' ? question.choices[question.answer] : (question as { answer: string | number }).answer));
		if (via === 'keyboard') await input.press('Enter');
		else await page.getByRole('button', { name: 'Check' }).tap();
	} else {
		const texts = (await page.locator('.option .text').allTextContents()).map((text) => text.trim());
		const right =
			question.type === 'true_false'
				? question.answer
					? 'True'
					: 'False'
				: question.type === 'multiple_choice'
					? question.choices[question.answer]!
					: String((question as { answer: string }).answer);
		const index = texts.indexOf(right);
		if (index < 0) throw new Error(`"${right}" is not among ${texts.join(' | ')}`);
		if (via === 'keyboard') await page.keyboard.press(question.type === 'true_false' ? (question.answer ? 't' : 'f') : String(index + 1));
		else await page.locator('.option').nth(index).tap();
	}
	await page.locator('.grades').waitFor();
	return prompt;
}
