/**
 * What a set becomes in Kahoot's quiz spreadsheet, where every question is picked from 2 to 4
 * answers of at most 75 characters under a prompt of at most 120. Typed questions (short answer,
 * fill in the blank, flashcard, number, date) become choice questions, with wrong answers of the
 * same kind taken from the set (names with names, years with years, numbers with the same unit);
 * long prompts are shortened where a clause or an aside can go, and marked for the teacher to
 * reword. Each question's changes are listed in words.
 */
import { answerText, type Question, type QuestionSet } from './question-set';
import { readableDate } from '../core/present';
import { QUESTION_TYPE_INFO } from '../core/question-types';
import { fnv1a } from '../core/random';
import { mayBeAlias, optionKey } from '../core/answering';

export const KAHOOT_MAX_QUESTION = 120;
export const KAHOOT_MAX_ANSWER = 75;

export interface KahootQuestion {
	questionId: string;
	/** The question's place in the set, from 1. */
	number: number;
	/** The prompt as written to the sheet: at most KAHOOT_MAX_QUESTION characters. */
	prompt: string;
	/** The set's prompt on one line. */
	original: string;
	/** True when the set's prompt was too long and had to be shortened (by Factdrill or the teacher). */
	tooLong: boolean;
	/** 2 to 4 answers, each at most KAHOOT_MAX_ANSWER characters. */
	answers: string[];
	/** Indices of the right ones in `answers`: one, or several for a select-all question (Kahoot's multi-select). */
	correct: number[];
	/** What was changed, one sentence each. */
	changes: string[];
}

export interface KahootPlan {
	questions: KahootQuestion[];
	/** Questions that cannot become a Kahoot question, and why. */
	left: Array<{ questionId: string; number: number; reason: string }>;
}

export interface KahootOptions {
	/** The teacher's own wording of prompts too long for Kahoot, by question id. */
	prompts?: Readonly<Record<string, string>>;
}

