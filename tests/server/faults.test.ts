/**
 * Faults, on the built server: the process killed outright in the middle of pushes (the client
 * retries: nothing lost, nothing doubled), a clean restart, and the PostgreSQL server restarted
 * under a running app server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { restartCluster } from '../../scripts/postgres-cluster.mjs';
import type { PushRequest } from '$lib/formats/sync';
import { Client, newPlace, startServer, type Device, type Place, type RunningServer } from './server';
import { KINDS, questionSet, reviews, type Kind } from './stores';

/** Pushes until the server answers 200, as the app does after a network error or a 503. */
async function pushUntilStored(client: Client, device: Device, body: PushRequest): Promise<{ added: number }> {
	for (let attempt = 0; attempt < 60; attempt++) {
		try {
			const answer = await client.request('POST', '/api/sync/push', { device, body });
			if (answer.status === 200) return answer.body.reviews;
			expect(answer.status, JSON.stringify(answer.body)).toBe(503);
		} catch {
			// The connection failed: the server is down. Retry.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('the push was never stored');
}

async function pullAllIds(client: Client, device: Device): Promise<string[]> {
	const ids: string[] = [];
	let cursor = 0;
	for (;;) {
		const { body } = await client.request('GET', `/api/sync/pull?after=${cursor}&limit=2000`, { device });
		ids.push(...body.reviews.map((change: { id: string }) => change.id));
		cursor = body.cursor;
		if (!body.more) return ids;
	}
}

describe.each(KINDS)('faults on the %s store', (kind: Kind) => {
	let place: Place;
	let server: RunningServer | undefined;

	beforeAll(async () => {
		place = await newPlace(kind);
	});
	afterAll(async () => {
		await server?.stop();
		await place?.remove();
	});

	it('a server killed in the middle of pushes loses nothing and doubles nothing once the device retries', async () => {
		server = await startServer(place);
		const port = Number(new URL(server.url).port);
		let client = new Client(server.url);
		const phone = await client.newAccount();
		const batches = [0, 1, 2, 3].map((round) => reviews(`killed-${round}`, 1000));
		let added = 0;
		for (const [round, batch] of batches.entries()) {
			const body: PushRequest = { reviews: batch.map((entry) => ({ id: entry.id, entry })), sets: [], settings: {} };
			// The push goes out; the process is killed a moment later (before, during or after its transaction).
			const inFlight = client.request('POST', '/api/sync/push', { device: phone, body }).then(
				(answer) => (answer.status === 200 ? (answer.body.reviews.added as number) : 0),
				() => 0
			);
			await new Promise((resolve) => setTimeout(resolve, round * 40));
			await server.kill();
			added += await inFlight;
			server = await startServer(place, {}, port);
			client = new Client(server.url, client.address);
			// The device did not get (or did not trust) an answer: it sends the same push again.
			added += (await pushUntilStored(client, phone, body)).added;
		}
		const ids = await pullAllIds(client, phone);
		expect(ids.length).toBe(4000);
		expect(new Set(ids).size).toBe(4000);
		// A push stored just before the kill, its answer lost, adds nothing when retried: never more than once.
		expect(added).toBeLessThanOrEqual(4000);
		expect(server.output()).toContain('factdrill: serving');
	});

	it('a clean restart keeps every account, device and change', async () => {
		server ??= await startServer(place);
		const port = Number(new URL(server.url).port);
		let client = new Client(server.url);
		const phone = await client.newAccount();
		const set = questionSet('kept-set', 'Kept across restarts');
		await pushUntilStored(client, phone, { reviews: reviews('kept', 10).map((entry) => ({ id: entry.id, entry })), sets: [{ id: set.id, baseRevision: 0, set, changedAt: 1 }], settings: {} });
		await server.stop();
		expect(server.output()).toContain('finishing open requests and closing the store');
		server = await startServer(place, {}, port);
		client = new Client(server.url, client.address);
		const pulled = await client.request('GET', '/api/sync/pull', { device: phone });
		expect(pulled.body.reviews).toHaveLength(10);
		expect(pulled.body.sets).toMatchObject([{ id: 'kept-set', revision: 1, set: { title: 'Kept across restarts' } }]);
	});
});

// Only a PostgreSQL server can be restarted under the app; the embedded store lives inside it.
describe('faults on the PostgreSQL server', () => {
	let place: Place;
	let server: RunningServer | undefined;

	beforeAll(async () => {
		place = await newPlace('postgres');
	});
	afterAll(async () => {
		await server?.stop();
		await place?.remove();
	});

	it('the PostgreSQL server restarted under the app: requests meanwhile get 503 and retry, none is lost', async () => {
		server = await startServer(place);
		const client = new Client(server.url);
		const phone = await client.newAccount();
		const { data, pgCtl } = inject('postgres');
		expect(pgCtl, 'the test PostgreSQL server is one these tests started').not.toBe('');
		const before = reviews('before-restart', 200);
		await pushUntilStored(client, phone, { reviews: before.map((entry) => ({ id: entry.id, entry })), sets: [], settings: {} });
		// Pushes keep coming while the database goes down and up again.
		const statuses: number[] = [];
		let stop = false;
		const traffic = (async () => {
			for (let round = 0; !stop; round++) {
				const batch = reviews(`during-${round}`, 20);
				for (;;) {
					const answer = await client.request('POST', '/api/sync/push', { device: phone, body: { reviews: batch.map((entry) => ({ id: entry.id, entry })), sets: [], settings: {} } });
					statuses.push(answer.status);
					if (answer.status === 200) break;
					expect(answer.headers.get('retry-after')).toBe('2');
					expect(answer.body.error).toBe('the database is not reachable right now; try again in a moment');
					await new Promise((resolve) => setTimeout(resolve, 100));
				}
			}
			return statuses;
		})();
		await new Promise((resolve) => setTimeout(resolve, 300));
		restartCluster(data, pgCtl);
		await new Promise((resolve) => setTimeout(resolve, 500));
		stop = true;
		await traffic;
		expect(new Set(statuses)).toEqual(new Set(statuses.filter((status) => status === 200 || status === 503)));
		expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(1);
		const ids = await pullAllIds(client, phone);
		const rounds = statuses.filter((status) => status === 200).length;
		expect(ids.length).toBe(200 + rounds * 20);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
