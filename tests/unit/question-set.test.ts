/**
 * The question-set schema (src/lib/formats/question-set.ts), the one check the build, the importer,
 * the editor and the command line share: each broken copy of the built-in set is refused with an
 * issue naming the question and the field.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateQuestionSet, BLANK, type QuestionSet, type SchemaIssue } from '../../src/lib/formats/question-set';

const set = JSON.parse(readFileSync(new URL('../../questions/shoigu-pyongyang-2023.json', import.meta.url), 'utf8')) as QuestionSet;

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

describe('validateQuestionSet rejects broken copies of the built-in set', () => {
	function issuesOf(mutate: (s: QuestionSet) => void): SchemaIssue[] {
		const copy = clone(set);
		mutate(copy);
		const result = validateQuestionSet(copy);
		expect(result.ok).toBe(false);
		return result.ok ? [] : result.issues;
	}

	function find<T extends QuestionSet['questions'][number]['type']>(s: QuestionSet, type: T) {
		const q = s.questions.find((x) => x.type === type);
		if (!q) throw new Error(`no ${type} question`);
		return q as Extract<QuestionSet['questions'][number], { type: T }>;
	}

	it('a duplicate question id', () => {
		const issues = issuesOf((s) => {
			s.questions[1]!.id = s.questions[0]!.id;
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: set.questions[0]!.id, field: 'id' }));
	});

	it('a multiple-choice answer out of range', () => {
		const id = find(set, 'multiple_choice').id;
		const issues = issuesOf((s) => {
			const q = find(s, 'multiple_choice');
			q.answer = q.choices.length;
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'answer' }));
	});

	it('an empty prompt', () => {
		const id = set.questions[2]!.id;
		const issues = issuesOf((s) => {
			s.questions[2]!.prompt = '   ';
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'prompt' }));
	});

	it('a cloze without a blank', () => {
		const id = find(set, 'cloze').id;
		const issues = issuesOf((s) => {
			const q = find(s, 'cloze');
			q.prompt = q.prompt.replace(BLANK, q.answer);
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'prompt' }));
	});

	it('an unknown question type', () => {
		const id = set.questions[3]!.id;
		const issues = issuesOf((s) => {
			(s.questions[3] as { type: string }).type = 'essay';
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'type' }));
	});

	it('per-choice feedback that does not match the choices, is not text, or is empty throughout', () => {
		const choice = find(set, 'multiple_choice');
		const truth = find(set, 'true_false');
		expect(issuesOf((s) => (find(s, 'multiple_choice').choiceFeedback = ['one'])).map(({ question, field, message }) => [question, field, message])).toEqual([
			[choice.id, 'choiceFeedback', `must be a list of ${choice.choices.length} texts, one per choice ("" for none)`]
		]);
		expect(issuesOf((s) => ((find(s, 'true_false') as unknown as { choiceFeedback: unknown[] }).choiceFeedback = ['Yes', 3]))).toEqual([
			{ question: truth.id, field: 'choiceFeedback[1]', message: 'must be a string ("" for none)' }
		]);
		expect(issuesOf((s) => (find(s, 'true_false').choiceFeedback = ['', ' ']))).toEqual([
			{ question: truth.id, field: 'choiceFeedback', message: 'holds no feedback; leave it out instead' }
		]);
		expect(issuesOf((s) => ((find(s, 'cloze') as unknown as { choiceFeedback: string[] }).choiceFeedback = ['x']))).toEqual([
			{ question: find(set, 'cloze').id, field: 'choiceFeedback', message: 'is not a known field' }
		]);
		const valid = clone(set);
		find(valid, 'multiple_choice').choiceFeedback = choice.choices.map((_, index) => (index === 0 ? 'Not this one.' : ''));
		find(valid, 'true_false').choiceFeedback = ['', 'Indeed.'];
		expect(validateQuestionSet(valid).ok).toBe(true);
	});

	it('a provenance naming a missing fact', () => {
		const id = set.questions[4]!.id;
		const issues = issuesOf((s) => {
			s.questions[4]!.provenance = { fact: 'f-does-not-exist' };
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'provenance.fact' }));
	});
});
