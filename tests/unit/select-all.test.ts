/**
 * "Select all that apply": the schema's rule, the grading rule (each wrong pick cancels a right
 * one), how it is asked in each mode, its keys, its editor draft and its worksheet.
 */
import { describe, expect, it } from 'vitest';
import { askFor, judge, scoreSelection, suggestRating, toggleChoice, verdictHeading, type Ask } from '../../src/lib/core/answering';
import { Rating } from '../../src/lib/core/card';
import { addChoice, changeType, fromQuestion, questionIssues, removeChoice, toggleRightChoice, toQuestion, blankQuestion } from '../../src/lib/core/editing';
import { keyItem, worksheetItem } from '../../src/lib/core/printing';
import { selectKey, studyKeyAction, type StudyKeyPress, type StudyScreen } from '../../src/lib/core/study-keys';
import { creditOf } from '../../src/lib/state/test-session.svelte';
import { answerKeyHash, answerText, validateQuestionSet, type Question, type QuestionSet, type SelectAllQuestion } from '../../src/lib/formats/question-set';
import { readBackup, writeBackup, type BackupData } from '../../src/lib/formats/backup';
import { newCard } from '../../src/lib/core/card';

const tomb: SelectAllQuestion = {
	id: 'tomb',
	type: 'select_all',
	prompt: "What two people are entombed in Grant's tomb?",
	choices: ['No one', 'Grant', "Grant's wife", "Grant's father"],
	answer: [1, 2],
	choiceFeedback: ['Someone is.', '', '', 'He is buried in Ohio.']
};

function setOf(...questions: unknown[]) {
	return { format: 1, id: 'demo', title: 'Demo', language: 'en', source: { title: 'T', publisher: 'P', date: '2024-01-01' }, questions };
}

/** The validator's issues for one question, as "field: message". */
function issues(question: Record<string, unknown>): string[] {
	const result = validateQuestionSet(setOf(question));
	return result.ok ? [] : result.issues.map((issue) => `${issue.field}: ${issue.message}`);
}

describe('schema', () => {
	it('accepts 3 to 8 options with 2 to 6 right ones, and per-option feedback', () => {
		expect(issues({ ...tomb })).toEqual([]);
		const eight = { ...tomb, choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], answer: [0, 1, 2, 3, 4, 5], choiceFeedback: undefined };
		expect(issues(eight)).toEqual([]);
	});

	it('names the field at fault for each broken rule', () => {
		expect(issues({ ...tomb, answer: [1] })).toEqual(['answer: names 1 right choice; a select-all question needs 2 to 6']);
		const nine = { ...tomb, choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'], choiceFeedback: undefined };
		expect(issues(nine)).toEqual(['choices: allows at most 8 entries']);
		expect(issues({ ...tomb, choices: ['a', 'b'], answer: [0, 1], choiceFeedback: undefined })).toEqual(['choices: needs at least 3 entries']);
		expect(issues({ ...tomb, choices: ['a', 'b', 'c'], answer: [0, 1, 2], choiceFeedback: undefined })).toEqual(['answer: names every choice as right; at least one choice must be wrong']);
		expect(issues({ ...tomb, choices: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], answer: [0, 1, 2, 3, 4, 5, 6], choiceFeedback: undefined })).toEqual([
			'answer: names 7 right choices; a select-all question needs 2 to 6'
		]);
		expect(issues({ ...tomb, answer: [2, 1] })).toEqual(['answer: must list each right choice once, in ascending order']);
		expect(issues({ ...tomb, answer: [1, 1] })).toEqual(['answer: must list each right choice once, in ascending order']);
		expect(issues({ ...tomb, answer: [1, 4] })).toEqual(["answer: must be a list of the right choices' indices, each 0 to 3"]);
		expect(issues({ ...tomb, answer: 1 })).toEqual(["answer: must be a list of the right choices' indices, each 0 to 3"]);
		expect(issues({ ...tomb, choices: ['Grant', 'grant ', 'c', 'd'] })).toEqual(['choices[1]: repeats another choice ("grant ")']);
		expect(issues({ ...tomb, choiceFeedback: ['x'] })).toEqual(['choiceFeedback: must be a list of 4 texts, one per choice ("" for none)']);
	});

	it('reads its answer as the right options, and keys progress on which options are right, not their order', () => {
		expect(answerText(tomb)).toBe("Grant; Grant's wife");
		const reordered: SelectAllQuestion = { ...tomb, choices: ["Grant's wife", 'No one', "Grant's father", 'Grant'], answer: [0, 3] };
		expect(answerKeyHash(reordered)).toBe(answerKeyHash(tomb));
		expect(answerKeyHash({ ...tomb, answer: [1, 3] })).not.toBe(answerKeyHash(tomb));
		// A wrong option changed is a changed question too.
		expect(answerKeyHash({ ...tomb, choices: ['Nobody', 'Grant', "Grant's wife", "Grant's father"] })).not.toBe(answerKeyHash(tomb));
	});
});

