/** Launch settings for Debian's Chromium, shared by the end-to-end tests and scripts. */
import { existsSync } from 'node:fs';

export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
	const found = candidates.find((path) => existsSync(path));
	if (!found) throw new Error("Chromium not found: install Debian's package (sudo apt-get install chromium) or set CHROMIUM_PATH.");
	return found;
}
