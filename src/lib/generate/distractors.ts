/** Wrong options of the same kind as the answer: the article's own first, then small built-in lists; never an alias. */
import { needsArticle, nameKey, type Article, type Mention } from './analyze';
import { CITIES, COUNTRIES, FALLBACK_ORGANIZATIONS, FALLBACK_PEOPLE, PLACE_ALIASES, REGIONS } from './lexicon';
import { shuffled } from './random';

export interface Pools {
	byKind: Map<string, Mention[]>;
	articleYear?: number;
}

const GENERIC_ORG_WORDS = new Set(['news', 'agency', 'service', 'national', 'international', 'the', 'of', 'for', 'and', 'group', 'company', 'council', 'times', 'post', 'daily', 'university', 'institute', 'club', 'fc', 'inc', 'corp', 'ltd', 'bank', 'ministry', 'department', 'association', 'federation', 'committee', 'commission', 'organization', 'organisation', 'foundation', 'party', 'league', 'union', 'united', 'city', 'world', 'global', 'new']);
const AMBIGUOUS_PLACES = new Set(['America', 'Britain', 'Korea', 'England', 'Scotland', 'Wales', 'Washington', 'Georgia']);

function poolKey(m: Mention): string {
	if (m.kind === 'number') {
		const multiplier = /million|billion|trillion|bn/.exec(m.surface)?.[0] ?? '';
		return `number:${m.unit ?? ''}:${/%|percent|per cent/.test(m.surface) ? '%' : ''}:${/^[$€£¥]/.test(m.surface) ? m.surface[0] : ''}:${multiplier}`;
	}
	return `${m.kind}:${m.subKind ?? ''}`;
}

export function buildPools(article: Article, usable: (m: Mention) => boolean, articleYear?: number): Pools {
	const byKind = new Map<string, Mention[]>();
	const seen = new Set<string>();
	for (const s of article.sentences) {
		for (const m of s.mentions) {
			if (m.modifier || m.weak || m.kind === 'other' || m.kind === 'date') continue;
			if (m.kind === 'person' && m.name.split(/\s+/).length < 2) continue;
			if (!usable(m)) continue;
			const k = poolKey(m);
			if (seen.has(k + '|' + m.key)) continue;
			seen.add(k + '|' + m.key);
			const list = byKind.get(k) ?? [];
			list.push(m);
			byKind.set(k, list);
		}
	}
	return { byKind, articleYear };
}

/** True when `a` and `b` can name the same thing: a distractor or swap with `b` could be right. */
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
		const wa = ka.split(' ').filter((w) => !GENERIC_ORG_WORDS.has(w));
		const wb = new Set(kb.split(' ').filter((w) => !GENERIC_ORG_WORDS.has(w)));
		return wa.some((w) => wb.has(w) || wb.has(w.replace(/n$/, '')) || wb.has(w + 'n'));
	}
	if (kind === 'model') return ka.replace(/\W/g, '') === kb.replace(/\W/g, '');
	return false;
}

/** Up to `n` distractor names for `answer` (a mention in `sentenceMentions`), article first. */
export function pickDistractors(answer: Mention, sentenceMentions: Mention[], pools: Pools, n: number, random: () => number): { names: string[]; fromArticle: number } {
	const out: string[] = [];
	const inSentence = sentenceMentions.filter((m) => m.kind === answer.kind).map((m) => m.name);
	const ok = (name: string) =>
		!isAlias(name, answer.name, answer.kind) &&
		!isAlias(name, answer.surface, answer.kind) &&
		!inSentence.some((s) => isAlias(name, s, answer.kind)) &&
		!out.some((o) => isAlias(o, name, answer.kind)) &&
		!AMBIGUOUS_PLACES.has(name) &&
		(answer.kind !== 'place' && answer.kind !== 'organization' ? true : needsArticle(name, answer.kind) === needsArticle(answer.name, answer.kind));

	if (answer.kind === 'number' || answer.kind === 'year') {
		const article = (pools.byKind.get(poolKey(answer)) ?? []).filter((m) => m.value !== answer.value && m.value !== undefined);
		for (const m of shuffled(article, random)) {
			if (out.length >= n) break;
			if (answer.kind === 'year' && Math.abs((m.value ?? 0) - (answer.value ?? 0)) > 30) continue;
			const text = formatLike(answer, m.value!);
			if (!out.includes(text) && text !== answer.surface) out.push(text);
		}
		const fromArticle = out.length;
		for (const v of nearValues(answer, random)) {
			if (out.length >= n) break;
			const text = formatLike(answer, v);
			if (text !== answer.surface && !out.includes(text)) out.push(text);
		}
		return { names: out.slice(0, n), fromArticle };
	}

	const article = shuffled(pools.byKind.get(poolKey(answer)) ?? [], random);
	for (const m of article) {
		if (out.length >= n) break;
		if (ok(m.name)) out.push(m.name);
	}
	const fromArticle = out.length;
	for (const name of shuffled(fallbackNames(answer), random)) {
		if (out.length >= n) break;
		if (ok(name)) out.push(name);
	}
	return { names: out.map((name) => (answer.kind === 'model' && answer.plural ? name + 's' : name)), fromArticle };
}

