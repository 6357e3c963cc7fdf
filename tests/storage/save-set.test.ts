import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCards, getSettings, installSet, openDatabase, type Database } from '../../src/lib/storage/db';
import { describeProgressChange, progressChange, replaceEffect, saveOutsideSet, savedNotice, savedSetAddress } from '../../src/lib/state/save-set';
import { StudySession } from '../../src/lib/state/study-session.svelte';
import { Rating, State } from '../../src/lib/core/card';
import type { QuestionSet } from '../../src/lib/formats/question-set';

const day = { dayStartHour: 4, offsetMinutes: 0 };
let clock = Date.parse('2024-03-01T09:00:00Z');
let db: Database;

function deck(answers: string[], ids = answers.map((_, i) => `q${i}`)): QuestionSet {
	return {
		format: 1,
		id: 'deck',
		title: 'Deck',
		language: 'en',
		source: { title: 'S', publisher: 'P', date: '2024-01-01' },
		questions: answers.map((answer, i) => ({ id: ids[i]!, type: 'flashcard' as const, prompt: `Question ${ids[i]}?`, answer }))
	};
}

/** Studies every new card of the set once (Good). */
async function studyAll(set: QuestionSet): Promise<void> {
	const session = new StudySession({ db, set, settings: await getSettings(db), day, now: () => clock });
	await session.start();
	while (session.card && session.card.state === State.New) {
		session.reveal();
		clock += 3000;
		await session.grade(Rating.Good);
	}
}

beforeEach(async () => {
	globalThis.indexedDB = new IDBFactory();
	db = await openDatabase();
});

describe('replacing my set by an outside one (share link, import)', () => {
	it('says before and after what progress goes: 5 studied questions replaced by 1', async () => {
		const mine = deck(['a', 'b', 'c', 'd', 'e']);
		await installSet(db, mine, { builtin: false, now: clock });
		await studyAll(mine);
		expect((await getCards(db, 'deck')).filter((card) => card.state !== State.New)).toHaveLength(5);

		const shared = deck(['a']);
		const before = await replaceEffect(db, shared);
		expect(before).toMatchObject({ title: 'Deck', questions: 5, studied: 5, kept: 1 });
		expect(before!.lost.map((item) => [item.id, item.reason])).toEqual([
			['q1', 'not in the new set'],
			['q2', 'not in the new set'],
			['q3', 'not in the new set'],
			['q4', 'not in the new set']
		]);
		expect(describeProgressChange(progressChange(before!), false)).toBe(
			'Progress on 4 of your 5 studied questions goes (4 are not in the new set). Progress on 1 question is kept.'
		);

		const outcome = await saveOutsideSet(db, shared, { replace: true, now: clock });
		// What was said before is what happened.
		expect(outcome.progress).toEqual(before);
		expect((await getCards(db, 'deck')).filter((card) => card.state !== State.New).map((card) => card.questionId)).toEqual(['q0']);
		const address = savedSetAddress(outcome);
		expect(savedNotice(new URL(address, 'http://x').search, 1)).toBe(
			'Saved on this device: 1 question. Progress on 4 of your 5 studied questions was dropped (4 are not in the new set). Progress on 1 question was kept.'
		);
	});

	it('names a changed answer as a reason, and says when nothing is lost', async () => {
		const mine = deck(['a', 'b']);
		await installSet(db, mine, { builtin: false, now: clock });
		await studyAll(mine);
		const changed = await replaceEffect(db, deck(['a', 'B!']));
		expect(describeProgressChange(progressChange(changed!), false)).toBe('Progress on 1 of your 2 studied questions goes (1 has a different answer). Progress on 1 question is kept.');
		const reworded = await replaceEffect(db, { ...mine, questions: mine.questions.map((question) => ({ ...question, prompt: `${question.prompt} (reworded)` })) });
		expect(describeProgressChange(progressChange(reworded!), false)).toBe('Progress on all 2 studied questions is kept.');
		// Saved as a new set beside it (no replacement): nothing to say about progress.
		const outcome = await saveOutsideSet(db, deck(['x']), { replace: false, now: clock });
		expect(outcome).toMatchObject({ id: 'deck-2', replaced: false });
		expect(savedNotice(new URL(savedSetAddress(outcome), 'http://x').search, 1)).toBe('Saved on this device: 1 question.');
	});

	it('a built-in set is never replaced: no effect to show, and the outside set is saved beside it', async () => {
		await installSet(db, deck(['a']), { builtin: true, now: clock });
		expect(await replaceEffect(db, deck(['z']))).toBeUndefined();
		expect(await saveOutsideSet(db, deck(['z']), { replace: true, now: clock })).toMatchObject({ id: 'deck-2', replaced: false });
	});
});
