import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { axe, openHome, phone, startApp, stopApp } from './harness';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

async function pages(page: Page, visit: (name: string) => Promise<void>) {
	await openHome(page, server.url);
	await visit('home');
	await page.locator('.sets li h2 a').first().click();
	await page.getByRole('heading', { name: 'Source' }).waitFor();
	await visit('set');
	await page.getByRole('link', { name: 'Study now' }).click();
	await page.locator('#prompt').waitFor();
	await visit('study (question)');
	await page.keyboard.press('Space');
	await page.locator('.grades').waitFor();
	await visit('study (answer)');
	for (const [path, name, ready] of [
		['/test?id=shoigu-pyongyang-2023', 'test', 'Start the test'],
		['/new', 'new', 'From an article'],
		['/import', 'import', 'Preview'],
		['/generate', 'generate', 'Propose questions'],
		['/sync', 'sync', 'Turn on sync'],
		['/classes', 'classes', 'Join']
	] as const) {
		await page.goto(server.url + path);
		await page.getByRole(name === 'new' ? 'link' : 'button', { name: ready }).waitFor();
		await visit(name);
	}
}

describe('accessibility (axe-core)', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`home, set, study, test, new, import, generate, sync and classes pages have no violations in ${colorScheme} mode`, async () => {
			const context = await phone(browser, { colorScheme });
			const page = await context.newPage();
			const found: Record<string, string[]> = {};
			await pages(page, async (name) => {
				const violations = await axe(page);
				found[name] = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
			});
			expect(found).toEqual({ home: [], set: [], 'study (question)': [], 'study (answer)': [], test: [], new: [], import: [], generate: [], sync: [], classes: [] });
			await context.close();
		});
	}
});

const EVERY_PAGE = ['/', '/new', '/import', '/generate', '/sync', '/classes', '/edit?new=1', '/print?id=shoigu-pyongyang-2023', '/stats', '/settings', '/backup', '/set?id=shoigu-pyongyang-2023', '/test?id=shoigu-pyongyang-2023', '/study?id=shoigu-pyongyang-2023'];

describe('phone width', () => {
	it('no page is wider than a 360 px screen', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		await openHome(page, server.url);
		const widths: Record<string, number> = {};
		for (const path of EVERY_PAGE) {
			await page.goto(server.url + path);
			await page.locator('main h1').first().waitFor();
			await page.waitForLoadState('networkidle');
			widths[path] = await page.evaluate(() => document.documentElement.scrollWidth);
		}
		expect(Object.entries(widths).filter(([, width]) => width > 360)).toEqual([]);
		await context.close();
	});
});

describe('console', () => {
	it('no page logs a warning or an error while it loads (the build is the production one)', async () => {
		const context = await phone(browser);
		const page = await context.newPage();
		const logged: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning' || message.type() === 'error') logged.push(`${page.url()}: ${message.text()}`);
		});
		page.on('pageerror', (error) => logged.push(`${page.url()}: ${error.message}`));
		await openHome(page, server.url);
		for (const path of EVERY_PAGE) {
			await page.goto(server.url + path);
			await page.locator('main h1').first().waitFor();
			await page.waitForLoadState('networkidle');
		}
		expect(logged).toEqual([]);
		await context.close();
	});
});
