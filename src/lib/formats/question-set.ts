/**
 * The question-set format: the single source of truth for what a set file may contain.
 * The build, the in-app importer and `npm run validate` all call `validateQuestionSet`.
 * Pure TypeScript: no DOM, no Node-only imports.
 */

export const FORMAT_VERSION = 1;

export const QUESTION_TYPES = [
	'flashcard',
	'multiple_choice',
	'select_all',
	'matching',
	'ordering',
	'true_false',
	'short_answer',
	'cloze',
	'numeric',
	'date'
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Where a question comes from: a fact of the set's fact list, or a passage of the source text. */
export interface Provenance {
	/** Id of an entry in the set's `facts`. */
	fact?: string;
	/** The source sentence, as found in the article (generated sets). */
	sentence?: string;
	/** Character offsets of `sentence` in the source text: [start, end). */
	start?: number;
	end?: number;
}

interface QuestionBase {
	/** Stable id, unique in the set; progress is keyed by (set id, question id). */
	id: string;
	type: QuestionType;
	prompt: string;
	explanation?: string;
	/** Who makes the claim, when the source attributes it ("Voice of America"). */
	attribution?: string;
	provenance?: Provenance;
	tags?: string[];
}

export interface FlashcardQuestion extends QuestionBase {
	type: 'flashcard';
	answer: string;
	accepted?: string[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
	type: 'multiple_choice';
	/** 2 to 6 distinct options. */
	choices: string[];
	/** Index into `choices` of the right option. */
	answer: number;
	/** Feedback shown when the learner picks each choice, in the order of `choices`; "" for none. */
	choiceFeedback?: string[];
}

/** The fewest and most options, and the fewest and most right ones, of a select-all question. */
export const SELECT_ALL_LIMITS = { choices: { min: 3, max: 8 }, right: { min: 2, max: 6 } } as const;

export interface SelectAllQuestion extends QuestionBase {
	type: 'select_all';
	/** 3 to 8 distinct options. */
	choices: string[];
	/** Indices into `choices` of the right options: 2 to 6, ascending, and at least one option left wrong. */
	answer: number[];
	/** Feedback shown on each option after answering, in the order of `choices`; "" for none. */
	choiceFeedback?: string[];
}

/** The fewest and most pairs of a matching question. */
export const MATCHING_LIMITS = { pairs: { min: 3, max: 8 } } as const;

export interface MatchingQuestion extends QuestionBase {
	type: 'matching';
	/** 3 to 8 distinct items to match. */
	items: string[];
	/** Their matches, distinct: `answer[i]` goes with `items[i]`. Both sides are shuffled when asked. */
	answer: string[];
}

/** The fewest and most items of an ordering question. */
export const ORDERING_LIMITS = { items: { min: 3, max: 6 } } as const;

export interface OrderingQuestion extends QuestionBase {
	type: 'ordering';
	/** 3 to 6 distinct items (events, steps), in the right order; shuffled when asked. */
	answer: string[];
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'true_false';
	/** The prompt is a statement; `answer` says whether it is true. */
	answer: boolean;
	/** Feedback shown when the learner answers True, and when they answer False; "" for none. */
	choiceFeedback?: [string, string];
}

export interface ShortAnswerQuestion extends QuestionBase {
	type: 'short_answer';
	answer: string;
	/** Other answers graded as right (spellings, aliases). */
	accepted?: string[];
}

export interface ClozeQuestion extends QuestionBase {
	type: 'cloze';
	/** The prompt holds exactly one blank, written as a run of three or more underscores. */
	answer: string;
	accepted?: string[];
}

export interface NumericQuestion extends QuestionBase {
	type: 'numeric';
	answer: number;
	/** Absolute tolerance: |given - answer| <= tolerance is right. Default 0. */
	tolerance?: number;
	unit?: string;
}

export interface DateQuestion extends QuestionBase {
	type: 'date';
	/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": the precision the learner must give. */
	answer: string;
}

export type Question =
	| FlashcardQuestion
	| MultipleChoiceQuestion
	| SelectAllQuestion
	| MatchingQuestion
	| OrderingQuestion
	| TrueFalseQuestion
	| ShortAnswerQuestion
	| ClozeQuestion
	| NumericQuestion
	| DateQuestion;

export interface Fact {
	id: string;
	/** The fact in the set author's own words. */
	text: string;
	attribution?: string;
}

export interface Source {
	title: string;
	publisher: string;
	/** "YYYY-MM-DD" */
	date: string;
	url?: string;
}

export interface QuestionSet {
	format: typeof FORMAT_VERSION;
	/** Lower-case letters, digits and hyphens; unique among the user's sets. */
	id: string;
	title: string;
	description?: string;
	/** BCP 47 language tag, e.g. "en". */
	language: string;
	source: Source;
	facts?: Fact[];
	questions: Question[];
}

/** One problem found in a set: where (question id and field) and what. */
export interface SchemaIssue {
	/** The question's id, or its position ("#3") when the id itself is missing; undefined for set-level fields. */
	question?: string;
	/** Dotted path of the field, e.g. "choices[2]" or "source.date". */
	field: string;
	message: string;
}

export type ValidationResult = { ok: true; set: QuestionSet } | { ok: false; issues: SchemaIssue[] };

export const BLANK = /_{3,}/g;
/** A set id: lower-case letters, digits and hyphens, at most 64 characters. */
export const SET_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** A question (or fact) id: letters, digits, "_", "." and "-", at most 64 characters. */
export const QUESTION_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const MAX_TEXT = 2000;
const MAX_QUESTIONS = 5000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRealDate(text: string): boolean {
	const [y, m = 1, d = 1] = text.split('-').map(Number);
	const date = new Date(Date.UTC(y!, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Collects issues for one object; `where` is the question label or undefined for the set. */
class Checker {
	constructor(
		readonly issues: SchemaIssue[],
		readonly where: string | undefined
	) {}

	fail(field: string, message: string): void {
		this.issues.push({ question: this.where, field, message });
	}

	text(obj: Json, field: string, options: { optional?: boolean; max?: number } = {}): boolean {
		const value = obj[field];
		if (value === undefined && options.optional) return true;
		if (typeof value !== 'string') {
			this.fail(field, value === undefined ? 'is missing' : 'must be a string');
			return false;
		}
		if (value.trim() === '') {
			this.fail(field, 'must not be empty');
			return false;
		}
		if (value.length > (options.max ?? MAX_TEXT)) {
			this.fail(field, `is longer than ${options.max ?? MAX_TEXT} characters`);
			return false;
		}
		return true;
	}

	textList(obj: Json, field: string, options: { optional?: boolean; min?: number; max?: number } = {}): boolean {
		const value = obj[field];
		if (value === undefined && options.optional) return true;
		if (!Array.isArray(value)) {
			this.fail(field, value === undefined ? 'is missing' : 'must be a list of strings');
			return false;
		}
		let ok = true;
		value.forEach((item, index) => {
			if (typeof item !== 'string' || item.trim() === '') {
				this.fail(`${field}[${index}]`, 'must be a non-empty string');
				ok = false;
			} else if (item.length > MAX_TEXT) {
				this.fail(`${field}[${index}]`, `is longer than ${MAX_TEXT} characters`);
				ok = false;
			}
		});
		if (options.min !== undefined && value.length < options.min) {
			this.fail(field, `needs at least ${options.min} entries`);
			ok = false;
		}
		if (options.max !== undefined && value.length > options.max) {
			this.fail(field, `allows at most ${options.max} entries`);
			ok = false;
		}
		return ok;
	}

	unknownKeys(obj: Json, allowed: readonly string[], prefix = ''): void {
		for (const key of Object.keys(obj)) {
			if (!allowed.includes(key)) this.fail(prefix + key, 'is not a known field');
		}
	}
}

const COMMON_FIELDS = ['id', 'type', 'prompt', 'explanation', 'attribution', 'provenance', 'tags'] as const;
const FIELDS_BY_TYPE: Record<QuestionType, readonly string[]> = {
	flashcard: ['answer', 'accepted'],
	multiple_choice: ['choices', 'answer', 'choiceFeedback'],
	select_all: ['choices', 'answer', 'choiceFeedback'],
	matching: ['items', 'answer'],
	ordering: ['answer'],
	true_false: ['answer', 'choiceFeedback'],
	short_answer: ['answer', 'accepted'],
	cloze: ['answer', 'accepted'],
	numeric: ['answer', 'tolerance', 'unit'],
	date: ['answer']
};

/** Per-choice feedback: one text per choice, "" where there is none, and at least one that is not empty. */
function checkChoiceFeedback(raw: Json, count: number, per: string, check: Checker): void {
	const value = raw.choiceFeedback;
	if (value === undefined) return;
	if (!Array.isArray(value) || value.length !== count) {
		check.fail('choiceFeedback', `must be a list of ${count} texts, one per ${per} ("" for none)`);
		return;
	}
	value.forEach((item, index) => {
		if (typeof item !== 'string') check.fail(`choiceFeedback[${index}]`, 'must be a string ("" for none)');
		else if (item.length > MAX_TEXT) check.fail(`choiceFeedback[${index}]`, `is longer than ${MAX_TEXT} characters`);
	});
	if (value.every((item) => typeof item === 'string' && item.trim() === '')) check.fail('choiceFeedback', 'holds no feedback; leave it out instead');
}

/** Texts compared without case or outer spaces: none may repeat another. `field(i)` names the one at fault. */
function checkDistinct(texts: readonly string[], field: (index: number) => string, what: string, check: Checker): void {
	const seen = new Set<string>();
	texts.forEach((text, i) => {
		const key = text.trim().toLowerCase();
		if (seen.has(key)) check.fail(field(i), `repeats another ${what} ("${text}")`);
		seen.add(key);
	});
}

/** A matching question: 3 to 8 items and as many matches, no item twice, no match twice. */
function checkPairs(raw: Json, check: Checker): void {
	const { min, max } = MATCHING_LIMITS.pairs;
	if (!check.textList(raw, 'items', { min, max })) return;
	const items = raw.items as string[];
	checkDistinct(items, (i) => `items[${i}]`, 'item', check);
	const answer = raw.answer;
	if (!Array.isArray(answer) || answer.length !== items.length) {
		check.fail('answer', `must be a list of ${items.length} matches, one per item, in the order of the items`);
		return;
	}
	if (check.textList(raw, 'answer')) checkDistinct(answer as string[], (i) => `answer[${i}]`, 'match', check);
}

function checkQuestion(raw: unknown, index: number, factIds: Set<string> | null, issues: SchemaIssue[]): void {
	const label = isObject(raw) && typeof raw.id === 'string' && raw.id.trim() !== '' ? raw.id : `#${index + 1}`;
	const check = new Checker(issues, label);
	if (!isObject(raw)) {
		check.fail('', 'must be an object');
		return;
	}
	if (typeof raw.id !== 'string' || !QUESTION_ID.test(raw.id)) {
		check.fail('id', 'must be 1–64 letters, digits, "-", "_" or "." starting with a letter or digit');
	}
	const type = raw.type;
	if (typeof type !== 'string' || !(QUESTION_TYPES as readonly string[]).includes(type)) {
		check.fail('type', `must be one of ${QUESTION_TYPES.join(', ')}`);
		return;
	}
	const questionType = type as QuestionType;
	check.unknownKeys(raw, [...COMMON_FIELDS, ...FIELDS_BY_TYPE[questionType]]);
	check.text(raw, 'prompt');
	check.text(raw, 'explanation', { optional: true });
	check.text(raw, 'attribution', { optional: true, max: 200 });
	check.textList(raw, 'tags', { optional: true, max: 20 });

	if (raw.provenance !== undefined) {
		const provenance = raw.provenance;
		if (!isObject(provenance)) {
			check.fail('provenance', 'must be an object');
		} else {
			check.unknownKeys(provenance, ['fact', 'sentence', 'start', 'end'], 'provenance.');
			if (provenance.fact !== undefined) {
				if (typeof provenance.fact !== 'string' || provenance.fact === '') {
					check.fail('provenance.fact', 'must be a fact id');
				} else if (factIds && !factIds.has(provenance.fact)) {
					check.fail('provenance.fact', `names fact "${provenance.fact}", which is not in the set's facts`);
				}
			}
			if (provenance.sentence !== undefined && typeof provenance.sentence !== 'string') {
				check.fail('provenance.sentence', 'must be a string');
			}
			const { start, end } = provenance;
			if (start !== undefined || end !== undefined) {
				if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
					check.fail('provenance.start', 'start and end must be whole numbers with 0 <= start <= end');
				}
			}
		}
	}

	const prompt = typeof raw.prompt === 'string' ? raw.prompt : '';
	switch (questionType) {
		case 'flashcard':
		case 'short_answer':
		case 'cloze': {
			check.text(raw, 'answer', { max: 300 });
			check.textList(raw, 'accepted', { optional: true, max: 20 });
			if (questionType === 'cloze') {
				const blanks = prompt.match(BLANK)?.length ?? 0;
				if (blanks !== 1) check.fail('prompt', `must contain exactly one blank (___), found ${blanks}`);
			}
			break;
		}
		case 'multiple_choice': {
			if (check.textList(raw, 'choices', { min: 2, max: 6 })) {
				const choices = raw.choices as string[];
				checkDistinct(choices, (i) => `choices[${i}]`, 'choice', check);
				if (!Number.isInteger(raw.answer) || (raw.answer as number) < 0 || (raw.answer as number) >= choices.length) {
					check.fail('answer', `must be the index of the right choice, 0 to ${choices.length - 1}`);
				}
				checkChoiceFeedback(raw, choices.length, 'choice', check);
			}
			break;
		}
		case 'select_all': {
			const { choices: count, right } = SELECT_ALL_LIMITS;
			if (check.textList(raw, 'choices', count)) {
				const choices = raw.choices as string[];
				checkDistinct(choices, (i) => `choices[${i}]`, 'choice', check);
				const answer = raw.answer;
				const indices = Array.isArray(answer) && answer.every((index) => Number.isInteger(index) && index >= 0 && index < choices.length);
				if (!indices) {
					check.fail('answer', `must be a list of the right choices' indices, each 0 to ${choices.length - 1}`);
				} else if (new Set(answer).size !== answer.length || answer.some((index, i) => i > 0 && index < answer[i - 1])) {
					check.fail('answer', 'must list each right choice once, in ascending order');
				} else if (answer.length < right.min || answer.length > right.max) {
					check.fail('answer', `names ${answer.length} right ${answer.length === 1 ? 'choice' : 'choices'}; a select-all question needs ${right.min} to ${right.max}`);
				} else if (answer.length >= choices.length) {
					check.fail('answer', 'names every choice as right; at least one choice must be wrong');
				}
				checkChoiceFeedback(raw, choices.length, 'choice', check);
			}
			break;
		}
		case 'matching':
			checkPairs(raw, check);
			break;
		case 'ordering':
			if (check.textList(raw, 'answer', ORDERING_LIMITS.items)) checkDistinct(raw.answer as string[], (i) => `answer[${i}]`, 'item', check);
			break;
		case 'true_false':
			if (typeof raw.answer !== 'boolean') check.fail('answer', 'must be true or false');
			checkChoiceFeedback(raw, 2, 'answer (True, then False)', check);
			break;
		case 'numeric':
			if (typeof raw.answer !== 'number' || !Number.isFinite(raw.answer)) check.fail('answer', 'must be a number');
			if (raw.tolerance !== undefined && (typeof raw.tolerance !== 'number' || !(raw.tolerance >= 0))) {
				check.fail('tolerance', 'must be a number of at least 0');
			}
			check.text(raw, 'unit', { optional: true, max: 40 });
			break;
		case 'date':
			if (typeof raw.answer !== 'string' || !PARTIAL_DATE.test(raw.answer) || !isRealDate(raw.answer)) {
				check.fail('answer', 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD');
			}
			break;
	}
}

/**
 * Checks a parsed JSON value against the question-set format.
 * Returns the typed set, or every issue found (each naming the question and field).
 */
export function validateQuestionSet(raw: unknown): ValidationResult {
	const issues: SchemaIssue[] = [];
	const check = new Checker(issues, undefined);
	if (!isObject(raw)) {
		return { ok: false, issues: [{ field: '', message: 'a question set must be a JSON object' }] };
	}
	check.unknownKeys(raw, ['format', 'id', 'title', 'description', 'language', 'source', 'facts', 'questions']);
	if (raw.format !== FORMAT_VERSION) {
		check.fail('format', `must be ${FORMAT_VERSION} (found ${JSON.stringify(raw.format) ?? 'nothing'})`);
	}
	if (typeof raw.id !== 'string' || !SET_ID.test(raw.id)) {
		check.fail('id', 'must be 1–64 lower-case letters, digits or "-", starting with a letter or digit');
	}
	check.text(raw, 'title', { max: 200 });
	check.text(raw, 'description', { optional: true });
	if (typeof raw.language !== 'string' || !LANGUAGE.test(raw.language)) {
		check.fail('language', 'must be a language tag such as "en"');
	}
	if (!isObject(raw.source)) {
		check.fail('source', raw.source === undefined ? 'is missing' : 'must be an object');
	} else {
		const source = raw.source;
		check.unknownKeys(source, ['title', 'publisher', 'date', 'url'], 'source.');
		for (const field of ['title', 'publisher'] as const) {
			const value = source[field];
			if (typeof value !== 'string' || value.trim() === '' || value.length > 300) {
				check.fail(`source.${field}`, 'must be text of 1 to 300 characters');
			}
		}
		if (typeof source.date !== 'string' || !ISO_DATE.test(source.date) || !isRealDate(source.date)) {
			check.fail('source.date', 'must be a date written YYYY-MM-DD');
		}
		if (source.url !== undefined) {
			let valid = false;
			if (typeof source.url === 'string') {
				try {
					valid = ['http:', 'https:'].includes(new URL(source.url).protocol);
				} catch {
					valid = false;
				}
			}
			if (!valid) check.fail('source.url', 'must be an http or https address');
		}
	}

	let factIds: Set<string> | null = null;
	if (raw.facts !== undefined) {
		if (!Array.isArray(raw.facts)) {
			check.fail('facts', 'must be a list');
		} else {
			factIds = new Set();
			raw.facts.forEach((fact, index) => {
				const field = `facts[${index}]`;
				if (!isObject(fact)) {
					check.fail(field, 'must be an object');
					return;
				}
				if (typeof fact.id !== 'string' || !QUESTION_ID.test(fact.id)) check.fail(`${field}.id`, 'must be a short id');
				else if (factIds!.has(fact.id)) check.fail(`${field}.id`, `repeats the fact id "${fact.id}"`);
				else factIds!.add(fact.id);
				if (typeof fact.text !== 'string' || fact.text.trim() === '') check.fail(`${field}.text`, 'must not be empty');
				if (fact.attribution !== undefined && (typeof fact.attribution !== 'string' || fact.attribution.trim() === '')) {
					check.fail(`${field}.attribution`, 'must be a non-empty string');
				}
				for (const key of Object.keys(fact)) {
					if (!['id', 'text', 'attribution'].includes(key)) check.fail(`${field}.${key}`, 'is not a known field');
				}
			});
		}
	}

	if (!Array.isArray(raw.questions)) {
		check.fail('questions', raw.questions === undefined ? 'is missing' : 'must be a list');
	} else if (raw.questions.length === 0) {
		check.fail('questions', 'must hold at least one question');
	} else if (raw.questions.length > MAX_QUESTIONS) {
		check.fail('questions', `holds ${raw.questions.length} questions; at most ${MAX_QUESTIONS} are allowed`);
	} else {
		const ids = new Map<string, number>();
		raw.questions.forEach((question, index) => {
			checkQuestion(question, index, factIds, issues);
			if (isObject(question) && typeof question.id === 'string') {
				const first = ids.get(question.id);
				if (first !== undefined) {
					issues.push({ question: question.id, field: 'id', message: `repeats the id of question #${first + 1}` });
				} else {
					ids.set(question.id, index);
				}
			}
		});
	}

	return issues.length > 0 ? { ok: false, issues } : { ok: true, set: raw as unknown as QuestionSet };
}

/** One issue as a line of text: `question "q7", field "choices[2]": must be a non-empty string`. */
export function formatIssue(issue: SchemaIssue): string {
	const where = [issue.question ? `question "${issue.question}"` : 'set', issue.field ? `field "${issue.field}"` : '']
		.filter(Boolean)
		.join(', ');
	return `${where}: ${issue.message}`;
}

/** Parses JSON text and validates it; a JSON syntax error is reported as one issue. */
export function parseQuestionSet(text: string): ValidationResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return { ok: false, issues: [{ field: '', message: `not valid JSON (${(error as Error).message})` }] };
	}
	return validateQuestionSet(raw);
}

/** The right answer of any question, as text a learner would read. */
export function answerText(question: Question): string {
	switch (question.type) {
		case 'multiple_choice':
			return question.choices[question.answer] ?? '';
		case 'select_all':
			return question.answer.map((index) => question.choices[index] ?? '').join('; ');
		case 'matching':
			return question.items.map((item, index) => `${item} → ${question.answer[index] ?? ''}`).join('; ');
		case 'ordering':
			return question.answer.map((item, index) => `${index + 1}. ${item}`).join('; ');
		case 'true_false':
			return question.answer ? 'True' : 'False';
		case 'numeric':
			return question.unit ? `${question.answer} ${question.unit}` : String(question.answer);
		case 'flashcard':
		case 'short_answer':
		case 'cloze':
		case 'date':
			return question.answer;
	}
}

export { answerKeyHash, hashText } from './answer-key';
