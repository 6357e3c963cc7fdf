import { describe, expect, it } from 'vitest';
import { exportSet } from '../../src/lib/formats/export';
import { importSet } from '../../src/lib/formats/import';
import { answerText, validateQuestionSet, type QuestionSet } from '../../src/lib/formats/question-set';
import Papa from 'papaparse';
import { builtin } from './builtin';

function reimport(set: QuestionSet, format: 'json' | 'csv' | 'anki' | 'quizlet' | 'gift'): QuestionSet {
	const file = exportSet(set, format);
	const result = importSet(file.data, { filename: file.filename, today: '2024-05-01' });
	if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
	// Detected from the content and name alone.
	expect(result.format).toBe(format);
	expect(validateQuestionSet(result.set).ok).toBe(true);
	return result.set;
}

describe('export then import gives the same questions, as far as each format carries them', () => {
	it('json: the very same set', () => {
		expect(reimport(builtin, 'json')).toEqual(builtin);
	});

	it('csv: every question field but provenance, ids and types included', () => {
		const back = reimport(builtin, 'csv');
		expect(back.questions).toEqual(builtin.questions.map(({ provenance: _provenance, ...question }) => question));
	});

	it('gift: ids, types, prompts, answers, alternatives, tolerances, units, explanations, attributions', () => {
		const back = reimport(builtin, 'gift');
		expect(back.id).toBe('shoigu-pyongyang-2023');
		expect(back.questions).toEqual(
			builtin.questions.map(({ provenance: _provenance, ...question }) => {
				// GIFT has no place for an alternative equal to the answer itself.
				if ('accepted' in question && question.accepted) {
					const accepted = question.accepted.filter((text) => text !== question.answer);
					const { accepted: _accepted, ...rest } = question;
					return accepted.length > 0 ? { ...rest, accepted } : rest;
				}
				return question;
			})
		);
	});

	it('gift: the feedback of each choice and of true/false answers, the set\'s title (from its category) and id', () => {
		const set: QuestionSet = {
			...builtin,
			id: 'korea-quiz',
			title: 'Korea: 1950/1953',
			facts: undefined,
			questions: [
				{ id: 'm1', type: 'multiple_choice', prompt: 'Capital?', choices: ['Seoul', 'Pyongyang', 'Busan'], answer: 1, choiceFeedback: ['No: {South} #1.', 'Yes.', ''], explanation: 'Since 1948.' },
				{ id: 't1', type: 'true_false', prompt: 'A treaty ended the war.', answer: false, choiceFeedback: ['No: an armistice.', ''] },
				{ id: 't2', type: 'true_false', prompt: 'It began in 1950.', answer: true, choiceFeedback: ['', 'It did.'] }
			]
		};
		const file = exportSet(set, 'gift');
		const back = importSet(file.data, { filename: 'renamed.txt', from: 'gift', today: '2024-05-01' });
		if (!back.ok) throw new Error(JSON.stringify(back.errors));
		expect(back.set.title).toBe('Korea: 1950/1953');
		expect(back.set.id).toBe('korea-quiz');
		expect(back.set.questions).toEqual(set.questions);
	});

	for (const format of ['anki', 'quizlet'] as const) {
		it(`${format}: each question's prompt and right answer, in order`, () => {
			const back = reimport(builtin, format);
			expect(back.questions).toHaveLength(builtin.questions.length);
			back.questions.forEach((question, index) => {
				const source = builtin.questions[index]!;
				expect(question.prompt).toBe(source.prompt);
				expect(answerText(question)).toBe(answerText(source));
				expect(question.id).toBe(`q${index + 1}`);
			});
			// A blank in the prompt comes back as a cloze, "True"/"False" as true/false.
			expect(back.questions.filter((question) => question.type === 'cloze')).toHaveLength(builtin.questions.filter((q) => q.type === 'cloze').length);
			expect(back.questions.filter((question) => question.type === 'true_false')).toHaveLength(builtin.questions.filter((q) => q.type === 'true_false').length);
		});
	}

	it('anki: the deck name becomes the title of the imported set', () => {
		expect(reimport(builtin, 'anki').title).toBe(builtin.title);
	});

	it('export is deterministic: the same set gives the same bytes', () => {
		for (const format of ['json', 'csv', 'anki', 'quizlet', 'gift', 'kahoot'] as const) {
			expect(exportSet(builtin, format).data).toEqual(exportSet(builtin, format).data);
		}
	});

	it('round-trips awkward text: separators, quotes, braces, pipes, new lines, leading = signs', () => {
		const awkward: QuestionSet = {
			...builtin,
			facts: undefined,
			questions: [
				{ id: 'a1', type: 'multiple_choice', prompt: 'Pick "x"; or {y}: a=b ~ c # d', choices: ['a | b', 'c\\d', '=SUM(A1)', 'e, f'], answer: 2 },
				{ id: 'a2', type: 'short_answer', prompt: 'Line one\nline two: tab\there', answer: 'x: {y}', accepted: ['x=y', '#1'] },
				{ id: 'a3', type: 'numeric', prompt: 'Minus?', answer: -2.5, tolerance: 0.25, unit: '°C' },
				{ id: 'a4', type: 'cloze', prompt: 'The ___ is {here}.', answer: 'blank', explanation: '<script>alert(1)</script> stays text' }
			]
		};
		expect(reimport(awkward, 'csv').questions).toEqual(awkward.questions);
		expect(reimport(awkward, 'gift').questions).toEqual(awkward.questions);
		const anki = reimport(awkward, 'anki');
		expect(anki.questions.map((question) => question.prompt)).toEqual(awkward.questions.map((question) => question.prompt));
	});
});

describe('CSV export and spreadsheets', () => {
	const formulas: QuestionSet = {
		...builtin,
		facts: undefined,
		questions: [
			{ id: 'f1', type: 'numeric', prompt: '=1+1', answer: -3, tolerance: 0.5, unit: '=HYPERLINK("http://e.x","u")', tags: ['@SUM(1,1)', '+cmd', '-2+3', 'plain'] },
			{ id: 'f2', type: 'short_answer', prompt: '@x', answer: '+y', accepted: ['-z'], explanation: '=A1', attribution: '@me' },
			{ id: 'f3', type: 'multiple_choice', prompt: 'Pick', choices: ['=one', 'two'], answer: 0 },
			// Text that looks like GIFT ("{#", "{=") in a file named .csv is still CSV.
			{ id: 'f4', type: 'short_answer', prompt: "'=already quoted {#1}", answer: "''@x", accepted: ['{=y}'] }
		]
	};

	it('no cell starts a formula, in any column (unit and tags included); plain numbers stay numbers', () => {
		const parsed = Papa.parse<string[]>(exportSet(formulas, 'csv').data as string, { skipEmptyLines: true });
		const cells = parsed.data.slice(1).flat();
		expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell))).toEqual([]);
		expect(cells).toContain(`'=HYPERLINK("http://e.x","u")`);
		expect(cells).toContain("'@SUM(1,1) | +cmd | -2+3 | plain");
		expect(cells).toContain('-3');
	});

	it('comes back as it was when imported', () => {
		expect(reimport(formulas, 'csv').questions).toEqual(formulas.questions);
	});
});
