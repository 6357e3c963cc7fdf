/**
 * Ordering: the schema's rule, grading per item, how it is asked (never in the right order), the
 * taps that place, take back and move, its editor draft, its worksheet and key, and a backup.
 */
import { describe, expect, it } from 'vitest';
import { askFor, judge, suggestRating, verdictHeading, type OrderAsk } from '../../src/lib/core/answering';
import { movePlaced, orderingMessage, placeItem, takeBack } from '../../src/lib/core/arranging';
import { newCard, Rating } from '../../src/lib/core/card';
import { addOrderItem, blankQuestion, describeIssue, draftIssues, fromQuestion, fromQuestionSet, moveOrderItem, questionIssues, removeOrderItem, toQuestion } from '../../src/lib/core/editing';
import { keyItem, worksheetItem } from '../../src/lib/core/printing';
import { creditOf } from '../../src/lib/state/test-session.svelte';
import { readBackup, writeBackup, type BackupData } from '../../src/lib/formats/backup';
import { validatePushRequest } from '../../src/lib/formats/sync';
import { answerKeyHash, answerText, validateQuestionSet, type OrderingQuestion, type QuestionSet } from '../../src/lib/formats/question-set';

const visit: OrderingQuestion = {
	id: 'visit',
	type: 'ordering',
	prompt: 'Put the events of the visit in order, earliest first.',
	answer: ['Shoigu lands in Pyongyang', 'Talks with the defense minister', 'Tour of the arms exhibition', 'The military parade']
};

function setOf(...questions: unknown[]) {
	return { format: 1, id: 'demo', title: 'Demo', language: 'en', source: { title: 'T', publisher: 'P', date: '2024-01-01' }, questions };
}

