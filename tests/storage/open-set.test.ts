import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { installSet, openDatabase, StorageUnavailableError, type Database } from '../../src/lib/storage/db';
import { loadSetPage, NO_SET_NAMED, openSet, type OpenSetDeps } from '../../src/lib/state/open-set';
import { NO_SET_TO_EDIT, openEditor } from '../../src/lib/state/open-editor';
import { tinySet } from '../helpers/sets';

const set = tinySet('mini', [{ id: 'a', type: 'flashcard', prompt: 'A?', answer: 'a' }]);
let db: Database;
let synced = 0;
const deps: OpenSetDeps = { database: async () => db, sync: async () => (synced++, []) };

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

describe('a set page\'s load', () => {
	it('opens the set named by ?id= and reads nothing else of the address', async () => {
		const read: string[] = [];
		const url = new URL('https://factdrill.test/study?id=mini&mode=learn');
		const params = url.searchParams;
		const tracked = { searchParams: { get: (name: string) => (read.push(name), params.get(name)) } } as unknown as URL;
		const data = await loadSetPage(tracked, { deps });
		expect(read).toEqual(['id']);
		expect(data.opened.ok && data.opened.row.set.title).toBe('Mini');
		expect(await loadSetPage(new URL('https://factdrill.test/print'), { noId: 'Open a set and choose Print.', deps })).toEqual({ opened: { ok: false, failure: 'Open a set and choose Print.' } });
	});
});

describe('opening the set the edit page is about', () => {
	it('opens the set named by ?id= for editing, or a new set with ?new=1', async () => {
		const opened = await openEditor('mini', false, deps);
		expect(opened.ok && [opened.id, opened.editor.mode, opened.editor.draft.title]).toEqual(['mini', 'editing', 'Mini']);
		const fresh = await openEditor(null, true, deps);
		expect(fresh.ok && [fresh.editor.isNew, fresh.editor.mode]).toEqual([true, 'editing']);
		expect(synced).toBe(2);
	});

	it('says so when the address names no set; a set not on this device opens as missing', async () => {
		expect(await openEditor(null, false, deps)).toEqual({ ok: false, failure: NO_SET_TO_EDIT });
		expect(await openEditor('Not an id', false, deps)).toEqual({ ok: false, failure: NO_SET_TO_EDIT });
		const gone = await openEditor('gone', false, deps);
		expect(gone.ok && gone.editor.mode).toBe('missing');
	});

	it('passes on why storage could not open', async () => {
		const opened = await openEditor('mini', false, { ...deps, database: () => Promise.reject(new StorageUnavailableError(new Error('blocked'))) });
		expect(opened).toEqual({ ok: false, failure: 'IndexedDB is unavailable' });
	});
});
