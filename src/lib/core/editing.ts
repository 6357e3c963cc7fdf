/**
 * The set editor's rules, as pure functions: the form-friendly draft of a set, conversion to and
 * from the question-set format, new and duplicated questions with fresh ids, moves, and
 * validation mapped onto the field at fault. Validation is always `validateQuestionSet`'s.
 */
import {
	FORMAT_VERSION,
	QUESTION_TYPES,
	MATCHING_LIMITS,
	ORDERING_LIMITS,
	SELECT_ALL_LIMITS,
	validateQuestionSet,
	type Fact,
	type Provenance,
	type Question,
	type QuestionSet,
	type QuestionType,
	type SchemaIssue
} from '$lib/formats/question-set';
import { unreachable } from './unreachable';

/** One question as the editor's form holds it: every value is what the learner typed. */
export interface QuestionDraft {
	id: string;
	type: QuestionType;
	prompt: string;
	explanation: string;
	attribution: string;
	/** The answer of text, numeric and date questions, as typed. */
	answer: string;
	/** Other accepted answers, one per line. */
	accepted: string;
	/** Multiple choice: the options and the index of the right one. Select all: the options (and `rightChoices`). */
	choices: string[];
	correct: number;
	/** Select all: the indices of the options ticked as right, ascending; absent for other types. */
	rightChoices?: number[];
	/** Matching: each item with its match, as typed; absent for other types. */
	pairs?: DraftPair[];
	/** Ordering: the items in the right order, as typed; absent for other types. */
	order?: string[];
	/** True/false: whether the statement is true. */
	truth: boolean;
	/** Feedback on each option (multiple choice) or on True and False; absent until the author adds some. */
	choiceFeedback?: string[];
	/** Numeric: tolerance and unit, as typed. */
	tolerance: string;
	unit: string;
	/** Fields the form does not show, carried through unchanged. */
	provenance?: Provenance;
	tags?: string[];
}

export interface DraftPair {
	item: string;
	match: string;
}

export interface SetDraft {
	id: string;
	title: string;
	description: string;
	language: string;
	source: { title: string; publisher: string; date: string; url: string };
	facts?: Fact[];
	questions: QuestionDraft[];
}

export { QUESTION_TYPES };

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

function randomChars(count: number, random: () => number): string {
	let out = '';
	for (let i = 0; i < count; i++) out += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length) % ID_ALPHABET.length];
	return out;
}

/**
 * A question id not in `taken`. Random rather than "next number", so a new question never
 * inherits the stored progress of a deleted one that had the same id.
 */
export function newQuestionId(taken: Iterable<string>, random: () => number): string {
	const used = new Set(taken);
	for (;;) {
		const id = `q-${randomChars(6, random)}`;
		if (!used.has(id)) return id;
	}
}

/**
 * A set id from a title or file name: "Kim's Visit, July 2023!" → "kims-visit-july-2023"; lower-case
 * letters, digits and hyphens, at most `maxLength` characters; `fallback` when nothing is left.
 */
export function slugify(title: string, { maxLength = 48, fallback = 'set' }: { maxLength?: number; fallback?: string } = {}): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/g, '');
	return slug || fallback;
}

/** A set id from the title plus a short random suffix, never one of `taken`. */
export function newSetId(title: string, taken: Iterable<string>, random: () => number): string {
	const used = new Set(taken);
	const base = slugify(title);
	for (;;) {
		const id = `${base}-${randomChars(4, random)}`;
		if (!used.has(id)) return id;
	}
}

/** An empty question of a type, ready for its form. */
export function blankQuestion(type: QuestionType, id: string): QuestionDraft {
	return {
		id,
		type,
		prompt: '',
		explanation: '',
		attribution: '',
		answer: '',
		accepted: '',
		choices: type === 'multiple_choice' || type === 'select_all' ? ['', '', '', ''] : [],
		...(type === 'select_all' ? { rightChoices: [] } : {}),
		...(type === 'matching' ? { pairs: [emptyPair(), emptyPair(), emptyPair()] } : {}),
		...(type === 'ordering' ? { order: ['', '', ''] } : {}),
		correct: 0,
		truth: true,
		tolerance: '',
		unit: ''
	};
}

const emptyPair = (): DraftPair => ({ item: '', match: '' });

/** A copy of a question under a new id. */
export function duplicateQuestion(question: QuestionDraft, id: string): QuestionDraft {
	return structuredClone({ ...question, id });
}

