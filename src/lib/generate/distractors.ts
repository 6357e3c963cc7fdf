/**
 * Wrong options of the same kind as the answer: people of the same sex (and role, when the article
 * shows it), organisations of the same kind, countries of the same part of the world, states for a
 * state, missions for a mission, numbers with the same unit and size. The article's own names come
 * first, then short lists the app ships (countries, US states, space agencies …); never an invented
 * person, never another kind of thing, never a second name for the answer.
 */
import { nameKey, type Mention } from './analyze';
import { roleBefore, type ArticleContext, type EntityInfo } from './context';
import { CONTINENT, NUMBER_WORDS, PLACE_ALIASES, PROMINENT_COUNTRIES, US_STATES } from './lexicon';

export interface Options {
	/** Exactly `n` wrong options, or fewer when not enough of the same kind exist. */
	names: string[];
	fromArticle: number;
}

const SPACE_AGENCIES = ['NASA', 'European Space Agency', 'JAXA', 'Roscosmos', 'Indian Space Research Organisation', 'Canadian Space Agency', 'China National Space Administration'];
/** The Census Bureau's four regions: a state's plausible alternatives. */
const STATE_REGION: Record<string, 'west' | 'midwest' | 'south' | 'northeast'> = Object.fromEntries([
	...['Alaska', 'Arizona', 'California', 'Colorado', 'Hawaii', 'Idaho', 'Montana', 'Nevada', 'New Mexico', 'Oregon', 'Utah', 'Washington', 'Wyoming'].map((s) => [s, 'west']),
	...['Illinois', 'Indiana', 'Iowa', 'Kansas', 'Michigan', 'Minnesota', 'Missouri', 'Nebraska', 'North Dakota', 'Ohio', 'South Dakota', 'Wisconsin'].map((s) => [s, 'midwest']),
	...['Alabama', 'Arkansas', 'Delaware', 'Florida', 'Georgia', 'Kentucky', 'Louisiana', 'Maryland', 'Mississippi', 'North Carolina', 'Oklahoma', 'South Carolina', 'Tennessee', 'Texas', 'Virginia', 'West Virginia'].map((s) => [s, 'south']),
	...['Connecticut', 'Maine', 'Massachusetts', 'New Hampshire', 'New Jersey', 'New York', 'Pennsylvania', 'Rhode Island', 'Vermont'].map((s) => [s, 'northeast'])
]);
const AMBIGUOUS = new Set(['America', 'Britain', 'Korea', 'England', 'Scotland', 'Wales', 'Georgia', 'Washington']);

/** Up to `n` distractors for a named answer; none when fewer than `n` of the same kind exist. */
export function nameDistractors(answer: Mention, context: ArticleContext, exclude: readonly Mention[], n: number, order: (items: string[]) => string[], near?: Set<string>, sentenceText?: string): Options {
	const info = context.entities.get(answer.key);
	// "linebacker ___": the role the question shows beside the blank; only people of that role fit it.
	const shownRole = answer.kind === 'person' && sentenceText ? roleBefore(sentenceText, answer.start)?.replace(/s$/, '') : undefined;
	const taken = new Set<string>([nameKey(answer.name), nameKey(answer.surface)]);
	for (const m of exclude) taken.add(m.key);
	const out: string[] = [];
	const ok = (name: string) => !taken.has(nameKey(name)) && !out.some((o) => isAlias(o, name, answer.kind)) && !isAlias(name, answer.name, answer.kind) && !exclude.some((m) => isAlias(name, m.name, answer.kind));
	let article = [...context.entities.values()].filter((e) => e.key !== answer.key && e.mentions > 0 && sameKind(info, answer, e) && (!shownRole || e.role?.replace(/s$/, '') === shownRole));
	// People from the same part of the story (the same match, the same team) when there are enough of them.
	if (answer.kind === 'person' && near) {
		const local = article.filter((e) => near.has(e.key));
		if (local.length >= n) article = local;
		else return { names: [], fromArticle: 0 };
	}
	// The closest first: same role for people, then the most mentioned.
	const ranked = article.sort((a, b) => Number(b.role === info?.role) - Number(a.role === info?.role) || b.mentions - a.mentions);
	for (const e of order(ranked.map((e) => e.name))) {
		if (out.length >= n) break;
		if (ok(e)) out.push(e);
	}
	const fromArticle = out.length;
	for (const name of fromArticle === 0 ? [] : order([...fallback(answer, info)])) {
		if (out.length >= n) break;
		if (ok(name) && !AMBIGUOUS.has(name)) out.push(name);
	}
	return { names: out.length >= n ? out.slice(0, n) : [], fromArticle: Math.min(fromArticle, n) };
}

