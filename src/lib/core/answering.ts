/**
 * How a question is asked and how an answer becomes a verdict and an FSRS rating.
 * Pure: the page hands in the question, the card's stability, a seed and the learner's response.
 */
import { BLANK, answerText, type Question } from '$lib/formats/question-set';
import { QUESTION_TYPE_INFO, isQuestionType } from './question-types';
import { checkAnswer, normalizeAnswer, type Verdict } from './grading';
import { Rating, type Grade } from './card';
import { readableDate } from './present';
import type { AskForm } from './records';
import { fnv1a, mulberry32 } from './random';

/** The form a question is asked in (declared with the answer record it is kept in). */
export type { AskForm };

/** Study: each question in its own type. Learn: the form follows how well it is known. Test: as study, no feedback until the end. */
export type Mode = 'study' | 'learn' | 'test';

/** Learn mode asks a question in recall (typed) form once its stability reaches this many days; below it, in recognition form. */
export const RECALL_STABILITY_DAYS = 7;

/** A right answer given within this time, on a question already known (stability ≥ RECALL_STABILITY_DAYS), is rated Easy. */
export const QUICK_ANSWER_MS = 10_000;

/** Typed recall is only asked for short answers: longer ones are revealed and self-graded. */
const MAX_TYPED_WORDS = 5;

/** What every ask holds, whatever its form. */
interface AskBase {
	/** Label for the kind of question: "Multiple choice", "Type the answer", ... */
	kind: string;
	prompt: string;
	/** The right answer as the learner should read it on the feedback screen. */
	answer: string;
	/** Other accepted answers to show with it. */
	alternatives: string[];
	explanation?: string;
	attribution?: string;
	/** Where the question comes from: the fact it tests or its source sentence. */
	source?: string;
	/** Set when the question's type is unknown to this version. */
	notice?: string;
}

/** Revealed and self-graded. */
export interface FlashcardAsk extends AskBase {
	form: 'flashcard';
}

/** One option among shuffled ones. */
export interface ChoiceAsk extends AskBase {
	form: 'choice';
	/** The options, shuffled for this review. */
	choices: string[];
	/** Index of the right option in `choices`. */
	correctChoice: number;
	/** The set's feedback on each option, in the order of `choices`; "" for none. */
	choiceFeedback?: string[];
}

/** Every right option among shuffled ones: ticked, then checked. */
export interface SelectAsk extends AskBase {
	form: 'select';
	/** The options, shuffled for this review. */
	choices: string[];
	/** Indices of the right options in `choices`, ascending. */
	correctChoices: number[];
	/** The set's feedback on each option, in the order of `choices`; "" for none. */
	choiceFeedback?: string[];
}

/** Each item paired with its match, both sides shuffled: tapped in pairs, then checked. */
export interface MatchAsk extends AskBase {
	form: 'match';
	/** The items, shuffled for this review. */
	items: string[];
	/** The matches, shuffled apart from the items. */
	matches: string[];
	/** For each item (in the order of `items`), the index of its match in `matches`. */
	correctMatches: number[];
}

/** Items shuffled, put back in order: placed by taps (or keys on the same buttons), then checked. */
export interface OrderAsk extends AskBase {
	form: 'order';
	/** The items, shuffled for this review (never in the right order). */
	items: string[];
	/** Indices into `items`, in the right order. */
	correctOrder: number[];
}

export interface TrueFalseAsk extends AskBase {
	form: 'true_false';
	/** Whether the statement is true. */
	truth: boolean;
	/** The set's feedback on True and on False; "" for none. */
	choiceFeedback?: string[];
}

/** An answer typed and read by the lenient grader. */
export interface TypedAsk extends AskBase {
	form: 'typed';
	/** Every answer graded as right. */
	accepted: string[];
	/** How the typed answer is read. */
	answerKind: 'text' | 'number' | 'date';
	tolerance?: number;
	unit?: string;
}

/** How a question is asked in one review: each form carries just its own fields. */
export type Ask = FlashcardAsk | ChoiceAsk | SelectAsk | MatchAsk | OrderAsk | TrueFalseAsk | TypedAsk;

/**
 * `choices`: the options ticked in a select-all question, by index into the ask's `choices`.
 * `matches`: for each item of a matching question, the index of the match paired with it, or -1.
 * `order`: the items of an ordering question in the order placed, by index into the ask's `items`.
 */
