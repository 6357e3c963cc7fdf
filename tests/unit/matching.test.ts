/**
 * Matching: the schema's rule, grading per pair, how it is asked (both sides shuffled), the taps
 * that pair and unpair, its editor draft, its worksheet and key, and a backup of its reviews.
 */
import { describe, expect, it } from 'vitest';
import { askFor, judge, shuffleApart, suggestRating, verdictHeading, type MatchAsk } from '../../src/lib/core/answering';
import { pairingMessage, pairsMade, startPairing, tapPairing } from '../../src/lib/core/arranging';
import { newCard, Rating } from '../../src/lib/core/card';
import { addPair, blankQuestion, changeType, describeIssue, draftIssues, fromQuestion, fromQuestionSet, questionIssues, removePair, toQuestion } from '../../src/lib/core/editing';
import { keyItem, worksheetItem } from '../../src/lib/core/printing';
import { studyKeyAction } from '../../src/lib/core/study-keys';
import { creditOf } from '../../src/lib/state/test-session.svelte';
import { readBackup, writeBackup, type BackupData } from '../../src/lib/formats/backup';
import { validatePushRequest } from '../../src/lib/formats/sync';
import { answerKeyHash, answerText, validateQuestionSet, type MatchingQuestion, type QuestionSet } from '../../src/lib/formats/question-set';

const capitals: MatchingQuestion = {
	id: 'capitals',
	type: 'matching',
	prompt: 'Match each country with its capital.',
	items: ['Canada', 'Italy', 'Japan', 'India'],
	answer: ['Ottawa', 'Rome', 'Tokyo', 'New Delhi']
};

function setOf(...questions: unknown[]) {
	return { format: 1, id: 'demo', title: 'Demo', language: 'en', source: { title: 'T', publisher: 'P', date: '2024-01-01' }, questions };
}