function sameKind(info: EntityInfo | undefined, answer: Mention, other: EntityInfo): boolean {
	if (other.kind !== answer.kind && !(answer.kind === 'model' && other.kind === 'other') && !(answer.kind === 'other' && other.kind === 'model')) return false;
	switch (answer.kind) {
		case 'person':
			// Men for a man, women for a woman; when the article does not show it, only others it does not show
			// either. A referee is no option for a player, nor an official for an astronaut.
			if ((info?.sex ?? 'unknown') !== (other.sex ?? 'unknown')) return false;
			return !other.role || other.role === info?.role;
		case 'place':
			// "Hampshire" and "the Middle East" are both regions, but not alternatives to each other.
			if ((info?.subKind ?? answer.subKind) === 'region') return false;
			return (info?.subKind ?? answer.subKind) === other.subKind && (other.subKind !== 'country' || !info?.continent || !other.continent || info.continent === other.continent);
		case 'organization':
			return (info?.category ?? answer.subKind) === (other.category ?? other.subKind);
		default:
			return !!info?.category && info.category === other.category;
	}
}

function fallback(answer: Mention, info: EntityInfo | undefined): readonly string[] {
	if (answer.kind === 'place') {
		const subKind = info?.subKind ?? answer.subKind;
		// Built-in lists stay close to the answer: states of the same region of the US (Florida, Texas,
		// Alabama, Georgia), prominent countries of the same continent — and only beside at least one
		// option from the article, so that Montana never stands alone beside Florida.
		if (subKind === 'state') {
			const region = STATE_REGION[answer.name];
			return region ? US_STATES.filter((s) => STATE_REGION[s] === region) : [];
		}
		if (subKind === 'country') {
			const continent = info?.continent ?? CONTINENT[answer.name];
			return continent ? PROMINENT_COUNTRIES.filter((c) => CONTINENT[c] === continent) : [];
		}
		return [];
	}
	if (answer.kind === 'organization' && SPACE_AGENCIES.some((a) => nameKey(a) === nameKey(answer.name))) return SPACE_AGENCIES;
	return [];
}

/** True when `a` and `b` can name the same thing: an option that could be right. */
export function isAlias(a: string, b: string, kind: Mention['kind']): boolean {
	const ka = nameKey(a);
	const kb = nameKey(b);
	if (ka === kb) return true;
	if (kind === 'person') {
		const ta = new Set(ka.split(' '));
		const tb = new Set(kb.split(' '));
		return [...ta].every((t) => tb.has(t)) || [...tb].every((t) => ta.has(t));
	}
	if (kind === 'place') {
		return PLACE_ALIASES.some((group) => group.some((n) => nameKey(n) === ka) && group.some((n) => nameKey(n) === kb)) || ka.endsWith(' ' + kb) || kb.endsWith(' ' + ka);
	}
	if (kind === 'organization') {
		const initials = (s: string) => s.split(' ').filter((w) => !['of', 'the', 'and', 'for'].includes(w)).map((w) => w[0]).join('');
		if (initials(ka) === kb.replace(/\s/g, '') || initials(kb) === ka.replace(/\s/g, '')) return true;
		return ka.includes(kb) || kb.includes(ka);
	}
	return ka.replace(/\W/g, '') === kb.replace(/\W/g, '') || ka.startsWith(kb + ' ') || kb.startsWith(ka + ' ');
}

