/**
 * Sync in Chromium, on the built Node server: two separate browser profiles as two devices of one
 * learner. The phone turns sync on and studies; the laptop joins with the code the phone shows and
 * finds the set, the reviews and the same due counts; both edit the set while the server is out of
 * reach, and the second to sync is asked which version to keep; a review made offline goes when
 * the device is back online, and a push whose answer was lost is never doubled when it is retried.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axe } from '../e2e/harness';
import { encodeShareLink } from '$lib/formats/share';
import type { QuestionSet } from '$lib/formats/question-set';
import { Client, newPlace, startServer } from './server';
import { browserWorld, RIVER_FACTS, storedCredentials, syncNow } from './devices';

const set: QuestionSet = {
	...RIVER_FACTS,
	questions: [...RIVER_FACTS.questions, { id: 'seine', type: 'flashcard', prompt: 'Which river flows through Paris?', answer: 'The Seine' }]
} as QuestionSet;

describe('sync between two devices in the browser', () => {
	const world = browserWorld();

	const device = (kind: 'phone' | 'laptop', colorScheme: 'light' | 'dark' = 'light') => world.device(kind, kind, colorScheme);

	const status = (page: Page) => page.locator('.state');

	const sync = (page: Page) => syncNow(page, world.url);

	async function importSet(page: Page, version: QuestionSet, replace: boolean): Promise<void> {
		const link = encodeShareLink(version, world.url);
		if (!link.ok) throw new Error(link.reason);
		await page.goto(link.url);
		await page.getByRole('button', { name: 'Add to my sets' }).waitFor();
		if (replace) await page.getByLabel(/Replace my set of the same id/).check();
		await page.getByRole('button', { name: 'Add to my sets' }).click();
		await page.waitForURL(new RegExp(`/set\\?id=${version.id}`));
	}

	/** Grades `count` cards Good by keyboard; `offline`: the network goes once the page is open. */
	async function study(page: Page, count: number, offline = false): Promise<void> {
		await page.goto(`${world.url}/study?id=${set.id}`);
		await page.locator('#prompt').waitFor();
		if (offline) await page.context().setOffline(true);
		for (let i = 0; i < count; i++) {
			await page.locator('#prompt').waitFor();
			const before = await page.locator('#prompt').textContent();
			await page.keyboard.press('Space');
			await page.locator('.grades').waitFor();
			await page.keyboard.press('3');
			await expect.poll(async () => (await page.locator('#prompt').count()) === 0 || (await page.locator('#prompt').textContent()) !== before).toBe(true);
		}
	}

	async function countsOf(page: Page): Promise<{ new: string; due: string; learned: string }> {
		await page.goto(world.url);
		const item = page.locator('.sets li').filter({ hasText: /River facts/ });
		await item.locator('.counts').waitFor();
		const read = async (name: string) => (await item.locator(`.counts .${name} dd`).textContent())!.trim();
		return { new: await read('new'), due: await read('due'), learned: await read('learned') };
	}

	const credentials = (page: Page) => storedCredentials(page, '198.18.200.1');

	it('a second device joins with a code, gets the set and the reviews, is asked about a set edited on both, and never doubles a retried push', async () => {
		// The phone turns sync on, adds a set and studies.
		const phonePage = await device('phone');
		// Without sync, the home page says nothing of it.
		await phonePage.goto(world.url);
		await phonePage.locator('.sets .counts').first().waitFor();
		expect(await phonePage.locator('.sync-status').count()).toBe(0);
		await phonePage.goto(`${world.url}/sync`);
		await phonePage.getByLabel('Name shown to your other devices').fill('My phone');
		await phonePage.getByRole('button', { name: 'Turn on sync' }).click();
		await expect.poll(() => status(phonePage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
		// With sync on, the home page shows its state.
		await phonePage.goto(world.url);
		await expect.poll(() => phonePage.locator('.sync-status').textContent(), { timeout: 60_000 }).toMatch(/Synced/);
		await importSet(phonePage, set, false);
		await study(phonePage, 3);
		await sync(phonePage);

		// It shows a one-time code and its QR code.
		await phonePage.getByRole('button', { name: 'Show a code' }).click();
		const code = (await phonePage.locator('#join-code').textContent())!.trim();
		expect(code).toMatch(/^[A-Z0-9-]{6,}$/);
		await phonePage.getByRole('img', { name: 'QR code to join this account' }).waitFor();

		// The laptop (another profile) joins with it.
		const laptopPage = await device('laptop');
		await laptopPage.goto(`${world.url}/sync`);
		await laptopPage.getByLabel('Name shown to your other devices').fill('My laptop');
		await laptopPage.getByLabel('Code from the other device').fill(code);
		await laptopPage.getByRole('button', { name: 'Join' }).click();
		await expect.poll(() => status(laptopPage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
		await laptopPage.getByText('My phone').waitFor();
		await laptopPage.getByText('My laptop (this device)').waitFor();
		// The same set, the same reviews, the same counts.
		expect(await countsOf(laptopPage)).toEqual(await countsOf(phonePage));
		expect((await countsOf(laptopPage)).new).toBe('2');

		// Both edit the set while the server is out of reach.
		for (const page of [phonePage, laptopPage]) await page.context().route('**/api/**', (route) => route.abort('internetdisconnected'));
		await importSet(phonePage, { ...set, title: 'River facts (phone)' }, true);
		await importSet(laptopPage, { ...set, title: 'River facts (laptop)', questions: [...set.questions, { id: 'rhine', type: 'flashcard', prompt: 'Which river flows through Basel?', answer: 'The Rhine' }] }, true);
		// The phone reaches the server first; the laptop only after it (a sync of its own before would turn the question round).
		await phonePage.context().unrouteAll();
		await sync(phonePage);
		await laptopPage.context().unrouteAll();
		await laptopPage.goto(`${world.url}/sync`);
		await sync(laptopPage);
		// The laptop is asked, with both versions in front of it; nothing was overwritten meanwhile.
		const question = laptopPage.getByRole('region', { name: /Which version of/ });
		await question.waitFor();
		expect(await question.textContent()).toContain('“River facts (laptop)”, 6 questions');
		expect(await question.textContent()).toContain('“River facts (phone)”, 5 questions');
		expect(await status(laptopPage).textContent()).toContain('choose which version to keep');
		await laptopPage.getByRole('button', { name: 'Keep this device’s version' }).click();
		await expect.poll(() => status(laptopPage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
		await sync(phonePage);
		await phonePage.goto(`${world.url}/set?id=${set.id}`);
		await phonePage.getByRole('heading', { name: 'River facts (laptop)' }).waitFor();

		// A review made offline waits, and goes when the laptop is back online.
		await study(laptopPage, 1, true);
		const laptop = await credentials(laptopPage);
		const pull = async () => (await new Client(world.url).request('GET', '/api/sync/pull?limit=2000', { device: laptop })).body.reviews as Array<{ id: string }>;
		expect(await pull()).toHaveLength(3);
		// Back online, the push reaches the server but its answer is lost; the retry must not double it.
		let pushes = 0;
		await laptopPage.context().route('**/api/sync/push', async (route) => {
			pushes++;
			if (pushes === 1) {
				await route.fetch();
				await route.abort('connectionreset');
			} else await route.continue();
		});
		await laptopPage.context().setOffline(false);
		await expect.poll(() => pushes, { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
		await sync(laptopPage);
		const reviews = await pull();
		expect(reviews).toHaveLength(4);
		expect(new Set(reviews.map((review) => review.id)).size).toBe(4);
		await sync(phonePage);
		expect(await countsOf(phonePage)).toEqual(await countsOf(laptopPage));
	});

	it('a set deleted on one device goes from the other; one edited there meanwhile is a question, not a silent loss or return', async () => {
		const lakes: QuestionSet = {
			...set,
			id: 'lake-facts',
			title: 'Lake facts',
			questions: [
				{ id: 'baikal', type: 'flashcard', prompt: 'Which lake is the deepest?', answer: 'Baikal' },
				{ id: 'titicaca', type: 'flashcard', prompt: 'Which large lake lies highest?', answer: 'Titicaca' }
			]
		} as QuestionSet;
		const phonePage = await device('phone');
		await phonePage.goto(`${world.url}/sync`);
		await phonePage.getByLabel('Name shown to your other devices').fill('Deleting phone');
		await phonePage.getByRole('button', { name: 'Turn on sync' }).click();
		await expect.poll(() => status(phonePage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
		await importSet(phonePage, set, false);
		await importSet(phonePage, lakes, false);
		await study(phonePage, 1);
		await sync(phonePage);
		await phonePage.getByRole('button', { name: 'Show a code' }).click();
		const code = (await phonePage.locator('#join-code').textContent())!.trim();

		const laptopPage = await device('laptop', 'dark');
		await laptopPage.goto(`${world.url}/sync`);
		await laptopPage.getByLabel('Code from the other device').fill(code);
		await laptopPage.getByRole('button', { name: 'Join' }).click();
		await expect.poll(() => status(laptopPage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
		await laptopPage.goto(world.url);
		await laptopPage.getByRole('link', { name: 'River facts', exact: true }).waitFor();
		await laptopPage.getByRole('link', { name: 'Lake facts', exact: true }).waitFor();

		// The laptop edits the lakes while the server is out of its reach.
		await laptopPage.context().route('**/api/**', (route) => route.abort('internetdisconnected'));
		await importSet(laptopPage, { ...lakes, title: 'Lake facts (laptop)' }, true);

		// The phone deletes both sets from their pages: it is warned first, and can keep the set.
		await phonePage.goto(`${world.url}/set?id=${set.id}`);
		await phonePage.getByRole('button', { name: 'Delete…' }).click();
		const dialog = phonePage.getByRole('alertdialog', { name: 'Delete “River facts”?' });
		expect(await dialog.textContent()).toContain('your progress on them and their review history will be removed from this device and, when they next sync, from your other devices');
		expect(await axe(phonePage)).toEqual([]);
		expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		// The focus is in the question, on the choice that changes nothing.
		expect(await phonePage.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');
		await phonePage.keyboard.press('Enter');
		expect(await dialog.count()).toBe(0);
		await phonePage.getByRole('button', { name: 'Delete…' }).click();
		await phonePage.getByRole('button', { name: 'Delete the set' }).click();
		await phonePage.getByRole('status').filter({ hasText: '“River facts” was deleted.' }).waitFor();
		await phonePage.getByRole('link', { name: 'Lake facts', exact: true }).waitFor();
		expect(await phonePage.getByRole('link', { name: 'River facts', exact: true }).count()).toBe(0);
		await phonePage.goto(`${world.url}/set?id=${lakes.id}`);
		await phonePage.getByRole('button', { name: 'Delete…' }).click();
		await phonePage.getByRole('button', { name: 'Delete the set' }).click();
		await phonePage.getByRole('status').filter({ hasText: '“Lake facts” was deleted.' }).waitFor();
		await sync(phonePage);

		// Back online, the laptop loses the river set, and is asked about the lakes it edited.
		await laptopPage.context().unrouteAll();
		await sync(laptopPage);
		const question = laptopPage.getByRole('region', { name: /Which version of/ });
		await question.waitFor();
		expect(await question.textContent()).toContain('changed on this device and deleted on Deleting phone');
		expect(await question.textContent()).toContain('“Lake facts (laptop)”, 2 questions');
		expect(await axe(laptopPage)).toEqual([]);
		await laptopPage.goto(world.url);
		await laptopPage.getByRole('link', { name: 'Lake facts (laptop)', exact: true }).waitFor();
		expect(await laptopPage.getByRole('link', { name: 'River facts', exact: true }).count()).toBe(0);
		await laptopPage.goto(`${world.url}/sync`);
		await laptopPage.getByRole('button', { name: 'Delete it here too' }).click();
		await expect.poll(() => status(laptopPage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
		await laptopPage.goto(world.url);
		await laptopPage.locator('.sets .counts').first().waitFor();
		expect(await laptopPage.getByRole('link', { name: /Lake facts|River facts/ }).count()).toBe(0);
		// The reviews went with the set: the laptop's log holds none of them.
		const entries = await laptopPage.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const request = indexedDB.open('factdrill');
					request.onerror = () => reject(request.error);
					request.onsuccess = () => {
						const count = request.result.transaction('log').objectStore('log').count();
						count.onsuccess = () => resolve(count.result);
					};
				})
		);
		expect(entries).toBe(0);
	});

	it('the sync page is axe-clean, keyboard-operable and fits 360 px, signed in and not, light and dark', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const page = await device('phone', colorScheme);
			await page.goto(`${world.url}/sync`);
			await page.getByRole('button', { name: 'Turn on sync' }).waitFor();
			expect(await axe(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			// By keyboard: to the button, then Enter. The first sync is held at its push, to read the page meanwhile.
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			await page.route('**/api/sync/push', async (route) => {
				await held;
				await route.continue();
			});
			await page.getByRole('button', { name: 'Turn on sync' }).focus();
			await page.keyboard.press('Enter');
			// The devices panel says what is happening, not that the device is offline.
			const devices = page.getByRole('region', { name: 'Devices' });
			await expect.poll(() => devices.textContent()).toContain('The first sync is under way');
			expect(await devices.textContent()).not.toContain('online');
			expect(await status(page).textContent()).toBe('Syncing…');
			expect(await axe(page)).toEqual([]);
			release();
			await expect.poll(() => status(page).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
			await devices.getByText(/\(this device\)/).waitFor();
			await page.unroute('**/api/sync/push');
			// The home page shows the state, one tap from this page.
			await page.goto(world.url);
			const state = page.getByRole('link', { name: /^Synced at/ });
			await state.waitFor();
			expect(await axe(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await state.click();
			await page.waitForURL(/\/sync$/);
			const show = page.getByRole('button', { name: 'Show a code' });
			await expect.poll(() => show.isEnabled()).toBe(true);
			await show.focus();
			await page.keyboard.press('Enter');
			await page.locator('#join-code').waitFor();
			await page.getByRole('button', { name: 'Delete the account…' }).click();
			await page.getByRole('alertdialog').waitFor();
			expect(await axe(page)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			await page.getByRole('button', { name: 'Delete the account', exact: true }).click();
			await page.getByRole('button', { name: 'Turn on sync' }).waitFor();
		}
	});

	it('a passkey made on one device signs another device in (Chromium\'s virtual authenticator)', async () => {
		// WebAuthn needs a domain, not an IP address: this server is addressed as localhost.
		const port = await new Promise<number>((resolve) => {
			const probe = createServer().listen(0, '127.0.0.1', () => {
				const address = probe.address();
				probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
			});
		});
		const passkeyPlace = await newPlace('embedded');
		const passkeyServer = await startServer(passkeyPlace, { ORIGIN: `http://localhost:${port}` }, port);
		try {
			const base = `http://localhost:${port}`;
			const authenticator = { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true } as const;
			const laptopPage = await device('laptop');
			const laptopCdp = await laptopPage.context().newCDPSession(laptopPage);
			await laptopCdp.send('WebAuthn.enable');
			const { authenticatorId: laptopAuthenticator } = await laptopCdp.send('WebAuthn.addVirtualAuthenticator', { options: authenticator });
			await laptopPage.goto(`${base}/sync`);
			await laptopPage.getByLabel('Name shown to your other devices').fill('Laptop with a passkey');
			await laptopPage.getByRole('button', { name: 'Turn on sync' }).click();
			await expect.poll(() => status(laptopPage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
			await laptopPage.getByRole('button', { name: 'Add a passkey' }).click();
			await laptopPage.getByText('Passkey saved').waitFor();
			await laptopPage.getByText('Passkey made on Laptop with a passkey').waitFor();
			const { credentials } = await laptopCdp.send('WebAuthn.getCredentials', { authenticatorId: laptopAuthenticator });
			expect(credentials).toHaveLength(1);

			// A new phone whose password manager holds the same passkey.
			const phonePage = await device('phone');
			const phoneCdp = await phonePage.context().newCDPSession(phonePage);
			await phoneCdp.send('WebAuthn.enable');
			const { authenticatorId: phoneAuthenticator } = await phoneCdp.send('WebAuthn.addVirtualAuthenticator', { options: authenticator });
			await phoneCdp.send('WebAuthn.addCredential', { authenticatorId: phoneAuthenticator, credential: credentials[0]! });
			await phonePage.goto(`${base}/sync`);
			await phonePage.getByRole('button', { name: 'Sign in with a passkey' }).click();
			await expect.poll(() => status(phonePage).textContent(), { timeout: 60_000 }).toMatch(/^Synced at/);
			await phonePage.getByText('Laptop with a passkey', { exact: true }).waitFor();
		} finally {
			await passkeyServer.stop();
			await passkeyPlace.remove();
		}
	});
});