describe('grading', () => {
	const ask = askFor(tomb, { mode: 'study', stability: 0, seed: 7 }) as Extract<Ask, { form: 'select' }>;
	const at = (text: string) => ask.choices.indexOf(text);

	it('asks with shuffled options, the right ones marked, the feedback following its option', () => {
		expect(ask.form).toBe('select');
		expect(ask.kind).toBe('Select all that apply');
		expect([...ask.choices].sort()).toEqual([...tomb.choices].sort());
		expect(ask.correctChoices.map((index) => ask.choices[index]).sort()).toEqual(['Grant', "Grant's wife"]);
		expect(ask.choiceFeedback?.[at("Grant's father")]).toBe('He is buried in Ohio.');
		expect(ask.answer.split('; ').sort()).toEqual(['Grant', "Grant's wife"]);
	});

	it('scores right picks less wrong picks, over the right options, never below 0', () => {
		expect(scoreSelection([1, 2], [1, 2])).toEqual({ rightPicks: 2, wrongPicks: 0, missed: 0, credit: 1 });
		expect(scoreSelection([1], [1, 2])).toEqual({ rightPicks: 1, wrongPicks: 0, missed: 1, credit: 0.5 });
		expect(scoreSelection([1, 2, 3], [1, 2])).toEqual({ rightPicks: 2, wrongPicks: 1, missed: 0, credit: 0.5 });
		expect(scoreSelection([1, 3], [1, 2])).toEqual({ rightPicks: 1, wrongPicks: 1, missed: 1, credit: 0 });
		expect(scoreSelection([0, 3], [1, 2])).toEqual({ rightPicks: 0, wrongPicks: 2, missed: 2, credit: 0 });
		expect(scoreSelection([0, 1, 2, 3], [1, 2]).credit).toBe(0);
	});

	it('all right and no wrong pick is Good; some credit left is Hard; none is Again', () => {
		const rate = (picks: string[]) => {
			const judgement = judge(ask, { choices: picks.map(at) });
			return { how: judgement.how, correct: judgement.correct, rating: suggestRating(judgement, { durationMs: 20_000, stability: 0 }), credit: judgement.credit };
		};
		expect(rate(['Grant', "Grant's wife"])).toEqual({ how: 'choice', correct: true, rating: Rating.Good, credit: 1 });
		expect(rate(['Grant'])).toEqual({ how: 'partial', correct: false, rating: Rating.Hard, credit: 0.5 });
		expect(rate(['Grant', "Grant's wife", 'No one'])).toEqual({ how: 'partial', correct: false, rating: Rating.Hard, credit: 0.5 });
		expect(rate(['Grant', 'No one'])).toEqual({ how: 'wrong', correct: false, rating: Rating.Again, credit: 0 });
		expect(rate(["Grant's father"])).toEqual({ how: 'wrong', correct: false, rating: Rating.Again, credit: 0 });
	});

	it('says what was ticked and what it earned, and heads the feedback "Partly right"', () => {
		const judgement = judge(ask, { choices: [at("Grant's wife"), at('No one'), at('Grant'), at('Grant')] });
		expect(judgement.picks).toEqual([at('Grant'), at("Grant's wife"), at('No one')].sort((a, b) => a - b));
		expect(judgement.given.split('; ').sort()).toEqual(['Grant', "Grant's wife", 'No one']);
		expect(judgement.reason).toBe('2 of 2 right options; 1 wrong pick, each cancelling a right one: 50% of the question.');
		expect(verdictHeading(judgement)).toEqual({ text: 'Partly right', tone: 'partial', mark: '◐' });
		expect(judge(ask, { choices: [at('Grant'), at("Grant's wife")] }).reason).toBe('Every right option and no wrong one.');
	});

	it('logs what was ticked within the 2,000 characters a synced answer may hold', () => {
		const long: SelectAllQuestion = { ...tomb, id: 'long', choices: tomb.choices.map((c) => `${c} ${'and more '.repeat(100)}`), answer: [0, 1, 2, 3] };
		const longAsk = askFor(long, { mode: 'study', stability: 0, seed: 7 }) as Extract<Ask, { form: 'select' }>;
		const judgement = judge(longAsk, { choices: [0, 1, 2, 3] });
		expect(judgement.correct).toBe(true);
		expect(judgement.given.length).toBe(2000);
		expect(judgement.given.endsWith('…')).toBe(true);
	});

	it('counts in a test as its share: 1 right, 0.5 half right, 0 wrong', () => {
		expect(creditOf(judge(ask, { choices: [at('Grant'), at("Grant's wife")] }))).toBe(1);
		expect(creditOf(judge(ask, { choices: [at('Grant')] }))).toBe(0.5);
		expect(creditOf(judge(ask, { choices: [at('No one')] }))).toBe(0);
		expect(creditOf(undefined)).toBe(0);
	});

	it('is asked the same way in study, learn (new or known) and test: it is recognition already', () => {
		for (const options of [
			{ mode: 'learn' as const, stability: 0 },
			{ mode: 'learn' as const, stability: 30 },
			{ mode: 'test' as const, stability: 0 }
		]) {
			expect(askFor(tomb, { ...options, seed: 7 })).toEqual(ask);
		}
	});
});