function issues(question: Record<string, unknown>): string[] {
	const result = validateQuestionSet(setOf(question));
	return result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

describe('schema', () => {
	it('accepts 3 to 8 pairs', () => {
		expect(issues({ ...capitals })).toEqual([]);
		const eight = { ...capitals, items: 'abcdefgh'.split(''), answer: '12345678'.split('') };
		expect(issues(eight)).toEqual([]);
	});

	it('names the field at fault for each broken rule', () => {
		expect(issues({ ...capitals, items: ['a', 'b'], answer: ['1', '2'] })).toEqual(['items: needs at least 3 entries']);
		expect(issues({ ...capitals, items: 'abcdefghi'.split(''), answer: '123456789'.split('') })).toEqual(['items: allows at most 8 entries']);
		expect(issues({ ...capitals, answer: ['Ottawa', 'Rome', 'Tokyo'] })).toEqual(['answer: must be a list of 4 matches, one per item, in the order of the items']);
		expect(issues({ ...capitals, items: ['Canada', 'Italy', 'canada ', 'India'] })).toEqual(['items[2]: repeats another item ("canada ")']);
		expect(issues({ ...capitals, answer: ['Ottawa', 'Rome', 'Rome', 'New Delhi'] })).toEqual(['answer[2]: repeats another match ("Rome")']);
		expect(issues({ ...capitals, answer: ['Ottawa', '', 'Tokyo', 'New Delhi'] })).toEqual(['answer[1]: must be a non-empty string']);
		expect(issues({ ...capitals, items: undefined })).toEqual(['items: is missing']);
		expect(issues({ ...capitals, choices: ['x'] })).toEqual(['choices: is not a known field']);
	});

	it('reads its answer as the pairs, and keys progress on the pairs, not their order', () => {
		expect(answerText(capitals)).toBe('Canada → Ottawa; Italy → Rome; Japan → Tokyo; India → New Delhi');
		const reordered: MatchingQuestion = { ...capitals, items: ['India', 'Canada', 'Japan', 'Italy'], answer: ['New Delhi', 'Ottawa', 'Tokyo', 'Rome'] };
		expect(answerKeyHash(reordered)).toBe(answerKeyHash(capitals));
		expect(answerKeyHash({ ...capitals, answer: ['Rome', 'Ottawa', 'Tokyo', 'New Delhi'] })).not.toBe(answerKeyHash(capitals));
	});
});

describe('asking and grading', () => {
	const ask = askFor(capitals, { mode: 'study', stability: 0, seed: 7 }) as MatchAsk;
	const matchOf = (item: string) => ask.matches.indexOf(capitals.answer[capitals.items.indexOf(item)]!);
	/** The response pairing each item with the match named, by text. */
	const response = (pairs: Record<string, string | undefined>) => ({ matches: ask.items.map((item) => (pairs[item] === undefined ? -1 : ask.matches.indexOf(pairs[item]!))) });

	it('asks with both sides shuffled, each item knowing its match', () => {
		expect(ask.form).toBe('match');
		expect(ask.kind).toBe('Match each item');
		expect([...ask.items].sort()).toEqual([...capitals.items].sort());
		expect([...ask.matches].sort()).toEqual([...capitals.answer].sort());
		ask.items.forEach((item, index) => expect(ask.matches[ask.correctMatches[index]!]).toBe(capitals.answer[capitals.items.indexOf(item)]));
		expect(ask.answer.split('; ')).toEqual(ask.items.map((item) => `${item} → ${capitals.answer[capitals.items.indexOf(item)]}`));
	});

	it('never shows every match beside its own item, whatever the seed', () => {
		for (let seed = 0; seed < 200; seed++) {
			const shown = askFor(capitals, { mode: 'study', stability: 0, seed }) as MatchAsk;
			expect(shown.correctMatches.every((match, index) => match === index)).toBe(false);
		}
		expect(shuffleApart(['a', 'b'], 1)).toEqual(['b', 'a']);
	});

	it('grades per pair: all right is Good, some right is Hard ("Partly right"), none is Again', () => {
		const rate = (pairs: Record<string, string | undefined>) => {
			const judgement = judge(ask, response(pairs));
			return { how: judgement.how, correct: judgement.correct, rating: suggestRating(judgement, { durationMs: 20_000, stability: 0 }), credit: judgement.credit };
		};
		const all = { Canada: 'Ottawa', Italy: 'Rome', Japan: 'Tokyo', India: 'New Delhi' };
		expect(rate(all)).toEqual({ how: 'choice', correct: true, rating: Rating.Good, credit: 1 });
		expect(rate({ ...all, Canada: 'Rome', Italy: 'Ottawa' })).toEqual({ how: 'partial', correct: false, rating: Rating.Hard, credit: 0.5 });
		expect(rate({ Canada: 'Ottawa' })).toEqual({ how: 'partial', correct: false, rating: Rating.Hard, credit: 0.25 });
		expect(rate({ Canada: 'Rome', Italy: 'Tokyo', Japan: 'New Delhi', India: 'Ottawa' })).toEqual({ how: 'wrong', correct: false, rating: Rating.Again, credit: 0 });
	});

	it('says what was paired and what it earned; a match given twice counts once', () => {
		const judgement = judge(ask, response({ Canada: 'Ottawa', Italy: 'Tokyo' }));
		expect(judgement.reason).toBe('1 of 4 pairs right: 25% of the question.');
		expect(judgement.given).toContain('Canada → Ottawa');
		expect(judgement.given).toContain('Japan → (none)');
		expect(verdictHeading(judgement)).toEqual({ text: 'Partly right', tone: 'partial', mark: '◐' });
		const twice = judge(ask, { matches: ask.items.map(() => matchOf('Canada')) });
		expect(twice.paired!.filter((match) => match >= 0)).toHaveLength(1);
		expect(judge(ask, response({ Canada: 'Ottawa', Italy: 'Rome', Japan: 'Tokyo', India: 'New Delhi' })).reason).toBe('Every pair right.');
	});

	it('counts in a test as the share of pairs right', () => {
		expect(creditOf(judge(ask, response({ Canada: 'Ottawa', Italy: 'Rome', Japan: 'Tokyo', India: 'New Delhi' })))).toBe(1);
		expect(creditOf(judge(ask, response({ Canada: 'Ottawa', Italy: 'Rome', Japan: 'New Delhi', India: 'Tokyo' })))).toBe(0.5);
		expect(creditOf(judge(ask, response({})))).toBe(0);
	});

	it('is asked the same way in study, learn (new or known) and test: it is recognition already', () => {
		for (const options of [
			{ mode: 'learn' as const, stability: 0 },
			{ mode: 'learn' as const, stability: 30 },
			{ mode: 'test' as const, stability: 0 }
		]) {
			expect(askFor(capitals, { ...options, seed: 7 })).toEqual(ask);
		}
	});

	it('leaves its buttons their own keys: number keys do not answer it', () => {
		const press = { key: '1', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, typing: false, onControl: false };
		expect(studyKeyAction(press, { canUndo: false, ask, phase: 'ask', practice: false, wrong: false, canSpeak: false })).toBeUndefined();
	});
});

describe('tap-tap pairing', () => {
	const ask = { items: ['Canada', 'Italy', 'Japan'], matches: ['Rome', 'Tokyo', 'Ottawa'] };

	it('pairs an item with the match tapped next, from either side, and says so', () => {
		let state = startPairing(3);
		let step = tapPairing(state, 'item', 0);
		expect(step.event).toEqual({ did: 'picked', side: 'item', index: 0 });
		expect(pairingMessage(ask, step.pairing, step.event)).toBe('Canada picked: now choose its match.');
		step = tapPairing(step.pairing, 'match', 2);
		expect(step.pairing).toEqual({ paired: [2, -1, -1] });
		expect(pairingMessage(ask, step.pairing, step.event)).toBe('Canada and Ottawa paired. 1 of 3 pairs made.');
		// A match first, then its item.
		step = tapPairing(step.pairing, 'match', 0);
		expect(pairingMessage(ask, step.pairing, step.event)).toBe('Rome picked: now choose its item.');
		step = tapPairing(step.pairing, 'item', 1);
		state = step.pairing;
		expect(state).toEqual({ paired: [2, 0, -1] });
		expect(pairsMade(state)).toBe(2);
	});

	it('undoes a pair when either of its halves is tapped again, and unpicks a second tap on the one picked', () => {
		let step = tapPairing({ paired: [2, 0, -1] }, 'match', 2);
		expect(step.pairing).toEqual({ paired: [-1, 0, -1] });
		expect(pairingMessage(ask, step.pairing, step.event)).toBe('Pair undone: Canada and Ottawa. 1 of 3 pairs made.');
		step = tapPairing(step.pairing, 'item', 1);
		expect(step.pairing).toEqual({ paired: [-1, -1, -1] });
		step = tapPairing(step.pairing, 'item', 2);
		step = tapPairing(step.pairing, 'item', 2);
		expect(step.pairing).toEqual({ paired: [-1, -1, -1] });
		expect(pairingMessage(ask, step.pairing, step.event)).toBe('Japan no longer picked.');
		// Another item tapped while one is picked: the new one is picked instead.
		step = tapPairing(tapPairing(step.pairing, 'item', 0).pairing, 'item', 1);
		expect(step.pairing.picked).toEqual({ side: 'item', index: 1 });
	});
});

describe('editor draft', () => {
	it('round-trips through the form draft unchanged', () => {
		expect(toQuestion(fromQuestion(capitals))).toEqual(capitals);
	});

	it('starts with three empty pairs, validating as you type with the pair and side named', () => {
		const draft = blankQuestion('matching', 'q1');
		expect(draft.pairs).toEqual([
			{ item: '', match: '' },
			{ item: '', match: '' },
			{ item: '', match: '' }
		]);
		draft.prompt = 'Match them.';
		draft.pairs = [
			{ item: 'a', match: '1' },
			{ item: 'b', match: '' },
			{ item: 'A', match: '3' }
		];
		expect(questionIssues(draft)).toEqual({ 'items[2]': 'repeats another item ("A")', 'answer[1]': 'must be a non-empty string' });
		const set = fromQuestionSet(setOf(capitals) as QuestionSet);
		set.questions[0]!.pairs![1]!.match = '';
		expect(draftIssues(set).map(describeIssue)).toEqual(['Question 1, Pair 2, match: must be a non-empty string']);
	});

	it('adds pairs up to 8 and removes them down to 3', () => {
		const draft = fromQuestion(capitals);
		for (let i = 0; i < 6; i++) addPair(draft);
		expect(draft.pairs).toHaveLength(8);
		removePair(draft, 0);
		expect(draft.pairs![0]).toEqual({ item: 'Italy', match: 'Rome' });
		for (let i = 0; i < 6; i++) removePair(draft, 0);
		expect(draft.pairs).toHaveLength(3);
	});

	it('changes to and from another type, keeping the prompt', () => {
		const other = changeType(fromQuestion(capitals), 'short_answer');
		expect(other).toMatchObject({ type: 'short_answer', prompt: capitals.prompt });
		expect(other.pairs).toBeUndefined();
		expect(changeType(other, 'matching').pairs).toHaveLength(3);
	});
});

describe('printing', () => {
	it('gives the worksheet the items lettered and the matches numbered in another order, and the key each letter with its number', () => {
		const item = worksheetItem(capitals);
		expect(item).toMatchObject({ kind: 'match', prompt: capitals.prompt, options: capitals.items });
		expect([...item.matches!].sort()).toEqual([...capitals.answer].sort());
		expect(item.matches).not.toEqual(capitals.answer);
		const number = (match: string) => item.matches!.indexOf(match) + 1;
		expect(keyItem(capitals).answer).toBe(
			`A. Canada → ${number('Ottawa')}. Ottawa; B. Italy → ${number('Rome')}. Rome; C. Japan → ${number('Tokyo')}. Tokyo; D. India → ${number('New Delhi')}. New Delhi`
		);
		// The same worksheet every time it is printed.
		expect(worksheetItem(capitals)).toEqual(item);
	});
});

describe('backup', () => {
	it('round-trips a matching set, a review answered in the match form and a test with partial credit', async () => {
		const set = setOf(capitals) as QuestionSet;
		const before = newCard('demo', 'capitals', 0);
		const data: BackupData = {
			sets: [{ id: 'demo', set, builtin: false, contentHash: 'abc', installedAt: 1, updatedAt: 1 }],
			cards: [{ ...before, position: 0, answerHash: answerKeyHash(capitals), newRank: 0 }],
			log: [
				{
					id: 1,
					setId: 'demo',
					questionId: 'capitals',
					rating: Rating.Hard,
					reviewedAt: 1000,
					durationMs: 5000,
					before,
					after: { ...before, state: 1, reps: 1, lastReview: 1000 },
					answer: { form: 'match', given: 'Canada → Ottawa; Italy → Tokyo', correct: false, how: 'partial', overruled: false, hinted: false, suggested: Rating.Hard }
				}
			],
			tests: [
				{
					id: 1,
					setId: 'demo',
					startedAt: 10,
					finishedAt: 20,
					types: ['matching'],
					total: 1,
					correct: 0,
					points: 0.5,
					scheduled: false,
					items: [{ questionId: 'capitals', prompt: capitals.prompt, form: 'match', given: 'Canada → Ottawa', correct: false, answer: answerText(capitals), how: 'partial' }]
				}
			],
			settings: []
		};
		const result = await readBackup(await writeBackup(data, { now: 2000, schema: 3 }));
		if (!result.ok) throw new Error(result.errors.join('\n'));
		expect(result.backup.data).toEqual(data);
	});
});

describe('sync', () => {
	it('accepts a review answered in the match form, and the server would refuse a form it does not know', () => {
		const before = newCard('demo', 'capitals', 0);
		const entry = {
			id: 'review-match-0001',
			setId: 'demo',
			questionId: 'capitals',
			rating: Rating.Hard,
			reviewedAt: 1000,
			durationMs: 5000,
			before,
			after: { ...before, state: 1, reps: 1, lastReview: 1000 },
			answer: { form: 'match', given: 'Canada → Ottawa; Italy → Tokyo', correct: false, how: 'partial', overruled: false, hinted: false, suggested: Rating.Hard }
		};
		expect(validatePushRequest({ reviews: [{ id: entry.id, entry }] }).ok).toBe(true);
		const unknown = validatePushRequest({ reviews: [{ id: entry.id, entry: { ...entry, answer: { ...entry.answer, form: 'hotspot' } } }] });
		expect(unknown.ok).toBe(false);
	});
});