/** Options for a quantity: the article's numbers with the same unit and size first, then near values. */
export function numberDistractors(answer: Mention, context: ArticleContext, sentence: Mention[], n: number, order: (items: number[]) => number[], text = ''): Options {
	const q = answer.quantity;
	if (!q || answer.value === undefined) return { names: [], fromArticle: 0 };
	const value = answer.value;
	const before = text.slice(Math.max(0, answer.start - 24), answer.start);
	// (A count of "states" beside the 50 of the United States stays at most 50.)
	// "More than ___ people voted": any smaller figure is true as well, so only larger ones are wrong
	// ("fewer than ___": only smaller ones).
	const above = /\b(?:more than|over|at least|in excess of|upwards of|greater than|higher than|exceeding)\s+$/i.test(before);
	const below = /\b(?:less than|fewer than|under|up to|at most|no more than|lower than|below)\s+$/i.test(before);
	// "___ of the market in 2009; this has dropped to 56 percent": the answer was more than 56, and an
	// option below it is ruled out by the prompt itself ("rose to 56": less).
	const then = /\b(?:(dropped|fell|declined|decreased|slipped|shrank|plunged|plummeted|sank)|(rose|increased|grew|climbed|jumped|soared|surged))\s+to\s+(?:approximately\s+|about\s+|around\s+|nearly\s+|roughly\s+)?[$€£]?(\d[\d,]*(?:\.\d+)?)/i.exec(text.slice(answer.end, answer.end + 120));
	// "killed 1,034 of around ___ passengers": the whole is more than the part before it.
	const part = /(\d[\d,]*(?:\.\d+)?)\s+(?:out\s+)?of\s+(?:(?:about|around|approximately|some|nearly|roughly|almost|an estimated|the|its|their)\s+)*$/i.exec(before);
	// "Russia has increased the prices from US$179.50 per 1,000 cubic meters to ___": a rise ends above where it began.
	const change = /\b(?:(rose|increased|raised|grew|climbed|jumped|soared|surged|went up|up)|(dropped|fell|declined|decreased|cut|lowered|reduced|slipped|shrank|plunged|plummeted|sank|went down|down))\b[^.;]{0,60}?\bfrom\s+(?:US|A|C|NZ)?[$€£]?(\d[\d,]*(?:\.\d+)?)[^.;]{0,60}?\bto\s+$/i.exec(text.slice(Math.max(0, answer.start - 160), answer.start));
	// "Of 307 on board, ___ Chinese teens died and over 200 were injured": no count above the whole.
	const whole = !q.percent && !q.currency ? /^Of\s+(?:the\s+)?(\d[\d,]*)\s/.exec(text) : null;
	const figure = (s: string) => Number(s.replace(/,/g, ''));
	// "Swine flu cases worldwide top 1,000" over "___ confirmed infections" (1,003): the headline's bound holds.
	const topped = context.article.sentences.filter((s) => s.block === 'headline').map((s) => /\b(?:tops?|over|more than|exceeds?|pass(?:es)?|surpass(?:es)?)\s+(\d[\d,]*)\b/i.exec(s.text)).find((h) => h && figure(h[1]!) <= value && value <= figure(h[1]!) * 1.1);
	// "Of the ___ satellites discovered by the team, nine were …": the whole is more than the part after it.
	const partAfter = /^\s*(?:Of|Out of)\s+(?:the\s+)?$/i.test(text.slice(0, answer.start)) ? /^[^,.;]*,\s*(\d[\d,]*|[a-z]+)\s/i.exec(text.slice(answer.end))?.[1] : undefined;
	const partValue = partAfter === undefined ? undefined : /\d/.test(partAfter) ? figure(partAfter) : NUMBER_WORDS.indexOf(partAfter.toLowerCase()) >= 0 ? NUMBER_WORDS.indexOf(partAfter.toLowerCase()) : undefined;
	// "in the 52nd minute and ___ minute respectively": a later minute than the one before it.
	const laterMinute = q.ordinal ? /\b(\d{1,3})(?:st|nd|rd|th)\s+(?:minute\s+)?(?:and|,)\s+(?:the\s+)?$/i.exec(before) : null;
	const floor = laterMinute && figure(laterMinute[1]!) < value ? figure(laterMinute[1]!) : then?.[1] ? figure(then[3]!) : part ? figure(part[1]!) : change?.[1] ? figure(change[3]!) : topped ? figure(topped[1]!) : partValue !== undefined && partValue < value ? partValue : undefined;
	const ceiling = then?.[2] ? figure(then[3]!) : change?.[2] ? figure(change[3]!) : whole && figure(whole[1]!) > value && answer.start > whole[0].length ? figure(whole[1]!) : undefined;
	// "___ of Austria's natural gas comes from Russia and only 18% … is produced locally": shares of one
	// whole, told together, leave no room for an option that would take them past 100%.
	const shares = q.percent ? sentence.filter((m) => m !== answer && m.kind === 'number' && m.quantity?.percent && m.value !== undefined).reduce((sum, m) => sum + m.value!, 0) : 0;
	const room = q.percent && shares > 0 && value + shares <= 100 ? 100 - shares : undefined;
	// "Strike on UN school in Gaza kills 40" over "killing more than ___ Palestinians": a headline's figure is a fact of the story, never a wrong option.
	const headlined = new Set(context.article.sentences.filter((s) => s.block === 'headline' || s.block === 'heading').flatMap((s) => s.mentions.filter((m) => m.kind === 'number' && !!m.quantity && m.quantity.percent === q.percent && m.quantity.currency === q.currency && m.quantity.scale === q.scale).map((m) => m.value)));
	const inSentence = new Set(sentence.filter((m) => m.kind === 'number').map((m) => m.value));
	// ("Of the ___ satellites discovered by the team, nine were found …": a count in words the finder took for no figure.)
	for (const w of (text.slice(0, answer.start) + ' ' + text.slice(answer.end)).match(/\b[a-z]+\b/gi) ?? []) if (NUMBER_WORDS.includes(w.toLowerCase())) inSentence.add(NUMBER_WORDS.indexOf(w.toLowerCase()));
	// Nor the leading digits of a figure the student reads beside the blank: "17" by "17,000".
	for (const m of sentence) {
		const lead = m.kind === 'number' && m !== answer ? /^\D*(\d{1,3}),\d{3}/.exec(m.quantity?.text ?? m.surface)?.[1] : undefined;
		if (lead) inSentence.add(Number(lead));
	}
	// Bounds the world sets: no more nations than there are (195), no minute of a match past its 90, and
	// never the half or the whole of it ("Celtic still had ___ minutes to equalize": not 90)
	// ("After ___ minutes, the Azzuri were down by two goals": 105 and 122 are no minute of a group match).
	const bound = /^(?:countries|nations|sovereign nations|sovereign states|member states|nation states)$/i.test(q.unit ?? '') && value <= 195 ? 195 : /^minutes?$/i.test(q.unit ?? '') && value <= 90 && /\b(?:goals?|scored|match|half-time|halftime|second half|first half|kick-?off|penalty|equali[sz]\w*|red card|yellow card)\b/i.test(text) ? 90 : undefined;
	// ("an earthquake with a magnitude of ___": no 12.2 beside 7.6; a magnitude's options stay within two of it.)
	const quake = q.unit === 'magnitude';
	const out: number[] = [];
	// Words stay words: "six" gets "nine" and "twelve", never "24".
	// ("one flights": a count of one would need the noun in the singular.)
	const fine = (v: number) => v > 0 && v !== value && (!above || v > value) && (!below || v < value) && (q.outOf === undefined || v < q.outOf) && (q.unit !== 'states' || value > 50 || v <= 50) && (bound === undefined || v <= bound) && (bound !== 90 || ![45, 90].includes(v)) && (floor === undefined || v > floor) && (ceiling === undefined || v < ceiling) && (v !== 1 || value === 1 || !q.unit) && !inSentence.has(v) && !headlined.has(v) && (room === undefined || v <= room) && !out.includes(v) && v / value <= 10 && value / v <= 10 && (!q.percent || v <= 100) && (!q.words || (v <= 20 && Number.isInteger(v))) && (!quake || (v <= 9.5 && Math.abs(v - value) <= 2));
	// Written to the same decimals as the answer: beside 84.6%, a 41% written "41.0%" stands out.
	const decimals = (text: string) => /\d\.(\d+)/.exec(text)?.[1]?.length ?? 0;
	const article = (figuresByKind(context).get(kindOf(q)) ?? []).filter((m) => m !== answer && decimals(m.quantity?.text ?? m.surface) === decimals(q.text)).map((m) => m.value!);
	for (const v of order([...new Set(article)])) if (out.length < n && fine(v)) out.push(v);
	const fromArticle = out.length;
	// "Bill Cosby, who is ___ years old": ages a few years either side, never 103.
	const age = /^\s*(?:-?years?-old|years?\s+old)\b/i.test(text.slice(answer.end)) || /\b(?:aged|age of)\s+$/i.test(before);
	// ("until the 21st century": no century after the article's own.)
	const year = Number(context.details.date?.slice(0, 4) ?? NaN);
	const century = q.ordinal && /^\s*centur/i.test(text.slice(answer.end)) && year > 0 ? Math.floor(year / 100) + 1 : undefined;
	const near = quake ? [value - 0.6, value + 0.5, value - 1.2, value + 0.9, value - 1.8].map((v) => Math.round(v * 10) / 10) : q.ordinal ? [value - 1, value + 1, value - 2, value + 2, value + 10, value - 10].filter((v) => v >= 1 && (century === undefined || v <= century)) : age ? [value - 4, value + 3, value + 6, value - 7, value + 9].filter((v) => v >= 1 && v <= 105) : nearValues(value, q.percent, above ? 1 : below ? -1 : 0);
	// (Shares by points come in a set order, some below and some above: shuffled, all three could land on one side.)
	const pointwise = q.percent && value >= 10 && value <= 90 && !above && !below;
	for (const v of pointwise || quake ? near : order(near)) if (out.length < n && fine(v)) out.push(v);
	return { names: out.length >= n ? out.slice(0, n).map((v) => formatLike(answer, v)) : [], fromArticle };
}