describe('keys', () => {
	const ask: Ask = { kind: 'Select all that apply', prompt: 'Which?', answer: 'a; c', alternatives: [], form: 'select', choices: ['a', 'b', 'c', 'd'], correctChoices: [0, 2] };
	const press = (key: string, extra: Partial<StudyKeyPress> = {}): StudyKeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, typing: false, onControl: false, ...extra });
	const screen = (selected: number[]): StudyScreen => ({ canUndo: false, ask, phase: 'ask', practice: false, wrong: false, canSpeak: false, selected });

	it('number keys tick and untick options; Enter checks what is ticked, also from a focused checkbox', () => {
		expect(studyKeyAction(press('3'), screen([]))).toEqual({ do: 'toggle', choice: 2 });
		expect(studyKeyAction(press('5'), screen([]))).toBeUndefined();
		expect(studyKeyAction(press('Enter'), screen([0, 2]))).toEqual({ do: 'answer', response: { choices: [0, 2] } });
		expect(studyKeyAction(press('Enter', { onControl: true, onCheckbox: true }), screen([1]))).toEqual({ do: 'answer', response: { choices: [1] } });
		// Enter on a button is the button's own; Space on a checkbox ticks it.
		expect(studyKeyAction(press('Enter', { onControl: true }), screen([1]))).toBeUndefined();
		expect(studyKeyAction(press(' ', { onControl: true, onCheckbox: true }), screen([1]))).toBeUndefined();
		expect(selectKey(press('1'), 4, [])).toEqual({ do: 'toggle', choice: 0 });
	});

	it('toggles an option in and out, keeping the list ascending', () => {
		expect(toggleChoice([], 2)).toEqual([2]);
		expect(toggleChoice([2], 0)).toEqual([0, 2]);
		expect(toggleChoice([0, 2], 2)).toEqual([0]);
	});
});

