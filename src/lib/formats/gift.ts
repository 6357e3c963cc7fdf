/**
 * Moodle GIFT: a reader that maps every GIFT question type onto the set's types, and a writer.
 * Questions are separated by blank lines; `//` lines are comments; `::title::`, `[format]`,
 * `{…}` answer blocks, `#feedback`, `####general feedback` and `\` escapes as Moodle reads them.
 * The writer names each question by its text (Moodle's question bank lists the names), puts the
 * set in a `$CATEGORY` named after its title, and adds `// factdrill {…}` comment lines for what
 * GIFT cannot say (the ids, a flashcard, a date, a unit, the attribution); Moodle ignores them and
 * this reader restores them.
 */
import { BLANK, MATCHING_LIMITS, type Question, type QuestionSet } from './question-set';
import type { Entry, ParsedEntries } from './entries';
import { clipText, htmlToText, markdownToText, type TextProblem } from './text';
import type { ExportWarning } from './export';

const HINT_PREFIX = '// factdrill ';

interface Position {
	line: number;
	column: number;
}

/** One question's lines with comment lines removed, and where each line sits in the file. */
interface Block {
	text: string;
	/** For each line of `text`: its offset in `text` and its line number in the file. */
	lines: Array<{ offset: number; line: number }>;
	hints: Array<Record<string, unknown>>;
}

function positionIn(block: Block, index: number): Position {
	let found = block.lines[0]!;
	for (const entry of block.lines) {
		if (entry.offset <= index) found = entry;
		else break;
	}
	return { line: found.line, column: index - found.offset + 1 };
}

function splitBlocks(text: string): Block[] {
	const blocks: Block[] = [];
	let current: Block | null = null;
	text.split(/\r\n|\r|\n/).forEach((raw, index) => {
		const trimmed = raw.trim();
		if (trimmed.startsWith('//')) {
			if (raw.startsWith(HINT_PREFIX)) {
				try {
					const hint: unknown = JSON.parse(raw.slice(HINT_PREFIX.length));
					if (typeof hint === 'object' && hint !== null && !Array.isArray(hint)) {
						current ??= { text: '', lines: [], hints: [] };
						current.hints.push(hint as Record<string, unknown>);
					}
				} catch {
					// A comment that only looks like a hint is just a comment.
				}
			}
			return;
		}
		if (trimmed === '') {
			// A blank line ends a question; hints seen so far wait for the next one.
			if (current && current.lines.length > 0) {
				blocks.push(current);
				current = null;
			}
			return;
		}
		current ??= { text: '', lines: [], hints: [] };
		if (current.lines.length > 0) current.text += '\n';
		current.lines.push({ offset: current.text.length, line: index + 1 });
		current.text += raw;
	});
	if (current && (current as Block).lines.length > 0) blocks.push(current);
	return blocks;
}

/** Index of the first unescaped occurrence of `target` at or after `from`, or -1. */
function findUnescaped(text: string, target: string, from = 0): number {
	for (let i = from; i < text.length; i++) {
		if (text[i] === '\\') {
			i++;
			continue;
		}
		if (text.startsWith(target, i)) return i;
	}
	return -1;
}

/** Splits at unescaped occurrences of any of the given characters, keeping the character. */
function splitUnescaped(text: string, markers: string): Array<{ marker: string; body: string; offset: number }> {
	const parts: Array<{ marker: string; body: string; offset: number }> = [];
	let current: { marker: string; body: string; offset: number } = { marker: '', body: '', offset: 0 };
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\\' && i + 1 < text.length) {
			current.body += c + text[i + 1];
			i++;
		} else if (markers.includes(c)) {
			parts.push(current);
			current = { marker: c, body: '', offset: i };
		} else {
			current.body += c;
		}
	}
	parts.push(current);
	return parts;
}

/** GIFT escapes to characters: `\~ \= \# \{ \} \:` and `\\`, `\n` for a new line. */
export function unescapeGift(text: string): string {
	return text.replace(/\\(.)/g, (whole, c: string) => (c === 'n' ? '\n' : '~=#{}:\\'.includes(c) ? c : whole));
}