export type Response = { choice: number } | { choices: number[] } | { matches: number[] } | { order: number[] } | { truth: boolean } | { text: string; hinted?: boolean };

export interface Judgement {
	correct: boolean;
	/** 'gave_up': the learner asked to see the answer ("I don't know"). */
	how: Verdict['how'] | 'choice' | 'partial' | 'overruled' | 'gave_up';
	/** What the learner answered, as text. */
	given: string;
	reason: string;
	/** The grader's verdict, for typed answers (typo segments, closest answer). */
	verdict?: Verdict;
	hinted: boolean;
	/** The set's feedback on the option picked. */
	feedback?: string;
	/** Select all: the options ticked (indices into the ask's `choices`). */
	picks?: number[];
	/** Matching: for each item, the match paired with it (an index into the ask's `matches`, -1 for none). */
	paired?: number[];
	/** Ordering: the items in the order placed (indices into the ask's `items`). */
	placed?: number[];
	/** Select all, matching and ordering: the share of the question earned, 0 to 1. */
	credit?: number;
}

/** A seed from text (set id, question id, review number): FNV-1a, so a review's shuffle is reproducible. */
export function seedFrom(...parts: Array<string | number>): number {
	return fnv1a(parts.join('\u0000'));
}

export function shuffle<T>(items: readonly T[], seed: number): T[] {
	const next = mulberry32(seed);
	const result = [...items];
	for (let i = result.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[result[i], result[j]] = [result[j]!, result[i]!];
	}
	return result;
}

/**
 * `items` shuffled so that they do not stay as given (which, for ordering and matching, would show
 * the answer); a shuffle that lands on the given order is turned by one place.
 */
export function shuffleApart<T>(items: readonly T[], seed: number): T[] {
	const shuffled = shuffle(items, seed);
	return items.length > 1 && shuffled.every((item, index) => item === items[index]) ? [...shuffled.slice(1), shuffled[0]!] : shuffled;
}

function words(text: string): number {
	return text.trim().split(/\s+/).length;
}

/** The shape of an answer, so that distractors are of the same kind: years with years, names with names. */
export function answerShape(text: string): 'year' | 'number' | 'name' | 'phrase' {
	const trimmed = text.trim();
	if (/^(1[0-9]|20)\d{2}$/.test(trimmed)) return 'year';
	if (/^-?[\d,.]+(st|nd|rd|th)?$/.test(trimmed)) return 'number';
	if (/^(\p{Lu}[\p{L}'’.-]*)(\s+(\p{Lu}[\p{L}'’.-]*|of|the|de|al|bin))*$/u.test(trimmed) && words(trimmed) <= 5) return 'name';
	return 'phrase';
}

/** An option as compared with others: no accents, lower case, words only ("Kim Jong-un" is "kim jong un"). */
export function optionKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** An option inside an accepted answer, or an accepted answer inside it, may be an alias ("Kim" / "Kim Jong Un"). Keys are optionKey's. */
export function mayBeAlias(key: string, acceptedKeys: Iterable<string>): boolean {
	for (const alias of acceptedKeys) if (alias.includes(key) || key.includes(alias)) return true;
	return false;
}

/** Three wrong options of the same shape as the answer, or fewer if the set does not hold enough. */
export function distractorsFor(answer: string, aliases: readonly string[], pool: readonly string[], seed: number): string[] {
	const shape = answerShape(answer);
	const excluded = new Set([answer, ...aliases].map(optionKey));
	const candidates: string[] = [];
	const seen = new Set<string>();
	for (const option of pool) {
		const key = optionKey(option);
		if (excluded.has(key) || seen.has(key) || answerShape(option) !== shape) continue;
		if (mayBeAlias(key, excluded)) continue;
		seen.add(key);
		candidates.push(option);
	}
	if (shape === 'year' && candidates.length < 3) {
		const year = Number(answer.trim());
		for (const delta of shuffle([-3, -2, -1, 1, 2, 3, 4, -4], seed)) {
			const option = String(year + delta);
			if (!seen.has(option)) {
				seen.add(option);
				candidates.push(option);
			}
		}
	}
	return shuffle(candidates, seed).slice(0, 3);
}

