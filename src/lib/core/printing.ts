/** What a printed worksheet and its answer key show for each question: pure, so Node tests read it. */
import { BLANK, answerText, type Question } from '$lib/formats/question-set';
import { readableDate } from '$lib/core/present';
import { seedFrom, shuffleApart } from '$lib/core/answering';

export type PrintView = 'worksheet' | 'key' | 'both';

/** `?key=1` is the answer key, `?key=both` the worksheet then the key; anything else the worksheet. */
export function printView(key: string | null): PrintView {
	if (key === 'both') return 'both';
	return key === '1' || key === 'true' ? 'key' : 'worksheet';
}

export interface WorksheetItem {
	/**
	 * 'select': tick every right option (boxes rather than circles). 'match': write each item's
	 * match number beside it. 'order': write each item's place, 1 to n, beside it.
	 */
	kind: 'choice' | 'select' | 'match' | 'order' | 'true_false' | 'written';
	prompt: string;
	/** Options to tick (choice, true/false); the items, lettered (match; order, in an order of their own). */
	options?: string[];
	/** Match: the matches, numbered, in an order of their own. */
	matches?: string[];
	/** Lines to write on (written answers). */
	lines: number;
	unit?: string;
}

const PRINTED_BLANK = '__________';

export function worksheetItem(question: Question): WorksheetItem {
	const prompt = question.type === 'cloze' ? question.prompt.replace(BLANK, PRINTED_BLANK) : question.prompt;
	switch (question.type) {
		case 'multiple_choice':
			return { kind: 'choice', prompt, options: question.choices, lines: 0 };
		case 'select_all':
			return { kind: 'select', prompt, options: question.choices, lines: 0 };
		case 'matching':
			return { kind: 'match', prompt, options: question.items, matches: printedMatches(question), lines: 0 };
		case 'ordering':
			return { kind: 'order', prompt, options: printedOrder(question), lines: 0 };
		case 'true_false':
			return { kind: 'true_false', prompt, options: ['True', 'False'], lines: 0 };
		case 'flashcard':
			// Flashcard answers run longer than the typed types: more room.
			return { kind: 'written', prompt, lines: question.answer.split(/\s+/).length > 6 ? 3 : 2 };
		case 'numeric':
			return { kind: 'written', prompt, lines: 1, unit: question.unit };
		case 'short_answer':
		case 'cloze':
		case 'date':
			return { kind: 'written', prompt, lines: 1 };
	}
}

/** A matching question's matches as printed: shuffled by the question's id, so the worksheet and its key agree, and never in the items' order. */
function printedMatches(question: Extract<Question, { type: 'matching' }>): string[] {
	return shuffleApart(question.answer, seedFrom(question.id, 'worksheet'));
}

/** An ordering question's items as printed: shuffled by the question's id, never in the right order. */
function printedOrder(question: Extract<Question, { type: 'ordering' }>): string[] {
	return shuffleApart(question.answer, seedFrom(question.id, 'worksheet'));
}

const letter = (index: number) => String.fromCharCode(65 + index);

export interface KeyItem {
	answer: string;
	alternatives?: string;
	/** Who made the claim and the explanation, briefly. */
	note?: string;
}

/** The first sentence of a text, cut at `max` characters. */
export function brief(text: string, max = 160): string {
	const first = /^.+?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
	return first.length <= max ? first : `${first.slice(0, max - 1).trimEnd()}…`;
}

export function keyItem(question: Question): KeyItem {
	let answer = answerText(question);
	if (question.type === 'multiple_choice') answer = `${String.fromCharCode(65 + question.answer)}. ${answer}`;
	if (question.type === 'select_all') answer = question.answer.map((index) => `${letter(index)}. ${question.choices[index]}`).join('; ');
	if (question.type === 'matching') {
		const matches = printedMatches(question);
		answer = question.items.map((item, index) => `${letter(index)}. ${item} → ${matches.indexOf(question.answer[index]!) + 1}. ${question.answer[index]}`).join('; ');
	}
	if (question.type === 'ordering') {
		const printed = printedOrder(question);
		answer = question.answer.map((item, index) => `${index + 1}. ${letter(printed.indexOf(item))}. ${item}`).join('; ');
	}
	if (question.type === 'numeric' && question.tolerance) answer += ` (± ${question.tolerance})`;
	if (question.type === 'date') answer = readableDate(question.answer);
	const accepted = 'accepted' in question && question.accepted?.length ? question.accepted.join('; ') : undefined;
	const note = [question.attribution ? `According to ${question.attribution}.` : '', question.explanation ? brief(question.explanation) : '']
		.filter(Boolean)
		.join(' ');
	return { answer, alternatives: accepted, note: note || undefined };
}