/** Percent, currency, unit and scale: the figures a distractor may be taken from share all four. */
function kindOf(q: NonNullable<Mention['quantity']>): string {
	return `${q.percent}|${q.currency ?? ''}|${q.unit ?? ''}|${q.scale ?? ''}`;
}

const FIGURES = new WeakMap<ArticleContext, Map<string, Mention[]>>();

/** The body's figures by kind, read once per article: every number of a long text asks for them. */
function figuresByKind(context: ArticleContext): Map<string, Mention[]> {
	let figures = FIGURES.get(context);
	if (!figures) {
		figures = new Map();
		for (const s of context.body) {
			for (const m of s.mentions) {
				if (!m.quantity || m.value === undefined) continue;
				const key = kindOf(m.quantity);
				const list = figures.get(key);
				if (list) list.push(m);
				else figures.set(key, [m]);
			}
		}
		FIGURES.set(context, figures);
	}
	return figures;
}

function nearValues(value: number, percent: boolean, side: -1 | 0 | 1 = 0): number[] {
	const decimals = (String(value).split('.')[1] ?? '').length;
	const out: number[] = [];
	// A share is wrong by points, not by half again: 64.1% gets 52.1% and 73.1%, never 96.1%.
	if (percent && value >= 10 && value <= 90) {
		// A round share gets round ones: "over 50 percent" is not beside 56, 61 and 67.
		// (Near 100 or 0, by fives and then as any other share.)
		const round = Number.isInteger(value) && value % 10 === 0;
		const steps = side > 0 ? [6, 11, 17, 23] : side < 0 ? [-6, -11, -17, -23] : [-7, 9, -12, 14, -18, 5];
		const tens = side > 0 ? [10, 20, 30, 40] : side < 0 ? [-10, -20, -30, -40] : [-10, 10, -20, 20, 30, -30];
		const fives = side > 0 ? [5, 15, 25] : side < 0 ? [-5, -15, -25] : [5, -5, 15, -15];
		for (const group of round ? [tens, fives, steps] : [steps]) {
			if (out.length >= 3) break;
			for (const d of group) {
				const x = Number((value + d).toFixed(decimals));
				if (x > 0 && x < 100 && !out.includes(x)) out.push(x);
			}
		}
		return out;
	}
	// A round figure gets round ones: 200 → 100, 300, 400; "4 million" → 3, 5, 6 million.
	const digits = String(Math.round(value));
	const zeros = digits.match(/0+$/)?.[0].length ?? 0;
	if (Number.isInteger(value) && value >= 10 && zeros === digits.length - 1) {
		const step = Math.pow(10, zeros);
		for (const k of side > 0 ? [1, 2, 3, 4] : side < 0 ? [-1, -2, -3, -4] : [1, -1, 2, 3, -2]) {
			const x = value + k * step;
			if (x > 0 && (!percent || x < 100)) out.push(x);
		}
		return out;
	}
	if (side !== 0) {
		for (const f of side > 0 ? [1.3, 1.6, 1.2, 1.5, 2] : [0.7, 0.5, 0.8, 0.6, 0.4]) {
			const x = decimals > 0 ? Number((value * f).toFixed(decimals)) : roundNice(value * f, value);
			if (x > 0 && x !== value && (!percent || x <= 100) && !out.includes(x)) out.push(x);
		}
		return out;
	}
	// Near the answer but not its obvious multiples: 11 gets 9 and 14, not 33 and 44.
	const factors = value < 20 && Number.isInteger(value) ? [] : [0.7, 1.3, 0.8, 1.6, 0.6, 1.2, 0.5, 1.5];
	if (value < 20 && Number.isInteger(value)) for (const d of [-2, 3, -3, 2, 4, -1, 1, 5]) if (value + d > 0) out.push(value + d);
	for (const f of factors) {
		const x = decimals > 0 ? Number((value * f).toFixed(decimals)) : roundNice(value * f, value);
		if (percent && x > 100) continue;
		if (x > 0 && x !== value && !out.includes(x)) out.push(x);
	}
	return out;
}

