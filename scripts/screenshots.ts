/**
 * Screenshots of the built app for a look by eye: home, set, study (question and answer), at
 * 360×740 and 1280×800, light and dark. `npx tsx scripts/screenshots.ts [OUT_DIR]` after a build.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';
import { startPreview } from '../tests/e2e/server';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	for (const [size, viewport] of [
		['phone', { width: 360, height: 740 }],
		['desktop', { width: 1280, height: 800 }]
	] as const) {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
			const page = await context.newPage();
			const shot = (name: string) => page.screenshot({ path: `${out}/${name}-${size}-${colorScheme}.png`, fullPage: true });
			await page.goto(server.url);
			await page.locator('.sets li .counts').first().waitFor();
			await shot('home');
			await page.locator('.sets li h2 a').first().click();
			await page.getByRole('heading', { name: 'Source' }).waitFor();
			await shot('set');
			await page.getByRole('link', { name: 'Study now' }).click();
			// Three cards in the order the queue gives them, each asked and answered.
			for (let card = 1; card <= 3; card++) {
				await page.locator('#prompt').waitFor();
				await shot(`study-${card}-question`);
				if ((await page.getByRole('button', { name: /Show answer/ }).count()) > 0) await page.keyboard.press('Space');
				else if ((await page.getByLabel(/Your answer/).count()) > 0) {
					await page.getByLabel(/Your answer/).fill('Pyongyng');
					await page.keyboard.press('Enter');
				} else await page.locator('.option').nth(1).click();
				await page.locator('.grades').waitFor();
				await shot(`study-${card}-answer`);
				const prompt = await page.locator('#prompt').textContent();
				await page.keyboard.press('3');
				await page.waitForFunction((before) => document.querySelector('#prompt')?.textContent !== before, prompt);
			}
			await page.goto(`${server.url}/test?id=shoigu-pyongyang-2023`);
			await page.getByRole('button', { name: 'Start the test' }).waitFor();
			await shot('test-setup');
			await context.close();
		}
	}
} finally {
	await browser.close();
	await server.stop();
}
console.log(`screenshots in ${out}/`);