/**
 * Switches a question to another type, keeping what still makes sense: the prompt, the
 * explanation and the attribution always; a text answer between text types; the right option
 * as the answer when leaving multiple choice.
 */
export function changeType(question: QuestionDraft, type: QuestionType): QuestionDraft {
	if (question.type === type) return question;
	const fresh = blankQuestion(type, question.id);
	const kept: QuestionDraft = {
		...fresh,
		prompt: question.prompt,
		explanation: question.explanation,
		attribution: question.attribution,
		provenance: question.provenance,
		tags: question.tags
	};
	const textTypes: QuestionType[] = ['flashcard', 'short_answer', 'cloze'];
	if (textTypes.includes(question.type) && textTypes.includes(type)) {
		kept.answer = question.answer;
		kept.accepted = question.accepted;
	} else if (question.type === 'multiple_choice' && textTypes.includes(type)) {
		kept.answer = question.choices[question.correct] ?? '';
	} else if (textTypes.includes(question.type) && type === 'multiple_choice' && question.answer.trim()) {
		kept.choices = [question.answer, '', '', ''];
	} else if (question.type === 'multiple_choice' && type === 'select_all') {
		// The options and their feedback carry over; the right one stays ticked.
		kept.choices = [...question.choices];
		kept.rightChoices = [question.correct];
		if (question.choiceFeedback) kept.choiceFeedback = [...question.choiceFeedback];
	} else if (question.type === 'select_all' && type === 'multiple_choice') {
		kept.choices = question.choices.slice(0, 6);
		kept.correct = Math.min(question.rightChoices?.[0] ?? 0, kept.choices.length - 1);
		if (question.choiceFeedback) kept.choiceFeedback = question.choiceFeedback.slice(0, 6);
	}
	return kept;
}

/** How many options a question's form may hold: 2–6 for multiple choice, 3–8 for select all. */
export function choiceLimits(type: QuestionType): { min: number; max: number } {
	return type === 'select_all' ? SELECT_ALL_LIMITS.choices : { min: 2, max: 6 };
}

/** Adds an empty option (at most 6, or 8 for select all), with room for its feedback. */
export function addChoice(question: QuestionDraft): void {
	if (question.choices.length >= choiceLimits(question.type).max) return;
	question.choices.push('');
	question.choiceFeedback?.push('');
}

/** Removes option `choice` (keeping at least 2, or 3 for select all) and its feedback; the right options stay the same ones. */
export function removeChoice(question: QuestionDraft, choice: number): void {
	if (question.choices.length <= choiceLimits(question.type).min) return;
	question.choices.splice(choice, 1);
	question.choiceFeedback?.splice(choice, 1);
	if (question.correct === choice) question.correct = 0;
	else if (question.correct > choice) question.correct--;
	if (question.rightChoices) question.rightChoices = question.rightChoices.filter((index) => index !== choice).map((index) => (index > choice ? index - 1 : index));
}

/** Ticks or unticks option `choice` as a right one of a select-all question. */
export function toggleRightChoice(question: QuestionDraft, choice: number): void {
	const right = question.rightChoices ?? [];
	question.rightChoices = right.includes(choice) ? right.filter((index) => index !== choice) : [...right, choice].sort((a, b) => a - b);
}

/** Adds an empty pair to a matching question (at most 8). */
export function addPair(question: QuestionDraft): void {
	const pairs = (question.pairs ??= []);
	if (pairs.length < MATCHING_LIMITS.pairs.max) pairs.push(emptyPair());
}

/** Removes pair `index` of a matching question, keeping at least 3. */
export function removePair(question: QuestionDraft, index: number): void {
	if ((question.pairs?.length ?? 0) > MATCHING_LIMITS.pairs.min) question.pairs!.splice(index, 1);
}

/** Adds an empty item at the end of an ordering question (at most 6). */
export function addOrderItem(question: QuestionDraft): void {
	const order = (question.order ??= []);
	if (order.length < ORDERING_LIMITS.items.max) order.push('');
}

/** Removes item `index` of an ordering question, keeping at least 3. */
export function removeOrderItem(question: QuestionDraft, index: number): void {
	if ((question.order?.length ?? 0) > ORDERING_LIMITS.items.min) question.order!.splice(index, 1);
}

