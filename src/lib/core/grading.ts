/**
 * Grading typed answers against a question's accepted answers: text with normalization and
 * per-word typo tolerance, numbers in digits or words, and dates at the accepted precision.
 * Pure and small: it runs on every answer on the study page of a cheap phone.
 *
 * Text rules, in order (the first that applies decides):
 * 1. exact: the trimmed answer is identical to accepted[0];
 * 2. normalized / alternative: equal to accepted[0] / another entry after normalizeAnswer; when
 *    both the whole answer and the entry are numbers (parseNumber), they compare as numbers instead,
 *    so "seventieth" = "70th" but "-5" ≠ "5" (only whole answers: "seventieth anniversary" is not
 *    "70th anniversary");
 * 3. typo: the same words apart from spacing ("Kim Jongun"), or word for word within the typo
 *    tolerance below;
 * 4. wrong.
 *
 * Typo tolerance, per word, by the shorter word's length: ≤ 4 letters exact, 5–7 one edit,
 * 8+ two edits (optimal string alignment: insertion, deletion, adjacent swap count 1). A
 * substitution counts 1 only between keyboard neighbours, two vowels or sound-alikes (c/k, c/s,
 * k/q, v/w), otherwise 2, so "Ireland" is not "Iceland" nor "Slovakia" "Slovenia". Words with a
 * digit ("Hwasong-18", "MQ-9", "2019") must match exactly; the first letter must match
 * ("Prussia" ≠ "Russia"); a word that only adds or drops letters at its end is another word
 * ("Russian", "Austrian", "Zakharova"); overall at most one edit per four letters.
 *
 * Numbers (kind 'number') are read with their scale word and unit (numbers.ts): "70 years",
 * "3 yrs", "1,189 m", "$12 million" and "12 million dollars" are amounts; a unit of another kind
 * than the question's ("70 days" for years, euros for dollars) is wrong, units of one kind convert
 * ("1.2 km" = "1,200 m"), and a bare number is read in the question's unit.
 */
import { parseNumber, readQuantities, readUnit, SCALES, UNITS, type MeasureUnit, type Quantity } from './numbers';

export { parseNumber };

export type AnswerKind = 'text' | 'number' | 'date';

export type VerdictHow = 'exact' | 'normalized' | 'alternative' | 'typo' | 'wrong' | 'invalid';

/** A run of the typed answer, `ok: false` where it differs from the accepted answer. */
export interface DiffSegment {
	text: string;
	ok: boolean;
}

export interface Verdict {
	correct: boolean;
	how: VerdictHow;
	/** The accepted answer the given one matched or came closest to (accepted[0] when nothing is close). */
	closest: string;
	/** For 'typo': the trimmed answer split into runs, `ok: false` on the letters that differ from `closest`. Empty otherwise. */
	diff: DiffSegment[];
	/** A short human reason for the verdict, e.g. "Accepted with a typo: 'Shoigy' → 'Shoigu'". */
	reason: string;
}

export interface CheckOptions {
	/** Largest difference still accepted when two numbers are compared (default 0: exact), in the answer's unit. */
	tolerance?: number;
	/** For numbers: the unit the answer is given in ("years", "km", "million dollars"). A typed unit must be of the same kind; a bare number is read in it. */
	unit?: string;
	/** The question's text: a number question without a unit accepts the units and scale words it uses itself ("$____ million"). */
	prompt?: string;
}

/** A date answer at the precision it was given: a year, a month or a day. */
export interface DateAnswer {
	year: number;
	month?: number;
	day?: number;
}

/** Longer answers are refused as 'invalid' (pastes, not answers). */
export const MAX_ANSWER_LENGTH = 200;

/**
 * Grades a typed answer against the accepted answers (accepted[0] is the main one).
 * `kind` 'number' compares numbers (within `options.tolerance`); 'date' compares dates at the
 * precision of each accepted entry ("YYYY", "YYYY-MM" or "YYYY-MM-DD").
 */