function ordinalSuffix(n: number): string {
	if (n % 100 >= 11 && n % 100 <= 13) return 'th';
	return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/** Rounds like the original: 4,200 → 2,100 or 6,300, never 6,299.99. */
function roundNice(x: number, original: number): number {
	const zeros = String(Math.round(original)).match(/0+$/)?.[0].length ?? 0;
	const step = Math.pow(10, Math.min(zeros, Math.max(0, String(Math.round(x)).length - 2)));
	return Math.max(1, Math.round(x / step) * step);
}

/** Writes `value` as the answer is written: "$4.2 billion", "12%", "4,200", "six". */
export function formatLike(answer: Mention, value: number): string {
	const q = answer.quantity;
	if (!q) return String(value);
	if (q.ordinal) return `${value}${ordinalSuffix(value)}`;
	if (q.words && value <= 20 && Number.isInteger(value)) {
		const word = NUMBER_WORDS[value]!;
		return /^\p{Lu}/u.test(q.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
	}
	const scaleValue = q.scale ? { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[q.scale] : 1;
	const shown = value / scaleValue;
	const decimals = (q.text.match(/\.(\d+)/)?.[1]?.length ?? 0);
	let digits = shown.toFixed(Number.isInteger(shown) && decimals === 0 ? 0 : Math.max(decimals, 1));
	// Thousands grouped as the answer groups them: "8,000" beside "12,000", "8000" beside "12000".
	if (/\d,\d{3}/.test(q.text) || (shown >= 1000 && !/\d{4}/.test(q.text))) {
		const [int, frac] = digits.split('.');
		digits = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
	}
	const scaleWord = /\b(thousand|million|billion|trillion|bn)\b/.exec(q.text)?.[0];
	const percent = /%|percent|per cent/.exec(q.text)?.[0];
	return `${q.currency ?? ''}${digits}${scaleWord ? ' ' + scaleWord : ''}${percent ? (percent === '%' ? '%' : ' ' + percent) : ''}`;
}
