/**
 * Kahoot's quiz spreadsheet holds only choice questions of 2–4 answers under a 120-character
 * prompt: typed questions become choice questions with wrong answers of the same kind from the
 * set, long prompts are shortened where it reads well, and every change is said per question.
 */
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { describeWarning, exportSet, KAHOOT_FIRST_ROW } from '../../src/lib/formats/export';
import { KAHOOT_MAX_QUESTION, planKahoot, shortenPrompt } from '../../src/lib/formats/kahoot';
import type { Question, QuestionSet } from '../../src/lib/formats/question-set';
import { builtin } from './builtin';

const base: Omit<QuestionSet, 'questions'> = { format: 1, id: 'korea', title: 'Korea', language: 'en', source: { title: 'T', publisher: 'P', date: '2023-07-28' } };

function setOf(...questions: Question[]): QuestionSet {
	return { ...base, questions };
}

const people: Question[] = [
	{ id: 'p1', type: 'short_answer', prompt: 'Who leads North Korea?', answer: 'Kim Jong Un', accepted: ['Kim Jong-un', 'Kim'] },
	{ id: 'p2', type: 'short_answer', prompt: 'Who is Russia\'s defence minister?', answer: 'Sergei Shoigu' },
	{ id: 'p3', type: 'flashcard', prompt: 'Who rules Belarus?', answer: 'Alexander Lukashenko' },
	{ id: 'p4', type: 'multiple_choice', prompt: 'Who met Kim in 2019?', choices: ['Donald Trump', 'Joe Biden', 'Xi Jinping'], answer: 0 },
	{ id: 'c1', type: 'short_answer', prompt: 'In which city was the exhibition?', answer: 'Pyongyang' },
	{ id: 'c2', type: 'multiple_choice', prompt: 'Which city hosted the 2019 summit?', choices: ['Hanoi', 'Singapore', 'Seoul'], answer: 0 }
];

