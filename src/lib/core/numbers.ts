/**
 * Reading numbers and amounts as learners type them: digits with thousands separators, number
 * words, ordinals, scale words ("2.5 million", "$12bn") and units ("70 years", "1,189 m",
 * "12 million dollars"). Pure; the grader (grading.ts) decides what matches.
 */

const SMALL_NUMBERS: Record<string, number> = {
	zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
	eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** English scale words and their factors. */
export const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const IRREGULAR_ORDINALS: Record<string, string> = { first: 'one', second: 'two', third: 'three', fifth: 'five', eighth: 'eight', ninth: 'nine', twelfth: 'twelve' };

function isNumberWord(word: string): boolean {
	return word in SMALL_NUMBERS || word in TENS || word in SCALES || word === 'hundred';
}

/** "seventieth" → "seventy", "fourth" → "four", "hundredth" → "hundred". */
function cardinalOf(ordinal: string): string | undefined {
	const cardinal = IRREGULAR_ORDINALS[ordinal] ?? (ordinal.endsWith('ieth') ? `${ordinal.slice(0, -4)}y` : ordinal.endsWith('th') ? ordinal.slice(0, -2) : undefined);
	return cardinal !== undefined && isNumberWord(cardinal) ? cardinal : undefined;
}

/** English number words, strictly: "one hundred and twenty", "two thousand", "seventy-fifth" (ordinal last word only). */
function parseNumberWords(list: readonly string[]): number | null {
	let total = 0;
	let group = 0;
	let scale = Infinity;
	let last: 'none' | 'a' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'and' = 'none';
	for (const [index, raw] of list.entries()) {
		const word = index === list.length - 1 ? (cardinalOf(raw) ?? raw) : raw;
		const small = SMALL_NUMBERS[word];
		const tens = TENS[word];
		const scaleValue = SCALES[word];
		const startsGroup = last === 'none' || last === 'scale' || last === 'and' || last === 'hundred';
		if (word === 'zero') {
			if (list.length !== 1) return null;
			return 0;
		} else if (word === 'a' && index === 0) {
			group = 1;
			last = 'a';
		} else if (word === 'and') {
			if (last !== 'hundred' && last !== 'scale') return null;
			last = 'and';
		} else if (small !== undefined && small < 10) {
			if (!(startsGroup || last === 'tens')) return null;
			group += small;
			last = 'unit';
		} else if (small !== undefined || tens !== undefined) {
			if (!startsGroup) return null;
			group += (small ?? tens)!;
			last = small !== undefined ? 'teen' : 'tens';
		} else if (word === 'hundred') {
			if (group < 1 || group > 99 || !(last === 'unit' || last === 'teen' || last === 'tens' || last === 'a')) return null;
			group *= 100;
			last = 'hundred';
		} else if (scaleValue !== undefined) {
			if (group === 0 || scaleValue >= scale || last === 'and' || last === 'scale') return null;
			total += group * scaleValue;
			group = 0;
			scale = scaleValue;
			last = 'scale';
		} else {
			return null;
		}
	}
	if (last === 'none' || last === 'a' || last === 'and') return null;
	return total + group;
}

/**
 * Reads a whole answer as a number: digits with thousands separators ("1,000", "1 000"),
 * decimals with a point ("2.5"; "2,5" is not read), a sign, ordinals ("70th", "seventieth"),
 * number words ("seventy-five", "one hundred and twenty", "three million") and digits with a
 * scale word ("2.5 million"). A leading "the" is ignored. Null when it is not just a number.
 */
export function parseNumber(text: string): number | null {
	const cleaned = cleanAmount(text).replace(/^the /, '').trim();
	if (cleaned === '') return null;
	const digits = /^([-+])? ?(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:(\.\d+)|(st|nd|rd|th))?(?: (hundred|thousand|million|billion|trillion))?$/.exec(cleaned);
	if (digits) {
		const [, sign, integer, fraction, ordinal, scale] = digits;
		if (ordinal !== undefined && scale !== undefined) return null;
		const value = Number(integer!.replace(/[, ]/g, '') + (fraction ?? '')) * (scale === undefined ? 1 : scale === 'hundred' ? 100 : SCALES[scale]!);
		return sign === '-' ? -value : value;
	}
	const list = cleaned.split(/[\s-]+/).filter((word) => word !== '');
	const negative = list[0] === 'minus' || list[0] === 'negative';
	const value = parseNumberWords(negative ? list.slice(1) : list);
	if (value === null) return null;
	return negative ? -value : value;
}

// ---------------------------------------------------------------- amounts with units

/** A unit of measure or a currency. Units convert only within one kind: "km" and "m" do, "days" and "years" do not. */
export interface MeasureUnit {
	/** What it measures ("length", "calendar", "usd", ...); a word Factdrill does not know is a kind of its own ("word:delegation"). */
	kind: string;
	/** Its size in the kind's base unit (km: 1000 for length in metres). */
	factor: number;
	/** How a learner reads it: "years", "km", "US dollars". */
	name: string;
}

/** One way to read a typed amount: "$12 million" is 12 × 1,000,000 US dollars. */
export interface Quantity {
	/** The number as typed, before any scale word: 12 in "$12 million". */
	number: number;
	/** The scale word's factor (1e6 for "million", "mn", or "m" after money), 1 without one. */
	scale: number;
	unit?: MeasureUnit;
}

// [kind, factor, name, spellings]. Months, years and decades convert among themselves; days and years do not (a year is not a whole number of days).
const UNIT_TABLE: ReadonlyArray<readonly [string, number, string, readonly string[]]> = [
	['length', 0.001, 'mm', ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters']],
	['length', 0.01, 'cm', ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters']],
	['length', 1, 'metres', ['m', 'metre', 'metres', 'meter', 'meters']],
	['length', 1000, 'km', ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers']],
	['mile', 1, 'miles', ['mi', 'mile', 'miles']],
	['foot', 1, 'feet', ['ft', 'foot', 'feet']],
	['area', 1e4, 'hectares', ['ha', 'hectare', 'hectares']],
	['area', 1e6, 'km²', ['km2', 'km²', 'sq km', 'square km', 'square kilometre', 'square kilometres', 'square kilometer', 'square kilometers']],
	['mass', 0.001, 'grams', ['g', 'gram', 'grams', 'gramme', 'grammes']],
	['mass', 1, 'kg', ['kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes']],
	['mass', 1000, 'tonnes', ['t', 'tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons']],
	['pound-mass', 1, 'lb', ['lb', 'lbs']],
	['duration', 1, 'seconds', ['s', 'sec', 'secs', 'second', 'seconds']],
	['duration', 60, 'minutes', ['min', 'mins', 'minute', 'minutes']],
	['duration', 3600, 'hours', ['h', 'hr', 'hrs', 'hour', 'hours']],
	['duration', 86_400, 'days', ['d', 'day', 'days']],
	['duration', 604_800, 'weeks', ['wk', 'wks', 'week', 'weeks']],
	['calendar', 1, 'months', ['mo', 'mos', 'month', 'months']],
	['calendar', 12, 'years', ['y', 'yr', 'yrs', 'year', 'years']],
	['calendar', 120, 'decades', ['decade', 'decades']],
	['calendar', 1200, 'centuries', ['century', 'centuries']],
	['speed', 1, 'km/h', ['km/h', 'kmh', 'kph', 'km per hour', 'kilometres per hour', 'kilometers per hour']],
	['mph', 1, 'mph', ['mph', 'miles per hour']],
	['knot', 1, 'knots', ['knot', 'knots', 'kn', 'kt', 'kts']],
	['percent', 1, '%', ['%', 'percent', 'per cent', 'pct', 'percentage']],
	['degree', 1, 'degrees', ['°', 'degree', 'degrees']],
	['celsius', 1, '°C', ['°c', 'celsius', 'degrees celsius', 'degrees c']],
	['fahrenheit', 1, '°F', ['°f', 'fahrenheit', 'degrees fahrenheit', 'degrees f']],
	['usd', 1, 'US dollars', ['$', 'us$', 'usd', 'dollar', 'dollars', 'us dollar', 'us dollars', 'american dollars']],
	['eur', 1, 'euros', ['€', 'eur', 'euro', 'euros']],
	['gbp', 1, 'pounds', ['£', 'gbp', 'pound', 'pounds', 'sterling', 'pounds sterling']],
	['jpy', 1, 'yen', ['¥', 'jpy', 'yen']],
	['krw', 1, 'won', ['₩', 'krw', 'won']],
	['rub', 1, 'roubles', ['₽', 'rub', 'rouble', 'roubles', 'ruble', 'rubles']],
	['cny', 1, 'yuan', ['cny', 'rmb', 'yuan', 'renminbi']],
	['inr', 1, 'rupees', ['₹', 'inr', 'rupee', 'rupees']]
];

/** Every spelling of a known unit, lower case. */
export const UNITS = new Map<string, MeasureUnit>(UNIT_TABLE.flatMap(([kind, factor, name, spellings]) => spellings.map((spelling) => [spelling, { kind, factor, name }] as const)));

const CURRENCIES = new Set(['usd', 'eur', 'gbp', 'jpy', 'krw', 'rub', 'cny', 'inr']);

/** Scale words after a number; "m" is also metres and "t" tonnes, so those two are read both ways. */
const SCALE_WORDS: Record<string, number> = {
	thousand: 1e3, k: 1e3,
	million: 1e6, m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6,
	billion: 1e9, bn: 1e9, b: 1e9,
	trillion: 1e12, tn: 1e12, t: 1e12
};

/** Words that may follow a unit without changing the amount ("70 years later", "3 years long"). */
const AFTER_UNIT = new Set(['old', 'ago', 'long', 'later', 'earlier', 'before', 'after', 'afterwards', 'in', 'total', 'altogether']);

/** "us$12" and "12€": currency signs written before or after the number. */
const LEADING_CURRENCY = /^(us\$|[$€£¥₩₽₹])\s*/u;

/** Whether a unit is a currency, which makes a following "m" mean million. */
export function isCurrency(unit: MeasureUnit | undefined): boolean {
	return unit !== undefined && CURRENCIES.has(unit.kind);
}

/** "delegations" → "delegation", "centuries" → "century": so a unit word and its plural are one unit. */
function singular(word: string): string {
	if (word.length <= 3) return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
	if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

/** A known unit, or any short run of words as a unit of its own kind ("delegations", "foreign delegations"). */
export function readUnit(text: string): MeasureUnit | undefined {
	const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
	if (words === '') return undefined;
	const known = UNITS.get(words);
	if (known) return known;
	if (!/^\p{L}+(?: \p{L}+){0,2}$/u.test(words)) return undefined;
	return { kind: `word:${words.split(' ').map(singular).join(' ')}`, factor: 1, name: words };
}

/** Typed text on one line, lower-case NFKC, dashes as "-", without surrounding quotes or end punctuation. */
function cleanAmount(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/\s+/gu, ' ')
		.trim()
		.replace(/^["'‘“«([]+|["'’”»)\].,!?;:]+$/gu, '')
		.trim();
}

/**
 * Every way to read a typed amount: a number (see parseNumber), then an optional scale word
 * ("million", "bn", "k", "m") and an optional unit or currency, before or after ("70 years",
 * "3 yrs", "1,189 m", "$12 million", "12 million dollars", "US$12bn", "5%"). "12m" reads as
 * 12 million and as 12 metres; the grader keeps the reading that fits the question. Empty when
 * the text does not start with a number or has more than three words after it.
 */
export function readQuantities(text: string): Quantity[] {
	let cleaned = cleanAmount(text);
	let leading: MeasureUnit | undefined;
	const sign = LEADING_CURRENCY.exec(cleaned);
	if (sign) {
		leading = UNITS.get(sign[1]!);
		cleaned = cleaned.slice(sign[0].length);
	}
	// Split a unit or scale glued to the digits ("12bn", "70yrs", "5%"), but not an ordinal ("70th").
	const spaced = cleaned.replace(/(\d)(?!(?:st|nd|rd|th)\b)(?=[\p{L}%°$€£¥₩₽₹])/gu, '$1 ');
	const tokens = spaced.split(' ').filter((token) => token !== '');
	if (!leading && tokens.length > 1) {
		const code = UNITS.get(tokens[0]!);
		if (code && isCurrency(code)) {
			leading = code;
			tokens.shift();
		}
	}
	if (tokens.length === 0 || tokens.length > 12) return [];

	// The longest run of tokens that reads as a number.
	let length = 0;
	let value: number | null = null;
	for (let k = tokens.length; k >= 1 && value === null; k--) {
		value = parseNumber(tokens.slice(0, k).join(' '));
		if (value !== null) length = k;
	}
	if (value === null) return [];
	let number = value;
	let scale = 1;
	const last = tokens[length - 1]!;
	if (length > 1 && last in SCALES && !tokens.slice(0, length - 1).some((token) => token in SCALES)) {
		const before = parseNumber(tokens.slice(0, length - 1).join(' '));
		if (before !== null) {
			number = before;
			scale = SCALES[last]!;
		}
	}
	const rest = tokens.slice(length);
	// "70 years later", "3 years ago": a word after the unit that only says how the amount is meant.
	if (rest.length >= 2 && AFTER_UNIT.has(rest[rest.length - 1]!)) rest.pop();
	if (rest.length > 3) return [];
	// An ordinal is a rank, not an amount: "70th anniversary" is not 70 anniversaries.
	if (rest.length > 0 && /(st|nd|rd|th)$/.test(last) && last !== 'thousand') return [];

	const readings: Quantity[] = [];
	const add = (scaleFactor: number, unitWords: readonly string[]) => {
		const trailing = unitWords.length > 0 ? readUnit(unitWords.join(' ')) : undefined;
		if (unitWords.length > 0 && trailing === undefined) return;
		if (leading && trailing && trailing.kind !== leading.kind) return;
		readings.push({ number, scale: scaleFactor, ...(trailing ?? leading ? { unit: (trailing ?? leading)! } : {}) });
	};
	const abbreviation = rest[0];
	if (scale === 1 && abbreviation !== undefined && abbreviation in SCALE_WORDS) {
		const afterScale = rest.slice(1);
		const money = isCurrency(leading) || (afterScale.length > 0 && isCurrency(readUnit(afterScale.join(' '))));
		add(SCALE_WORDS[abbreviation]!, afterScale);
		// "$12m" is money; "12 m" alone is 12 million or 12 metres, "12 t" 12 trillion or 12 tonnes.
		if (!money && afterScale.length === 0 && UNITS.has(abbreviation)) add(1, rest);
		return readings;
	}
	add(scale, rest);
	return readings;
}
