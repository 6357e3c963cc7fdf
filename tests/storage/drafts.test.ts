import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCard, getSetRow, getSetRows, openDatabase, recordReview, installSet, testHistory, type Database } from '../../src/lib/storage/db';
import { deleteDraft, getDraft, saveDraft } from '../../src/lib/storage/drafts';
import { openOldSchema } from './old-schemas';
import { NEW_DRAFT_KEY, SetEditor } from '../../src/lib/state/editor.svelte';
import { Rating, State } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';
import { mulberry32 } from '../../src/lib/core/random';

const NOW = Date.parse('2024-03-01T09:00:00Z');

/** A seeded generator (mulberry32), the same on every run. */
const seeded = mulberry32;

const userSet: QuestionSet = {
	format: 1,
	id: 'mine',
	title: 'Mine',
	language: 'en',
	source: { title: 'S', publisher: 'P', date: '2024-01-01' },
	questions: [
		{ id: 'who', type: 'short_answer', prompt: 'Who leads Belarus?', answer: 'Alexander Lukashenko' },
		{ id: 'year', type: 'multiple_choice', prompt: 'When did the fighting stop?', choices: ['1950', '1953', '1945'], answer: 1 },
		{ id: 'tf', type: 'true_false', prompt: 'The armistice was a peace treaty.', answer: false }
	]
};

/** Writes a database exactly as schema version 2 left it, with one set and one test result. */
async function writeVersion2(): Promise<void> {
	const db = await openOldSchema(2);
	const tx = db.transaction(['sets', 'tests'], 'readwrite');
	tx.objectStore('sets').put({ id: 'mine', set: userSet, builtin: false, contentHash: 'x', installedAt: 1, updatedAt: 1 });
	tx.objectStore('tests').add({ setId: 'mine', startedAt: 1, finishedAt: 2, types: [], total: 1, correct: 1, scheduled: false, items: [] });
	await new Promise((resolve) => (tx.oncomplete = resolve));
	db.close();
}

let db: Database;

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
});

describe('drafts store (schema version 3)', () => {
	it('upgrades a version-2 database: data kept, drafts store added and empty', async () => {
		await writeVersion2();
		db = await openDatabase();
		expect(db.version).toBeGreaterThanOrEqual(3);
		expect(db.objectStoreNames.contains('drafts')).toBe(true);
		expect((await getSetRow(db, 'mine'))?.set.title).toBe('Mine');
		expect(await testHistory(db, 'mine')).toHaveLength(1);
		expect(await getDraft(db, 'set:mine')).toBeUndefined();
	});

	it('saves, reads back, replaces and deletes a draft', async () => {
		db = await openDatabase();
		await saveDraft(db, { key: 'set:mine', setId: 'mine', draft: { title: 'one' }, savedAt: NOW });
		await saveDraft(db, { key: 'set:mine', setId: 'mine', draft: { title: 'two' }, savedAt: NOW + 1 });
		await saveDraft(db, { key: NEW_DRAFT_KEY, setId: 'new', draft: { title: 'fresh' }, savedAt: NOW });
		expect(await getDraft(db, 'set:mine')).toEqual({ key: 'set:mine', setId: 'mine', draft: { title: 'two' }, savedAt: NOW + 1 });
		await deleteDraft(db, 'set:mine');
		expect(await getDraft(db, 'set:mine')).toBeUndefined();
		expect((await getDraft(db, NEW_DRAFT_KEY))?.draft).toEqual({ title: 'fresh' });
	});
});