describe('typed questions become choice questions', () => {
	it('offers wrong answers of the same kind from the set, never an accepted spelling, the right one once', () => {
		const plan = planKahoot(setOf(...people));
		expect(plan.left).toEqual([]);
		const leader = plan.questions.find((question) => question.questionId === 'p1')!;
		expect(leader.answers).toHaveLength(4);
		expect(leader.answers[leader.correct[0]!]).toBe('Kim Jong Un');
		const wrong = leader.answers.filter((_, index) => index !== leader.correct[0]);
		// People for a "who" question, not the cities of the set; not "Kim Jong-un" or "Kim".
		expect(wrong.every((answer) => ['Sergei Shoigu', 'Alexander Lukashenko', 'Donald Trump', 'Joe Biden', 'Xi Jinping'].includes(answer))).toBe(true);
		const city = plan.questions.find((question) => question.questionId === 'c1')!;
		expect(city.answers.filter((_, index) => index !== city.correct[0]).every((answer) => ['Hanoi', 'Singapore', 'Seoul'].includes(answer))).toBe(true);
		expect(leader.changes).toEqual([expect.stringMatching(/^a short-answer question became a choice question: "Kim Jong Un" among "[^"]+", "[^"]+", "[^"]+" \(answers from the set\)$/)]);
	});

	it('a fill-in-the-blank keeps its blank; a flashcard with a short back becomes a choice too', () => {
		const plan = planKahoot(setOf(...people, { id: 'b1', type: 'cloze', prompt: 'Shoigu handed ____ a letter from Putin.', answer: 'Kim Jong Un' }));
		const blank = plan.questions.find((question) => question.questionId === 'b1')!;
		expect(blank.prompt).toBe('Shoigu handed ____ a letter from Putin.');
		expect(blank.answers[blank.correct[0]!]).toBe('Kim Jong Un');
		expect(plan.questions.find((question) => question.questionId === 'p3')!.changes[0]).toMatch(/^a flashcard became a choice question/);
	});

	it('numbers keep their unit and get the set\'s numbers with that unit, then near ones outside the tolerance', () => {
		const plan = planKahoot(
			setOf(
				{ id: 'n1', type: 'numeric', prompt: 'How many years after the armistice was the visit?', answer: 70, unit: 'years' },
				{ id: 'n2', type: 'numeric', prompt: 'How many years did the fighting last?', answer: 3, unit: 'years' },
				{ id: 'n3', type: 'numeric', prompt: 'How long is the border?', answer: 1189, tolerance: 20, unit: 'km' },
				{ id: 'n4', type: 'numeric', prompt: 'In which year was it signed?', answer: 1953 }
			)
		);
		const answersOf = (id: string) => plan.questions.find((question) => question.questionId === id)!;
		const anniversary = answersOf('n1');
		expect(anniversary.answers[anniversary.correct[0]!]).toBe('70 years');
		expect(new Set(anniversary.answers)).toEqual(new Set(['70 years', '3 years', '60 years', '80 years']));
		const border = answersOf('n3');
		expect(border.answers[border.correct[0]!]).toBe('1189 km');
		for (const answer of border.answers.filter((_, index) => index !== border.correct[0])) {
			expect(answer).toMatch(/^\d+ km$/);
			expect(Math.abs(parseInt(answer) - 1189)).toBeGreaterThan(20);
		}
		// A year is not offered as 1853 or 2053.
		const year = answersOf('n4');
		expect(year.answers.map(Number).every((value) => Math.abs(value - 1953) <= 4)).toBe(true);
	});

	it('dates are offered as read, with the set\'s dates or the days next to the answer, and lose their typing hint', () => {
		const plan = planKahoot(setOf({ id: 'd1', type: 'date', prompt: 'On what date did Shoigu arrive? (YYYY-MM-DD)', answer: '2023-07-25' }));
		const [question] = plan.questions;
		expect(question!.prompt).toBe('On what date did Shoigu arrive?');
		expect(question!.answers[question!.correct[0]!]).toBe('25 July 2023');
		expect(question!.answers).toHaveLength(4);
		expect(question!.answers.every((answer) => /^\d{1,2} July 2023$/.test(answer))).toBe(true);
		expect(question!.changes).toContain('left out the typing hint "(YYYY-MM-DD)"');
	});

	it('leaves out, saying why, what cannot be a choice: no answer of the same kind, or an answer over 75 characters', () => {
		const plan = planKahoot(
			setOf(
				{ id: 'alone', type: 'short_answer', prompt: 'Which agency?', answer: 'European Space Agency' },
				{ id: 'long', type: 'flashcard', prompt: 'Why?', answer: 'Because the armistice ended the fighting and no peace treaty was ever signed by the two sides' },
				{ id: 'tf', type: 'true_false', prompt: 'It is true.', answer: true }
			)
		);
		expect(plan.left).toEqual([
			{ questionId: 'alone', number: 1, reason: expect.stringMatching(/no other answer of the same kind to offer as a choice: left out$/) },
			{ questionId: 'long', number: 2, reason: expect.stringMatching(/its answer is 93 characters and Kahoot's answers hold 75: left out$/) }
		]);
	});

	it('the spreadsheet holds every converted question, read back by an independent reader', async () => {
		const set = setOf(...people);
		const [sheet] = await readXlsxFile(Buffer.from(exportSet(set, 'kahoot').data as Uint8Array));
		const rows = sheet!.data.slice(KAHOOT_FIRST_ROW - 1);
		expect(rows).toHaveLength(people.length);
		rows.forEach((row, index) => {
			const question = people[index]!;
			const answers = row.slice(2, 6).filter((cell) => cell !== null);
			const right = answers[(row[7] as number) - 1];
			expect(right).toBe(question.type === 'multiple_choice' ? question.choices[question.answer] : (question as { answer: string }).answer);
		});
	});

	it('is the same file every time', () => {
		expect(exportSet(builtin, 'kahoot').data).toEqual(exportSet(builtin, 'kahoot').data);
	});
});

describe('long prompts are shortened at a sensible place', () => {
	const cloze = 'Kim and Shoigu reportedly discussed shielding both countries from the practices of the “____,” a word usually aimed at the United States.';

	it('a blank is never cut off: the clause after it goes instead (it used to be cut before the blank)', () => {
		const { text, how } = shortenPrompt(cloze);
		expect(text).toBe('Kim and Shoigu reportedly discussed shielding both countries from the practices of the “____” …');
		expect(how).toMatch(/kept the clauses/);
	});

	it('a long sentence without clauses keeps the words around its blank', () => {
		const prompt = `${'word '.repeat(30)}the ____ ${'more '.repeat(20)}end.`;
		const { text } = shortenPrompt(prompt);
		expect(text.length).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
		expect(text).toMatch(/^…word .* the ____ more .* …$/);
	});

	it('asides in parentheses go first', () => {
		const prompt = 'In a November 2022 launch shown in a photo (an event separate from the July 2023 visit), which missile did state media say Kim oversaw?';
		expect(shortenPrompt(prompt)).toEqual({ text: 'In a November 2022 launch shown in a photo, which missile did state media say Kim oversaw?', how: 'left out the words in parentheses' });
	});

	it('a question keeps who says it and what it asks, with "…" where words went', () => {
		const prompt = 'According to Voice of America, observers in Seoul said one of the new North Korean drones looked like which American high-altitude surveillance aircraft?';
		const { text } = shortenPrompt(prompt);
		expect(text.length).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
		expect(text).toMatch(/^According to Voice of America, /);
		expect(text).toMatch(/ … .*which American high-altitude surveillance aircraft\?$/);
	});

	it('a true/false statement loses no clause on its own: words go only where "…" shows it', () => {
		const statement = 'The photo printed with the report, showing Kim and his daughter at Pyongyang International Airport, was taken during Shoigu\'s July 2023 visit.';
		const { text, how } = shortenPrompt(statement, KAHOOT_MAX_QUESTION, true);
		expect(text.length).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
		expect(text).toMatch(/^The photo printed with the report, .* … .*was taken during Shoigu's July 2023 visit\.$/);
		expect(how).toMatch(/check that it still asks the same question/);
	});

	it('keeps every prompt of the built-in set within 120 characters, with its blank and its question mark', () => {
		for (const question of builtin.questions) {
			const { text } = shortenPrompt(question.prompt, KAHOOT_MAX_QUESTION, question.type === 'true_false');
			expect(text.length).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
			if (/_{3,}/.test(question.prompt)) expect(text).toMatch(/_{3,}/);
			if (question.prompt.endsWith('?')) expect(text.endsWith('?')).toBe(true);
		}
	});

	it('uses the teacher\'s own wording when it fits, and says so', () => {
		const set = setOf({ id: 'q1', type: 'cloze', prompt: cloze, answer: 'imperialists' }, { id: 'q2', type: 'cloze', prompt: 'Kim spoke of the ____.', answer: 'comradeship' });
		const plan = planKahoot(set, { prompts: { q1: 'Kim and Shoigu spoke of shielding their countries from the “____”.' } });
		expect(plan.questions[0]!.prompt).toBe('Kim and Shoigu spoke of shielding their countries from the “____”.');
		expect(plan.questions[0]!.changes).toContain('the question is 137 characters and Kahoot allows 120: reworded by you as "Kim and Shoigu spoke of shielding their countries from the “____”."');
		// Wording still too long is shortened like any other.
		const tooLong = planKahoot(set, { prompts: { q1: cloze + ' Really.' } });
		expect(tooLong.questions[0]!.prompt.length).toBeLessThanOrEqual(KAHOOT_MAX_QUESTION);
	});
});

describe('warnings name each question by its number and text', () => {
	it('never by its internal id', () => {
		const set = setOf({ id: 'q-8k6d5u', type: 'short_answer', prompt: 'Which agency runs the probe that reached the comet in October 2022?', answer: 'European Space Agency' });
		const { warnings } = exportSet(set, 'kahoot');
		const lines = warnings.map((warning) => describeWarning(set, warning));
		expect(lines).toEqual([expect.stringMatching(/^Question 1, “Which agency runs the probe that reached the comet in…”: a short-answer question has a typed answer/)]);
		expect(lines.join('\n')).not.toContain('q-8k6d5u');
	});
});