export function checkAnswer(given: string, accepted: readonly string[], kind: AnswerKind = 'text', options: CheckOptions = {}): Verdict {
	const answer = given.trim();
	const first = accepted[0] ?? '';
	if (answer === '') return verdict(false, 'invalid', first, 'Empty answer');
	if (answer.length > MAX_ANSWER_LENGTH && [...answer].length > MAX_ANSWER_LENGTH) {
		return verdict(false, 'invalid', first, `Answer too long (over ${MAX_ANSWER_LENGTH} characters)`);
	}
	if (accepted.length === 0) return verdict(false, 'wrong', '', 'No accepted answer to compare with');
	if (answer === first.trim()) return verdict(true, 'exact', first, 'Exact match');
	const tolerance = Number.isFinite(options.tolerance) && options.tolerance! > 0 ? options.tolerance! : 0;
	if (kind === 'number') return checkNumber(answer, accepted, tolerance, options);
	if (kind === 'date') return checkDate(answer, accepted);
	return checkText(answer, accepted, tolerance);
}

function verdict(correct: boolean, how: VerdictHow, closest: string, reason: string, diff: DiffSegment[] = []): Verdict {
	return { correct, how, closest, diff, reason };
}

function matched(index: number, entry: string, reason?: string): Verdict {
	if (index === 0) return verdict(true, 'normalized', entry, reason ?? `Matches '${entry.trim()}'`);
	return verdict(true, 'alternative', entry, reason ?? `Matches the accepted alternative '${entry.trim()}'`);
}

// ---------------------------------------------------------------- normalization

/** One character of a normalized answer and the span (UTF-16 offsets) of the typed text it came from. */
interface Unit {
	char: string;
	from: number;
	to: number;
}

