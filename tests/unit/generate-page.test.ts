/**
 * The generate page's state and rules: the real generator worker module run in Node behind a fake
 * Worker (messages structured-cloned, as a browser does), and the details and settings checks.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../src/lib/state/article-generator.svelte';
import { generateQuestions } from '../../src/lib/generate';
import { answerText, type Question } from '../../src/lib/formats/question-set';
import { checkDetails, checkSettings, dayInWords, parseDay, phraseRange, GENERATED_TYPES, isRightChoice, segmentText } from '../../src/routes/generate/review';

const sport = readFileSync('tests/fixtures/generator/corpus/sport-01.txt', 'utf8');
const undated = readFileSync('tests/fixtures/generator/corpus/business-01.txt', 'utf8');

let current: FakeWorker | undefined;

/** The worker's side: what the module sees as `self`. */
const scope = Object.assign(new EventTarget(), {
	postMessage(data: unknown) {
		const worker = current;
		setTimeout(() => worker?.dispatchEvent(new MessageEvent('message', { data: structuredClone(data) })));
	}
});

class FakeWorker extends EventTarget {
	sent: unknown[] = [];
	constructor() {
		super();
		current = this;
	}
	postMessage(data: unknown) {
		// A reactive proxy or a function cannot cross to a worker: structuredClone throws as postMessage would.
		const copy = structuredClone(data);
		this.sent.push(copy);
		setTimeout(() => scope.dispatchEvent(new MessageEvent('message', { data: copy })));
	}
	terminate() {}
}

beforeAll(async () => {
	(globalThis as unknown as { self: unknown }).self = scope;
	await import('../../src/lib/workers/generate.worker');
});

const make = () => new ArticleGenerator(() => new FakeWorker() as unknown as Worker);

