/**
 * Renders the tab's icon (PNG, 48 px) and the app icons (192 and 512 px, and a maskable one) from
 * the SVG favicon with Debian's Chromium. Run after changing static/favicon.svg:
 * `npx tsx scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser';

const svg = readFileSync('static/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
for (const [file, size, padding] of [
	['static/favicon-48.png', 48, 0],
	['static/icon-192.png', 192, 0],
	['static/icon-512.png', 512, 0],
	['static/icon-maskable-512.png', 512, 0.12]
] as const) {
	await page.setViewportSize({ width: size, height: size });
	const inner = Math.round(size * (1 - 2 * padding));
	await page.setContent(
		`<body style="margin:0;background:#1f5fbf;display:grid;place-items:center;width:${size}px;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: file, omitBackground: padding === 0 });
	console.log(`wrote ${file}`);
}
await browser.close();
