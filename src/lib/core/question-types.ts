/**
 * One home for what the app says about each question type. The map must name every type of
 * QUESTION_TYPES (the compiler checks `satisfies Record<QuestionType, …>`), so a new type cannot
 * be added without its labels, and no page keeps a list of its own.
 *
 * What each type does lives in the modules that switch over `question.type` with an exhaustive
 * `switch` (or one ending in `unreachable(question)`, from unreachable.ts): adding a type makes each of them a compile error
 * until it handles the new type (see "Adding a question type" in README.md).
 */
import { QUESTION_TYPES, type QuestionType } from '../formats/question-set';

export { QUESTION_TYPES, type QuestionType };

export interface QuestionTypeInfo {
	/** Its name in the editor, question lists and previews: "Short answer". */
	label: string;
	/** Its name where questions are picked by type, as a group (the test page): "Numbers". */
	group: string;
	/** Its name in a sentence (import and export notes): "short-answer question". */
	noun: string;
	/** What the learner is asked to do, shown above the question: "Type the answer". */
	asked: string;
	/** Other names a spreadsheet's type column may give it (lower case, spaces for underscores). */
	aliases: readonly string[];
}

export const QUESTION_TYPE_INFO = {
	flashcard: { label: 'Flashcard', group: 'Flashcards', noun: 'flashcard', asked: 'Flashcard', aliases: ['card', 'basic'] },
	multiple_choice: { label: 'Multiple choice', group: 'Multiple choice', noun: 'multiple-choice question', asked: 'Multiple choice', aliases: ['mc', 'mcq', 'quiz'] },
	select_all: { label: 'Select all that apply', group: 'Select all that apply', noun: 'select-all question', asked: 'Select all that apply', aliases: ['select all', 'multiple answers', 'multiple answer', 'multi select', 'multi-select', 'checkbox'] },
	matching: { label: 'Matching', group: 'Matching', noun: 'matching question', asked: 'Match each item', aliases: ['match', 'matching pairs', 'pairs'] },
	ordering: { label: 'Ordering', group: 'Ordering', noun: 'ordering question', asked: 'Put in order', aliases: ['order', 'sequence', 'sort', 'reorder', 'puzzle'] },
	true_false: { label: 'True or false', group: 'True or false', noun: 'true/false question', asked: 'True or false', aliases: ['tf', 'true/false', 'true or false'] },
	short_answer: { label: 'Short answer', group: 'Short answer', noun: 'short-answer question', asked: 'Type the answer', aliases: ['sa', 'short'] },
	cloze: { label: 'Fill in the blank', group: 'Fill in the blank', noun: 'fill-in-the-blank question', asked: 'Fill in the blank', aliases: ['fill in the blank'] },
	numeric: { label: 'Number', group: 'Numbers', noun: 'number question', asked: 'Type the number', aliases: ['number', 'numerical'] },
	date: { label: 'Date', group: 'Dates', noun: 'date question', asked: 'Type the date', aliases: [] }
} as const satisfies Record<QuestionType, QuestionTypeInfo>;

export function isQuestionType(value: unknown): value is QuestionType {
	return typeof value === 'string' && (QUESTION_TYPES as readonly string[]).includes(value);
}

/** The type's label, or the raw type for one this version does not know (a newer set file). */
export function typeLabel(type: string): string {
	return isQuestionType(type) ? QUESTION_TYPE_INFO[type].label : type;
}

/** The types the question generator writes, in the order the generate page offers them. */
export const GENERATED_TYPES: readonly QuestionType[] = ['cloze', 'multiple_choice', 'select_all', 'matching', 'ordering', 'short_answer', 'true_false', 'numeric', 'date'];
