/**
 * The rules of the generate page, apart from the page: the article's details as the teacher
 * confirms them, the count and types asked for, and the article text cut into sentences to tap.
 */
import { GENERATED_TYPES } from '$lib/core/question-types';
import type { Question, QuestionType } from '$lib/formats/question-set';
import type { SetMeta } from '$lib/generate/set';

/** The types the generator makes, in the order the page offers them. */
export { GENERATED_TYPES };

/** Whether a proposed choice question's option is a right one (the review marks it). */
export function isRightChoice(question: Question, index: number): boolean {
	if (question.type === 'multiple_choice') return question.answer === index;
	if (question.type === 'select_all') return question.answer.includes(index);
	return false;
}

export const MAX_COUNT = 100;

export interface DetailsInput {
	title: string;
	date: string;
	publisher: string;
	url: string;
}

export type DetailsCheck = { ok: true; meta: SetMeta } | { ok: false; problems: Partial<Record<keyof DetailsInput, string>> };

/** A real calendar day written YYYY-MM-DD, or undefined. */
export function parseDay(value: string): Date | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return undefined;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/** "2024-03-14" → "Thursday, 14 March 2024", to confirm a date at a glance. */
export function dayInWords(value: string): string | undefined {
	const date = parseDay(value);
	return date?.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * The set's details as the teacher left them, or what is wrong with each field. `today` is
 * YYYY-MM-DD: an article cannot be dated after it.
 */
export function checkDetails(input: DetailsInput, today: string): DetailsCheck {
	const problems: Partial<Record<keyof DetailsInput, string>> = {};
	const title = input.title.trim().replace(/\s+/g, ' ');
	if (!title) problems.title = 'Give the set a title (the article’s headline, for example).';
	else if (title.length > 200) problems.title = `The title is ${title.length} characters; at most 200.`;
	const date = input.date.trim();
	if (!date) problems.date = 'Enter the date the article was published, as YYYY-MM-DD.';
	else if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) problems.date = `“${date}” is not a date written YYYY-MM-DD (for example 2024-03-14).`;
	else if (!parseDay(date)) problems.date = `${date} is not a day of the calendar.`;
	else if (date > today) problems.date = `${date} is after today (${today}).`;
	else if (date < '1800-01-01') problems.date = `${date} is before 1800.`;
	const publisher = input.publisher.trim().replace(/\s+/g, ' ');
	if (publisher.length > 300) problems.publisher = `The publisher is ${publisher.length} characters; at most 300.`;
	const url = input.url.trim();
	if (url && !/^https?:\/\/\S+$/i.test(url)) problems.url = `“${url}” is not a web address starting with http:// or https://.`;
	if (Object.keys(problems).length > 0) return { ok: false, problems };
	return { ok: true, meta: { title, date, ...(publisher ? { publisher } : {}), ...(url ? { url } : {}) } };
}

export type SettingsCheck = { ok: true; count?: number; types: QuestionType[] } | { ok: false; problem: string };

/** How many questions (blank: as many as the article gives) and which types the teacher asks for. */
export function checkSettings(count: string, types: readonly QuestionType[]): SettingsCheck {
	const wanted = GENERATED_TYPES.filter((type) => types.includes(type));
	if (wanted.length === 0) return { ok: false, problem: 'Choose at least one type of question.' };
	const typed = count.trim();
	if (!typed) return { ok: true, types: wanted };
	const value = Number(typed);
	if (!/^\d+$/.test(typed) || value < 1 || value > MAX_COUNT) return { ok: false, problem: `How many questions: “${typed}” is not a whole number from 1 to ${MAX_COUNT}.` };
	return { ok: true, count: value, types: wanted };
}

export interface Segment {
	start: number;
	end: number;
	text: string;
	/** A sentence the teacher can tap; otherwise spacing between sentences. */
	sentence: boolean;
}

/**
 * The article cut into sentences and the spacing between them, covering the whole text in order,
 * so that a character's offset in the text is its segment's start plus its offset in the segment.
 * `known` are sentence ranges the generator reported; text outside them is cut at full stops.
 */
export function segmentText(text: string, known: ReadonlyArray<{ start: number; end: number }>): Segment[] {
	const ranges = [...known]
		.filter((range) => range.start >= 0 && range.end <= text.length && range.end > range.start)
		.sort((a, b) => a.start - b.start || b.end - a.end);
	const segments: Segment[] = [];
	let at = 0;
	const plain = (end: number) => {
		// Outside the known sentences: a sentence ends at . ! ? (and closing quotes) before a space, or at a line break.
		const part = text.slice(at, end);
		const pattern = /[^\n]*?(?:[.!?]["”’')\]]*(?=\s)|\n|$)/gy;
		let offset = 0;
		while (offset < part.length) {
			pattern.lastIndex = offset;
			const match = pattern.exec(part);
			const length = match && match[0].length > 0 ? match[0].length : part.length - offset;
			push(at + offset, at + offset + length);
			offset += length;
		}
		at = end;
	};
	const push = (start: number, end: number) => {
		const piece = text.slice(start, end);
		const lead = piece.length - piece.trimStart().length;
		const trail = piece.length - piece.trimEnd().length;
		if (lead > 0) space(start, start + lead);
		if (end - trail > start + lead) segments.push({ start: start + lead, end: end - trail, text: text.slice(start + lead, end - trail), sentence: true });
		if (trail > 0 && end - trail >= start + lead) space(end - trail, end);
	};
	const space = (start: number, end: number) => {
		const last = segments.at(-1);
		if (last && !last.sentence && last.end === start) {
			last.end = end;
			last.text = text.slice(last.start, end);
		} else segments.push({ start, end, text: text.slice(start, end), sentence: false });
	};
	for (const range of ranges) {
		if (range.start < at) continue;
		if (range.start > at) plain(range.start);
		push(range.start, range.end);
		at = range.end;
	}
	if (at < text.length) plain(text.length);
	return segments;
}

/** Where `phrase` sits in the sentence starting at `start` of the text, as whole words; the first match. */
export function phraseRange(sentence: { text: string; start: number }, phrase: string): { start: number; end: number } | undefined {
	const wanted = phrase.trim();
	if (!wanted) return undefined;
	const lower = sentence.text.toLowerCase();
	const needle = wanted.toLowerCase();
	const word = /[\p{L}\p{N}]/u;
	for (let index = lower.indexOf(needle); index >= 0; index = lower.indexOf(needle, index + 1)) {
		const before = sentence.text[index - 1];
		const after = sentence.text[index + needle.length];
		if ((before === undefined || !word.test(before)) && (after === undefined || !word.test(after))) return { start: sentence.start + index, end: sentence.start + index + needle.length };
	}
	return undefined;
}