describe('SetEditor over storage', () => {
	const deps = () => ({ db, now: () => NOW, random: seeded(7), debounceMs: 0 });

	beforeEach(async () => {
		db = await openDatabase();
		await installSet(db, userSet, { builtin: false, now: NOW });
	});

	it('creates a set from scratch: an invalid field blocks saving and writes nothing; fixed, it is stored under a fresh id', async () => {
		const editor = new SetEditor(deps());
		await editor.openNew();
		expect(editor.mode).toBe('editing');
		editor.draft.title = 'Korean War facts';
		editor.draft.source.title = 'An article';
		editor.draft.source.publisher = 'A paper';
		const first = editor.draft.questions[0]!;
		first.prompt = 'Who leads Belarus?';
		first.answer = 'Lukashenko';
		const index = editor.draft.questions.length;
		editor.addQuestion('numeric');
		editor.draft.questions[index]!.prompt = 'How many years?';
		editor.draft.questions[index]!.answer = 'seventy';

		expect(await editor.save()).toBeUndefined();
		expect(editor.issues).toEqual([{ question: 1, questionId: editor.draft.questions[1]!.id, type: 'numeric', field: 'answer', message: 'must be a number' }]);
		expect((await getDraft(db, NEW_DRAFT_KEY))?.setId).toBe('new');
		// Nothing but the first set and the draft was written.
		expect((await getSetRows(db)).map((row) => row.id)).toEqual(['mine']);

		editor.draft.questions[1]!.answer = '70';
		editor.changed();
		expect(editor.issues).toEqual([]);
		const result = await editor.save();
		expect(result?.setId).toMatch(/^korean-war-facts-[a-z0-9]{4}$/);
		expect(result?.added).toBe(2);
		const stored = await getSetRow(db, result!.setId);
		expect(stored?.builtin).toBe(false);
		expect(stored?.set.questions.map((q) => q.type)).toEqual(['short_answer', 'numeric']);
		expect(stored?.set.questions[1]).toMatchObject({ answer: 70 });
		expect(await getDraft(db, NEW_DRAFT_KEY)).toBeUndefined();
		expect(editor.isNew).toBe(false);
	});

	it('keeps progress of unchanged questions and reports the ones whose answer changed', async () => {
		const card = (await getCard(db, 'mine', 'who'))!;
		const studied = { ...card, state: State.Review, reps: 1, lastReview: NOW, due: NOW + 86_400_000, stability: 3 };
		await recordReview(db, { setId: 'mine', questionId: 'who', rating: Rating.Good, reviewedAt: NOW, durationMs: 1000, before: card, after: studied });
		const yearCard = (await getCard(db, 'mine', 'year'))!;
		await recordReview(db, { setId: 'mine', questionId: 'year', rating: Rating.Good, reviewedAt: NOW, durationMs: 1000, before: yearCard, after: { ...studied, questionId: 'year' } });

		const editor = new SetEditor(deps());
		await editor.open('mine');
		editor.draft.questions[0]!.prompt = 'Who is the president of Belarus?';
		editor.draft.questions[1]!.correct = 2;
		editor.move(2, -2);
		const result = await editor.save();
		expect(result?.reset).toEqual([{ id: 'year', number: 3, prompt: 'When did the fighting stop?' }]);
		expect((await getCard(db, 'mine', 'who'))?.state).toBe(State.Review);
		expect((await getCard(db, 'mine', 'year'))?.state).toBe(State.New);
		expect((await getSetRow(db, 'mine'))?.set.questions.map((q) => q.id)).toEqual(['tf', 'who', 'year']);
	});

	it('autosaves a draft and offers it when the set is opened again; discarding drops it', async () => {
		const editor = new SetEditor(deps());
		await editor.open('mine');
		editor.draft.title = 'Mine, revised';
		editor.changed();
		await editor.flush();
		expect((await getDraft(db, 'set:mine'))?.draft).toMatchObject({ title: 'Mine, revised' });

		const reopened = new SetEditor(deps());
		await reopened.open('mine');
		expect(reopened.mode).toBe('restore');
		expect(reopened.foundDraftAt).toBe(NOW);
		expect(reopened.draft.title).toBe('Mine');
		reopened.restore();
		expect(reopened.mode).toBe('editing');
		expect(reopened.draft.title).toBe('Mine, revised');

		const third = new SetEditor(deps());
		await third.open('mine');
		await third.discard();
		expect(third.draft.title).toBe('Mine');
		expect(await getDraft(db, 'set:mine')).toBeUndefined();
	});

	it('removes the draft when the form goes back to the stored set', async () => {
		const editor = new SetEditor(deps());
		await editor.open('mine');
		editor.draft.title = 'Changed';
		editor.changed();
		await editor.flush();
		editor.draft.title = 'Mine';
		editor.changed();
		await editor.flush();
		expect(await getDraft(db, 'set:mine')).toBeUndefined();
		expect(editor.draftStatus).toBe('clean');
	});

	it('deletes with undo, duplicates with a fresh id, and a new question never reuses a deleted id', async () => {
		const editor = new SetEditor(deps());
		await editor.open('mine');
		editor.remove(1);
		expect(editor.draft.questions.map((q) => q.id)).toEqual(['who', 'tf']);
		expect(editor.lastDeleted?.question.id).toBe('year');
		expect(editor.undo()).toBe(1);
		expect(editor.draft.questions.map((q) => q.id)).toEqual(['who', 'year', 'tf']);
		expect(editor.canUndo).toBe(false);
		const copy = editor.duplicate(0);
		expect(editor.draft.questions[1]).toMatchObject({ id: copy, prompt: 'Who leads Belarus?', answer: 'Alexander Lukashenko' });
		expect(copy).not.toBe('who');
		const added = editor.addQuestion('date');
		expect(['who', 'year', 'tf', copy]).not.toContain(added);
	});

	it('shows a built-in set read-only and installs a copy with a new id as the user\'s own', async () => {
		await installSet(db, { ...userSet, id: 'builtin-one', title: 'Built in' }, { builtin: true, now: NOW });
		const editor = new SetEditor(deps());
		await editor.open('builtin-one');
		expect(editor.mode).toBe('readonly');
		expect(await editor.save()).toBeUndefined();
		const id = await editor.makeCopy();
		expect(id).toMatch(/^built-in-copy-[a-z0-9]{4}$/);
		const copy = await getSetRow(db, id);
		expect(copy).toMatchObject({ builtin: false, set: { title: 'Built in (copy)', id } });
		expect((await getSetRow(db, 'builtin-one'))?.set.title).toBe('Built in');
		const editCopy = new SetEditor(deps());
		await editCopy.open(id);
		expect(editCopy.mode).toBe('editing');
	});

	it('reports a set that does not exist', async () => {
		const editor = new SetEditor(deps());
		await editor.open('nothing-here');
		expect(editor.mode).toBe('missing');
	});
});
