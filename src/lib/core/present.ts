/**
 * How a question reads as a flashcard: front (prompt, and the options for choice questions)
 * and back (answer, accepted alternatives, explanation, attribution). A question of a type this
 * version does not know still shows, with a notice, rather than breaking the session.
 */
import { BLANK, QUESTION_TYPES, answerText, type Question } from '$lib/formats/question-set';

export interface FlashcardFaces {
	/** What kind of question, for a small label: "Multiple choice", "Fill in the blank", ... */
	kind: string;
	prompt: string;
	/** Options shown on the front of a multiple-choice question. */
	choices: string[];
	answer: string;
	alternatives: string[];
	explanation?: string;
	attribution?: string;
	/** Set when the question's type is unknown to this version of the app. */
	notice?: string;
}

const KIND_LABELS: Record<string, string> = {
	flashcard: 'Flashcard',
	multiple_choice: 'Multiple choice',
	true_false: 'True or false',
	short_answer: 'Short answer',
	cloze: 'Fill in the blank',
	numeric: 'Number',
	date: 'Date'
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-07" reads "July 2023"; "2023-07-26" reads "26 July 2023". */
export function readableDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (!month) return year ?? value;
	const name = MONTHS[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

export function flashcardFaces(question: Question): FlashcardFaces {
	const known = (QUESTION_TYPES as readonly string[]).includes(question.type);
	const raw = question as unknown as Record<string, unknown>;
	const faces: FlashcardFaces = {
		kind: KIND_LABELS[question.type] ?? 'Question',
		prompt: typeof raw.prompt === 'string' ? raw.prompt : '(this question has no prompt)',
		choices: [],
		answer: '',
		alternatives: [],
		explanation: question.explanation,
		attribution: question.attribution
	};
	if (!known) {
		faces.notice = `This question is of a type ("${String(question.type)}") this version of Factdrill cannot show yet; it is shown as a flashcard.`;
		faces.answer = typeof raw.answer === 'string' || typeof raw.answer === 'number' ? String(raw.answer) : '(no answer given)';
		return faces;
	}
	switch (question.type) {
		case 'multiple_choice':
			faces.choices = [...question.choices];
			faces.answer = answerText(question);
			break;
		case 'cloze':
			faces.prompt = question.prompt.replace(BLANK, '_____');
			faces.answer = question.answer;
			faces.alternatives = question.accepted ?? [];
			break;
		case 'date':
			faces.answer = readableDate(question.answer);
			break;
		case 'numeric':
			faces.answer = answerText(question) + (question.tolerance ? ` (± ${question.tolerance})` : '');
			break;
		case 'flashcard':
		case 'short_answer':
			faces.answer = question.answer;
			faces.alternatives = question.accepted ?? [];
			break;
		default:
			faces.answer = answerText(question);
	}
	faces.alternatives = faces.alternatives.filter((alternative) => alternative !== faces.answer);
	return faces;
}