function issues(question: Record<string, unknown>): string[] {
	const result = validateQuestionSet(setOf(question));
	return result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

describe('schema', () => {
	it('accepts 3 to 6 distinct items', () => {
		expect(issues({ ...visit })).toEqual([]);
		expect(issues({ ...visit, answer: ['a', 'b', 'c'] })).toEqual([]);
		expect(issues({ ...visit, answer: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual([]);
	});

	it('names the field at fault for each broken rule', () => {
		expect(issues({ ...visit, answer: ['a', 'b'] })).toEqual(['answer: needs at least 3 entries']);
		expect(issues({ ...visit, answer: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] })).toEqual(['answer: allows at most 6 entries']);
		expect(issues({ ...visit, answer: ['a', 'b', 'A '] })).toEqual(['answer[2]: repeats another item ("A ")']);
		expect(issues({ ...visit, answer: ['a', '', 'c'] })).toEqual(['answer[1]: must be a non-empty string']);
		expect(issues({ ...visit, answer: 'a, b, c' })).toEqual(['answer: must be a list of strings']);
		expect(issues({ ...visit, items: ['a'] })).toEqual(['items: is not a known field']);
	});

	it('reads its answer as the items numbered in order, and keys progress on that order', () => {
		expect(answerText(visit)).toBe('1. Shoigu lands in Pyongyang; 2. Talks with the defense minister; 3. Tour of the arms exhibition; 4. The military parade');
		const [a, b, ...rest] = visit.answer;
		expect(answerKeyHash({ ...visit, answer: [b!, a!, ...rest] })).not.toBe(answerKeyHash(visit));
		expect(answerKeyHash({ ...visit, prompt: 'In order?' })).toBe(answerKeyHash(visit));
	});
});

describe('asking and grading', () => {
	const ask = askFor(visit, { mode: 'study', stability: 0, seed: 7 }) as OrderAsk;
	const indexOf = (text: string) => ask.items.indexOf(text);
	const response = (texts: string[]) => ({ order: texts.map(indexOf) });

	it('asks with the items shuffled, never in the right order whatever the seed, knowing the right order', () => {
		expect(ask.form).toBe('order');
		expect(ask.kind).toBe('Put in order');
		expect([...ask.items].sort()).toEqual([...visit.answer].sort());
		expect(ask.correctOrder.map((index) => ask.items[index])).toEqual(visit.answer);
		for (let seed = 0; seed < 200; seed++) expect((askFor(visit, { mode: 'study', stability: 0, seed }) as OrderAsk).items).not.toEqual(visit.answer);
	});

	it('grades per item: all in place is Good, some is Hard ("Partly right"), none is Again', () => {
		const rate = (texts: string[]) => {
			const judgement = judge(ask, response(texts));
			return { how: judgement.how, correct: judgement.correct, rating: suggestRating(judgement, { durationMs: 20_000, stability: 0 }), credit: judgement.credit };
		};
		const [a, b, c, d] = visit.answer as [string, string, string, string];
		expect(rate([a, b, c, d])).toEqual({ how: 'choice', correct: true, rating: Rating.Good, credit: 1 });
		expect(rate([b, a, c, d])).toEqual({ how: 'partial', correct: false, rating: Rating.Hard, credit: 0.5 });
		expect(rate([a])).toEqual({ how: 'partial', correct: false, rating: Rating.Hard, credit: 0.25 });
		expect(rate([d, c, b, a])).toEqual({ how: 'wrong', correct: false, rating: Rating.Again, credit: 0 });
	});

	it('says what was placed and what it earned', () => {
		const [a, b, c, d] = visit.answer as [string, string, string, string];
		const judgement = judge(ask, response([a, c, b, d]));
		expect(judgement.reason).toBe('2 of 4 items in their place: 50% of the question.');
		expect(judgement.given).toBe(`1. ${a}; 2. ${c}; 3. ${b}; 4. ${d}`);
		expect(judgement.placed).toEqual([a, c, b, d].map(indexOf));
		expect(verdictHeading(judgement)).toEqual({ text: 'Partly right', tone: 'partial', mark: '◐' });
		expect(judge(ask, response([a, b, c, d])).reason).toBe('Every item in its place.');
		// An item given twice counts once, in its first place.
		expect(judge(ask, { order: [indexOf(a), indexOf(a), indexOf(b)] }).placed).toEqual([indexOf(a), indexOf(b)]);
	});

	it('counts in a test as the share of items in place', () => {
		const [a, b, c, d] = visit.answer as [string, string, string, string];
		expect(creditOf(judge(ask, response([a, b, c, d])))).toBe(1);
		expect(creditOf(judge(ask, response([a, b, d, c])))).toBe(0.5);
		expect(creditOf(judge(ask, response([d, c, b, a])))).toBe(0);
	});

	it('is asked the same way in study, learn (new or known) and test: it is recognition already', () => {
		for (const options of [
			{ mode: 'learn' as const, stability: 0 },
			{ mode: 'learn' as const, stability: 30 },
			{ mode: 'test' as const, stability: 0 }
		]) {
			expect(askFor(visit, { ...options, seed: 7 })).toEqual(ask);
		}
	});
});

describe('tap to place', () => {
	const ask = { items: ['The parade', 'Talks', 'Arrival'] };

	it('places items in the order tapped, takes one back (those after it move up), and moves one up or down, saying each', () => {
		let step = placeItem([], 2);
		expect(step.placed).toEqual([2]);
		expect(orderingMessage(ask, step.placed, step.event)).toBe('Arrival placed 1 of 3.');
		step = placeItem(step.placed, 0);
		step = placeItem(step.placed, 1);
		expect(step.placed).toEqual([2, 0, 1]);
		expect(orderingMessage(ask, step.placed, step.event)).toBe('Talks placed 3 of 3. Every item is placed.');
		step = movePlaced(step.placed, 2, -1);
		expect(step.placed).toEqual([2, 1, 0]);
		expect(orderingMessage(ask, step.placed, step.event)).toBe('Talks moved to place 2 of 3.');
		// At the top, up does nothing.
		expect(movePlaced(step.placed, 0, -1).placed).toEqual([2, 1, 0]);
		step = takeBack(step.placed, 0);
		expect(step.placed).toEqual([1, 0]);
		expect(orderingMessage(ask, step.placed, step.event)).toBe('Arrival taken back. 2 of 3 placed.');
		// Placing one already placed changes nothing.
		expect(placeItem([1, 0], 0).placed).toEqual([1, 0]);
	});
});

describe('editor draft', () => {
	it('round-trips through the form draft unchanged', () => {
		expect(toQuestion(fromQuestion(visit))).toEqual(visit);
	});

	it('starts with three empty items, validating as you type with the item named', () => {
		const draft = blankQuestion('ordering', 'q1');
		expect(draft.order).toEqual(['', '', '']);
		draft.prompt = 'In order?';
		draft.order = ['a', 'b', 'A'];
		expect(questionIssues(draft)).toEqual({ 'answer[2]': 'repeats another item ("A")' });
		const set = fromQuestionSet(setOf(visit) as QuestionSet);
		set.questions[0]!.order![3] = '';
		expect(draftIssues(set).map(describeIssue)).toEqual(['Question 1, Item 4: must be a non-empty string']);
	});

	it('adds items up to 6, removes them down to 3, and moves them up and down', () => {
		const draft = fromQuestion(visit);
		for (let i = 0; i < 4; i++) addOrderItem(draft);
		expect(draft.order).toHaveLength(6);
		moveOrderItem(draft, 3, -1);
		expect(draft.order!.slice(0, 4)).toEqual([visit.answer[0], visit.answer[1], visit.answer[3], visit.answer[2]]);
		moveOrderItem(draft, 0, -1);
		expect(draft.order![0]).toBe(visit.answer[0]);
		for (let i = 0; i < 5; i++) removeOrderItem(draft, 5 - i);
		expect(draft.order).toEqual([visit.answer[0], visit.answer[1], visit.answer[3]]);
	});
});

describe('printing', () => {
	it('gives the worksheet the items lettered out of order, and the key the letters in the right order', () => {
		const item = worksheetItem(visit);
		expect(item.kind).toBe('order');
		expect([...item.options!].sort()).toEqual([...visit.answer].sort());
		expect(item.options).not.toEqual(visit.answer);
		const letter = (text: string) => String.fromCharCode(65 + item.options!.indexOf(text));
		expect(keyItem(visit).answer).toBe(visit.answer.map((text, index) => `${index + 1}. ${letter(text)}. ${text}`).join('; '));
		expect(worksheetItem(visit)).toEqual(item);
	});
});

describe('backup', () => {
	it('round-trips an ordering set, a review answered in the order form and a test with partial credit', async () => {
		const set = setOf(visit) as QuestionSet;
		const before = newCard('demo', 'visit', 0);
		const data: BackupData = {
			sets: [{ id: 'demo', set, builtin: false, contentHash: 'abc', installedAt: 1, updatedAt: 1 }],
			cards: [{ ...before, position: 0, answerHash: answerKeyHash(visit), newRank: 0 }],
			log: [
				{
					id: 1,
					setId: 'demo',
					questionId: 'visit',
					rating: Rating.Hard,
					reviewedAt: 1000,
					durationMs: 5000,
					before,
					after: { ...before, state: 1, reps: 1, lastReview: 1000 },
					answer: { form: 'order', given: '1. a; 2. b', correct: false, how: 'partial', overruled: false, hinted: false, suggested: Rating.Hard }
				}
			],
			tests: [
				{
					id: 1,
					setId: 'demo',
					startedAt: 10,
					finishedAt: 20,
					types: ['ordering'],
					total: 1,
					correct: 0,
					points: 0.5,
					scheduled: false,
					items: [{ questionId: 'visit', prompt: visit.prompt, form: 'order', given: '1. a', correct: false, answer: answerText(visit), how: 'partial' }]
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
	it('accepts a review answered in the order form, and the server would refuse a form it does not know', () => {
		const before = newCard('demo', 'visit', 0);
		const entry = {
			id: 'review-order-0001',
			setId: 'demo',
			questionId: 'visit',
			rating: Rating.Hard,
			reviewedAt: 1000,
			durationMs: 5000,
			before,
			after: { ...before, state: 1, reps: 1, lastReview: 1000 },
			answer: { form: 'order', given: '1. a; 2. b', correct: false, how: 'partial', overruled: false, hinted: false, suggested: Rating.Hard }
		};
		expect(validatePushRequest({ reviews: [{ id: entry.id, entry }] }).ok).toBe(true);
		const unknown = validatePushRequest({ reviews: [{ id: entry.id, entry: { ...entry, answer: { ...entry.answer, form: 'hotspot' } } }] });
		expect(unknown.ok).toBe(false);
	});
});
