import { describe, expect, it } from 'vitest';
import {
	answerField,
	answerShape,
	askFor,
	gaveUp,
	verdictHeading,
	distractorsFor,
	hintFor,
	judge,
	otherAnswers,
	overrule,
	QUICK_ANSWER_MS,
	RECALL_STABILITY_DAYS,
	seedFrom,
	shuffle,
	suggestRating
} from '../../src/lib/core/answering';
import type { Ask } from '../../src/lib/core/answering';
import { Rating } from '../../src/lib/core/card';
import type { Question } from '../../src/lib/formats/question-set';

const mc: Question = { id: 'mc', type: 'multiple_choice', prompt: 'Which year did the fighting stop?', choices: ['1950', '1953', '1945', '1961'], answer: 1 };
const tf: Question = { id: 'tf', type: 'true_false', prompt: 'The visit took place in 2019.', answer: false };
const short: Question = { id: 'sa', type: 'short_answer', prompt: 'Who leads Belarus?', answer: 'Alexander Lukashenko', accepted: ['Lukashenko'] };
const cloze: Question = { id: 'cl', type: 'cloze', prompt: 'The Wagner group was founded by ____.', answer: 'Yevgeny Prigozhin', accepted: ['Prigozhin'] };
const card: Question = { id: 'fc', type: 'flashcard', prompt: 'Who met Kim at the border in 2019?', answer: 'Donald Trump', accepted: ['Trump'] };
const longCard: Question = { id: 'lc', type: 'flashcard', prompt: 'Why does the war continue technically?', answer: 'The armistice ended the fighting but no peace treaty was ever signed' };
const numeric: Question = { id: 'nu', type: 'numeric', prompt: 'Which anniversary was marked?', answer: 70, unit: 'years' };
const date: Question = { id: 'da', type: 'date', prompt: 'When did the fighting stop?', answer: '1953' };
/** The ask, checked to be of the form a test goes on to read. */
function asForm<F extends Ask['form']>(form: F, ask: Ask): Extract<Ask, { form: F }> {
	expect(ask.form).toBe(form);
	return ask as Extract<Ask, { form: F }>;
}

const pool = ['Alexander Lukashenko', 'Sergei Shoigu', 'Vladimir Putin', 'Kim Jong Un', 'Donald Trump', 'Yevgeny Prigozhin', '1953', 'Pyongyang', 'Voice of America'];

describe('askFor', () => {
	it('study mode asks each question in its own type', () => {
		const seed = 7;
		expect(askFor(mc, { mode: 'study', stability: 0, seed }).form).toBe('choice');
		expect(askFor(tf, { mode: 'study', stability: 0, seed }).form).toBe('true_false');
		expect(askFor(short, { mode: 'study', stability: 0, seed }).form).toBe('typed');
		expect(askFor(cloze, { mode: 'study', stability: 0, seed }).form).toBe('typed');
		expect(askFor(card, { mode: 'study', stability: 0, seed }).form).toBe('flashcard');
		const number = asForm('typed', askFor(numeric, { mode: 'study', stability: 0, seed }));
		expect([number.form, number.answerKind, number.answer]).toEqual(['typed', 'number', '70 years']);
		const when = asForm('typed', askFor(date, { mode: 'study', stability: 0, seed }));
		expect([when.form, when.answerKind]).toEqual(['typed', 'date']);
	});

	it('shuffles choices per review from the seed, and keeps track of the right one', () => {
		const orders = new Set<string>();
		for (let reps = 0; reps < 12; reps++) {
			const ask = asForm('choice', askFor(mc, { mode: 'study', stability: 0, seed: seedFrom('set', 'mc', reps) }));
			expect(ask.choices[ask.correctChoice]).toBe('1953');
			expect([...ask.choices].sort()).toEqual(['1945', '1950', '1953', '1961']);
			orders.add(ask.choices.join());
		}
		expect(orders.size).toBeGreaterThan(3);
		const again = asForm('choice', askFor(mc, { mode: 'study', stability: 0, seed: seedFrom('set', 'mc', 3) }));
		expect(asForm('choice', askFor(mc, { mode: 'study', stability: 0, seed: seedFrom('set', 'mc', 3) })).choices).toEqual(again.choices);
	});

	it(`learn mode: new and shaky questions in recognition form, known ones (stability ≥ ${RECALL_STABILITY_DAYS} d) typed`, () => {
		const shaky = { mode: 'learn' as const, stability: 1, seed: 3, pool };
		const known = { mode: 'learn' as const, stability: RECALL_STABILITY_DAYS, seed: 3, pool };
		const recognise = asForm('choice', askFor(short, shaky));
		expect(recognise.choices[recognise.correctChoice]).toBe('Alexander Lukashenko');
		expect(recognise.choices).toHaveLength(4);
		expect(askFor(short, known).form).toBe('typed');
		const mcKnown = asForm('typed', askFor(mc, known));
		expect(mcKnown.accepted).toEqual(['1953']);
		expect(askFor(card, known).form).toBe('typed');
		// Long answers are never typed: they are revealed and self-graded.
		expect(askFor(longCard, known).form).toBe('flashcard');
		expect(askFor(tf, known).form).toBe('true_false');
	});

	it('a cloze asked as a choice keeps its blank', () => {
		const ask = askFor(cloze, { mode: 'learn', stability: 0, seed: 1, pool });
		expect(ask.form).toBe('choice');
		expect(ask.prompt).toContain('_____');
	});

	it('an unknown type is asked as a flashcard with a notice', () => {
		const odd = { id: 'x', type: 'hotspot', prompt: 'Click the capital', answer: 'Pyongyang' } as unknown as Question;
		const ask = askFor(odd, { mode: 'study', stability: 0, seed: 1 });
		expect(ask.form).toBe('flashcard');
		expect(ask.notice).toContain('hotspot');
		expect(ask.answer).toBe('Pyongyang');
	});
});

