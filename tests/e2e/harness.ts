/** Shared pieces of the end-to-end tests: a browser, a phone-sized page, axe-core. */
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser';

const require = createRequire(import.meta.url);

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** A fresh profile at phone size (360×740, touch). */
export async function phone(browser: Browser, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
	return browser.newContext({
		viewport: { width: 360, height: 740 },
		deviceScaleFactor: 2,
		hasTouch: true,
		isMobile: true,
		colorScheme: options.colorScheme ?? 'light'
	});
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: Array<{ target: string[] }>;
}

/** Runs axe-core on the page and returns its violations (WCAG 2 A and AA, best practices). */
export async function axe(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
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
