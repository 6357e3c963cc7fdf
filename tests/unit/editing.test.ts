import { describe, expect, it } from 'vitest';
import {
	addChoice,
	asSetDraft,
	blankQuestion,
	changeType,
	copyOfSet,
	describeIssue,
	draftIssues,
	duplicateQuestion,
	emptySet,
	fieldLabel,
	fromQuestion,
	fromQuestionSet,
	isoDay,
	moveItem,
	newQuestionId,
	newSetId,
	questionIssues,
	removeChoice,
	setFieldIssues,
	slugify,
	toQuestion,
	toQuestionSet,
	QUESTION_TYPES
} from '../../src/lib/core/editing';
import { validateQuestionSet, type Question, type QuestionSet } from '../../src/lib/formats/question-set';
import { readFileSync } from 'node:fs';

/** Returns the given values in turn, then repeats the last: a scripted "random". */
function scripted(...values: number[]): () => number {
	let i = 0;
	return () => values[Math.min(i++, values.length - 1)]!;
}

const every: Question[] = [
	{ id: 'f', type: 'flashcard', prompt: 'Capital of France?', answer: 'Paris', accepted: ['Paris, France'], explanation: 'Since 987.' },
	{ id: 'm', type: 'multiple_choice', prompt: 'Pick one', choices: ['a', 'b', 'c'], answer: 2, attribution: 'A source' },
	{ id: 't', type: 'true_false', prompt: 'The sky is green.', answer: false },
	{ id: 's', type: 'short_answer', prompt: 'Who?', answer: 'Kim Jong Un', accepted: ['Kim Jong-un'] },
	{ id: 'c', type: 'cloze', prompt: 'The ___ visited.', answer: 'minister', provenance: { fact: 'f1' }, tags: ['visit'] },
	{ id: 'n', type: 'numeric', prompt: 'How many?', answer: 70, tolerance: 2, unit: 'years' },
	{ id: 'd', type: 'date', prompt: 'When?', answer: '2023-07' },
	{ id: 'mf', type: 'multiple_choice', prompt: 'Capital?', choices: ['Seoul', 'Pyongyang'], answer: 1, choiceFeedback: ['No: the South.', ''] },
	{ id: 'tf', type: 'true_false', prompt: 'Grass is green.', answer: true, choiceFeedback: ['', 'Look again.'] }
];

const set: QuestionSet = {
	format: 1,
	id: 'demo',
	title: 'Demo',
	description: 'A demo',
	language: 'en',
	source: { title: 'T', publisher: 'P', date: '2024-01-01', url: 'https://example.org/a' },
	facts: [{ id: 'f1', text: 'A minister visited.' }],
	questions: every
};

describe('ids', () => {
	it('slugifies titles: accents, apostrophes and punctuation go, length is capped', () => {
		expect(slugify("Kim's Visit, July 2023!")).toBe('kims-visit-july-2023');
		expect(slugify('Défense — Pyongyang')).toBe('defense-pyongyang');
		expect(slugify('  !!!  ')).toBe('set');
		expect(slugify('word '.repeat(30)).length).toBeLessThanOrEqual(48);
		expect(slugify('word '.repeat(30))).not.toMatch(/-$/);
	});

	it('gives a new set id from the title and a random suffix, never a taken one', () => {
		expect(newSetId('My set', [], scripted(0))).toBe('my-set-aaaa');
		// The first draw collides, so a second suffix is drawn.
		expect(newSetId('My set', ['my-set-aaaa'], scripted(0, 0, 0, 0, 0, 0, 0, 0.99))).toBe('my-set-aaa9');
		expect(validateQuestionSet({ ...set, id: newSetId('x'.repeat(300), [], Math.random) }).ok).toBe(true);
	});

	it('gives question ids that are valid, random and unused', () => {
		expect(newQuestionId([], scripted(0))).toBe('q-aaaaaa');
		expect(newQuestionId(['q-aaaaaa'], scripted(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5))).toBe('q-aaaaas');
	});
});