/** One line of text: tabs and new lines become spaces. */
function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Cut at the last word that fits, with "…". */
function cutAtWord(text: string, max: number): string {
	if (text.length <= max) return text;
	const room = text.slice(0, max - 1);
	const space = room.lastIndexOf(' ');
	return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:–—-]+$/, '')}…`;
}

// A stable number from a question id, to place the right answer among the others.
const hash = fnv1a;

/* ---------- Shortening prompts ---------- */

const ATTRIBUTION = /^(according to|as reported by|reportedly|[^,]{0,60}\b(said|says|reported|claimed|told))\b/i;
const QUESTION_WORD = /\b(who|whom|whose|what|which|where|when|why|how)\b/i;
const FRAME = /^(the (report|article|story) (says|said|states|notes|adds)( that)?|it (is|was) reported that)\s+/i;
/** Between clauses: a comma (before or after a closing quote), a semicolon, a colon or a dash. */
const CLAUSE_BREAK = /(?<=[,;:][”’"']?)\s+|\s+(?=[—–]\s)/;

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Removes asides in parentheses: "(an event separate from the visit)", "(YYYY-MM-DD)". */
function withoutAsides(text: string): string {
	return text
		.replace(/\s*\([^()]*\)/g, '')
		.replace(/\s+([,.;:?!])/g, '$1')
		.trim();
}

/**
 * Keeps the clauses that carry the question — the one with the blank, else the one with its
 * question word ("which…?"), else the last — and an opening "According to …", then as many of
 * their neighbours as fit, marking each cut with "…".
 */
function keepClauses(text: string, max: number): string | undefined {
	const clauses = text.split(CLAUSE_BREAK).filter(Boolean);
	if (clauses.length < 2) return undefined;
	const blank = clauses.findIndex((clause) => /_{3,}/.test(clause));
	const asking = clauses.findIndex((clause) => QUESTION_WORD.test(clause));
	const core = blank >= 0 ? blank : asking >= 0 ? asking : clauses.length - 1;
	const kept = new Set([core]);
	if (ATTRIBUTION.test(clauses[0]!)) kept.add(0);
	const render = () => {
		const parts: string[] = [];
		clauses.forEach((clause, index) => {
			if (kept.has(index)) parts.push(clause);
			else if (parts.at(-1) !== '…') parts.push('…');
		});
		// A clause cut after its comma ends on "…" rather than ",…".
		const joined = parts
			.join(' ')
			.replace(/[,;:]([”’"']?) …/g, '$1 …')
			.replace(/^… /, '…');
		// A question cut before its end still ends as a question.
		return text.endsWith('?') && !joined.endsWith('?') ? `${joined}?` : joined;
	};
	if (render().length > max) return undefined;
	// Grow outwards from the core: the clause just before it first, then just after.
	for (let distance = 1; distance < clauses.length; distance++) {
		for (const index of [core - distance, core + distance]) {
			if (index < 0 || index >= clauses.length || kept.has(index)) continue;
			kept.add(index);
			if (render().length > max) kept.delete(index);
		}
	}
	return render();
}

/** Keeps the start (who says it) and the end (what is asked), dropping words in between. */
function keepEnds(text: string, max: number): string {
	const words = text.split(' ');
	const render = (head: number, tail: number) => `${words.slice(0, head).join(' ')} … ${words.slice(tail).join(' ')}`.replace(/[,;:] …/, ' …');
	let head = 0;
	let tail = words.length;
	// A word from the start, then one from the end, while the result fits.
	for (let turn = 0, stuck = 0; head < tail && stuck < 2; turn++) {
		const [nextHead, nextTail] = turn % 2 === 0 ? [head + 1, tail] : [head, tail - 1];
		if (nextHead <= nextTail && render(nextHead, nextTail).length <= max) {
			[head, tail, stuck] = [nextHead, nextTail, 0];
		} else stuck++;
	}
	return render(head, tail);
}

/** The words around the blank, as many as fit, with "…" where the sentence goes on. */
function aroundBlank(text: string, max: number): string {
	const words = text.split(' ');
	const blank = words.findIndex((word) => /_{3,}/.test(word));
	const render = (from: number, to: number) => `${from > 0 ? '…' : ''}${words.slice(from, to).join(' ')}${to < words.length ? ' …' : ''}`;
	let [from, to] = [blank, blank + 1];
	for (let turn = 0, stuck = 0; stuck < 2; turn++) {
		const [nextFrom, nextTo] = turn % 2 === 0 ? [from, to + 1] : [from - 1, to];
		if (nextFrom >= 0 && nextTo <= words.length && render(nextFrom, nextTo).length <= max) {
			[from, to, stuck] = [nextFrom, nextTo, 0];
		} else stuck++;
	}
	return render(from, to);
}

export interface ShortenedPrompt {
	text: string;
	/** What was done to it, in words; undefined when it fitted already. */
	how?: string;
}

/**
 * A prompt of at most `max` characters. In order: drop asides in parentheses; drop "The report
 * says that"; keep the clauses that carry the question; keep the start and the end. A true/false
 * statement only loses its asides and frame: cutting a clause could change whether it is true.
 */
export function shortenPrompt(prompt: string, max: number = KAHOOT_MAX_QUESTION, statement = false): ShortenedPrompt {
	const text = oneLine(prompt);
	if (text.length <= max) return { text };
	const asides = withoutAsides(text);
	if (asides.length <= max) return { text: asides, how: 'left out the words in parentheses' };
	const framed = capitalise(asides.replace(FRAME, ''));
	if (framed.length < asides.length && framed.length <= max) return { text: framed, how: 'left out the words in parentheses and "the report says"' };
	const hasBlank = /_{3,}/.test(framed);
	const clauses = statement ? undefined : keepClauses(framed, max);
	const ends = keepEnds(framed, max);
	// Whole clauses are the better cut, unless they keep little of the question: then words in the middle go, never the blank.
	if (clauses && (clauses.length >= framed.length * 0.6 || (hasBlank && !/_{3,}/.test(ends)))) {
		return { text: clauses, how: 'kept the clauses that ask the question, "…" where words were left out' };
	}
	if (hasBlank && !/_{3,}/.test(ends)) return { text: aroundBlank(framed, max), how: 'kept the words around the blank ("…" where words were left out): check that it still asks the same question' };
	return { text: ends, how: 'left out words in the middle ("…"): check that it still asks the same question' };
}

/* ---------- Wrong answers of the same kind ---------- */

type Kind = 'year' | 'number' | 'name' | 'phrase';

function kindOf(text: string): Kind {
	const trimmed = text.trim();
	if (/^(1[0-9]|20)\d{2}$/.test(trimmed)) return 'year';
	if (/^[-+]?[\d.,]+(\s?\S+)?$/.test(trimmed) && /\d/.test(trimmed)) return 'number';
	if (/^(\p{Lu}[\p{L}'’.-]*)(\s+(\p{Lu}[\p{L}'’.-]*|of|the|de|al|bin|and|for))*$/u.test(trimmed) && trimmed.split(/\s+/).length <= 5) return 'name';
	return 'phrase';
}

/** What a question asks for, from its wording: a person, a place, a time, a count. */
type Asks = 'who' | 'where' | 'when' | 'count' | undefined;

function asksFor(prompt: string): Asks {
	// The first question word says what is asked: "What post did he hold when he visited…" asks for a post.
	const asked = /\b(who|whom|whose|where|when|which|what|how)\b\s*(\S+)?/i.exec(prompt);
	if (!asked) return undefined;
	const [word, next = ''] = [asked[1]!.toLowerCase(), asked[2]?.toLowerCase()];
	if (word.startsWith('who')) return 'who';
	if (word === 'where' || /^(country|countries|city|town|place|capital|region|province|state|port)$/.test(next)) return 'where';
	if (word === 'when' || /^(year|date|month|day|time)$/.test(next)) return 'when';
	if (word === 'how' && /^(many|much|long|old|far|often)$/.test(next)) return 'count';
	return undefined;
}

interface PoolEntry {
	text: string;
	/** What the question it answers asks for. */
	asks: Asks;
}

/** Every answer text the set offers (right answers and the options of its multiple-choice questions), in set order. */
function answerPool(set: QuestionSet): PoolEntry[] {
	const pool: PoolEntry[] = [];
	for (const question of set.questions) {
		const asks = asksFor(question.prompt);
		if (question.type === 'multiple_choice' || question.type === 'select_all') pool.push(...question.choices.map((text) => ({ text, asks })));
		else if (question.type === 'date') pool.push({ text: readableDate(question.answer), asks });
		// A matching or ordering question's answer is its pairs or its order: no one answer to offer elsewhere.
		else if (question.type !== 'true_false' && question.type !== 'matching' && question.type !== 'ordering') pool.push({ text: answerText(question), asks });
	}
	return pool;
}

/**
 * Up to three answers from the pool of the same kind as `answer` (a name, a year, a number, a
 * phrase), never an alias of it: first those answering the same sort of question (who, where…),
 * then those closest in length.
 */
function textDistractors(question: Question & { answer: string; accepted?: string[] }, pool: readonly PoolEntry[]): string[] {
	const answer = question.answer;
	const kind = kindOf(answer);
	const asks = asksFor(question.prompt);
	const excluded = [answer, ...(question.accepted ?? [])].map(optionKey);
	const seen = new Set<string>();
	const found: Array<{ option: string; order: number; same: number; gap: number }> = [];
	for (const { text, asks: otherAsks } of pool) {
		const key = optionKey(text);
		if (!key || seen.has(key) || text.length > KAHOOT_MAX_ANSWER || kindOf(text) !== kind) continue;
		if (mayBeAlias(key, excluded)) continue;
		seen.add(key);
		found.push({ option: text, order: found.length, same: asks !== undefined && otherAsks === asks ? 0 : 1, gap: Math.abs(text.length - answer.length) });
	}
	return found
		.sort((a, b) => a.same - b.same || a.gap - b.gap || a.order - b.order)
		.slice(0, 3)
		.map(({ option }) => option);
}

/** The number written as the answer is: same decimals, thousands as the set writes them (plain). */
function formatNumber(value: number, decimals: number): string {
	return value.toFixed(decimals).replace(/^-0(\.0+)?$/, '0');
}

/** The step between nearby wrong numbers: 70 → 10, 75 → 10, 1189 → 100, 1.4 → 1, a year → 1. */
function numberStep(value: number, decimals: number, unit: string): number {
	if (Number.isInteger(value) && value >= 1000 && value <= 2100 && unit === '') return 1;
	if (value === 0) return 10 ** -decimals || 1;
	const magnitude = Math.floor(Math.log10(Math.abs(value)));
	const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
	return 10 ** (digits <= 2 ? magnitude : magnitude - 1);
}

/** Wrong numbers: the set's other numbers with the same unit, then numbers near the answer, outside its tolerance. */
function numericDistractors(question: Extract<Question, { type: 'numeric' }>, set: QuestionSet): string[] {
	const unit = question.unit?.trim().toLowerCase() ?? '';
	const tolerance = question.tolerance ?? 0;
	const decimals = (String(question.answer).split('.')[1] ?? '').length;
	const values: number[] = [];
	const take = (value: number) => {
		if (!Number.isFinite(value) || Math.abs(value - question.answer) <= tolerance || values.includes(value)) return;
		// A positive quantity gets positive wrong answers.
		if (question.answer > 0 && value <= 0) return;
		values.push(value);
	};
	for (const other of set.questions) {
		if (other.type === 'numeric' && other.id !== question.id && (other.unit?.trim().toLowerCase() ?? '') === unit) take(other.answer);
	}
	const step = Math.max(numberStep(question.answer, decimals, unit), tolerance * 2);
	for (const factor of [-1, 1, 2, -2, 3, 4]) take(Number((question.answer + factor * step).toFixed(decimals)));
	return values.slice(0, 3).map((value) => (question.unit ? `${formatNumber(value, decimals)} ${question.unit}` : formatNumber(value, decimals)));
}

function shiftDate(answer: string, delta: number): string {
	const [year, month, day] = answer.split('-').map(Number) as [number, number | undefined, number | undefined];
	if (month === undefined) return String(year + delta);
	if (day === undefined) {
		const date = new Date(Date.UTC(year, month - 1 + delta, 1));
		return date.toISOString().slice(0, 7);
	}
	return new Date(Date.UTC(year, month - 1, day + delta)).toISOString().slice(0, 10);
}

/** Wrong dates: the set's other dates of the same precision, then dates next to the answer. */
function dateDistractors(question: Extract<Question, { type: 'date' }>, set: QuestionSet): string[] {
	const dates: string[] = [];
	const take = (date: string) => {
		if (date !== question.answer && !dates.includes(date)) dates.push(date);
	};
	for (const other of set.questions) {
		if (other.type === 'date' && other.answer.length === question.answer.length) take(other.answer);
	}
	for (const delta of [-1, 1, 2, -2, 3]) take(shiftDate(question.answer, delta));
	return dates.slice(0, 3).map(readableDate);
}

/* ---------- The plan ---------- */

const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(', ');

type Choices = { answers: string[]; correct: number[]; changes: string[] } | { reason: string };

/** The right answer among the wrong ones, at a place that depends on the question only. */
function placed(question: Question, right: string, wrong: string[], changes: string[]): Choices {
	const at = hash(question.id) % (wrong.length + 1);
	const answers = [...wrong.slice(0, at), right, ...wrong.slice(at)];
	return { answers, correct: [at], changes };
}

function choicesFor(question: Question, set: QuestionSet, pool: readonly PoolEntry[]): Choices {
	switch (question.type) {
		case 'multiple_choice': {
			const changes: string[] = [];
			let answers = question.choices.map(oneLine);
			let correct = question.answer;
			if (answers.length > 4) {
				// Keep the right answer and the first three wrong ones.
				const right = answers[correct]!;
				const wrong = answers.filter((_, index) => index !== correct);
				changes.push(`has ${answers.length} choices and Kahoot allows 4: left out ${quoted(wrong.slice(3))}`);
				answers = answers.filter((choice) => choice === right || wrong.slice(0, 3).includes(choice));
				correct = answers.indexOf(right);
			}
			return { answers: fitAnswers(answers, changes), correct: [correct], changes };
		}
		case 'select_all': {
			const changes: string[] = [];
			let answers = question.choices.map(oneLine);
			let right = question.answer.map((index) => answers[index]!);
			if (right.length > 4) return { reason: `has ${right.length} right options and Kahoot's questions hold 4 answers: left out` };
			if (answers.length > 4) {
				// Every right option stays, and the first wrong ones while there is room.
				const wrong = answers.filter((choice) => !right.includes(choice));
				const room = 4 - right.length;
				changes.push(`has ${answers.length} options and Kahoot allows 4: left out ${quoted(wrong.slice(room))}`);
				answers = answers.filter((choice) => right.includes(choice) || wrong.slice(0, room).includes(choice));
				right = right.filter((choice) => answers.includes(choice));
			}
			return { answers: fitAnswers(answers, changes), correct: right.map((choice) => answers.indexOf(choice)), changes };
		}
		case 'matching':
			return { reason: "Kahoot's quiz spreadsheet has no matching question (each question picks among at most 4 answers): left out" };
		case 'ordering':
			return { reason: "Kahoot's quiz spreadsheet holds quiz questions only, and an ordering question is a Kahoot puzzle, which it cannot carry: left out (add it in Kahoot as a puzzle)" };
		case 'true_false':
			return { answers: ['True', 'False'], correct: [question.answer ? 0 : 1], changes: [] };
		case 'flashcard':
		case 'short_answer':
		case 'cloze':
		case 'numeric':
		case 'date': {
			const right = question.type === 'date' ? readableDate(question.answer) : answerText(question);
			if (right.length > KAHOOT_MAX_ANSWER) {
				return { reason: `its answer is ${right.length} characters and Kahoot's answers hold ${KAHOOT_MAX_ANSWER}: left out` };
			}
			const wrong =
				question.type === 'numeric'
					? numericDistractors(question, set)
					: question.type === 'date'
						? dateDistractors(question, set)
						: textDistractors(question, pool);
			if (wrong.length === 0) {
				return { reason: `a ${QUESTION_TYPE_INFO[question.type].noun} has a typed answer, and the set holds no other answer of the same kind to offer as a choice: left out` };
			}
			const source = question.type === 'numeric' ? 'numbers from the set and near the answer' : question.type === 'date' ? 'dates from the set and next to the answer' : 'answers from the set';
			return placed(question, right, wrong, [`a ${QUESTION_TYPE_INFO[question.type].noun} became a choice question: "${right}" among ${quoted(wrong)} (${source})`]);
		}
	}
}

