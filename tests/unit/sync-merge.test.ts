import { describe, expect, it } from 'vitest';
import {
	canonicalJson,
	compareVersions,
	conflictWording,
	deletedSets,
	describeSync,
	deviceListNote,
	guessDeviceName,
	mergeReviewChanges,
	pulledSetAction,
	setHash,
	setsToPush,
	settingsToPush,
	syncedSettingsOf,
	type LocalSet
} from '../../src/lib/core/sync-merge';
import { DEFAULT_SETTINGS } from '../../src/lib/core/default-settings';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import type { ReviewEntry, SetVersion } from '../../src/lib/formats/sync';
import type { SyncedSet } from '../../src/lib/core/records';

const NOW = Date.UTC(2025, 2, 3, 9, 30);

function set(id: string, title: string, prompts: string[]): QuestionSet {
	return {
		format: 1,
		id,
		title,
		language: 'en',
		source: { title: 'Source', publisher: 'Paper', date: '2025-03-01' },
		questions: prompts.map((prompt, index) => ({ id: `q${index + 1}`, type: 'flashcard', prompt, answer: `answer ${index + 1}` }))
	} as QuestionSet;
}

const local = (value: QuestionSet, builtin = false): LocalSet => ({ id: value.id, builtin, set: value });
const synced = (value: QuestionSet, revision: number): SyncedSet => ({ key: `set:${value.id}`, id: value.id, revision, hash: setHash(value) });
const version = (value: QuestionSet | null, revision: number, id = value?.id ?? 'x'): SetVersion => ({ id, revision, set: value, changedAt: NOW - 60_000, deviceId: 'laptop' });

describe('set hashes', () => {
	it('are the same whatever order the keys were kept in (PostgreSQL jsonb reorders them)', () => {
		const a = set('s', 'Title', ['one']);
		const reordered = JSON.parse(canonicalJson(a)) as QuestionSet;
		const shuffled = { questions: reordered.questions.map((q) => ({ answer: q.answer, prompt: q.prompt, type: q.type, id: q.id })), source: a.source, title: a.title, id: a.id, language: a.language, format: a.format } as QuestionSet;
		expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(a));
		expect(setHash(shuffled)).toBe(setHash(a));
		expect(setHash(set('s', 'Title', ['two']))).not.toBe(setHash(a));
	});
});

describe('sets to push', () => {
	const mine = set('mine', 'Mine', ['one']);
	it('pushes a set new to the server from revision 0 and a set changed since its sync from that revision', () => {
		const edited = set('edited', 'Edited', ['one', 'two']);
		const unchanged = set('unchanged', 'Unchanged', ['one']);
		const changes = setsToPush(
			[local(mine), local(edited), local(unchanged)],
			new Map([
				['edited', synced(set('edited', 'Edited', ['one']), 3)],
				['unchanged', synced(unchanged, 2)]
			]),
			new Set(),
			NOW
		);
		expect(changes).toEqual([
			{ id: 'mine', baseRevision: 0, set: mine, changedAt: NOW },
			{ id: 'edited', baseRevision: 3, set: edited, changedAt: NOW }
		]);
	});

	it('leaves out built-in sets and sets waiting for the learner to choose a version', () => {
		expect(setsToPush([local(set('builtin', 'Built in', ['a']), true), local(mine)], new Map(), new Set(['mine']), NOW)).toEqual([]);
	});
});

describe('a pulled set', () => {
	const base = set('s', 'Base', ['one']);
	const theirs = set('s', 'Theirs', ['one', 'two']);
	const mineEdited = set('s', 'Mine', ['one', 'three']);

	it('is taken when it did not change here since the last sync, or is new here', () => {
		expect(pulledSetAction(version(theirs, 2), local(base), synced(base, 1), false)).toBe('take');
		expect(pulledSetAction(version(theirs, 1), undefined, undefined, false)).toBe('take');
	});

	it('asks the learner when it changed here too: neither version is overwritten', () => {
		expect(pulledSetAction(version(theirs, 2), local(mineEdited), synced(base, 1), false)).toBe('ask');
		// The same id made on two devices before either synced.
		expect(pulledSetAction(version(theirs, 1), local(mineEdited), undefined, false)).toBe('ask');
	});

	it('is skipped when this device has its revision already, and only noted when the content is the same', () => {
		expect(pulledSetAction(version(theirs, 2), local(theirs), synced(theirs, 2), false)).toBe('skip');
		expect(pulledSetAction(version(theirs, 3), local(theirs), synced(base, 1), false)).toBe('same');
	});

	it('replaces the other version of an open question, and never touches a built-in set', () => {
		expect(pulledSetAction(version(theirs, 4), local(mineEdited), synced(base, 1), true)).toBe('update-question');
		expect(pulledSetAction(version(theirs, 4), local(base, true), undefined, false)).toBe('skip');
	});
});