const QUOTES = /^["'`´\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2032\u2033]$/u;
const DASHES = /^[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]$/u;
const SPACE = /^\s$/u;
const PUNCTUATION = /^\p{P}$/u;
const DIGIT = /^\p{Nd}$/u;
const MARK = /^\p{M}$/u;
const ARTICLES = ['the', 'a', 'an'];

/**
 * The form answers are compared in: lower case, no diacritics, quotes dropped, dashes and
 * hyphens as spaces, "&" as "and", single spaces, no surrounding punctuation, no leading
 * "the"/"a"/"an". Periods and commas count only between digits ("2.5", "1,000"), so "U.S." is "us".
 */
export function normalizeAnswer(text: string): string {
	return normalizeUnits(text.trim())
		.map((unit) => unit.char)
		.join('');
}

function foldSymbol(symbol: string): string {
	if (QUOTES.test(symbol)) return '';
	if (DASHES.test(symbol) || SPACE.test(symbol)) return ' ';
	if (symbol === '&') return ' and ';
	return symbol.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
}

function normalizeUnits(text: string): Unit[] {
	const folded: Unit[] = [];
	let offset = 0;
	for (const symbol of text) {
		const from = offset;
		offset += symbol.length;
		for (const char of foldSymbol(symbol)) folded.push({ char, from, to: offset });
	}
	const units: Unit[] = [];
	folded.forEach((unit, index) => {
		const betweenDigits = isDigit(folded[index - 1]?.char) && isDigit(folded[index + 1]?.char);
		if (unit.char === '.' && !betweenDigits) return;
		units.push(unit.char === ',' && !betweenDigits ? { ...unit, char: ' ' } : unit);
	});
	let trimmed = trimUnits(collapseSpaces(units));
	const article = ARTICLES.find((word) => startsWithWord(trimmed, word));
	// Only a real article, followed by typed whitespace: "A-10" keeps its "a".
	const space = article === undefined ? undefined : trimmed[article.length];
	if (article !== undefined && space !== undefined && SPACE.test(text.slice(space.from, space.to))) {
		trimmed = trimUnits(trimmed.slice(article.length + 1));
	}
	return trimmed;
}

function isDigit(char: string | undefined): boolean {
	return char !== undefined && DIGIT.test(char);
}

function collapseSpaces(units: Unit[]): Unit[] {
	return units.filter((unit, index) => unit.char !== ' ' || units[index - 1]?.char !== ' ');
}

function trimUnits(units: Unit[]): Unit[] {
	const loose = (unit: Unit | undefined) => unit !== undefined && (unit.char === ' ' || PUNCTUATION.test(unit.char));
	let start = 0;
	let end = units.length;
	while (start < end && loose(units[start])) start++;
	while (end > start && loose(units[end - 1])) end--;
	return units.slice(start, end);
}

function startsWithWord(units: readonly Unit[], word: string): boolean {
	if (units.length <= word.length + 1 || units[word.length]?.char !== ' ') return false;
	return [...word].every((char, index) => units[index]?.char === char);
}

function chars(units: readonly Unit[]): string[] {
	return units.map((unit) => unit.char);
}

function words(units: readonly Unit[]): string[][] {
	const result: string[][] = [[]];
	for (const unit of units) {
		if (unit.char === ' ') result.push([]);
		else result[result.length - 1]!.push(unit.char);
	}
	return units.length === 0 ? [] : result;
}

// ---------------------------------------------------------------- alignment

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOWELS = 'aeiouy';
const SOUND_ALIKES = ['ck', 'cs', 'kq', 'vw'];

/** Letter pairs whose substitution is a likely slip: QWERTY neighbours (rows are staggered right by half a key), vowels, sound-alikes. */
const PLAUSIBLE_SUBSTITUTIONS = buildPlausibleSubstitutions();

function buildPlausibleSubstitutions(): Set<string> {
	const pairs = new Set<string>();
	const add = (a: string | undefined, b: string | undefined) => {
		if (a === undefined || b === undefined) return;
		pairs.add(a + b);
		pairs.add(b + a);
	};
	KEYBOARD_ROWS.forEach((row, r) => {
		const below = KEYBOARD_ROWS[r + 1] ?? '';
		[...row].forEach((key, i) => {
			add(key, row[i + 1]);
			add(key, below[i - 1]);
			add(key, below[i]);
		});
	});
	for (const a of VOWELS) for (const b of VOWELS) if (a !== b) add(a, b);
	for (const pair of SOUND_ALIKES) add(pair[0], pair[1]);
	return pairs;
}

function substitutionCost(a: string, b: string): number {
	if (a === b) return 0;
	return PLAUSIBLE_SUBSTITUTIONS.has(a + b) ? 1 : 2;
}

interface Alignment {
	distance: number;
	/** Per character of the given text: whether the alignment marks it as differing. */
	differs: boolean[];
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring), with the given text's differing characters. */
function align(given: readonly string[], target: readonly string[]): Alignment {
	const cols = target.length + 1;
	const cost = new Array<number>((given.length + 1) * cols).fill(0);
	const at = (i: number, j: number) => cost[i * cols + j]!;
	const swapped = (i: number, j: number) => i > 1 && j > 1 && given[i - 1] !== target[j - 1] && given[i - 1] === target[j - 2] && given[i - 2] === target[j - 1];
	for (let i = 0; i <= given.length; i++) {
		for (let j = 0; j <= target.length; j++) {
			if (i === 0 || j === 0) {
				cost[i * cols + j] = i + j;
				continue;
			}
			let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + substitutionCost(given[i - 1]!, target[j - 1]!));
			if (swapped(i, j)) best = Math.min(best, at(i - 2, j - 2) + 1);
			cost[i * cols + j] = best;
		}
	}
	const differs = new Array<boolean>(given.length).fill(false);
	let i = given.length;
	let j = target.length;
	while (i > 0 || j > 0) {
		const here = at(i, j);
		if (i > 0 && j > 0 && here === at(i - 1, j - 1) + substitutionCost(given[i - 1]!, target[j - 1]!)) {
			if (given[i - 1] !== target[j - 1]) differs[i - 1] = true;
			i--;
			j--;
		} else if (swapped(i, j) && here === at(i - 2, j - 2) + 1) {
			differs[i - 1] = differs[i - 2] = true;
			i -= 2;
			j -= 2;
		} else if (i > 0 && here === at(i - 1, j) + 1) {
			differs[i - 1] = true;
			i--;
		} else {
			// A character missing from the given text: mark a neighbour of the gap, preferring a letter to a space.
			const after = i < given.length && given[i] !== ' ' ? i : -1;
			const before = i > 0 && given[i - 1] !== ' ' ? i - 1 : -1;
			const neighbour = after >= 0 ? after : before >= 0 ? before : Math.min(i, given.length - 1);
			if (neighbour >= 0) differs[neighbour] = true;
			j--;
		}
	}
	return { distance: at(given.length, target.length), differs };
}