function fallbackNames(answer: Mention): readonly string[] {
	switch (answer.kind) {
		case 'person':
			return FALLBACK_PEOPLE;
		case 'organization':
			return FALLBACK_ORGANIZATIONS[(answer.subKind ?? 'organization') as keyof typeof FALLBACK_ORGANIZATIONS] ?? FALLBACK_ORGANIZATIONS.organization;
		case 'place':
			return answer.subKind === 'city' ? CITIES : answer.subKind === 'country' ? COUNTRIES.filter((c) => !AMBIGUOUS_PLACES.has(c)) : REGIONS;
		case 'model': {
			const m = /^(.*?)(\d+)([A-Za-z]?)$/.exec(answer.name);
			if (!m) return [];
			const base = Number(m[2]);
			return [-1, -2, 1, -3, 2, -4]
				.map((d) => base + d)
				.filter((v) => v > 0)
				.map((v) => `${m[1]}${v}${m[3]}`);
		}
		default:
			return [];
	}
}

function nearValues(answer: Mention, random: () => number): number[] {
	const v = answer.value ?? 0;
	if (answer.kind === 'year') {
		const offsets = shuffled([-1, -2, 1, -3, 2, -5, 3, 5, -4], random);
		return offsets.map((d) => v + d).filter((y) => !pools_future(y, answer));
	}
	const decimals = (answer.surface.match(/\.(\d+)/)?.[1]?.length ?? 0);
	const percent = /%|percent|per cent/.test(answer.surface);
	const factors = shuffled([0.5, 1.5, 2, 0.75, 1.25, 3, 0.6, 1.4], random);
	const out: number[] = [];
	for (const f of factors) {
		let x = v * f;
		x = decimals > 0 ? Number(x.toFixed(decimals)) : roundNice(x, v);
		if (percent && x > 100) continue;
		if (x > 0 && x !== v && !out.includes(x)) out.push(x);
	}
	return out;
}

function pools_future(year: number, answer: Mention): boolean {
	void answer;
	return year < 1000;
}

/** Rounds like the original: 4,200 → 2,100 or 6,300, never 6,299.99. */
function roundNice(x: number, original: number): number {
	if (Number.isInteger(original)) {
		const zeros = (String(original).match(/0+$/)?.[0].length ?? 0);
		const step = Math.pow(10, Math.min(zeros, Math.max(0, String(Math.round(x)).length - 2)));
		return Math.max(1, Math.round(x / step) * step);
	}
	return Math.round(x);
}

/** Writes `value` in the answer's format: "$4.2 billion", "12%", "4,200". */
export function formatLike(answer: Mention, value: number): string {
	if (answer.kind === 'year') return String(value);
	const m = /^([$€£¥])?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(.*)$/.exec(answer.surface);
	if (!m) return String(value);
	const decimals = m[3] ? m[3].length - 1 : 0;
	let digits = value.toFixed(decimals);
	if (m[2]!.includes(',') || (value >= 10000 && !m[4]?.trim())) {
		const [int, frac] = digits.split('.');
		digits = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
	}
	return `${m[1] ?? ''}${digits}${m[4] ?? ''}`;
}