describe('the generate page state', () => {
	it('proposes the generator\'s questions and gives the article\'s own details, not today\'s date', async () => {
		const state = make();
		await state.run(sport);
		const direct = generateQuestions(sport, { includeRejected: true });
		expect(state.status).toBe('done');
		expect(state.proposals.map((proposal) => proposal.question.id)).toEqual(direct.candidates.map((candidate) => candidate.question.id));
		expect(state.details.title).toBe(sport.split('\n')[0]!.trim());
		expect(state.details.date).toBe(direct.details.date);
		expect(state.details.date).toMatch(/^20\d\d-\d\d-\d\d$/);

		const none = make();
		await none.run(undated);
		expect(none.details.date).toBeUndefined();
	});

	it('asks for the count and types chosen, and keeps an accepted or edited question the new run gives again', async () => {
		const state = make();
		await state.run(sport);
		const firstType = state.proposals[0]!.question.type;
		// The first question, edited; one of another type, accepted.
		const edited = { ...state.proposals[0]!.question, prompt: `${state.proposals[0]!.question.prompt} (edited)` } as Question;
		expect(state.edit(0, edited)).toBeNull();
		const otherAt = state.proposals.findIndex((proposal) => proposal.question.type !== firstType);
		state.decide(otherAt, 'accepted');
		const otherId = state.proposals[otherAt]!.id;

		await state.run(sport, { count: 2, types: [firstType] });
		expect(state.proposals.every((proposal) => proposal.question.type === firstType || proposal.origin === 'hand')).toBe(true);
		const fresh = state.proposals.filter((proposal) => !proposal.edited && proposal.decision !== 'accepted');
		expect(fresh.length).toBeLessThanOrEqual(2);
		const kept = state.proposals.find((proposal) => proposal.id === edited.id)!;
		expect(kept.question.prompt).toMatch(/\(edited\)$/);
		expect(kept.decision).toBe('accepted');
		// The accepted question of another type is no longer proposed, and the page is told.
		expect(state.proposals.some((proposal) => proposal.id === otherId)).toBe(false);
		expect(state.dropped).toBe(1);

		// Back to every type and the default count: the edited question is still there, edited.
		await state.run(sport, {});
		expect(state.proposals.find((proposal) => proposal.id === edited.id)?.question.prompt).toMatch(/\(edited\)$/);
	});

	it('"more questions" adds the next-ranked ones, a few at a time, never twice', async () => {
		const state = make();
		await state.run(sport, { count: 3 });
		const more = generateQuestions(sport, { count: 3 }).more;
		expect(state.moreLeft).toBe(more.length);
		expect(state.addMore(3)).toBe(3);
		expect(state.proposals.slice(3).map((proposal) => proposal.id)).toEqual(more.slice(0, 3).map((candidate) => candidate.question.id));
		expect(state.proposals.slice(3).every((proposal) => proposal.origin === 'more' && proposal.decision === 'pending')).toBe(true);
		expect(state.moreLeft).toBe(more.length - 3);
		while (state.addMore(3) > 0);
		expect(state.moreLeft).toBe(0);
		expect(new Set(state.proposals.map((proposal) => proposal.id)).size).toBe(state.proposals.length);
	});

	it('shows which key facts the questions cover, and covers one more on request', async () => {
		const state = make();
		await state.run(sport, { count: 3 });
		const coveredFact = state.keyFacts.find((fact) => fact.proposals.length > 0)!;
		const position = coveredFact.proposals[0]!;
		expect(state.proposals[position]!.candidate!.fact).toBe(coveredFact.id);
		// A rejected question covers nothing.
		for (const index of coveredFact.proposals) state.decide(index, 'rejected');
		expect(state.keyFacts.find((fact) => fact.id === coveredFact.id)!.proposals).toEqual([]);

		// Each uncovered fact: the best of "more questions" on it, else the best its sentence gives, else the reason.
		let added = 0;
		for (const uncovered of state.keyFacts.filter((fact) => fact.proposals.length === 0 && fact.id !== coveredFact.id)) {
			let index = state.addMoreOn(uncovered.id);
			if (index < 0) {
				const made = await state.questionsAbout(uncovered.sentence);
				if (made.candidates.length === 0) {
					expect(made.error).toMatch(/no question/);
					continue;
				}
				index = state.addCandidate(made.candidates[0]!);
			}
			added++;
			expect(state.proposals[index]!.decision).toBe('accepted');
			expect(state.keyFacts.find((fact) => fact.id === uncovered.id)!.proposals).toContain(index);
		}
		expect(added).toBeGreaterThan(0);
	});

	it('makes questions with selected words as the answer, in the worker, and names why when it cannot', async () => {
		const state = make();
		await state.run(sport);
		// A proposal that asks for a name, number or date (not a true/false statement).
		const asking = state.proposals.find((proposal) => proposal.question.type !== 'true_false' && proposal.candidate)!;
		const sentence = asking.candidate!.sentence;
		const answer = answerText(asking.question);
		const at = sentence.text.indexOf(answer);
		const made = await state.questionsAbout({ start: sentence.start + at, end: sentence.start + at + answer.length });
		expect(made.error).toBeUndefined();
		expect(made.candidates.length).toBeGreaterThan(0);
		for (const candidate of made.candidates.filter((c) => c.type !== 'true_false')) expect(answerText(candidate.question)).toContain(answer);

		// Words across two sentences: nothing, and the reason.
		const [one, two] = [state.proposals[0]!.candidate!.sentence, state.proposals.at(-1)!.candidate!.sentence];
		const across = await state.questionsAbout({ start: one.end - 3, end: two.start + 3 });
		expect(across).toEqual({ candidates: [], error: 'select words within one sentence' });

		// The question proposed already is among them: adding it again adds nothing.
		const proposed = made.candidates.find((candidate) => state.indexOf(candidate.question.id) >= 0)!;
		const count = state.proposals.length;
		expect(state.addCandidate(proposed)).toBe(state.indexOf(proposed.question.id));
		expect(state.proposals.length).toBe(count);
		// A tap on the sentence: every question it gives, one of them new.
		const whole = await state.questionsAbout({ start: sentence.start, end: sentence.end });
		expect(whole.candidates.length).toBeGreaterThan(made.candidates.length - 1);
		const other = whole.candidates.find((candidate) => state.indexOf(candidate.question.id) < 0)!;
		const added = state.addCandidate(other);
		expect(added).toBe(count);
		expect(state.proposals[added]).toMatchObject({ origin: 'selection', decision: 'accepted' });
	});

	it('adds a question written by hand when it is valid, and saves the set with the details confirmed', async () => {
		const state = make();
		await state.run(sport, { count: 2 });
		expect(state.addQuestion({ id: 'q-hand01', type: 'short_answer', prompt: '', answer: 'Sweden' } as Question)).toMatch(/prompt/);
		expect(state.addQuestion({ id: 'q-hand01', type: 'short_answer', prompt: 'Which team won its first match?', answer: 'Sweden' } as Question)).toBeNull();
		const saved = state.toSet({ title: 'World Cup day five', date: '2018-06-19', publisher: 'Wikinews' });
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		expect(saved.set.questions.map((question) => question.id)).toEqual(['q-hand01']);
		expect(saved.set.source).toEqual({ title: 'World Cup day five', publisher: 'Wikinews', date: '2018-06-19' });
	});
});