describe('distractors', () => {
	it('are of the same shape as the answer and never an alias of it', () => {
		const options = distractorsFor('Kim Jong Un', ['Kim Jong-un', 'Kim'], ['Kim', 'Kim Jong-un', 'Kim Jong Un', 'Sergei Shoigu', '1953', 'Vladimir Putin', 'Donald Trump', 'the strongest army'], 5);
		expect(options).toHaveLength(3);
		for (const option of options) expect(['Sergei Shoigu', 'Vladimir Putin', 'Donald Trump']).toContain(option);
	});

	it('years get nearby years when the set has too few', () => {
		const options = distractorsFor('1953', [], ['1953'], 9);
		expect(options).toHaveLength(3);
		for (const option of options) {
			expect(answerShape(option)).toBe('year');
			expect(Math.abs(Number(option) - 1953)).toBeLessThanOrEqual(4);
			expect(option).not.toBe('1953');
		}
	});

	it('classifies answer shapes', () => {
		expect(answerShape('2019')).toBe('year');
		expect(answerShape('70th')).toBe('number');
		expect(answerShape('Voice of America')).toBe('name');
		expect(answerShape('a solid-fuel missile')).toBe('phrase');
	});

	it('shuffle keeps every item', () => {
		expect(shuffle([1, 2, 3, 4, 5], 42).sort()).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('judging and rating', () => {
	const ask = asForm('choice', askFor(mc, { mode: 'study', stability: 0, seed: 11 }));

	it('a right choice is right, a wrong one names what was chosen', () => {
		expect(judge(ask, { choice: ask.correctChoice }).correct).toBe(true);
		const wrongIndex = (ask.correctChoice + 1) % 4;
		const wrong = judge(ask, { choice: wrongIndex });
		expect(wrong.correct).toBe(false);
		expect(wrong.given).toBe(ask.choices[wrongIndex]);
	});

	it('true/false compares with the statement\'s truth', () => {
		const statement = askFor(tf, { mode: 'study', stability: 0, seed: 1 });
		expect(judge(statement, { truth: false }).correct).toBe(true);
		expect(judge(statement, { truth: true }).correct).toBe(false);
	});

	it('the feedback shown is that of the option picked, however the options were shuffled', () => {
		const withFeedback: Question = { ...mc, choiceFeedback: ['The war began in 1950.', 'Yes: the armistice of July 1953.', '', 'Too late.'] } as Question;
		for (const seed of [1, 2, 3, 4, 5]) {
			const shuffled = asForm('choice', askFor(withFeedback, { mode: 'study', stability: 0, seed }));
			const at = (text: string) => shuffled.choices.indexOf(text);
			expect(judge(shuffled, { choice: at('1950') }).feedback).toBe('The war began in 1950.');
			expect(judge(shuffled, { choice: at('1953') }).feedback).toBe('Yes: the armistice of July 1953.');
			expect(judge(shuffled, { choice: at('1945') })).not.toHaveProperty('feedback');
		}
		const statement = askFor({ ...tf, choiceFeedback: ['No: it was in July 2023.', ''] } as Question, { mode: 'study', stability: 0, seed: 1 });
		expect(judge(statement, { truth: true }).feedback).toBe('No: it was in July 2023.');
		expect(judge(statement, { truth: false })).not.toHaveProperty('feedback');
		// Without per-choice feedback nothing is added.
		expect(judge(ask, { choice: 0 })).not.toHaveProperty('feedback');
	});

	it('typed answers go through the lenient grader', () => {
		const typed = askFor(short, { mode: 'study', stability: 0, seed: 1 });
		expect(judge(typed, { text: 'alexander lukashenko' }).correct).toBe(true);
		expect(judge(typed, { text: 'Lukashenko' }).correct).toBe(true);
		expect(judge(typed, { text: 'Alexander Lukashanko' }).how).toBe('typo');
		expect(judge(typed, { text: 'Vladimir Putin' }).correct).toBe(false);
	});

	it('wrong → Again, typo or hint → Hard, right → Good, quick and known → Easy', () => {
		const typed = askFor(short, { mode: 'study', stability: 0, seed: 1 });
		const context = { durationMs: 20_000, stability: 2 };
		expect(suggestRating(judge(typed, { text: 'Putin' }), context)).toBe(Rating.Again);
		expect(suggestRating(judge(typed, { text: 'Alexander Lukashanko' }), context)).toBe(Rating.Hard);
		expect(suggestRating(judge(typed, { text: 'Lukashenko', hinted: true }), context)).toBe(Rating.Hard);
		expect(suggestRating(judge(typed, { text: 'Lukashenko' }), context)).toBe(Rating.Good);
		expect(suggestRating(judge(typed, { text: 'Lukashenko' }), { durationMs: QUICK_ANSWER_MS, stability: 30 })).toBe(Rating.Easy);
		expect(suggestRating(judge(typed, { text: 'Lukashenko' }), { durationMs: QUICK_ANSWER_MS + 1, stability: 30 })).toBe(Rating.Good);
	});

	it('"I was right" turns a wrong verdict into a right one rated Good', () => {
		const typed = askFor(short, { mode: 'study', stability: 0, seed: 1 });
		const overruled = overrule(judge(typed, { text: 'President Lukashenko of Belarus' }));
		expect(overruled.correct).toBe(true);
		expect(overruled.how).toBe('overruled');
		expect(suggestRating(overruled, { durationMs: 1000, stability: 50 })).toBe(Rating.Good);
	});

	it('a hint shows first letters and lengths', () => {
		expect(hintFor('Sergei Shoigu')).toBe('S_____ S_____');
		expect(hintFor('Hwasong-18')).toBe('H______-1_');
	});
});

describe('what the learner sees after answering', () => {
	it('"Also accepted" never repeats the main answer, however it is spelled, nor lists one twice', () => {
		const leader: Question = { id: 'kim', type: 'cloze', prompt: 'Shoigu handed ____ a letter.', answer: 'Kim Jong-un', accepted: ['Kim Jong Un', 'Kim Jong-un', 'Kim', 'KIM'] };
		expect(askFor(leader, { mode: 'study', stability: 0, seed: 1 }).alternatives).toEqual(['Kim']);
		const host: Question = { id: 'host', type: 'flashcard', prompt: 'Who guided Shoigu?', answer: 'Kim Jong-un', accepted: ['Kim Jong Un', 'Kim Jong-un', 'Kim'] };
		expect(askFor(host, { mode: 'study', stability: 0, seed: 1 }).alternatives).toEqual(['Kim']);
		expect(otherAnswers('Victory Day', ['War Victory Day', 'victory day', 'the war victory day'])).toEqual(['War Victory Day']);
	});

	it('"I don\'t know" shows the answer without calling it a wrong answer, and is rated Again', () => {
		expect(verdictHeading(gaveUp())).toEqual({ text: 'Here is the answer', tone: 'neutral', mark: '' });
		expect(suggestRating(gaveUp(), { durationMs: 1000, stability: 0 })).toBe(Rating.Again);
		const typed = askFor(short, { mode: 'study', stability: 0, seed: 1 });
		expect(verdictHeading(judge(typed, { text: 'Putin' }))).toEqual({ text: 'Not quite', tone: 'wrong', mark: '✗' });
		expect(verdictHeading(judge(typed, { text: 'Lukashenko' }))).toEqual({ text: 'Right', tone: 'right', mark: '✓' });
		expect(verdictHeading(judge(typed, { text: 'Alexander Lukashanko' })).text).toBe('Right, with a typo');
		expect(verdictHeading(undefined).text).toBe('Answer');
	});

	it('a number typed with its unit is judged right, a wrong unit wrong', () => {
		const number = askFor(numeric, { mode: 'study', stability: 0, seed: 1 });
		expect(judge(number, { text: '70 years' }).correct).toBe(true);
		expect(judge(number, { text: 'seventy yrs' }).correct).toBe(true);
		expect(judge(number, { text: '70 days' })).toMatchObject({ correct: false, reason: 'Wrong unit: the answer is in years, not days' });
	});

	it('date questions open the digits keyboard for a year and a picker for a month or a day', () => {
		const ask = (answer: string) => asForm('typed', askFor({ id: 'd', type: 'date', prompt: 'When?', answer }, { mode: 'study', stability: 0, seed: 1 }));
		expect(answerField(ask('1953'))).toEqual({ type: 'text', inputmode: 'numeric', label: 'Your answer (a year)' });
		expect(answerField(ask('2023-07'))).toMatchObject({ type: 'month', label: 'Your answer (a month and year)' });
		expect(answerField(ask('2022-11-18'))).toMatchObject({ type: 'date', label: 'Your answer (a date)' });
		expect(answerField(asForm('typed', askFor(numeric, { mode: 'study', stability: 0, seed: 1 })))).toEqual({ type: 'text', inputmode: 'decimal', label: 'Your answer (a number, in years)' });
		expect(answerField(asForm('typed', askFor(short, { mode: 'study', stability: 0, seed: 1 })))).toEqual({ type: 'text', inputmode: 'text', label: 'Your answer' });
		// What the pickers hand back is read as the date.
		const month = ask('2023-07');
		expect(judge(month, { text: '2023-07' }).correct).toBe(true);
		expect(judge(ask('2022-11-18'), { text: '2022-11-18' }).correct).toBe(true);
	});
});