/** Moves item `index` of an ordering question up (-1) or down (+1) in the right order. */
export function moveOrderItem(question: QuestionDraft, index: number, delta: -1 | 1): void {
	if (question.order) question.order = moveItem(question.order, index, delta);
}

/** The list with the item at `index` moved by `delta` places (clamped); the same list if it cannot move. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
	const target = Math.max(0, Math.min(list.length - 1, index + delta));
	if (index < 0 || index >= list.length || target === index) return [...list];
	const copy = [...list];
	const [item] = copy.splice(index, 1);
	copy.splice(target, 0, item!);
	return copy;
}

function lines(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
}

/** A number typed in a form: "12.5", " -3 "; anything else is kept as text so the validator names it. */
function typedNumber(text: string): number | string | undefined {
	const trimmed = text.trim();
	if (trimmed === '') return undefined;
	const value = Number(trimmed);
	return Number.isFinite(value) ? value : trimmed;
}

/** Removes keys whose value is undefined, so optional fields are absent rather than empty. */
function compact<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const optionalText = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** One feedback text per option ("" for none), or nothing when no option has any. */
function feedbackFor(draft: QuestionDraft, count: number): string[] | undefined {
	const texts = Array.from({ length: count }, (_, index) => (draft.choiceFeedback?.[index] ?? '').trim());
	return texts.some(Boolean) ? texts : undefined;
}

/**
 * The question in the set format. Values are taken as typed (trimmed), so an invalid entry stays
 * invalid and `validateQuestionSet` names it; empty optional fields are left out.
 */
export function toQuestion(draft: QuestionDraft): Question {
	const base = {
		id: draft.id,
		type: draft.type,
		prompt: draft.prompt.trim(),
		explanation: optionalText(draft.explanation),
		attribution: optionalText(draft.attribution),
		provenance: draft.provenance,
		tags: draft.tags
	};
	const accepted = lines(draft.accepted);
	let question: Record<string, unknown>;
	switch (draft.type) {
		case 'flashcard':
		case 'short_answer':
		case 'cloze':
			question = { ...base, answer: draft.answer.trim(), accepted: accepted.length > 0 ? accepted : undefined };
			break;
		case 'multiple_choice':
			question = { ...base, choices: draft.choices.map((choice) => choice.trim()), answer: draft.correct, choiceFeedback: feedbackFor(draft, draft.choices.length) };
			break;
		case 'select_all':
			question = { ...base, choices: draft.choices.map((choice) => choice.trim()), answer: [...(draft.rightChoices ?? [])], choiceFeedback: feedbackFor(draft, draft.choices.length) };
			break;
		case 'matching': {
			const pairs = draft.pairs ?? [];
			question = { ...base, items: pairs.map((pair) => pair.item.trim()), answer: pairs.map((pair) => pair.match.trim()) };
			break;
		}
		case 'ordering':
			question = { ...base, answer: (draft.order ?? []).map((item) => item.trim()) };
			break;
		case 'true_false':
			question = { ...base, answer: draft.truth, choiceFeedback: feedbackFor(draft, 2) };
			break;
		case 'numeric':
			question = { ...base, answer: typedNumber(draft.answer), tolerance: typedNumber(draft.tolerance), unit: optionalText(draft.unit) };
			break;
		case 'date':
			question = { ...base, answer: draft.answer.trim() };
			break;
	}
	return compact(question) as unknown as Question;
}

/** The form's draft of a stored question. */
export function fromQuestion(question: Question): QuestionDraft {
	const draft: QuestionDraft = {
		...blankQuestion(question.type, question.id),
		prompt: question.prompt,
		explanation: question.explanation ?? '',
		attribution: question.attribution ?? '',
		choices: [],
		provenance: question.provenance,
		tags: question.tags
	};
	switch (question.type) {
		case 'flashcard':
		case 'short_answer':
		case 'cloze':
			draft.answer = question.answer;
			draft.accepted = (question.accepted ?? []).join('\n');
			break;
		case 'multiple_choice':
			draft.choices = [...question.choices];
			draft.correct = question.answer;
			if (question.choiceFeedback) draft.choiceFeedback = [...question.choiceFeedback];
			break;
		case 'select_all':
			draft.choices = [...question.choices];
			draft.rightChoices = [...question.answer];
			if (question.choiceFeedback) draft.choiceFeedback = [...question.choiceFeedback];
			break;
		case 'matching':
			draft.pairs = question.items.map((item, index) => ({ item, match: question.answer[index] ?? '' }));
			break;
		case 'ordering':
			draft.order = [...question.answer];
			break;
		case 'true_false':
			draft.truth = question.answer;
			if (question.choiceFeedback) draft.choiceFeedback = [...question.choiceFeedback];
			break;
		case 'numeric':
			draft.answer = String(question.answer);
			draft.tolerance = question.tolerance === undefined ? '' : String(question.tolerance);
			draft.unit = question.unit ?? '';
			break;
		case 'date':
			draft.answer = question.answer;
			break;
		default:
			unreachable(question);
	}
	return compact(draft);
}