describe('the generate page rules', () => {
	const today = '2026-12-02';
	const ok = { title: 'A title', date: '2024-03-14', publisher: '', url: '' };

	it('takes confirmed details, and names what is wrong with each field', () => {
		expect(checkDetails({ ...ok, publisher: ' NASA ' }, today)).toEqual({ ok: true, meta: { title: 'A title', date: '2024-03-14', publisher: 'NASA' } });
		const problems = (input: Partial<typeof ok>) => {
			const result = checkDetails({ ...ok, ...input }, today);
			return result.ok ? {} : result.problems;
		};
		expect(problems({ title: '   ' }).title).toMatch(/Give the set a title/);
		expect(problems({ date: '' }).date).toMatch(/Enter the date/);
		expect(problems({ date: '14/03/2024' }).date).toBe('“14/03/2024” is not a date written YYYY-MM-DD (for example 2024-03-14).');
		expect(problems({ date: '2024-02-30' }).date).toBe('2024-02-30 is not a day of the calendar.');
		expect(problems({ date: '2027-01-01' }).date).toBe('2027-01-01 is after today (2026-12-02).');
		expect(problems({ url: 'nasa.gov' }).url).toMatch(/http/);
		expect(Object.keys(problems({ title: '', date: 'soon' }))).toEqual(['title', 'date']);
	});

	it('reads dates strictly and writes them in words', () => {
		expect(parseDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
		expect(parseDay('2023-02-29')).toBeUndefined();
		expect(dayInWords('2024-03-14')).toBe('Thursday, 14 March 2024');
	});

	it('takes a count from 1 to 100 and at least one type', () => {
		expect(checkSettings('', ['cloze', 'date'])).toEqual({ ok: true, types: ['cloze', 'date'] });
		expect(checkSettings(' 7 ', ['date'])).toEqual({ ok: true, count: 7, types: ['date'] });
		expect(checkSettings('0', ['date'])).toEqual({ ok: false, problem: 'How many questions: “0” is not a whole number from 1 to 100.' });
		expect(checkSettings('2.5', ['date']).ok).toBe(false);
		expect(checkSettings('5', [])).toEqual({ ok: false, problem: 'Choose at least one type of question.' });
	});

	it('cuts the article into sentences that cover the whole text at their offsets', () => {
		const text = 'Headline here\n\nFirst one. Second one is known! Third, "quoted."\nLast line';
		const second = text.indexOf('Second');
		const segments = segmentText(text, [{ start: second, end: text.indexOf('!') + 1 }]);
		expect(segments.map((segment) => segment.text).join('')).toBe(text);
		for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
		expect(segments.filter((segment) => segment.sentence).map((segment) => segment.text)).toEqual(['Headline here', 'First one.', 'Second one is known!', 'Third, "quoted."', 'Last line']);
	});

	it('finds typed words in the chosen sentence as whole words', () => {
		const sentence = { text: 'Sweden beat South Korea 1–0 in Nizhny Novgorod.', start: 100 };
		expect(phraseRange(sentence, 'south korea')).toEqual({ start: 112, end: 123 });
		expect(phraseRange(sentence, 'Kor')).toBeUndefined();
		expect(phraseRange(sentence, '  ')).toBeUndefined();
	});
});

describe('proposed choice questions in review', () => {
	it('mark every right option of a select-all question, and only the right one of a multiple choice', () => {
		const selectAll = { id: 'q-1', type: 'select_all', prompt: 'Crews from ___ cleared debris.', choices: ['A', 'B', 'C', 'D'], answer: [0, 2] } as const;
		expect([0, 1, 2, 3].map((i) => isRightChoice({ ...selectAll, answer: [...selectAll.answer], choices: [...selectAll.choices] }, i))).toEqual([true, false, true, false]);
		expect([0, 1, 2].map((i) => isRightChoice({ id: 'q-2', type: 'multiple_choice', prompt: 'Which?', choices: ['A', 'B', 'C'], answer: 1 }, i))).toEqual([false, true, false]);
		expect(GENERATED_TYPES).toContain('select_all');
	});
});