describe('draft conversion', () => {
	it('round-trips every question type and the set through the form draft unchanged', () => {
		for (const question of every) expect(toQuestion(fromQuestion(question))).toEqual(question);
		expect(toQuestionSet(fromQuestionSet(set))).toEqual(set);
	});

	it('trims typed text, leaves empty optional fields out, and reads numbers', () => {
		const draft = { ...blankQuestion('numeric', 'n1'), prompt: '  How far? ', answer: ' 12.5 ', tolerance: '', unit: ' km ', explanation: '   ' };
		expect(toQuestion(draft)).toEqual({ id: 'n1', type: 'numeric', prompt: 'How far?', answer: 12.5, unit: 'km' });
		const text = { ...blankQuestion('short_answer', 's1'), prompt: 'Who?', answer: 'Kim', accepted: 'Kim Jong Un\n\n  Kim Jong-un  \n' };
		expect(toQuestion(text)).toMatchObject({ accepted: ['Kim Jong Un', 'Kim Jong-un'] });
	});

	it('keeps each option\'s feedback with its option when options are added or removed, and leaves out feedback never written', () => {
		const draft = fromQuestion(every.find((question) => question.id === 'mf')!);
		addChoice(draft);
		draft.choices[2] = 'Busan';
		draft.choiceFeedback![2] = 'A port city.';
		removeChoice(draft, 0);
		expect(toQuestion(draft)).toMatchObject({ choices: ['Pyongyang', 'Busan'], answer: 0, choiceFeedback: ['', 'A port city.'] });
		draft.choiceFeedback = ['  ', ''];
		expect(toQuestion(draft)).not.toHaveProperty('choiceFeedback');
		// A new question has none until the author adds some.
		expect(toQuestion({ ...blankQuestion('true_false', 't2'), prompt: 'A statement.' })).toEqual({ id: 't2', type: 'true_false', prompt: 'A statement.', answer: true });
	});

	it('keeps a number that is not one as text, so the validator names it', () => {
		const draft = { ...blankQuestion('numeric', 'n1'), prompt: 'How far?', answer: 'seventy' };
		expect(questionIssues(draft)).toEqual({ answer: 'must be a number' });
		expect(questionIssues({ ...draft, answer: '' })).toEqual({ answer: 'must be a number' });
		expect(questionIssues({ ...draft, answer: '70', tolerance: '-1' })).toEqual({ tolerance: 'must be a number of at least 0' });
	});

	it('accepts only the draft shape it writes when reading a stored draft back', () => {
		const draft = fromQuestionSet(set);
		expect(asSetDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
		expect(asSetDraft(null)).toBeUndefined();
		expect(asSetDraft({ ...draft, questions: [{ id: 'x', type: 'essay' }] })).toBeUndefined();
		expect(asSetDraft({ ...draft, source: undefined })).toBeUndefined();
	});
});

describe('per-field validation', () => {
	it('names the field at fault for each type', () => {
		const cases: Array<[Partial<ReturnType<typeof blankQuestion>> & { type: (typeof QUESTION_TYPES)[number] }, Record<string, string>]> = [
			[{ type: 'flashcard', prompt: 'Q', answer: '' }, { answer: 'must not be empty' }],
			[{ type: 'short_answer', prompt: '', answer: 'A' }, { prompt: 'must not be empty' }],
			[{ type: 'cloze', prompt: 'No blank here', answer: 'A' }, { prompt: 'must contain exactly one blank (___), found 0' }],
			[{ type: 'cloze', prompt: '___ and ___', answer: 'A' }, { prompt: 'must contain exactly one blank (___), found 2' }],
			[{ type: 'multiple_choice', prompt: 'Q', choices: ['a', ' ', 'A'], correct: 0 }, { 'choices[1]': 'must be a non-empty string' }],
			[{ type: 'multiple_choice', prompt: 'Q', choices: ['a', 'b', 'A'], correct: 0 }, { 'choices[2]': 'repeats another choice ("A")' }],
			[{ type: 'multiple_choice', prompt: 'Q', choices: ['a', 'b'], correct: 5 }, { answer: 'must be the index of the right choice, 0 to 1' }],
			[{ type: 'date', prompt: 'When?', answer: '2023-02-30' }, { answer: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }],
			[{ type: 'date', prompt: 'When?', answer: 'July 2023' }, { answer: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }],
			[{ type: 'true_false', prompt: 'A statement.' }, {}],
			[{ type: 'short_answer', prompt: 'Q', answer: 'A', attribution: 'x'.repeat(201) }, { attribution: 'is longer than 200 characters' }]
		];
		for (const [fields, expected] of cases) {
			expect(questionIssues({ ...blankQuestion(fields.type, 'q1'), ...fields }), JSON.stringify(fields)).toEqual(expected);
		}
	});

	it('checks a provenance fact against the set facts', () => {
		const draft = fromQuestion(every[4]!);
		expect(questionIssues(draft, set.facts)).toEqual({});
		expect(questionIssues(draft, [{ id: 'other', text: 'x' }])).toEqual({ 'provenance.fact': `names fact "f1", which is not in the set's facts` });
	});

	it('checks the set fields apart from the questions', () => {
		const draft = emptySet('new', 'q1', '2024-02-30');
		draft.source.url = 'javascript:alert(1)';
		expect(setFieldIssues(draft)).toEqual({
			title: 'must not be empty',
			'source.title': 'must be text of 1 to 300 characters',
			'source.publisher': 'must be text of 1 to 300 characters',
			'source.date': 'must be a date written YYYY-MM-DD',
			'source.url': 'must be an http or https address'
		});
		expect(setFieldIssues(fromQuestionSet(set))).toEqual({});
	});

	it('places whole-set issues on the question index and field, and words them for people', () => {
		const draft = fromQuestionSet(set);
		draft.title = '';
		draft.questions[1]!.choices[0] = '';
		const issues = draftIssues(draft);
		expect(issues).toEqual([
			{ field: 'title', message: 'must not be empty' },
			{ question: 1, questionId: 'm', type: 'multiple_choice', field: 'choices[0]', message: 'must be a non-empty string' }
		]);
		expect(issues.map(describeIssue)).toEqual(['Title: must not be empty', 'Question 2, Option 1: must be a non-empty string']);
		expect(draftIssues({ ...draft, title: 'ok', questions: [] })).toEqual([{ field: 'questions', message: 'must hold at least one question' }]);
		expect(fieldLabel('accepted[3]')).toBe('Also accept');
		expect(fieldLabel('source.date')).toBe('Source date');
	});
});

describe('editing operations', () => {
	it('makes a blank question of every type with the fields its form needs', () => {
		for (const type of QUESTION_TYPES) {
			const question = blankQuestion(type, 'q1');
			expect(question.type).toBe(type);
			expect(question.choices).toHaveLength(type === 'multiple_choice' || type === 'select_all' ? 4 : 0);
		}
	});

	it('duplicates a question deeply under a new id', () => {
		const original = fromQuestion(every[1]!);
		const copy = duplicateQuestion(original, 'q-new');
		expect(copy).toEqual({ ...original, id: 'q-new' });
		copy.choices[0] = 'changed';
		expect(original.choices[0]).toBe('a');
	});

	it('changes type keeping the prompt, explanation and what answer still fits', () => {
		const short = fromQuestion(every[3]!);
		expect(changeType(short, 'cloze')).toMatchObject({ type: 'cloze', prompt: 'Who?', answer: 'Kim Jong Un', accepted: 'Kim Jong-un' });
		expect(changeType(short, 'multiple_choice')).toMatchObject({ choices: ['Kim Jong Un', '', '', ''], correct: 0 });
		expect(changeType(fromQuestion(every[1]!), 'short_answer')).toMatchObject({ answer: 'c', attribution: 'A source' });
		expect(changeType(short, 'numeric')).toMatchObject({ type: 'numeric', answer: '', prompt: 'Who?' });
		expect(changeType(short, 'short_answer')).toBe(short);
	});

	it('moves items up and down, clamped at the ends', () => {
		expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
		expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
	});

	it('copies a set under a new id with "(copy)" after the title, keeping questions and their ids', () => {
		const copy = copyOfSet(set, 'demo-copy-abcd');
		expect(copy).toEqual({ ...set, id: 'demo-copy-abcd', title: 'Demo (copy)' });
		expect(copyOfSet({ ...set, title: 'x'.repeat(200) }, 'c').title).toHaveLength(200);
		expect(set.title).toBe('Demo');
	});

	it('the built-in set survives the editor round trip and its copy is valid', () => {
		const builtin = JSON.parse(readFileSync('questions/shoigu-pyongyang-2023.json', 'utf8')) as QuestionSet;
		expect(toQuestionSet(fromQuestionSet(builtin))).toEqual(builtin);
		expect(validateQuestionSet(copyOfSet(builtin, newSetId(builtin.title, [builtin.id], scripted(0.3)))).ok).toBe(true);
	});

	it('writes local dates as YYYY-MM-DD', () => {
		expect(isoDay(new Date(2024, 0, 5, 23, 30))).toBe('2024-01-05');
	});
});