/** The trimmed answer as runs of ok / differing characters; combining marks go with their base letter. */
function diffSegments(answer: string, units: readonly Unit[], differs: readonly boolean[]): DiffSegment[] {
	const wrongAt = new Array<boolean>(answer.length).fill(false);
	units.forEach((unit, index) => {
		if (differs[index]) wrongAt.fill(true, unit.from, unit.to);
	});
	const segments: DiffSegment[] = [];
	let offset = 0;
	for (const symbol of answer) {
		const last = segments[segments.length - 1];
		const ok = last !== undefined && MARK.test(symbol) ? last.ok : !wrongAt[offset];
		if (last !== undefined && last.ok === ok) last.text += symbol;
		else segments.push({ text: symbol, ok });
		offset += symbol.length;
	}
	return segments;
}

// ---------------------------------------------------------------- text

/** Edits allowed in a word of this many letters (the shorter of the two words). */
function editsAllowed(letters: number): number {
	if (letters >= 8) return 2;
	if (letters >= 5) return 1;
	return 0;
}

type Attempt = { ok: true; distance: number; spacing: boolean } | { ok: false; reason?: string };

function startsWith(word: readonly string[], prefix: readonly string[]): boolean {
	return prefix.length <= word.length && prefix.every((char, index) => word[index] === char);
}

/** Whether the given words match the accepted words within typo tolerance (see the module comment). */
function attemptTypo(given: readonly string[][], target: readonly string[][], tolerance: number, givenNumber: number | null, targetNumber: number | null): Attempt {
	if (givenNumber !== null && targetNumber !== null) {
		return { ok: false, reason: tolerance > 0 ? `Not within ±${tolerance}` : 'Numbers must match exactly' };
	}
	if (given.flat().join('') === target.flat().join('')) return { ok: true, distance: 0, spacing: true };
	const joined = (list: readonly string[][]) => new Set(list.map((word) => word.join('')));
	if (given.length !== target.length) {
		const givenSet = joined(given);
		const targetSet = joined(target);
		if (given.length < target.length && [...givenSet].every((word) => targetSet.has(word))) return { ok: false, reason: 'Incomplete answer' };
		if (given.length > target.length && [...targetSet].every((word) => givenSet.has(word))) return { ok: false, reason: 'Extra words in the answer' };
		return { ok: false };
	}
	let total = 0;
	let letters = 0;
	for (const [index, word] of given.entries()) {
		const wanted = target[index]!;
		letters += wanted.length;
		if (word.join('') === wanted.join('')) continue;
		const distance = align(word, wanted).distance;
		if (word.some(isDigit) || wanted.some(isDigit)) return { ok: false, reason: distance <= 2 ? 'Numbers and codes must match exactly' : undefined };
		const allowed = editsAllowed(Math.min(word.length, wanted.length));
		if (allowed === 0) return { ok: false, reason: distance <= 2 ? 'Short words (up to 4 letters) must match exactly' : undefined };
		if (word[0] !== wanted[0] || startsWith(word, wanted) || startsWith(wanted, word) || distance > allowed) return { ok: false };
		total += distance;
	}
	if (total > Math.floor(letters / 4)) return { ok: false };
	return { ok: true, distance: total, spacing: false };
}

function checkText(answer: string, accepted: readonly string[], tolerance: number): Verdict {
	const givenUnits = normalizeUnits(answer);
	const givenChars = chars(givenUnits);
	const givenText = givenChars.join('');
	const givenNumber = parseNumber(answer);
	const entries = accepted.map((entry) => {
		const units = normalizeUnits(entry.trim());
		return { entry, chars: chars(units), words: words(units), number: parseNumber(entry) };
	});

	for (const [index, entry] of entries.entries()) {
		if (givenNumber !== null && entry.number !== null) {
			if (withinTolerance(givenNumber, entry.number, tolerance)) return matched(index, entry.entry);
		} else if (givenText !== '' && givenText === entry.chars.join('')) {
			return matched(index, entry.entry);
		}
	}
	const amount = amountMatch(answer, accepted, tolerance);
	if (amount >= 0) return matched(amount, accepted[amount]!);

	const givenWords = words(givenUnits);
	const attempts = entries.map((entry) => attemptTypo(givenWords, entry.words, tolerance, givenNumber, entry.number));
	let best = -1;
	attempts.forEach((attempt, index) => {
		const current = attempts[best];
		if (attempt.ok && (current === undefined || !current.ok || attempt.distance < current.distance)) best = index;
	});
	const bestAttempt = attempts[best];
	const bestEntry = entries[best];
	if (bestAttempt?.ok && bestEntry !== undefined) {
		const diff = diffSegments(answer, givenUnits, align(givenChars, bestEntry.chars).differs);
		const what = bestAttempt.spacing ? 'different spacing' : 'a typo';
		return verdict(true, 'typo', bestEntry.entry, `Accepted with ${what}: '${answer}' → '${bestEntry.entry.trim()}'`, diff);
	}

	const closest = closestEntry(givenChars, entries, givenNumber);
	const failure = attempts[closest];
	const reason = failure !== undefined && !failure.ok && failure.reason !== undefined ? failure.reason : 'Not an accepted answer';
	return verdict(false, 'wrong', accepted[closest]!, reason);
}