describe('a deleted set', () => {
	const base = set('s', 'Base', ['one']);
	const edited = set('s', 'Edited', ['one', 'two']);
	const deletion: SyncedSet = { key: 'set:s', id: 's', revision: 4, hash: '' };

	it('is pushed as a deletion from the revision it was synced at, once; never a set the server never had', () => {
		expect(setsToPush([], new Map([['s', synced(base, 3)]]), new Set(), NOW)).toEqual([{ id: 's', baseRevision: 3, set: null, changedAt: NOW }]);
		// Its deletion is synced already: nothing more to send.
		expect(setsToPush([], new Map([['s', deletion]]), new Set(), NOW)).toEqual([]);
		// Waiting for the learner's choice: held back like an edit.
		expect(setsToPush([], new Map([['s', synced(base, 3)]]), new Set(['s']), NOW)).toEqual([]);
	});

	it('pulled, goes here when the set did not change here since the last sync', () => {
		expect(pulledSetAction(version(null, 2, 's'), local(base), synced(base, 1), false)).toBe('take');
	});

	it('pulled, asks the learner when the set was edited here meanwhile: it neither comes back nor vanishes silently', () => {
		expect(pulledSetAction(version(null, 2, 's'), local(edited), synced(base, 1), false)).toBe('ask');
		// And an edit pulled for a set deleted here (not yet sent) asks too.
		expect(pulledSetAction(version(edited, 2), undefined, synced(base, 1), false)).toBe('ask');
	});

	it('pulled where it is deleted too, or never was, changes nothing but the revision noted', () => {
		expect(pulledSetAction(version(null, 2, 's'), undefined, synced(base, 1), false)).toBe('same');
		expect(pulledSetAction(version(null, 2, 's'), undefined, undefined, false)).toBe('same');
	});

	it('kept on another device after all (the learner chose that version there) comes back here', () => {
		expect(pulledSetAction(version(edited, 5), undefined, deletion, false)).toBe('take');
	});

	it('is known as deleted here once its deletion is synced, so that reviews of it pulled later are not kept', () => {
		expect([...deletedSets([], new Map([['s', deletion], ['t', synced(set('t', 'T', ['a']), 1)]]))]).toEqual(['s']);
		// Back on this device (taken from another): no longer deleted.
		expect(deletedSets([local(edited)], new Map([['s', deletion]])).size).toBe(0);
	});

	it('in a question, the buttons say what each choice does', () => {
		expect(conflictWording(edited, null, 'My laptop')).toMatchObject({ keepMine: 'Keep this device’s version', keepTheirs: 'Delete it here too' });
		expect(conflictWording(null, edited, 'My laptop')).toMatchObject({ keepMine: 'Keep it deleted', keepTheirs: 'Keep the version from My laptop' });
		expect(conflictWording(null, edited, 'My laptop').summary).toContain('deleted on this device and changed on My laptop');
	});
});

describe('settings per field', () => {
	it('pushes every field on the first sync, then only the fields changed here, dated now; never the fitted weights', () => {
		const first = settingsToPush(DEFAULT_SETTINGS, null, NOW);
		expect(Object.keys(first)).toContain('newPerDay');
		expect(Object.keys(first)).not.toContain('weights');
		const last = syncedSettingsOf(DEFAULT_SETTINGS);
		expect(settingsToPush(DEFAULT_SETTINGS, last, NOW)).toEqual({});
		expect(settingsToPush({ ...DEFAULT_SETTINGS, newPerDay: 5, theme: 'dark', learningSteps: ['2m'] }, last, NOW)).toEqual({
			newPerDay: { value: 5, changedAt: NOW },
			theme: { value: 'dark', changedAt: NOW },
			learningSteps: { value: ['2m'], changedAt: NOW }
		});
	});
});