/** Answers longer than Kahoot allows, shortened at a word, each change noted. */
function fitAnswers(answers: string[], changes: string[]): string[] {
	return answers.map((answer, index) => {
		if (answer.length <= KAHOOT_MAX_ANSWER) return answer;
		changes.push(`answer ${index + 1} is ${answer.length} characters, Kahoot allows ${KAHOOT_MAX_ANSWER}: shortened`);
		return cutAtWord(answer, KAHOOT_MAX_ANSWER);
	});
}

/** A typing hint such as "(YYYY-MM-DD)", of no use once the answer is picked. */
const TYPING_HINT = /\s*\((?:YYYY(?:-MM(?:-DD)?)?|in digits|a number|one word)\)/i;

/** Every question of the set as Kahoot will have it, or the reason it cannot. */
export function planKahoot(set: QuestionSet, options: KahootOptions = {}): KahootPlan {
	const pool = answerPool(set);
	const plan: KahootPlan = { questions: [], left: [] };
	set.questions.forEach((question, index) => {
		const number = index + 1;
		const choices = choicesFor(question, set, pool);
		if ('reason' in choices) {
			plan.left.push({ questionId: question.id, number, reason: choices.reason });
			return;
		}
		const changes = [...choices.changes];
		const asked = oneLine(question.prompt);
		const hint = question.type === 'true_false' || question.type === 'multiple_choice' || question.type === 'select_all' ? null : TYPING_HINT.exec(asked);
		const original = hint ? oneLine(asked.replace(hint[0], '')) : asked;
		if (hint) changes.push(`left out the typing hint "${hint[0].trim()}"`);
		const tooLong = original.length > KAHOOT_MAX_QUESTION;
		let prompt = original;
		if (tooLong) {
			const own = options.prompts?.[question.id] !== undefined ? oneLine(options.prompts[question.id]!) : undefined;
			if (own && own.length <= KAHOOT_MAX_QUESTION) {
				prompt = own;
				changes.push(`the question is ${original.length} characters and Kahoot allows ${KAHOOT_MAX_QUESTION}: reworded by you as "${own}"`);
			} else {
				const shortened = shortenPrompt(own || original, KAHOOT_MAX_QUESTION, question.type === 'true_false');
				prompt = shortened.text;
				changes.push(`the question is ${(own || original).length} characters and Kahoot allows ${KAHOOT_MAX_QUESTION}: ${shortened.how}, giving "${prompt}"`);
			}
		}
		plan.questions.push({ questionId: question.id, number, prompt, original, tooLong, answers: choices.answers, correct: choices.correct, changes });
	});
	return plan;
}