export interface AskOptions {
	mode: Mode;
	/** The card's FSRS stability in days (0 for a new card). */
	stability: number;
	seed: number;
	/** Answers of the set's other questions, for recognition-form distractors. */
	pool?: readonly string[];
}

/** Decides how to ask a question in this review, shuffling options with the seed. */
export function askFor(question: Question, options: AskOptions): Ask {
	const known = isQuestionType(question.type);
	const raw = question as unknown as Record<string, unknown>;
	const base: FlashcardAsk = {
		form: 'flashcard',
		kind: isQuestionType(question.type) ? QUESTION_TYPE_INFO[question.type].asked : 'Question',
		prompt: typeof raw.prompt === 'string' ? raw.prompt : '(this question has no prompt)',
		answer: '',
		alternatives: [],
		explanation: question.explanation,
		attribution: question.attribution,
		source: question.provenance?.sentence
	};
	if (!known) {
		base.notice = `This question is of a type ("${String(question.type)}") this version of Factdrill cannot ask yet; it is shown as a flashcard.`;
		base.answer = typeof raw.answer === 'string' || typeof raw.answer === 'number' ? String(raw.answer) : '(no answer given)';
		return base;
	}

	const recall = options.mode === 'learn' && options.stability >= RECALL_STABILITY_DAYS;
	const recognise = options.mode === 'learn' && !recall;

	const typed = (accepted: string[], answerKind: TypedAsk['answerKind'] = 'text'): TypedAsk => ({
		...base,
		form: 'typed',
		kind: answerKind === 'text' ? QUESTION_TYPE_INFO[question.type === 'cloze' ? 'cloze' : 'short_answer'].asked : base.kind,
		accepted,
		answerKind,
		answer: accepted[0] ?? '',
		alternatives: otherAnswers(accepted[0] ?? '', accepted.slice(1))
	});
	const choice = (answer: string, wrong: string[]): ChoiceAsk => {
		const choices = shuffle([answer, ...wrong], options.seed);
		return { ...base, form: 'choice', kind: QUESTION_TYPE_INFO.multiple_choice.asked, choices, correctChoice: choices.indexOf(answer), answer };
	};

	switch (question.type) {
		case 'select_all': {
			// Recognition already: asked the same way in every mode.
			const choices = shuffle(question.choices, options.seed);
			const correctChoices = choices.flatMap((text, index) => (question.answer.includes(question.choices.indexOf(text)) ? [index] : []));
			const feedback = question.choiceFeedback;
			const ask: SelectAsk = { ...base, form: 'select', choices, correctChoices, answer: correctChoices.map((index) => choices[index]).join('; ') };
			return feedback ? { ...ask, choiceFeedback: choices.map((text) => feedback[question.choices.indexOf(text)] ?? '') } : ask;
		}
		case 'matching': {
			// Recognition already: asked the same way in every mode. The matches are shuffled apart from the items, so they never all line up.
			const order = shuffle(question.items.map((_, index) => index), options.seed);
			const items = order.map((index) => question.items[index]!);
			const matchOrder = shuffleApart(order, options.seed ^ 0x9e3779b9);
			const matches = matchOrder.map((index) => question.answer[index]!);
			const correctMatches = order.map((index) => matchOrder.indexOf(index));
			const answer = items.map((item, index) => `${item} → ${matches[correctMatches[index]!]}`).join('; ');
			return { ...base, form: 'match', items, matches, correctMatches, answer };
		}
		case 'ordering': {
			// Recognition already: asked the same way in every mode, never shown in the right order.
			const items = shuffleApart(question.answer, options.seed);
			const correctOrder = question.answer.map((item) => items.indexOf(item));
			return { ...base, form: 'order', items, correctOrder, answer: answerText(question) };
		}
		case 'multiple_choice': {
			const right = question.choices[question.answer]!;
			if (recall && words(right) <= MAX_TYPED_WORDS) return typed([right]);
			const ask = choice(right, question.choices.filter((_, index) => index !== question.answer));
			const feedback = question.choiceFeedback;
			return feedback ? { ...ask, choiceFeedback: ask.choices.map((text) => feedback[question.choices.indexOf(text)] ?? '') } : ask;
		}
		case 'true_false':
			return { ...base, form: 'true_false', truth: question.answer, answer: question.answer ? 'True' : 'False', choiceFeedback: question.choiceFeedback };
		case 'numeric': {
			const ask = typed([String(question.answer)], 'number');
			return { ...ask, tolerance: question.tolerance, unit: question.unit, answer: answerText(question) };
		}
		case 'date': {
			if (recognise) {
				const wrong = distractorsFor(question.answer, [], options.pool ?? [], options.seed);
				if (wrong.length === 3 && answerShape(question.answer) === 'year') return choice(question.answer, wrong);
			}
			return { ...typed([question.answer], 'date'), answer: readableDate(question.answer) };
		}
		case 'cloze':
		case 'short_answer':
		case 'flashcard': {
			const accepted = [question.answer, ...(question.accepted ?? [])];
			const prompt = question.type === 'cloze' ? question.prompt.replace(BLANK, '_____') : base.prompt;
			if (recognise) {
				const wrong = distractorsFor(question.answer, question.accepted ?? [], options.pool ?? [], options.seed);
				if (wrong.length === 3) return { ...choice(question.answer, wrong), prompt };
			}
			// Flashcards are self-graded, except in tests and in recall, where a short answer is typed.
			if (question.type === 'flashcard' && !recall && options.mode !== 'test') {
				return { ...base, answer: question.answer, alternatives: otherAnswers(question.answer, question.accepted ?? []) };
			}
			if (words(question.answer) > MAX_TYPED_WORDS) {
				return { ...base, prompt, answer: question.answer, alternatives: otherAnswers(question.answer, question.accepted ?? []) };
			}
			return { ...typed(accepted), prompt };
		}
	}
}