describe('merging pulled review-log changes', () => {
	const entry = (id: string, questionId: string): ReviewEntry => ({
		id,
		setId: 's',
		questionId,
		rating: 3,
		reviewedAt: NOW,
		durationMs: 1000,
		before: { setId: 's', questionId, state: 0, due: NOW, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, lastReview: null },
		after: { setId: 's', questionId, state: 1, due: NOW + 60_000, stability: 1, difficulty: 5, scheduledDays: 0, learningSteps: 1, reps: 1, lapses: 0, lastReview: NOW }
	});

	it('is a union by id: an entry already here is not added twice, a new one is, and its card is replayed', () => {
		const here = new Map([['0000000aa-0001', { setId: 's', questionId: 'q1' }]]);
		const merge = mergeReviewChanges(
			[
				{ id: '0000000aa-0001', entry: entry('0000000aa-0001', 'q1') },
				{ id: '0000000bb-0002', entry: entry('0000000bb-0002', 'q2') },
				{ id: '0000000bb-0002', entry: entry('0000000bb-0002', 'q2') }
			],
			(id) => here.get(id)
		);
		expect(merge.add.map((item) => item.id)).toEqual(['0000000bb-0002']);
		expect([...merge.cards]).toEqual(['s\0q2']);
	});

	it('a deletion takes the entry back here; an entry taken back is never revived', () => {
		const here = new Map<string, { setId: string; questionId: string; undone?: true }>([
			['0000000aa-0001', { setId: 's', questionId: 'q1' }],
			['0000000cc-0003', { setId: 's', questionId: 'q3', undone: true }]
		]);
		const merge = mergeReviewChanges(
			[
				{ id: '0000000aa-0001', deleted: true },
				{ id: '0000000cc-0003', entry: entry('0000000cc-0003', 'q3') },
				{ id: '0000000dd-0004', deleted: true }
			],
			(id) => here.get(id)
		);
		expect(merge).toEqual({ add: [], takeBack: ['0000000aa-0001'], cards: new Set(['s\0q1']) });
	});
});

describe('comparing two versions of a set', () => {
	it('counts the questions only in each and the ones worded differently', () => {
		const mine = set('s', 'Mine', ['one', 'two', 'three']);
		const theirs = { ...set('s', 'Theirs', ['one', 'TWO']), questions: [...set('s', 'Theirs', ['one', 'TWO']).questions, { id: 'q9', type: 'flashcard', prompt: 'nine', answer: '9' }] } as QuestionSet;
		expect(compareVersions(mine, theirs)).toEqual({ onlyMine: 1, onlyTheirs: 1, changed: 1, titleChanged: true });
	});
});

describe('the sync state in words', () => {
	const facts = { signedIn: true, online: true, syncing: false, pending: 0, conflicts: 0, lastSyncedAt: NOW - 5 * 60_000, error: null };
	it('says synced with the time, pending with the count, offline, the error and why, and asks to choose', () => {
		expect(describeSync(facts, NOW)).toEqual({ kind: 'synced', text: expect.stringMatching(/^Synced at \d\d:\d\d\.$/) });
		expect(describeSync({ ...facts, pending: 3 }, NOW)).toEqual({ kind: 'pending', text: 'Pending: 3 changes not yet synced.' });
		expect(describeSync({ ...facts, online: false, pending: 1 }, NOW)).toEqual({ kind: 'offline', text: 'Offline: sync resumes when this device is back online. 1 change waits to be sent.' });
		expect(describeSync({ ...facts, error: 'the server could not be reached' }, NOW)).toEqual({ kind: 'error', text: 'The last sync failed: the server could not be reached.' });
		expect(describeSync({ ...facts, conflicts: 1 }, NOW).kind).toBe('choose');
		expect(describeSync({ ...facts, signedIn: false }, NOW).kind).toBe('off');
	});
});

describe('a device name', () => {
	it('is guessed from the user agent', () => {
		expect(guessDeviceName('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36')).toBe('Android phone');
		expect(guessDeviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126 Safari/537.36')).toBe('Windows computer');
		expect(guessDeviceName('curl/8')).toBe('Computer');
	});
});

describe('the list of devices, while it is not there', () => {
	it('says the first sync is under way right after sync is turned on, not that the device is offline', () => {
		const note = deviceListNote('loading', { online: true, syncing: true, lastSyncedAt: null });
		expect(note).toMatch(/^The first sync is under way/);
		expect(note).not.toContain('online');
	});

	it('says it is loading during a later sync or while it is asked for, and why it is missing otherwise', () => {
		expect(deviceListNote('loading', { online: true, syncing: true, lastSyncedAt: NOW })).toBe('Loading the list of devices…');
		expect(deviceListNote('loading', { online: true, syncing: false, lastSyncedAt: NOW })).toBe('Loading the list of devices…');
		expect(deviceListNote('failed', { online: false, syncing: false, lastSyncedAt: NOW })).toContain('when this device is back online');
		expect(deviceListNote('failed', { online: true, syncing: false, lastSyncedAt: NOW })).toContain('could not be loaded');
	});
});