/**
 * An accepted text answer that is an amount with a unit or scale word ("70 years", "12 million
 * dollars") matches the same amount typed another way ("seventy years", "$12m"); both must carry
 * a unit, of one kind. The entry's index, or -1.
 */
function amountMatch(answer: string, accepted: readonly string[], tolerance: number): number {
	const amounts = (text: string) => readQuantities(text).filter((reading) => reading.unit || reading.scale !== 1);
	const given = amounts(answer);
	if (given.length === 0) return -1;
	return accepted.findIndex((entry) =>
		amounts(entry).some((wanted) =>
			given.some((reading) => {
				if (!reading.unit !== !wanted.unit) return false;
				const outcome = valuesIn(reading, wanted, undefined);
				return 'values' in outcome && withinTolerance(outcome.values[0]!, wanted.number, tolerance);
			})
		)
	);
}

/** The entry nearest the answer (numerically when both are numbers), or 0 when none is within half its length. */
function closestEntry(givenChars: readonly string[], entries: ReadonlyArray<{ chars: string[]; number: number | null }>, givenNumber: number | null): number {
	let best = 0;
	let bestScore = Infinity;
	entries.forEach((entry, index) => {
		const numeric = givenNumber !== null && entry.number !== null;
		const distance = numeric ? Math.abs(givenNumber - entry.number!) : align(givenChars, entry.chars).distance;
		const score = !numeric && distance > entry.chars.length / 2 ? Infinity : distance;
		if (score < bestScore) {
			best = index;
			bestScore = score;
		}
	});
	return best;
}

// ---------------------------------------------------------------- numbers

function withinTolerance(value: number, wanted: number, tolerance: number): boolean {
	// The epsilon absorbs binary rounding in "2.5 million" and the like, not real differences.
	return Math.abs(value - wanted) <= tolerance + 1e-9 * Math.max(1, Math.abs(wanted));
}

/** What a number question's unit says: its scale ("million dollars": 1e6) and its unit, read as readQuantities reads a typed one. */
function questionUnit(text: string): { scale: number; unit?: MeasureUnit } {
	const readings = readQuantities(`1 ${text}`);
	const reading = readings.find((candidate) => candidate.unit) ?? readings[0];
	if (reading) return { scale: reading.scale, ...(reading.unit ? { unit: reading.unit } : {}) };
	return { scale: 1, unit: { kind: `text:${normalizeAnswer(text)}`, factor: 1, name: text.trim() } };
}

/** The units, unit words and scale words a question's text uses. */
interface Mentions {
	kinds: Set<string>;
	words: Set<string>;
	scales: Set<number>;
}

function mentionsIn(prompt: string): Mentions {
	const tokens = prompt
		.normalize('NFKC')
		.toLowerCase()
		.replace(/([$€£¥₩₽₹%°])/gu, ' $1 ')
		.split(/[^\p{L}\p{N}$€£¥₩₽₹%°/]+/u)
		.filter((token) => token !== '');
	const mentions: Mentions = { kinds: new Set(), words: new Set(), scales: new Set() };
	tokens.forEach((token, index) => {
		for (const phrase of [token, `${token} ${tokens[index + 1] ?? ''}`]) {
			const unit = UNITS.get(phrase);
			// Single letters ("m", "s") in running text are not units.
			if (unit && (phrase.length > 1 || /[$€£¥₩₽₹%°]/u.test(phrase))) mentions.kinds.add(unit.kind);
		}
		const word = readUnit(token);
		if (word?.kind.startsWith('word:')) mentions.words.add(word.kind.slice(5));
		if (token in SCALES) mentions.scales.add(SCALES[token]!);
		if (token === 'bn') mentions.scales.add(1e9);
	});
	return mentions;
}

