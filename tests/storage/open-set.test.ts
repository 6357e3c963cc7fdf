import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { installSet, openDatabase, StorageUnavailableError, type Database } from '../../src/lib/storage/db';
import { NO_SET_NAMED, openSet, type OpenSetDeps } from '../../src/lib/state/open-set';
import { tinySet } from '../helpers/sets';

const set = tinySet('mini', [{ id: 'a', type: 'flashcard', prompt: 'A?', answer: 'a' }]);
let db: Database;
let synced = 0;
const deps: OpenSetDeps = { database: async () => db, sync: async () => void synced++ };

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase();
	await installSet(db, set, { builtin: false, now: 1 });
	synced = 0;
});

describe('opening the set a page is about', () => {
	it('reads the set named by ?id= and the settings, after bringing the built-in sets in', async () => {
		const opened = await openSet('?id=mini&mode=learn', { deps });
		expect(opened.ok && [opened.row.set.title, opened.settings.newPerDay]).toEqual(['Mini', 20]);
		expect(synced).toBe(1);
	});

	it('says so when the address names no set, or a set this device does not have', async () => {
		expect(await openSet('', { deps })).toEqual({ ok: false, failure: NO_SET_NAMED });
		expect(await openSet('?id=Not%20an%20id', { deps, noId: 'Open a set and choose Print.' })).toEqual({ ok: false, failure: 'Open a set and choose Print.' });
		expect(await openSet('?id=gone', { deps })).toEqual({ ok: false, failure: 'There is no set "gone" on this device.' });
	});

	it('passes on why storage could not open', async () => {
		const opened = await openSet('?id=mini', { deps: { ...deps, database: () => Promise.reject(new StorageUnavailableError(new Error('blocked'))) } });
		expect(opened).toEqual({ ok: false, failure: 'IndexedDB is unavailable' });
	});
});