export function fromQuestionSet(set: QuestionSet): SetDraft {
	return compact({
		id: set.id,
		title: set.title,
		description: set.description ?? '',
		language: set.language,
		source: { title: set.source.title, publisher: set.source.publisher, date: set.source.date, url: set.source.url ?? '' },
		facts: set.facts,
		questions: set.questions.map(fromQuestion)
	});
}

/** The set in the question-set format, values as typed: validate it before trusting it. */
export function toQuestionSet(draft: SetDraft): QuestionSet {
	return compact({
		format: FORMAT_VERSION,
		id: draft.id,
		title: draft.title.trim(),
		description: optionalText(draft.description),
		language: draft.language.trim(),
		source: compact({
			title: draft.source.title.trim(),
			publisher: draft.source.publisher.trim(),
			date: draft.source.date.trim(),
			url: optionalText(draft.source.url)
		}),
		facts: draft.facts,
		questions: draft.questions.map(toQuestion)
	});
}

/** A new, empty set: one blank short-answer question to start from. */
export function emptySet(id: string, questionId: string, today: string): SetDraft {
	return {
		id,
		title: '',
		description: '',
		language: 'en',
		source: { title: '', publisher: '', date: today, url: '' },
		questions: [blankQuestion('short_answer', questionId)]
	};
}

/** A copy of a set to edit as the user's own: a new id, "(copy)" after the title, the same questions and ids. */
export function copyOfSet(set: QuestionSet, id: string): QuestionSet {
	const copy = structuredClone(set);
	copy.id = id;
	const suffix = ' (copy)';
	copy.title = copy.title.slice(0, 200 - suffix.length) + suffix;
	return copy;
}

/** A problem, placed: the index of the question (or undefined for the set's own fields) and the field. */
export interface FieldIssue {
	question?: number;
	questionId?: string;
	/** The question's type, which names some of its fields ("answer[2]" is a matching question's third match). */
	type?: QuestionType;
	field: string;
	message: string;
}

function placeIssues(issues: SchemaIssue[], questions: readonly { id: string; type: QuestionType }[]): FieldIssue[] {
	const indexById = new Map(questions.map((question, index) => [question.id, index]));
	return issues.map((issue) => {
		if (issue.question === undefined) return { field: issue.field, message: issue.message };
		const position = /^#(\d+)$/.exec(issue.question);
		const index = indexById.get(issue.question) ?? (position ? Number(position[1]) - 1 : undefined);
		return { question: index, questionId: issue.question, type: index === undefined ? undefined : questions[index]?.type, field: issue.field, message: issue.message };
	});
}

/** Every problem of the whole draft, each placed on its question and field. */
export function draftIssues(draft: SetDraft): FieldIssue[] {
	const result = validateQuestionSet(toQuestionSet(draft));
	return result.ok ? [] : placeIssues(result.issues, draft.questions);
}

const SHELL_SOURCE = { title: 'x', publisher: 'x', date: '2000-01-01' };

/**
 * One question's problems, by field ("prompt", "answer", "choices[1]"...). Validates the question
 * alone inside a valid shell, so typing in a long set stays fast.
 */
export function questionIssues(question: QuestionDraft, facts?: Fact[]): Record<string, string> {
	const shell = { format: FORMAT_VERSION, id: 'shell', title: 'x', language: 'en', source: SHELL_SOURCE, facts, questions: [toQuestion(question)] };
	const result = validateQuestionSet(compact(shell));
	const byField: Record<string, string> = {};
	if (!result.ok) {
		for (const issue of result.issues) {
			if (issue.question === undefined) continue;
			byField[issue.field] ??= issue.message;
		}
	}
	return byField;
}