/** Whether the question uses this unit itself; without the question's text to look in, any unit is taken as meant. */
function mentioned(unit: MeasureUnit, mentions: Mentions | undefined): boolean {
	if (!mentions) return true;
	if (unit.kind.startsWith('word:')) return unit.kind.slice(5).split(' ').every((word) => mentions.words.has(word));
	return mentions.kinds.has(unit.kind);
}

/**
 * The values a typed amount may stand for, in the wanted amount's own unit and scale (so they
 * compare with wanted.number), or the unit that makes it wrong.
 */
function valuesIn(given: Quantity, wanted: Quantity, mentions: Mentions | undefined): { values: number[] } | { wrongUnit: MeasureUnit } {
	let ratio = 1;
	if (given.unit && wanted.unit) {
		if (given.unit.kind !== wanted.unit.kind) return { wrongUnit: given.unit };
		ratio = given.unit.factor / wanted.unit.factor;
	} else if (given.unit && !mentioned(given.unit, mentions)) {
		return { wrongUnit: given.unit };
	}
	const values = [(given.number * given.scale * ratio) / wanted.scale];
	// A bare "12" is read in the question's own scale ("12" for 12 million dollars) ...
	if (given.scale === 1 && !given.unit) values.push(given.number);
	// ... and so is a scale word the question itself writes ("12 million" for "$____ million").
	if (given.scale !== 1 && mentions?.scales.has(given.scale)) values.push(given.number * ratio);
	return { values };
}

function checkNumber(answer: string, accepted: readonly string[], tolerance: number, options: CheckOptions): Verdict {
	const readings = readQuantities(answer);
	if (readings.length === 0) return verdict(false, 'wrong', accepted[0]!, 'Not a number I can read');
	const unit = options.unit?.trim() ? questionUnit(options.unit) : { scale: 1 };
	const mentions = options.prompt ? mentionsIn(options.prompt) : undefined;
	let closest = 0;
	let closestGap = Infinity;
	let wrongUnit: MeasureUnit | undefined;
	let unitFits = false;
	for (const [index, entry] of accepted.entries()) {
		const own = readQuantities(entry)[0];
		if (!own) continue;
		// An accepted entry without a unit ("70") is in the question's unit ("years").
		const wanted: Quantity = own.unit ? own : { number: own.number, scale: own.scale * unit.scale, ...(unit.unit ? { unit: unit.unit } : {}) };
		for (const reading of readings) {
			const outcome = valuesIn(reading, wanted, mentions);
			if ('wrongUnit' in outcome) {
				wrongUnit ??= outcome.wrongUnit;
				continue;
			}
			unitFits = true;
			for (const value of outcome.values) {
				const gap = Math.abs(value - wanted.number);
				if (withinTolerance(value, wanted.number, tolerance)) {
					const shown = own.unit || !options.unit ? entry.trim() : `${entry.trim()} ${options.unit.trim()}`;
					if (gap !== 0) return matched(index, entry, `Within ±${tolerance} of ${shown}`);
					return matched(index, entry, index === 0 ? `Matches '${shown}'` : `Matches the accepted alternative '${shown}'`);
				}
				if (gap < closestGap) {
					closest = index;
					closestGap = gap;
				}
			}
		}
	}
	if (!unitFits && wrongUnit) {
		const reason = unit.unit ? `Wrong unit: the answer is in ${unit.unit.name}, not ${wrongUnit.name}` : `Wrong unit: the question does not ask for ${wrongUnit.name}`;
		return verdict(false, 'wrong', accepted[0]!, reason);
	}
	return verdict(false, 'wrong', accepted[closest]!, tolerance > 0 ? `Not within ±${tolerance}` : 'Numbers must match exactly');
}

