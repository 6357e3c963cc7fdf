/**
 * Phone widths from 320 to 430 px: no page scrolls sideways, the header stays on one line,
 * its links are whole and on screen, and the app's name is shown whole or not at all.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from './server';
import { phone, startApp, stopApp } from './harness';

let server: PreviewServer;
let browser: Browser;

beforeAll(async () => ({ server, browser } = await startApp()));

afterAll(() => stopApp({ server, browser }));

interface Layout {
	scrollWidth: number;
	viewport: number;
	/** Links of the main menu: on screen and not cut. */
	links: Array<{ text: string; left: number; right: number; cut: boolean }>;
	brand: 'whole' | 'hidden' | 'cut';
	iconShown: boolean;
	oneLine: boolean;
}

function measure(page: Page): Promise<Layout> {
	return page.evaluate(() => {
		const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
		const apart = (a: DOMRect, b: DOMRect) => a.bottom <= b.top + 0.5 || a.top >= b.bottom - 0.5 || a.right <= b.left + 0.5 || a.left >= b.right - 0.5;
		const brand = document.querySelector<HTMLElement>('header .brand')!;
		const box = brand.getBoundingClientRect();
		const name = brand.querySelector('span')!.getBoundingClientRect();
		const icon = brand.querySelector('svg')!.getBoundingClientRect();
		const links = [...document.querySelectorAll<HTMLElement>('header nav a')];
		const rects = links.map((link) => link.getBoundingClientRect());
		return {
			scrollWidth: document.documentElement.scrollWidth,
			viewport: document.documentElement.clientWidth,
			links: links.map((link, index) => ({ text: link.textContent!.trim(), left: rects[index]!.left, right: rects[index]!.right, cut: link.scrollWidth > link.clientWidth + 0.5 })),
			brand: inside(name, box) ? 'whole' : apart(name, box) ? 'hidden' : 'cut',
			iconShown: inside(icon, box) && icon.width > 0,
			oneLine: rects.every((rect) => Math.abs(rect.top - rects[0]!.top) < 1) && Math.abs(rects[0]!.top + rects[0]!.height / 2 - (box.top + box.height / 2)) < 2
		};
	});
}

/** What is wrong with the layout at this width, if anything. */
async function problemsAt(page: Page, width: number): Promise<string[]> {
	await page.setViewportSize({ width, height: 740 });
	const layout = await measure(page);
	const problems: string[] = [];
	if (layout.scrollWidth > layout.viewport) problems.push(`${width}px: the page is ${layout.scrollWidth}px wide`);
	for (const link of layout.links) {
		if (link.left < 0 || link.right > layout.viewport + 0.5) problems.push(`${width}px: "${link.text}" runs off the screen (${Math.round(link.left)}–${Math.round(link.right)})`);
		if (link.cut) problems.push(`${width}px: "${link.text}" is cut`);
	}
	if (layout.brand === 'cut') problems.push(`${width}px: the name "Factdrill" is cut`);
	if (!layout.iconShown) problems.push(`${width}px: the home icon is not shown`);
	if (!layout.oneLine) problems.push(`${width}px: the header takes more than one line`);
	return problems;
}

async function open(path: string): Promise<Page> {
	const page = await (await phone(browser)).newPage();
	await page.goto(`${server.url}${path}`);
	await page.locator('main h1').first().waitFor();
	// Pages that read storage first: wait until they show what they read.
	await page.waitForFunction(() => !/^(Loading|Reading)/.test(document.querySelector('main h1')?.textContent ?? '') && !document.querySelector('main p.muted')?.textContent?.startsWith('Loading'));
	return page;
}

describe('phone widths', () => {
	it('every width from 320 to 430 px: no sideways scroll, the header on one line with its links whole, the name whole or hidden', async () => {
		const page = await open('/');
		const problems: string[] = [];
		for (let width = 320; width <= 430; width++) problems.push(...(await problemsAt(page, width)));
		expect(problems).toEqual([]);
		// The name shows once there is room for it.
		expect((await measure(page)).brand).toBe('whole');
		await page.context().close();
	});

	const pages = ['/set?id=shoigu-pyongyang-2023', '/new', '/generate', '/import', '/edit?id=shoigu-pyongyang-2023', '/stats', '/settings', '/backup', '/classes'];
	it('every page at the common phone widths: no sideways scroll, the header whole', async () => {
		const problems: string[] = [];
		for (const path of pages) {
			const page = await open(path);
			for (const width of [320, 344, 360, 375, 390, 412, 430]) problems.push(...(await problemsAt(page, width)).map((problem) => `${path} ${problem}`));
			await page.context().close();
		}
		expect(problems).toEqual([]);
	});
});