/** The set's own fields' problems ("title", "source.date"...), ignoring its questions. */
export function setFieldIssues(draft: SetDraft): Record<string, string> {
	const placeholder = { id: 'x', type: 'true_false' as const, prompt: 'x', answer: true };
	const result = validateQuestionSet({ ...toQuestionSet({ ...draft, questions: [] }), facts: undefined, questions: [placeholder] });
	const byField: Record<string, string> = {};
	if (!result.ok) {
		for (const issue of result.issues) {
			if (issue.question === undefined) byField[issue.field] ??= issue.message;
		}
	}
	return byField;
}

const FIELD_LABELS: Record<string, string> = {
	prompt: 'Question',
	answer: 'Answer',
	accepted: 'Also accept',
	choices: 'Options',
	choiceFeedback: 'Feedback',
	explanation: 'Explanation',
	attribution: 'According to',
	tolerance: 'Tolerance',
	unit: 'Unit',
	title: 'Title',
	description: 'Description',
	language: 'Language',
	'source.title': 'Source title',
	'source.publisher': 'Publisher',
	'source.date': 'Source date',
	'source.url': 'Source address'
};

/**
 * The label a person sees for a schema field: "choices[2]" → "Option 3", "accepted[0]" → "Also
 * accept"; a matching question's "items[2]" → "Pair 3, item" and "answer[2]" → "Pair 3, match"; an
 * ordering question's "answer[2]" → "Item 3".
 */
export function fieldLabel(field: string, type?: QuestionType): string {
	const choice = /^choices\[(\d+)\]$/.exec(field);
	if (choice) return `Option ${Number(choice[1]) + 1}`;
	const feedback = /^choiceFeedback\[(\d+)\]$/.exec(field);
	if (feedback) return `Feedback on option ${Number(feedback[1]) + 1}`;
	if (type === 'matching') {
		const side = /^(items|answer)(?:\[(\d+)\])?$/.exec(field);
		if (side) return side[2] === undefined ? (side[1] === 'items' ? 'Pairs' : 'Matches') : `Pair ${Number(side[2]) + 1}, ${side[1] === 'items' ? 'item' : 'match'}`;
	}
	if (type === 'ordering') {
		const item = /^answer(?:\[(\d+)\])?$/.exec(field);
		if (item) return item[1] === undefined ? 'Items' : `Item ${Number(item[1]) + 1}`;
	}
	const base = field.replace(/\[\d+\]$/, '');
	return FIELD_LABELS[field] ?? FIELD_LABELS[base] ?? field;
}

/** One issue as a sentence for the list above the form: "Question 3, Option 2: must be a non-empty string". */
export function describeIssue(issue: FieldIssue): string {
	const where = issue.question !== undefined ? `Question ${issue.question + 1}, ${fieldLabel(issue.field, issue.type)}` : fieldLabel(issue.field) || 'Set';
	return `${where}: ${issue.message}`;
}

/** The date today as YYYY-MM-DD in local time. */
export function isoDay(now: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A stored draft read back, checked for the shape this version of the editor writes; undefined if it is not one. */
export function asSetDraft(value: unknown): SetDraft | undefined {
	if (typeof value !== 'object' || value === null) return undefined;
	const draft = value as Partial<SetDraft>;
	const texts = [draft.id, draft.title, draft.description, draft.language, draft.source?.title, draft.source?.publisher, draft.source?.date, draft.source?.url];
	if (!texts.every((text) => typeof text === 'string') || !Array.isArray(draft.questions)) return undefined;
	const fine = draft.questions.every(
		(question: Partial<QuestionDraft>) =>
			typeof question === 'object' &&
			question !== null &&
			typeof question.id === 'string' &&
			(QUESTION_TYPES as readonly string[]).includes(question.type as string) &&
			['prompt', 'explanation', 'attribution', 'answer', 'accepted', 'tolerance', 'unit'].every((key) => typeof question[key as keyof QuestionDraft] === 'string') &&
			Array.isArray(question.choices) &&
			typeof question.correct === 'number' &&
			typeof question.truth === 'boolean' &&
			(question.rightChoices === undefined || (Array.isArray(question.rightChoices) && question.rightChoices.every((index) => Number.isInteger(index)))) &&
			(question.pairs === undefined || (Array.isArray(question.pairs) && question.pairs.every((pair) => typeof pair?.item === 'string' && typeof pair.match === 'string'))) &&
			(question.order === undefined || (Array.isArray(question.order) && question.order.every((item) => typeof item === 'string')))
	);
	return fine ? (draft as SetDraft) : undefined;
}