/**
 * The accepted alternatives worth showing beside the answer: none that reads as the answer itself
 * once case, hyphens and accents are set aside ("Kim Jong Un" beside "Kim Jong-un"), none twice.
 */
export function otherAnswers(answer: string, accepted: readonly string[]): string[] {
	const seen = new Set([normalizeAnswer(answer)]);
	return accepted.filter((entry) => {
		const key = normalizeAnswer(entry);
		if (key === '' || seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The ticked options with `index` ticked or unticked, ascending. */
export function toggleChoice(selected: readonly number[], index: number): number[] {
	return selected.includes(index) ? selected.filter((other) => other !== index) : [...selected, index].sort((a, b) => a - b);
}

/** How a select-all answer scores: right options ticked, wrong ones ticked, right ones missed, and the credit. */
export interface SelectionScore {
	rightPicks: number;
	wrongPicks: number;
	missed: number;
	/** (right picks − wrong picks) ÷ right options, at least 0: each wrong pick cancels a right one. */
	credit: number;
}

export function scoreSelection(picks: readonly number[], correctChoices: readonly number[]): SelectionScore {
	const picked = new Set(picks);
	const rightPicks = correctChoices.filter((index) => picked.has(index)).length;
	const wrongPicks = picked.size - rightPicks;
	const credit = correctChoices.length === 0 ? 0 : Math.max(0, rightPicks - wrongPicks) / correctChoices.length;
	return { rightPicks, wrongPicks, missed: correctChoices.length - rightPicks, credit };
}

/**
 * A select-all answer: every right option and no wrong one is right; any credit left once each
 * wrong pick has cancelled a right one is partly right (rated Hard); none is wrong (Again).
 */
function judgeSelection(ask: Ask, picks: readonly number[]): Judgement {
	const select = ask.form === 'select' ? ask : { choices: [], correctChoices: [], choiceFeedback: undefined };
	const ticked = [...new Set(picks)].filter((index) => index >= 0 && index < select.choices.length).sort((a, b) => a - b);
	const score = scoreSelection(ticked, select.correctChoices);
	const correct = score.credit === 1;
	const total = select.correctChoices.length;
	const parts = [`${score.rightPicks} of ${total} right ${total === 1 ? 'option' : 'options'}`];
	if (score.wrongPicks > 0) parts.push(`${score.wrongPicks} wrong ${score.wrongPicks === 1 ? 'pick' : 'picks'}, each cancelling a right one`);
	const reason = correct ? 'Every right option and no wrong one.' : `${parts.join('; ')}: ${Math.round(score.credit * 100)}% of the question.`;
	return {
		correct,
		how: correct ? 'choice' : score.credit > 0 ? 'partial' : 'wrong',
		given: atMost(MAX_GIVEN, ticked.map((index) => select.choices[index]).join('; ')),
		reason,
		hinted: false,
		picks: ticked,
		credit: score.credit
	};
}

/**
 * A matching answer, graded per pair: every item with its own match is right (Good); some is
 * partly right (Hard), earning the share of pairs right; none is wrong (Again). An item left
 * unpaired counts as a wrong pair.
 */
function judgeMatches(ask: Ask, paired: readonly number[]): Judgement {
	const match = ask.form === 'match' ? ask : { items: [], matches: [], correctMatches: [] };
	const total = match.items.length;
	const used = new Set<number>();
	// Each match paired once at most, with one item; anything else is no pair.
	const pairs = match.items.map((_, index) => {
		const at = paired[index];
		if (at === undefined || !Number.isInteger(at) || at < 0 || at >= match.matches.length || used.has(at)) return -1;
		used.add(at);
		return at;
	});
	const right = pairs.filter((at, index) => at === match.correctMatches[index]).length;
	const credit = total === 0 ? 0 : right / total;
	const correct = total > 0 && right === total;
	return {
		correct,
		how: correct ? 'choice' : right > 0 ? 'partial' : 'wrong',
		given: atMost(MAX_GIVEN, match.items.map((item, index) => `${item} → ${pairs[index]! >= 0 ? match.matches[pairs[index]!] : '(none)'}`).join('; ')),
		reason: correct ? 'Every pair right.' : `${right} of ${total} pairs right: ${Math.round(credit * 100)}% of the question.`,
		hinted: false,
		paired: pairs,
		credit
	};
}

/**
 * An ordering answer, graded per item: an item at its own place is right. Every item right is
 * right (Good); some is partly right (Hard), earning the share of items in place; none is wrong
 * (Again). An item not placed is not in its place.
 */
function judgeOrder(ask: Ask, order: readonly number[]): Judgement {
	const sequence = ask.form === 'order' ? ask : { items: [], correctOrder: [] };
	const total = sequence.items.length;
	const placed = [...new Set(order)].filter((index) => Number.isInteger(index) && index >= 0 && index < total);
	const right = placed.filter((index, position) => sequence.correctOrder[position] === index).length;
	const credit = total === 0 ? 0 : right / total;
	const correct = total > 0 && right === total;
	return {
		correct,
		how: correct ? 'choice' : right > 0 ? 'partial' : 'wrong',
		given: atMost(MAX_GIVEN, placed.map((index, position) => `${position + 1}. ${sequence.items[index]}`).join('; ')),
		reason: correct ? 'Every item in its place.' : `${right} of ${total} items in their place: ${Math.round(credit * 100)}% of the question.`,
		hinted: false,
		placed,
		credit
	};
}

/** The longest answer text a review-log entry carries (sync refuses longer ones). */
const MAX_GIVEN = 2000;

const atMost = (max: number, text: string) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** Judges a response to an ask. Typed answers go through the lenient grader. */
export function judge(ask: Ask, response: Response): Judgement {
	if ('choices' in response) return judgeSelection(ask, response.choices);
	if ('matches' in response) return judgeMatches(ask, response.matches);
	if ('order' in response) return judgeOrder(ask, response.order);
	if ('choice' in response) {
		const choice = ask.form === 'choice' ? ask : { choices: [], correctChoice: -1, choiceFeedback: undefined };
		const correct = response.choice === choice.correctChoice;
		const given = choice.choices[response.choice] ?? '';
		const feedback = choice.choiceFeedback?.[response.choice];
		return { correct, how: correct ? 'choice' : 'wrong', given, reason: correct ? 'Right choice.' : `You chose "${given}".`, hinted: false, ...(feedback ? { feedback } : {}) };
	}
	if ('truth' in response) {
		const statement = ask.form === 'true_false' ? ask : { truth: false, choiceFeedback: undefined };
		const correct = response.truth === statement.truth;
		const given = response.truth ? 'True' : 'False';
		const feedback = statement.choiceFeedback?.[response.truth ? 0 : 1];
		return {
			correct,
			how: correct ? 'choice' : 'wrong',
			given,
			reason: correct ? `Right: the statement is ${statement.truth ? 'true' : 'false'}.` : `The statement is ${statement.truth ? 'true' : 'false'}.`,
			hinted: false,
			...(feedback ? { feedback } : {})
		};
	}
	const typed: Pick<TypedAsk, 'accepted' | 'answerKind' | 'tolerance' | 'unit'> = ask.form === 'typed' ? ask : { accepted: [], answerKind: 'text' };
	const verdict = checkAnswer(response.text, typed.accepted, typed.answerKind, { tolerance: typed.tolerance, unit: typed.unit, prompt: ask.prompt });
	return { correct: verdict.correct, how: verdict.how, given: response.text, reason: verdict.reason, verdict, hinted: response.hinted ?? false };
}

/** "I don't know": the answer is shown and the question counts as not known (rated Again). */
export function gaveUp(): Judgement {
	return { correct: false, how: 'gave_up', given: '', reason: 'You asked to see the answer.', hinted: false };
}

/** The heading of the feedback after an answer: what it says, its tone, and the mark before it. */
export function verdictHeading(judgement: Judgement | undefined): { text: string; tone: 'right' | 'partial' | 'wrong' | 'neutral'; mark: string } {
	if (!judgement) return { text: 'Answer', tone: 'neutral', mark: '' };
	if (judgement.how === 'gave_up') return { text: 'Here is the answer', tone: 'neutral', mark: '' };
	if (judgement.how === 'overruled') return { text: 'Marked right by you', tone: 'right', mark: '✓' };
	if (judgement.how === 'typo') return { text: 'Right, with a typo', tone: 'right', mark: '✓' };
	if (judgement.how === 'partial') return { text: 'Partly right', tone: 'partial', mark: '◐' };
	if (judgement.correct) return { text: 'Right', tone: 'right', mark: '✓' };
	return { text: 'Not quite', tone: 'wrong', mark: '✗' };
}

/** How the answer field of a typed question is set up: the input's type, the phone keyboard it opens, and its label. */
export interface AnswerField {
	type: 'text' | 'month' | 'date';
	inputmode: 'text' | 'numeric' | 'decimal';
	label: string;
}

/**
 * Numbers open the number keyboard (decimal: "2.5"); a year the digits keyboard; a month or a day
 * the browser's month or date picker, whose value ("2023-07", "2023-07-26") the grader reads.
 */
export function answerField(ask: TypedAsk): AnswerField {
	if (ask.answerKind === 'number') return { type: 'text', inputmode: 'decimal', label: `Your answer (a number${ask.unit ? `, in ${ask.unit}` : ''})` };
	if (ask.answerKind === 'date') {
		const precision = (ask.accepted[0] ?? '').split('-').length;
		if (precision >= 3) return { type: 'date', inputmode: 'numeric', label: 'Your answer (a date)' };
		if (precision === 2) return { type: 'month', inputmode: 'numeric', label: 'Your answer (a month and year)' };
		return { type: 'text', inputmode: 'numeric', label: 'Your answer (a year)' };
	}
	return { type: 'text', inputmode: 'text', label: 'Your answer' };
}

/** The learner says a wrong verdict was wrong (a fair answer the grader missed). */
export function overrule(judgement: Judgement): Judgement {
	return { ...judgement, correct: true, how: 'overruled', reason: 'You marked your answer as right.' };
}

/**
 * Answer to FSRS rating: wrong → Again; right with a typo or a hint, or partly right (select all, matching, ordering) →
 * Hard; right → Good; right within QUICK_ANSWER_MS on a question already known → Easy.
 */
export function suggestRating(judgement: Judgement, context: { durationMs: number; stability: number }): Grade {
	if (judgement.how === 'partial') return Rating.Hard;
	if (!judgement.correct) return Rating.Again;
	if (judgement.how === 'typo' || judgement.hinted) return Rating.Hard;
	if (context.stability >= RECALL_STABILITY_DAYS && context.durationMs <= QUICK_ANSWER_MS && judgement.how !== 'overruled') return Rating.Easy;
	return Rating.Good;
}

/** A hint for a typed answer: the first letter of each word, the rest as underscores ("S_____ S_____"). */
export function hintFor(answer: string): string {
	return answer.replace(/[\p{L}\p{N}]+/gu, (word) => word[0] + '_'.repeat(word.length - 1));
}