// ---------------------------------------------------------------- dates

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Full month names or three-letter abbreviations (and "sept"), any case, optional final period; no misspellings. */
function monthNumber(word: string): number | undefined {
	const name = word.replace(/\.$/, '');
	if (name === 'sept') return 9;
	const index = MONTHS.findIndex((month) => month === name || month.slice(0, 3) === name);
	return index >= 0 ? index + 1 : undefined;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateOf(year: number, month?: number, day?: number): DateAnswer | null {
	if (year < 1) return null;
	if (month === undefined) return { year };
	if (month < 1 || month > 12) return null;
	if (day === undefined) return { year, month };
	if (day < 1 || day > daysInMonth(year, month)) return null;
	return { year, month, day };
}

/**
 * Reads a date answer: "2023", "2023-07", "2023-07-26", "July 2023", "Jul 2023", "07/2023" and
 * "7/2023" (month/year), "26 July 2023", "the 26th of July, 2023", "July 26, 2023", and
 * "26/7/2023" or "26.7.2023" (day first, never month first). Years have four digits. Null when
 * unreadable or not a real date ("31 June 2023").
 */
export function parseDateAnswer(text: string): DateAnswer | null {
	const cleaned = text
		.normalize('NFKC')
		.toLowerCase()
		.trim()
		.replace(/^["'‘“«([\s]+|["'’”»)\].!?\s]+$/gu, '')
		.replace(/,/g, ' ')
		.replace(/^the\s+/, '')
		.replace(/\s+of\s+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const parts = cleaned.split(' ');
	const year = (part: string | undefined) => (part !== undefined && /^\d{4}$/.test(part) ? Number(part) : undefined);
	const day = (part: string | undefined) => {
		const match = part === undefined ? null : /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(part);
		return match ? Number(match[1]) : undefined;
	};
	if (parts.length === 1) {
		const part = parts[0]!;
		let match: RegExpExecArray | null;
		if ((match = /^(\d{4})$/.exec(part))) return dateOf(Number(match[1]));
		if ((match = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?$/.exec(part))) {
			return dateOf(Number(match[1]), Number(match[3]), match[4] === undefined ? undefined : Number(match[4]));
		}
		if ((match = /^(\d{1,2})[-/.](\d{4})$/.exec(part))) return dateOf(Number(match[2]), Number(match[1]));
		if ((match = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(part))) return dateOf(Number(match[4]), Number(match[3]), Number(match[1]));
		return null;
	}
	if (parts.length === 2) {
		const month = monthNumber(parts[0]!);
		const y = year(parts[1]);
		return month !== undefined && y !== undefined ? dateOf(y, month) : null;
	}
	if (parts.length === 3) {
		const y = year(parts[2]);
		if (y === undefined) return null;
		const dayFirst = [day(parts[0]), monthNumber(parts[1]!)] as const;
		const monthFirst = [day(parts[1]), monthNumber(parts[0]!)] as const;
		for (const [d, month] of [dayFirst, monthFirst]) if (d !== undefined && month !== undefined) return dateOf(y, month, d);
	}
	return null;
}

/** Null when `given` is right at `wanted`'s precision (extra precision is allowed), else why not. */
function dateMismatch(given: DateAnswer, wanted: DateAnswer): string | null {
	if (given.year !== wanted.year) return 'Wrong year';
	if (wanted.month === undefined) return null;
	if (given.month === undefined) return 'Give the month as well';
	if (given.month !== wanted.month) return 'Wrong month';
	if (wanted.day === undefined) return null;
	if (given.day === undefined) return 'Give the day as well';
	if (given.day !== wanted.day) return 'Wrong day';
	return null;
}

function checkDate(answer: string, accepted: readonly string[]): Verdict {
	const given = parseDateAnswer(answer);
	if (given === null) return verdict(false, 'wrong', accepted[0]!, 'Not a date I can read');
	let closest = 0;
	let closestScore = -1;
	let closestReason = 'Not an accepted date';
	for (const [index, entry] of accepted.entries()) {
		const wanted = parseDateAnswer(entry);
		if (wanted === null) continue;
		const mismatch = dateMismatch(given, wanted);
		if (mismatch === null) return matched(index, entry);
		// Score: how many leading fields (year, month) agree, so the reason speaks of the nearest entry.
		const score = given.year !== wanted.year ? 0 : given.month !== wanted.month ? 1 : 2;
		if (score > closestScore) {
			closest = index;
			closestScore = score;
			closestReason = mismatch;
		}
	}
	return verdict(false, 'wrong', accepted[closest]!, closestReason);
}