describe('editor draft', () => {
	it('round-trips through the form draft unchanged', () => {
		expect(toQuestion(fromQuestion(tomb))).toEqual(tomb);
	});

	it('starts with four empty options and none ticked, validating as you type with the field named', () => {
		const draft = blankQuestion('select_all', 'q1');
		expect(draft.choices).toEqual(['', '', '', '']);
		expect(draft.rightChoices).toEqual([]);
		draft.prompt = 'Which?';
		draft.choices = ['a', 'b', 'c', 'd'];
		expect(questionIssues(draft)).toEqual({ answer: 'names 0 right choices; a select-all question needs 2 to 6' });
		toggleRightChoice(draft, 2);
		toggleRightChoice(draft, 0);
		expect(draft.rightChoices).toEqual([0, 2]);
		expect(questionIssues(draft)).toEqual({});
		toggleRightChoice(draft, 0);
		expect(draft.rightChoices).toEqual([2]);
	});

	it('adds options up to 8, removes down to 3, and keeps the same options ticked', () => {
		const draft = fromQuestion(tomb);
		for (let i = 0; i < 6; i++) addChoice(draft);
		expect(draft.choices).toHaveLength(8);
		expect(draft.choiceFeedback).toHaveLength(8);
		removeChoice(draft, 0);
		expect(draft.rightChoices).toEqual([0, 1]);
		expect(draft.choices.slice(0, 2)).toEqual(['Grant', "Grant's wife"]);
		while (draft.choices.length > 4) removeChoice(draft, draft.choices.length - 1);
		// A right option removed is no longer ticked; the others keep theirs.
		removeChoice(draft, 0);
		expect(draft.choices).toEqual(["Grant's wife", "Grant's father", '']);
		expect(draft.rightChoices).toEqual([0]);
		removeChoice(draft, 2);
		expect(draft.choices).toHaveLength(3);
	});

	it('changes from multiple choice keeping the options and the right one ticked, and back', () => {
		const choice: Question = { id: 'm', type: 'multiple_choice', prompt: 'Pick', choices: ['a', 'b', 'c'], answer: 1 };
		const select = changeType(fromQuestion(choice), 'select_all');
		expect(select).toMatchObject({ type: 'select_all', choices: ['a', 'b', 'c'], rightChoices: [1] });
		expect(changeType(fromQuestion(tomb), 'multiple_choice')).toMatchObject({ type: 'multiple_choice', choices: tomb.choices, correct: 1 });
	});
});

describe('printing', () => {
	it('gives the worksheet its options to tick and the key every right option with its letter', () => {
		expect(worksheetItem(tomb)).toEqual({ kind: 'select', prompt: tomb.prompt, options: tomb.choices, lines: 0 });
		expect(keyItem(tomb).answer).toBe("B. Grant; C. Grant's wife");
	});
});

describe('backup', () => {
	it('round-trips a set of select-all questions, a review answered in the select form and a test with partial credit', async () => {
		const set = setOf(tomb) as QuestionSet;
		const before = newCard('demo', 'tomb', 0);
		const data: BackupData = {
			sets: [{ id: 'demo', set, builtin: false, contentHash: 'abc', installedAt: 1, updatedAt: 1 }],
			cards: [{ ...before, position: 0, answerHash: answerKeyHash(tomb), newRank: 0 }],
			log: [
				{
					id: 1,
					setId: 'demo',
					questionId: 'tomb',
					rating: Rating.Hard,
					reviewedAt: 1000,
					durationMs: 5000,
					before,
					after: { ...before, state: 1, reps: 1, lastReview: 1000 },
					answer: { form: 'select', given: 'Grant', correct: false, how: 'partial', overruled: false, hinted: false, suggested: Rating.Hard }
				}
			],
			tests: [
				{
					id: 1,
					setId: 'demo',
					startedAt: 10,
					finishedAt: 20,
					types: ['select_all'],
					total: 1,
					correct: 0,
					points: 0.5,
					scheduled: false,
					items: [{ questionId: 'tomb', prompt: tomb.prompt, form: 'select', given: 'Grant', correct: false, answer: "Grant; Grant's wife", how: 'partial' }]
				}
			],
			settings: []
		};
		const result = await readBackup(await writeBackup(data, { now: 2000, schema: 3 }));
		if (!result.ok) throw new Error(result.errors.join('\n'));
		expect(result.backup.data).toEqual(data);
	});
});