/** Characters to text: `~ = # { } : \` escaped, new lines as `\n`. */
export function escapeGift(text: string): string {
	return text.replace(/[~=#{}:\\]/g, (c) => '\\' + c).replace(/\r\n|\r|\n/g, '\\n');
}

type TextFormat = 'moodle' | 'plain' | 'html' | 'markdown';

function toPlain(raw: string, format: TextFormat): string {
	const text = unescapeGift(raw);
	if (format === 'html') return htmlToText(text);
	if (format === 'markdown') return markdownToText(text);
	return text.trim();
}

interface Answer {
	marker: string;
	weight?: number;
	text: string;
	feedback?: string;
	offset: number;
}

/** `=%50%Paris#Right!` → marker "=", weight 50, text "Paris", feedback "Right!". */
function parseAnswer(part: { marker: string; body: string; offset: number }): Answer {
	let body = part.body;
	let weight: number | undefined;
	const weightMatch = /^\s*%(-?\d+(?:\.\d+)?)%/.exec(body);
	if (weightMatch) {
		weight = Number(weightMatch[1]);
		body = body.slice(weightMatch[0].length);
	}
	const hash = findUnescaped(body, '#');
	const answer: Answer = { marker: part.marker, weight, text: hash >= 0 ? body.slice(0, hash) : body, offset: part.offset };
	if (hash >= 0) answer.feedback = body.slice(hash + 1);
	return answer;
}

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/** Reads a GIFT file into entries; brace and syntax errors carry line and column. */
export function importGift(source: string): ParsedEntries {
	const errors: TextProblem[] = [];
	const notes: TextProblem[] = [];
	const entries: Entry[] = [];
	let category: string | undefined;
	let setId: string | undefined;

	for (const block of splitBlocks(source)) {
		let text = block.text;
		let start = 0;
		for (const hint of block.hints) if (typeof hint.set === 'string') setId ??= hint.set;
		const categoryMatch = /^\s*\$CATEGORY:\s*(.*)$/im.exec(text);
		if (categoryMatch && categoryMatch.index === text.search(/\S/)) {
			category ??= categoryName(categoryMatch[1]!) || undefined;
			start = categoryMatch.index + categoryMatch[0].length;
			if (text.slice(start).trim() === '') continue;
		}
		const fail = (index: number, message: string) => {
			const where = positionIn(block, index);
			errors.push({ ...where, message: message.replace('{where}', `line ${where.line}, column ${where.column}`) });
		};
		const begin = start + (text.slice(start).length - text.slice(start).trimStart().length);
		const where = positionIn(block, begin);
		let cursor = begin;

		let title: string | undefined;
		if (text.startsWith('::', cursor)) {
			const close = findUnescaped(text, '::', cursor + 2);
			if (close < 0) {
				fail(cursor, 'the title opened with :: at {where} has no closing ::');
				continue;
			}
			title = unescapeGift(text.slice(cursor + 2, close)).trim();
			cursor = close + 2;
		}
		const formatMatch = /^\s*\[(moodle|plain|html|markdown)\]/i.exec(text.slice(cursor));
		let format: TextFormat = 'moodle';
		if (formatMatch) {
			format = formatMatch[1]!.toLowerCase() as TextFormat;
			cursor += formatMatch[0].length;
		}

		const open = findUnescaped(text, '{', cursor);
		const strayClose = findUnescaped(text, '}', cursor);
		if (open < 0) {
			if (strayClose >= 0) fail(strayClose, 'unbalanced brace: a } at {where} with no { before it');
			else notes.push({ ...where, message: 'text without an answer block {…} (a GIFT description) was not imported' });
			continue;
		}
		if (strayClose >= 0 && strayClose < open) {
			fail(strayClose, 'unbalanced brace: a } at {where} with no { before it');
			continue;
		}
		const close = findUnescaped(text, '}', open + 1);
		const nested = findUnescaped(text, '{', open + 1);
		if (close < 0) {
			fail(open, 'unbalanced brace: the answer block opened at {where} is never closed');
			continue;
		}
		if (nested >= 0 && nested < close) {
			fail(nested, 'unbalanced brace: a { at {where} inside an answer block; write \\{ for a literal brace');
			continue;
		}
		const after = text.slice(close + 1);
		const extraOpen = findUnescaped(after, '{');
		const extraClose = findUnescaped(after, '}');
		if (extraOpen >= 0) {
			fail(close + 1 + extraOpen, 'a second answer block at {where}: Factdrill questions have one answer each');
			continue;
		}
		if (extraClose >= 0) {
			fail(close + 1 + extraClose, 'unbalanced brace: a } at {where} with no { before it');
			continue;
		}

		const before = toPlain(text.slice(cursor, open), format);
		const rest = toPlain(after, format);
		const prompt = rest ? `${before} ____ ${rest}`.trim() : before;
		const hint = Object.assign({}, ...block.hints) as Record<string, unknown>;
		const result = readAnswerBlock(text.slice(open + 1, close), format, prompt, hint);
		const blockProblem = (message: string) => ({ ...positionIn(block, open), message });

		if (result.kind === 'problem') {
			entries.push({ ...where, id: title, problems: [blockProblem(result.message)] });
		} else if (result.kind === 'pairs') {
			result.pairs.forEach(([left, right], index) => {
				const pairPrompt = prompt ? `${prompt.replace(/[:\s]+$/, '')}: ${left}` : left;
				entries.push({
					...where,
					id: title ? `${title}-${index + 1}` : undefined,
					question: { type: 'flashcard', prompt: pairPrompt, answer: right },
					problems: []
				});
			});
			notes.push({
				...where,
				message: `a matching question${title ? ` ("${title}")` : ''} became ${result.pairs.length} flashcards, one per pair: ${result.why}`
			});
		} else {
			const question = result.question;
			if (typeof hint.attribution === 'string') question.attribution = hint.attribution;
			if (Array.isArray(hint.tags)) question.tags = hint.tags.filter((tag): tag is string => typeof tag === 'string');
			entries.push({ ...where, id: typeof hint.id === 'string' ? hint.id : title, question, problems: [] });
			for (const note of result.notes ?? []) notes.push({ ...where, message: `${title ? `"${title}": ` : ''}${note}` });
		}
	}
	if (errors.length > 0) return { ok: false, errors };
	return { ok: true, entries, notes, title: category, id: setId };
}

/** The last part of a category path ("$course$/top/Korean War" → "Korean War"); "//" is a "/" in a name. */
function categoryName(path: string): string {
	const parts = path.trim().replace(/^\$\w+\$\//, '').split(/(?<!\/)\/(?!\/)/);
	return (parts.pop() ?? '').replace(/\/\//g, '/').trim();
}

/** A category path holding one name: a "/" in it is written "//", as Moodle reads it. */
function categoryPath(name: string): string {
	return name.replace(/\s+/g, ' ').trim().replace(/\//g, '//');
}

/** Question names for Moodle's question bank: each question's text, shortened, made unique. */
function questionNames(questions: readonly Question[]): string[] {
	const seen = new Map<string, number>();
	return questions.map((question) => {
		const base = clipText(question.prompt.replace(BLANK, '…'), 80);
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base} (${count})`;
	});
}

type BlockResult =
	| { kind: 'question'; question: Record<string, unknown> & { type: Question['type'] }; notes?: string[] }
	| { kind: 'pairs'; pairs: Array<[string, string]>; why: string }
	| { kind: 'problem'; message: string };

function readAnswerBlock(raw: string, format: TextFormat, prompt: string, hint: Record<string, unknown>): BlockResult {
	const generalAt = findUnescaped(raw, '####');
	const general = generalAt >= 0 ? toPlain(raw.slice(generalAt + 4), format) : '';
	const content = (generalAt >= 0 ? raw.slice(0, generalAt) : raw).trim();
	const withExplanation = <T extends Record<string, unknown>>(question: T, fallback?: string): T => {
		const explanation = general || (fallback ? toPlain(fallback, format) : '');
		return explanation ? { ...question, explanation } : question;
	};

	if (content === '') return { kind: 'problem', message: 'an essay question (empty answer block) has no answer key to grade' };

	const truth = /^(TRUE|FALSE|T|F)(?=\s*(#|$))/i.exec(content);
	if (truth) {
		const answer = truth[1]!.toUpperCase().startsWith('T');
		const question: Record<string, unknown> & { type: 'true_false' } = { type: 'true_false', prompt, answer };
		// `{T#shown after a wrong answer#shown after a right one}`, as Moodle reads it.
		const rest = content.slice(truth[0].length).trim();
		if (rest.startsWith('#')) {
			const second = findUnescaped(rest, '#', 1);
			const wrong = toPlain(second >= 0 ? rest.slice(1, second) : rest.slice(1), format);
			const right = second >= 0 ? toPlain(rest.slice(second + 1), format) : '';
			if (wrong || right) question.choiceFeedback = answer ? [right, wrong] : [wrong, right];
		}
		return { kind: 'question', question: withExplanation(question) };
	}

	if (content.startsWith('#')) return readNumeric(content.slice(1), prompt, hint, withExplanation);

	if (!/^[=~]/.test(content)) {
		return { kind: 'problem', message: 'an answer block must start with = or ~ (answers), # (a number), or T/F' };
	}
	const answers = splitUnescaped(content, '=~')
		.filter((part) => part.marker !== '')
		.map(parseAnswer);

	if (answers.some((answer) => findUnescaped(answer.text, '->') >= 0)) {
		const matching = readMatching(answers, format, prompt, withExplanation);
		return hint.type === 'ordering' ? asOrdering(matching) : matching;
	}

	const isRight = (answer: Answer) => (answer.marker === '=' && (answer.weight === undefined || answer.weight >= 100)) || (answer.marker === '~' && answer.weight === 100);
	// As Moodle reads it: choices without any "=" are "multiple answers", each right one carrying a positive weight.
	const credited = answers.filter((answer) => answer.marker === '~' && (answer.weight ?? 0) > 0);
	if (answers.every((answer) => answer.marker === '~') && credited.length >= 2) return readMultipleAnswers(answers, credited, format, prompt, withExplanation);
	if (answers.some((answer) => answer.marker === '~')) {
		const right = answers.filter(isRight);
		if (right.length !== 1) {
			return {
				kind: 'problem',
				message: right.length === 0 ? 'a multiple-choice question without a right answer (=)' : `a multiple-choice question with ${right.length} right answers: Factdrill's multiple choice has exactly one`
			};
		}
		const question: Record<string, unknown> & { type: 'multiple_choice' } = {
			type: 'multiple_choice',
			prompt,
			choices: answers.map((answer) => toPlain(answer.text, format)),
			answer: answers.indexOf(right[0]!)
		};
		const feedback = answers.map((answer) => (answer.feedback === undefined ? '' : toPlain(answer.feedback, format)));
		if (feedback.some(Boolean)) question.choiceFeedback = feedback;
		return { kind: 'question', question: withExplanation(question) };
	}

	// Only "=" answers: short answer; partial-credit answers (=%50%…) are not accepted as right.
	const accepted = answers.filter(isRight).map((answer) => toPlain(answer.text, format)).filter(Boolean);
	if (accepted.length === 0) return { kind: 'problem', message: 'a short-answer question without a fully right answer' };
	// The first right answer's feedback is the explanation, unless the block has general feedback (####).
	const notes = lostFeedback(answers.filter(isRight).slice(general ? 0 : 1), format);
	const partial = answers.filter((answer) => !isRight(answer)).map((answer) => `"${toPlain(answer.text, format)}"`);
	if (partial.length > 0) notes.push(`partly right answers (${partial.join(', ')}) are not accepted: Factdrill marks an answer right or wrong`);
	const [answer, ...others] = accepted as [string, ...string[]];
	const blanks = prompt.match(BLANK)?.length ?? 0;
	let type: 'short_answer' | 'flashcard' | 'cloze' | 'date' = blanks === 1 ? 'cloze' : 'short_answer';
	if (hint.type === 'flashcard' && blanks !== 1) type = 'flashcard';
	if (hint.type === 'date' && others.length === 0) type = 'date';
	const question: Record<string, unknown> & { type: typeof type } = { type, prompt, answer };
	if (others.length > 0 && type !== 'date') question.accepted = others;
	return { kind: 'question', question: withExplanation(question, answers.find(isRight)?.feedback), notes };
}

/**
 * Moodle's matching (`=Canada -> Ottawa`): a matching question when its pairs fit one (3 to 8, no
 * item or match twice); otherwise one flashcard per pair, and the note says why. A pair without an
 * item is one of Moodle's extra wrong matches, which Factdrill has no place for: noted.
 */
function readMatching(answers: Answer[], format: TextFormat, prompt: string, withExplanation: <T extends Record<string, unknown>>(question: T, fallback?: string) => T): BlockResult {
	const pairs: Array<[string, string]> = [];
	const notes: string[] = [];
	for (const answer of answers) {
		const arrow = findUnescaped(answer.text, '->');
		if (answer.marker !== '=' || arrow < 0) return { kind: 'problem', message: 'a matching question needs every pair written =item -> match' };
		const left = toPlain(answer.text.slice(0, arrow), format);
		const right = toPlain(answer.text.slice(arrow + 2), format);
		if (!left && right) notes.push(`the extra match "${right}" (a pair without an item) was left out: Factdrill pairs every match with an item`);
		else if (left && right) pairs.push([left, right]);
	}
	if (pairs.length === 0) return { kind: 'problem', message: 'a matching question without pairs' };
	const { min, max } = MATCHING_LIMITS.pairs;
	const repeated = (side: 0 | 1) => pairs.map((pair) => pair[side]).find((text, index, all) => all.findIndex((other) => other.toLowerCase() === text.toLowerCase()) !== index);
	const why =
		pairs.length < min || pairs.length > max
			? `it has ${pairs.length} pairs and a matching question holds ${min} to ${max}`
			: repeated(0) !== undefined
				? `the item "${repeated(0)}" appears twice`
				: repeated(1) !== undefined
					? `the match "${repeated(1)}" goes with several items, and each match of a matching question goes with one`
					: undefined;
	if (why) return { kind: 'pairs', pairs, why };
	const question: Record<string, unknown> & { type: 'matching' } = { type: 'matching', prompt, items: pairs.map((pair) => pair[0]), answer: pairs.map((pair) => pair[1]) };
	return { kind: 'question', question: withExplanation(question), notes };
}

/**
 * An ordering question Factdrill wrote as a matching of each item to its place ("1" to "n"), told
 * by its `// factdrill {"type":"ordering"}` hint: the items back in the order of their places.
 * Anything else stays as read.
 */
function asOrdering(result: BlockResult): BlockResult {
	if (result.kind !== 'question' || result.question.type !== 'matching') return result;
	const { items, answer, ...rest } = result.question as unknown as Record<string, unknown> & { items: string[]; answer: string[] };
	const places = answer.map(Number);
	if (![...places].sort((a, b) => a - b).every((place, index) => place === index + 1)) return result;
	const ordered = items.map((item, index) => ({ item, place: places[index]! })).sort((a, b) => a.place - b.place);
	return { ...result, question: { ...rest, type: 'ordering', answer: ordered.map((entry) => entry.item) } };
}

/**
 * Moodle's "multiple answers" (`~%50%Grant ~%50%Grant's wife ~%-100%No one`): a select-all
 * question whose right options are those with a positive weight. Factdrill counts each right
 * option alike, so unequal weights are noted.
 */
function readMultipleAnswers(
	answers: Answer[],
	credited: Answer[],
	format: TextFormat,
	prompt: string,
	withExplanation: <T extends Record<string, unknown>>(question: T, fallback?: string) => T
): BlockResult {
	const question: Record<string, unknown> & { type: 'select_all' } = {
		type: 'select_all',
		prompt,
		choices: answers.map((answer) => toPlain(answer.text, format)),
		answer: credited.map((answer) => answers.indexOf(answer))
	};
	const feedback = answers.map((answer) => (answer.feedback === undefined ? '' : toPlain(answer.feedback, format)));
	if (feedback.some(Boolean)) question.choiceFeedback = feedback;
	const weights = new Set(credited.map((answer) => answer.weight));
	const notes = weights.size > 1 ? [`the right options' weights (${credited.map((answer) => `${answer.weight}%`).join(', ')}) were not kept: Factdrill counts every right option alike`] : [];
	return { kind: 'question', question: withExplanation(question), notes };
}

/** The weight, in percent, of each of `count` right options in Moodle's multiple answers: the fractions Moodle offers (33.33333 for a third). */
export function giftWeight(count: number): number {
	return Number((100 / count).toFixed(5));
}

/** Notes for answers whose own feedback has no place in a typed question (only the first right answer's becomes the explanation). */
function lostFeedback(answers: Answer[], format: TextFormat): string[] {
	return answers
		.filter((answer) => answer.feedback !== undefined && toPlain(answer.feedback, format) !== '')
		.map((answer) => `the feedback on the answer "${toPlain(answer.text, format)}" was left out: a typed answer has one explanation`);
}

function readNumeric(
	content: string,
	prompt: string,
	hint: Record<string, unknown>,
	withExplanation: <T extends Record<string, unknown>>(question: T, fallback?: string) => T
): BlockResult {
	const parts = /^\s*=/.test(content) ? splitUnescaped(content, '=').filter((part) => part.marker !== '') : [{ marker: '=', body: content, offset: 0 }];
	const answers = parts.map(parseAnswer);
	const right = answers.find((answer) => answer.weight === undefined || answer.weight >= 100);
	if (!right) return { kind: 'problem', message: 'a numerical question without a fully right answer' };
	const value = right.text.trim();
	let answer: number;
	let tolerance = 0;
	const range = /^(.+?)\.\.(.+)$/.exec(value);
	const withTolerance = /^(.+?):(.+)$/.exec(value);
	if (range && NUMBER.test(range[1]!.trim()) && NUMBER.test(range[2]!.trim())) {
		const low = Number(range[1]);
		const high = Number(range[2]);
		answer = (low + high) / 2;
		tolerance = Math.abs(high - low) / 2;
	} else if (withTolerance && NUMBER.test(withTolerance[1]!.trim()) && NUMBER.test(withTolerance[2]!.trim())) {
		answer = Number(withTolerance[1]);
		tolerance = Math.abs(Number(withTolerance[2]));
	} else if (NUMBER.test(value)) {
		answer = Number(value);
	} else {
		return { kind: 'problem', message: `"${value}" is not a number, a number:tolerance or a low..high range` };
	}
	const question: Record<string, unknown> & { type: 'numeric' } = { type: 'numeric', prompt, answer };
	if (tolerance > 0) question.tolerance = tolerance;
	if (typeof hint.unit === 'string' && hint.unit.trim()) question.unit = hint.unit;
	const others = answers.filter((answer) => answer !== right);
	const notes = others.length > 0 ? [`only the fully right answer (${value}) is kept; ${others.length === 1 ? 'another answer was' : `${others.length} other answers were`} left out`] : [];
	return { kind: 'question', question: withExplanation(question, right.feedback), notes };
}

/**
 * A set as GIFT text: a `$CATEGORY` named after the set, every question named by its text, the
 * explanation as general feedback and each choice's feedback after its choice.
 */
export function writeGift(set: QuestionSet): { text: string; warnings: ExportWarning[] } {
	const warnings: ExportWarning[] = [];
	const out: string[] = [
		`// ${set.title.replace(/[\r\n]+/g, ' ')}`,
		'// Exported from Factdrill',
		HINT_PREFIX + JSON.stringify({ set: set.id }),
		`$CATEGORY: ${categoryPath(set.title)}`,
		''
	];
	const names = questionNames(set.questions);
	set.questions.forEach((question, index) => {
		const hint: Record<string, unknown> = { id: question.id };
		const feedback = question.explanation ? `\n\t####${escapeGift(question.explanation)}` : '';
		const after = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');
		let block: string;
		switch (question.type) {
			case 'multiple_choice':
				block = question.choices
					.map((choice, index) => `\n\t${index === question.answer ? '=' : '~'}${escapeGift(choice)}${after(question.choiceFeedback?.[index])}`)
					.join('');
				break;
			case 'select_all': {
				// Right options share 100%; a wrong one takes off as much as a right one gives, as Factdrill grades it.
				const weight = giftWeight(question.answer.length);
				block = question.choices
					.map((choice, index) => `\n\t~%${question.answer.includes(index) ? weight : -weight}%${escapeGift(choice)}${after(question.choiceFeedback?.[index])}`)
					.join('');
				break;
			}
			case 'matching':
				// Moodle reads each line up to its first "->" as the item: an item holding one cannot be written.
				if (question.items.some((item) => item.includes('->'))) warnings.push({ questionId: question.id, message: 'an item holds "->", which GIFT reads as the end of the item: Moodle will split the pair there' });
				block = question.items.map((item, index) => `\n\t=${escapeGift(item)} -> ${escapeGift(question.answer[index]!)}`).join('');
				break;
			case 'ordering':
				// GIFT has no ordering question: each item is matched with its place, which Moodle grades per item as Factdrill does.
				hint.type = 'ordering';
				block = question.answer.map((item, index) => `\n\t=${escapeGift(item)} -> ${index + 1}`).join('');
				warnings.push({ questionId: question.id, message: 'GIFT has no ordering question: it becomes a matching question of each item with its place (1, 2, 3…), which Moodle grades per item; Factdrill reads it back as ordering' });
				if (question.answer.some((item) => item.includes('->'))) warnings.push({ questionId: question.id, message: 'an item holds "->", which GIFT reads as the end of the item: Moodle will split it there' });
				break;
			case 'true_false': {
				block = question.answer ? 'TRUE' : 'FALSE';
				// Moodle shows the first feedback after a wrong answer, the second after a right one.
				const [onTrue, onFalse] = question.choiceFeedback ?? ['', ''];
				const [wrong, right] = question.answer ? [onFalse, onTrue] : [onTrue, onFalse];
				if (wrong || right) block += `#${escapeGift(wrong)}${after(right)}`;
				break;
			}
			case 'numeric':
				block = `#${question.answer}${question.tolerance ? `:${question.tolerance}` : ''}`;
				if (question.unit) {
					hint.unit = question.unit;
					warnings.push({ questionId: question.id, message: `GIFT numerical answers have no unit: Moodle shows only the number (unit "${question.unit}" kept in a comment)` });
				}
				break;
			case 'date':
				hint.type = 'date';
				block = `\n\t=${escapeGift(question.answer)}`;
				warnings.push({ questionId: question.id, message: `a date becomes a short-answer question: Moodle accepts only "${question.answer}" typed exactly` });
				break;
			case 'flashcard':
			case 'short_answer':
			case 'cloze':
				// Flashcard, short answer and cloze (its ___ blank stays in the text) are short answers.
				if (question.type === 'flashcard') hint.type = 'flashcard';
				block = [question.answer, ...(question.accepted ?? []).filter((text) => text !== question.answer)]
					.map((text) => `\n\t=${escapeGift(text)}`)
					.join('');
		}
		if (question.attribution) hint.attribution = question.attribution;
		if (question.tags?.length) hint.tags = question.tags;
		out.push(HINT_PREFIX + JSON.stringify(hint));
		const multiline = block.startsWith('\n') || feedback !== '';
		const body = multiline ? `${block}${feedback}\n}` : `${block}}`;
		out.push(`::${escapeGift(names[index]!)}:: ${escapeGift(question.prompt)} {${body}`, '');
	});
	return { text: out.join('\n'), warnings };
}
