/**
 * Wrong options of the same kind as the answer: people of the same sex (and role, when the article
 * shows it), organisations of the same kind, countries of the same part of the world, states for a
 * state, missions for a mission, numbers with the same unit and size. The article's own names come
 * first, then short lists the app ships (countries, US states, space agencies …); never an invented
 * person, never another kind of thing, never a second name for the answer.
 */
import { nameKey, type Mention } from './analyze';
import type { ArticleContext, EntityInfo } from './context';
import { CONTINENT, PLACE_ALIASES, PROMINENT_COUNTRIES, US_STATES } from './lexicon';

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
export function nameDistractors(answer: Mention, context: ArticleContext, exclude: readonly Mention[], n: number, order: (items: string[]) => string[], near?: Set<string>): Options {
	const info = context.entities.get(answer.key);
	const taken = new Set<string>([nameKey(answer.name), nameKey(answer.surface)]);
	for (const m of exclude) taken.add(m.key);
	const out: string[] = [];
	const ok = (name: string) => !taken.has(nameKey(name)) && !out.some((o) => isAlias(o, name, answer.kind)) && !isAlias(name, answer.name, answer.kind) && !exclude.some((m) => isAlias(name, m.name, answer.kind));
	let article = [...context.entities.values()].filter((e) => e.key !== answer.key && e.mentions > 0 && sameKind(info, answer, e));
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
export function numberDistractors(answer: Mention, context: ArticleContext, sentence: Mention[], n: number, order: (items: number[]) => number[]): Options {
	const q = answer.quantity;
	if (!q || answer.value === undefined) return { names: [], fromArticle: 0 };
	const value = answer.value;
	const inSentence = new Set(sentence.filter((m) => m.kind === 'number').map((m) => m.value));
	// Nor the leading digits of a figure the student reads beside the blank: "17" by "17,000".
	for (const m of sentence) {
		const lead = m.kind === 'number' && m !== answer ? /^\D*(\d{1,3}),\d{3}/.exec(m.quantity?.text ?? m.surface)?.[1] : undefined;
		if (lead) inSentence.add(Number(lead));
	}
	const out: number[] = [];
	// Words stay words: "six" gets "nine" and "twelve", never "24".
	// ("one flights": a count of one would need the noun in the singular.)
	const fine = (v: number) => v > 0 && v !== value && (v !== 1 || value === 1 || !q.unit) && !inSentence.has(v) && !out.includes(v) && v / value <= 10 && value / v <= 10 && (!q.percent || v <= 100) && (!q.words || (v <= 20 && Number.isInteger(v)));
	const article = (figuresByKind(context).get(kindOf(q)) ?? []).filter((m) => m !== answer).map((m) => m.value!);
	for (const v of order([...new Set(article)])) if (out.length < n && fine(v)) out.push(v);
	const fromArticle = out.length;
	const near = q.ordinal ? [value - 1, value + 1, value - 2, value + 2, value + 10, value - 10].filter((v) => v >= 1) : nearValues(value, q.percent);
	for (const v of order(near)) if (out.length < n && fine(v)) out.push(v);
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

function nearValues(value: number, percent: boolean): number[] {
	const decimals = (String(value).split('.')[1] ?? '').length;
	const out: number[] = [];
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
		const word = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'][value]!;
		return /^\p{Lu}/u.test(q.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
	}
	const scaleValue = q.scale ? { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }[q.scale] : 1;
	const shown = value / scaleValue;
	const decimals = (q.text.match(/\.(\d+)/)?.[1]?.length ?? 0);
	let digits = shown.toFixed(Number.isInteger(shown) && decimals === 0 ? 0 : Math.max(decimals, 1));
	if (/\d,\d{3}/.test(q.text) || shown >= 1000) {
		const [int, frac] = digits.split('.');
		digits = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
	}
	const scaleWord = /\b(thousand|million|billion|trillion|bn)\b/.exec(q.text)?.[0];
	const percent = /%|percent|per cent/.exec(q.text)?.[0];
	return `${q.currency ?? ''}${digits}${scaleWord ? ' ' + scaleWord : ''}${percent ? (percent === '%' ? '%' : ' ' + percent) : ''}`;
}
