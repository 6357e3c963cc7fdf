/**
 * What the whole article says about each thing it names: how often it is mentioned, what kind of thing
 * it is ("the Juno mission", "the Jovian moon Europa"), a person's sex and role where the text shows
 * them, and which names a quiz must never blank (the publisher, the article's subject, the headline's
 * names). Also the antecedents of "he", "it" and "the agency" when exactly one thing fits.
 */
import { nameKey, type Article, type EntityKind, type Mention, type Sentence } from './analyze';
import type { ArticleDetails } from './structure';
import { CELESTIAL, CONTINENT } from './lexicon';

export interface EntityInfo {
	key: string;
	name: string;
	kind: EntityKind;
	subKind?: string;
	/** The common noun the article puts with the name: "mission", "moon", "program", "agency". */
	category?: string;
	sex?: 'f' | 'm';
	/** For people: "astronaut", "administrator", "cosmonaut" … */
	role?: string;
	/** Body sentences that mention it. */
	mentions: number;
	firstSentence: number;
	inHeadline: boolean;
	continent?: string;
	/** The name the article says it is better known by, when the headline uses that one ("Wikimania 2008"). */
	alias?: string;
}

export interface ArticleContext {
	article: Article;
	details: ArticleDetails;
	entities: Map<string, EntityInfo>;
	/** Keys of names a question must never ask for. */
	never: Map<string, 'publisher' | 'subject' | 'headline'>;
	/** Content words of the headline, lower case. */
	headlineWords: Set<string>;
	/** Body sentences in order. */
	body: Sentence[];
	/** Terms the article defines or keeps coming back to ("solar maximum", "CubeSats"), lower case. */
	terms: Set<string>;
}

export const CATEGORY_NOUNS = new Set([
	'mission', 'missions', 'spacecraft', 'shuttle', 'rover', 'probe', 'orbiter', 'lander', 'telescope', 'observatory', 'satellite', 'rocket', 'capsule',
	'module', 'station', 'instrument', 'camera', 'detector', 'experiment', 'program', 'programme', 'initiative', 'project', 'agency',
	'administration', 'office', 'department', 'company', 'firm', 'startup', 'university', 'college', 'school', 'center', 'centre',
	'laboratory', 'lab', 'institute', 'hospital', 'system', 'network', 'team', 'club', 'party', 'moon', 'planet', 'asteroid', 'comet',
	'star', 'galaxy', 'volcano', 'river', 'lake', 'island', 'ship', 'vessel', 'aircraft', 'plane', 'jet', 'helicopter', 'drone',
	'vehicle', 'missile', 'vaccine', 'drug', 'device', 'app', 'technology', 'grant', 'fund', 'award', 'prize', 'law', 'bill', 'act',
	'treaty', 'agreement', 'report', 'study', 'festival', 'competition', 'tournament', 'championship', 'race', 'storm', 'hurricane',
	'virus', 'disease', 'booster', 'shield', 'council', 'committee', 'commission', 'court', 'guard', 'army', 'navy', 'ministry',
	'newspaper', 'magazine', 'journal', 'base', 'airport', 'stadium', 'museum', 'crater', 'region', 'county', 'city', 'town',
	'state', 'country', 'province', 'nation', 'adapter', 'engine', 'thruster', 'array', 'facility', 'clinic', 'campus', 'unit',
	'spectrometer', 'radiometer', 'magnetometer', 'imager', 'sensor', 'mosque', 'church', 'temple', 'cathedral', 'synagogue', 'shrine',
	'palace', 'bridge', 'prison', 'dam', 'tower', 'hotel', 'memorial', 'monument', 'foundation', 'campaign', 'plant', 'factory', 'reactor', 'conference', 'summit', 'convention', 'expo', 'library', 'gallery', 'resort', 'zoo', 'theatre', 'theater',
	'roundabout', 'square', 'plaza', 'junction'
]);
const CATEGORY_SYNONYMS: Record<string, string> = {
	programme: 'program', initiative: 'program', firm: 'company', startup: 'company', lab: 'laboratory', centre: 'center',
	administration: 'agency', missions: 'mission', probe: 'spacecraft', orbiter: 'spacecraft', lander: 'spacecraft', capsule: 'spacecraft',
	// An article's "report" is the study it reports on: "the report says" after "the National Iodine Nutrition Study".
	report: 'study', survey: 'study',
	// "The instrument" after "the Radiation Assessment Detector": a detector, a camera, a spectrometer are instruments.
	detector: 'instrument', camera: 'instrument', spectrometer: 'instrument', radiometer: 'instrument', magnetometer: 'instrument', imager: 'instrument', sensor: 'instrument'
};
const ORG_CATEGORY: Record<string, string> = { agency: 'agency', company: 'company', university: 'university', news: 'newspaper' };
const FEMALE = /\b(she|her|hers|herself)\b/gi;
const MALE = /\b(he|him|his|himself)\b/gi;

/** First words of a name that are no short name of it ("United", "National", "Royal"). */
const SHORT_NAME_GENERIC = /^(?:United|City|National|International|Real|Royal|Federal|State|States|University|Party|Union|Council|Committee|Association|Club|Group|Company|Bank|Airlines|Football|Sporting|Athletic|Athletics|New|South|North|East|West|Central|Democratic|Republican|Liberal|Labour|Conservative|Green|Socialist|Communist|American|British|European|Chinese|General|Global|World|Supreme|High|Grand|Great|First|Saint|Santa|San|The|Department|Ministry|Office|Agency|Institute|Center|Centre|School|College|Hospital|Church|Museum|Police|Army|Navy|Air)$/;

export function categoryOf(noun: string): string {
	const lower = noun.toLowerCase();
	return CATEGORY_SYNONYMS[lower] ?? lower;
}

export function readContext(article: Article, details: ArticleDetails): ArticleContext {
	const entities = new Map<string, EntityInfo>();
	const categories = new Map<string, Map<string, number>>();
	const roles = new Map<string, Map<string, number>>();
	const sexVotes = new Map<string, { f: number; m: number }>();
	const headline = article.sentences.filter((s) => s.block === 'headline');
	const body = article.sentences.filter((s) => s.block === 'body');
	const vote = <K>(map: Map<string, Map<K, number>>, key: string, value: K) => {
		const inner = map.get(key) ?? new Map<K, number>();
		inner.set(value, (inner.get(value) ?? 0) + 1);
		map.set(key, inner);
	};

	for (const sentence of article.sentences) {
		if (sentence.block !== 'body' && sentence.block !== 'caption' && sentence.block !== 'headline') continue;
		const named = sentence.mentions.filter((m) => ['person', 'organization', 'place', 'model', 'other'].includes(m.kind) && !m.modifier);
		for (const m of named) {
			let info = entities.get(m.key);
			if (!info) {
				info = { key: m.key, name: m.name, kind: m.kind, ...(m.subKind ? { subKind: m.subKind } : {}), mentions: 0, firstSentence: sentence.index, inHeadline: false };
				entities.set(m.key, info);
			}
			// A name learned whole later ("Europa" typed as a place) refines a guess.
			if (info.kind === 'other' && m.kind !== 'other') Object.assign(info, { kind: m.kind, subKind: m.subKind, name: m.name });
			if (sentence.block === 'body') info.mentions++;
			const category = categoryNear(sentence, m);
			if (category) vote(categories, m.key, category);
			if (m.kind === 'person') {
				const role = roleNear(sentence, m);
				if (role) vote(roles, m.key, role);
			}
		}
		if (sentence.block === 'body') voteSex(sentence, named, body, sexVotes);
	}
	// "the fourth International Wikimedia Conference, better known as Wikimania 2008", under a headline
	// of "Wikimania 2008 opens …": "the conference" is best named the way the headline names it.
	const headlineNames = headline.map((s) => s.text).join(' ');
	for (const s of body) {
		for (const a of s.mentions) {
			const b = s.mentions.find((x) => x.start > a.end && /^,?\s+(?:(?:better|also|more commonly|commonly|popularly)\s+)?known\s+as\s+(?:the\s+)?$/.test(s.text.slice(a.end, x.start)));
			const info = entities.get(a.key);
			if (!b || !info || a.kind === 'person' || b.kind === 'person' || b.key === a.key || !headlineNames.includes(b.surface)) continue;
			info.alias = b.surface;
		}
	}
	// "the station", "the agency": a thing the article names once and then by its kind is mentioned each time.
	for (const info of entities.values()) {
		if (!info.category || info.kind === 'person') continue;
		const sameKind = [...entities.values()].filter((e) => e.category === info.category).length;
		if (sameKind !== 1) continue;
		const re = new RegExp(`\\bthe\\s+(?:[\\p{L}-]+\\s+)?${info.category}\\b`, 'giu');
		for (const s of body) info.mentions += s.text.match(re)?.length ?? 0;
	}
	// Headlines capitalise every word, so names are found by their spelling, not by the name finder.
	const headlineText = headline.map((s) => s.text).join(' ');
	const shortNamed = new Set<string>();
	const bodyText = body.map((s) => s.text).join(' ');
	const placesAndPeople = new Set([...entities.values()].filter((e) => e.kind === 'place' || e.kind === 'person').map((e) => e.name));
	for (const info of entities.values()) {
		if (info.kind === 'number' || info.kind === 'date' || info.kind === 'year') continue;
		const names = [info.name, ...(article.people.get(info.key)?.variants ?? [])];
		if (names.some((n) => new RegExp(`(^|[^\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'u').test(headlineText))) info.inHeadline = true;
		// "Bayern beats Borussia Dortmund" over a story of "Bayern Munich": a club's short name, which the
		// story uses alone as well.
		// (Read as a place, "Bayern Munich", or not: the short name must not be a place or a person of its own.)
		const short = info.kind !== 'person' ? /^(\p{Lu}[\p{L}-]{3,})\s+\p{Lu}/u.exec(info.name)?.[1] : undefined;
		if (short && !SHORT_NAME_GENERIC.test(short) && !placesAndPeople.has(short) && new RegExp(`(^|[^\\p{L}])${short}(?=$|[^\\p{L}])`, 'u').test(headlineText) && new RegExp(`\\b${short}\\b(?!\\s+\\p{Lu})`, 'u').test(bodyText)) {
			info.inHeadline = true;
			shortNamed.add(info.key);
		}
	}
	for (const info of entities.values()) {
		const best = top(categories.get(info.key));
		if (best) info.category = best;
		else if (info.kind === 'organization' && info.subKind && ORG_CATEGORY[info.subKind]) info.category = ORG_CATEGORY[info.subKind];
		const role = top(roles.get(info.key));
		if (role) info.role = role;
		const votes = sexVotes.get(info.key) ?? { f: 0, m: 0 };
		// Pronouns the article uses weigh most; a first name compromise knows breaks a tie.
		const named = article.people.get(info.key)?.firstNameSex;
		if (named) votes[named] += 0.5;
		if (votes.f !== votes.m) info.sex = votes.f > votes.m ? 'f' : 'm';
		if (info.kind === 'place' && info.subKind === 'country') info.continent = CONTINENT[info.name];
	}

	// "Tony Blair acknowledged how she changed British politics": in a story headed by a woman, a "she"
	// after a man the tagger knows by his first name is hers, not his.
	const headedSexes = new Set([...entities.values()].filter((e) => e.kind === 'person' && e.inHeadline && e.sex).map((e) => e.sex));
	for (const info of entities.values()) {
		const named = info.kind === 'person' && !info.inHeadline ? article.people.get(info.key)?.firstNameSex : undefined;
		if (named && info.sex && info.sex !== named && headedSexes.has(info.sex)) info.sex = named;
	}

	const never = new Map<string, 'publisher' | 'subject' | 'headline'>();
	const headlineWords = new Set(headline.flatMap((s) => contentWords(s.text)));
	for (const info of entities.values()) if (info.inHeadline && info.kind !== 'other') never.set(info.key, 'headline');
	for (const info of entities.values()) if (info.inHeadline && info.kind === 'other' && (info.mentions >= 2 || shortNamed.has(info.key))) never.set(info.key, 'headline');
	if (details.publisher) {
		const publisher = nameKey(details.publisher);
		for (const info of entities.values()) if (info.key === publisher || nameKey(info.name) === publisher) never.set(info.key, 'publisher');
	}
	// The article's own subject: the name mentioned far more often than any other.
	const ranked = [...entities.values()].filter((e) => !never.has(e.key) || never.get(e.key) === 'headline').sort((a, b) => b.mentions - a.mentions);
	const [first, second] = ranked;
	if (first && first.mentions >= 4 && first.mentions >= 1.8 * (second?.mentions ?? 0)) never.set(first.key, 'subject');
	// The article's protagonist: the person it keeps coming back to (and whose name is no test of reading it).
	const people = [...entities.values()].filter((e) => e.kind === 'person').sort((a, b) => b.mentions - a.mentions);
	if (people[0] && people[0].mentions >= 3 && people[0].mentions >= 1.5 * (people[1]?.mentions ?? 0)) never.set(people[0].key, never.get(people[0].key) ?? 'subject');
	// "Ahmed Shafik, Egypt's acting prime minister, has resigned" under "Egyptian prime minister steps
	// down": the person the headline names by role is the subject.
	const ledePerson = body[0]?.mentions.find((m) => m.kind === 'person' && !m.inQuote);
	const ledeRole = ledePerson ? /^,\s+([^,]{3,60}),/.exec(body[0]!.text.slice(ledePerson.end))?.[1] : undefined;
	const roleHead = ledeRole?.toLowerCase().split(/\s+/).slice(-2).join(' ');
	if (ledePerson && roleHead && roleHead.includes(' ') && headline.some((s) => s.text.toLowerCase().includes(roleHead))) never.set(ledePerson.key, never.get(ledePerson.key) ?? 'subject');
	// The same person under a fuller name ("Aretha Louise Franklin" for "Aretha Franklin"): as never asked.
	for (const info of entities.values()) {
		if (info.kind !== 'person' || never.has(info.key)) continue;
		const words = info.name.split(/\s+/);
		if (words.length < 3) continue;
		const same = [...entities.values()].find((e) => e.kind === 'person' && never.has(e.key) && e.name.split(/\s+/).length === 2 && e.name === `${words[0]} ${words[words.length - 1]}`);
		if (same) never.set(info.key, never.get(same.key)!);
	}
	// A name that runs through the whole article ("SLS", "Lewis", "VA") is no test of reading it.
	for (const info of entities.values()) {
		if (info.kind !== 'person' && info.mentions >= Math.max(4, body.length * 0.25)) never.set(info.key, never.get(info.key) ?? 'subject');
	}
	// A government release's own country ("the United States" in a NASA or VA text) is the obvious answer.
	if (details.publisher && /^(?:NASA|VA|NOAA|USGS|CDC|NIH|FDA|FEMA|EPA|DOD|DoD|USDA|NSF)$/.test(details.publisher)) never.set(nameKey('United States'), 'publisher');
	return { article, details, entities, never, headlineWords, body, terms: keyTerms(body, headlineWords) };
}

export const GENERIC_NOUNS = new Set(['people', 'time', 'year', 'years', 'way', 'ways', 'day', 'days', 'part', 'number', 'lot', 'thing', 'things', 'place', 'world', 'work', 'team', 'teams', 'program', 'programs', 'veterans', 'veteran', 'services', 'service', 'support', 'care', 'health', 'information', 'data', 'level', 'levels', 'area', 'areas', 'month', 'months', 'week', 'weeks', 'others', 'members', 'member', 'group', 'groups', 'state', 'states', 'country', 'system', 'use', 'end', 'first', 'one', 'two']);

/**
 * Terms worth a question of their own: what the article defines ("a period of peak activity called
 * solar maximum", "small satellites known as CubeSats"), and noun phrases it keeps returning to.
 */
function keyTerms(body: Sentence[], headline: Set<string>): Set<string> {
	const out = new Set<string>();
	const counts = new Map<string, number>();
	for (const s of body) {
		const defined = /\b(?:called|known as|dubbed|termed|named)\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/giu;
		for (let m = defined.exec(s.text); m; m = defined.exec(s.text)) {
			const term = m[1]!.replace(/[,.;]$/, '');
			// "The concept called for sending …": a verb with its particle, not a name given to something.
			if (/^(?:for|on|off|up|out|in|upon|to|into|by|after|back|it|them|him|her|as|a|an)\b/i.test(term) || /\b(?:the|a|an|of|to|for|and|or|with|in|on|at|by|from|about|over|against|between|into|\p{Ll}+ing)$/iu.test(term)) continue;
			if (!/^\p{Lu}[\p{L}-]*\s+\p{Lu}/u.test(term) && term.split(/\s+/).length <= 3) out.add(term.toLowerCase());
		}
		const seen = new Set<string>();
		const phrases = /\b((?:[\p{Ll}-]{3,}\s+)?[\p{Ll}-]{4,})\b/gu;
		for (let m = phrases.exec(s.text); m; m = phrases.exec(s.text)) {
			const words = m[1]!.split(/\s+/);
			for (const term of [m[1]!, words[words.length - 1]!]) {
				if (seen.has(term)) continue;
				seen.add(term);
				counts.set(term, (counts.get(term) ?? 0) + 1);
			}
		}
	}
	for (const [term, n] of counts) {
		const words = term.split(/\s+/);
		if (n < 3 || words.length !== 2 || words.some((w) => GENERIC_NOUNS.has(w) || STOP.has(w)) || words.some((w) => headline.has(stem(w)))) continue;
		out.add(term);
	}
	return out;
}

function top<K>(votes: Map<K, number> | undefined): K | undefined {
	if (!votes) return undefined;
	return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** "the Juno mission", "the Jovian moon Europa", "Dimorphos, an asteroid", "the Staff … Grant Program". */
function categoryNear(sentence: Sentence, m: Mention): string | undefined {
	const text = sentence.text;
	if (CELESTIAL.has(m.name)) return CELESTIAL.get(m.name);
	const last = m.name.split(/\s+/).pop()!.toLowerCase();
	if (m.kind !== 'person' && CATEGORY_NOUNS.has(last)) return categoryOf(last);
	// "the Juno mission", "NASA’s Juno spacecraft" — but not "Mars spacecraft" (a planet) or "Orion stage adapter".
	const after = /^\s+([\p{Ll}-]+)\b(?!\s+\p{Ll}+\s*(?:adapter|stage))/u.exec(text.slice(m.end));
	// ("a Continental plane" fell: a plane of the airline's, not one called Continental.)
	// (Nor "his 80th Cup race": one race of the Cup, counted, not a race called Cup.)
	const owner = (/^(?:aircraft|plane|jet|ship|vessel|helicopter|drone|bus|train|truck|car)$/.test(after?.[1] ?? '') && /\b(?:a|an|one|another)\s+$/i.test(text.slice(Math.max(0, m.start - 10), m.start))) || /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|final|last|next|previous)\s+$/i.test(text.slice(Math.max(0, m.start - 14), m.start));
	if (after && !owner && (m.kind === 'other' || m.kind === 'model') && !CELESTIAL.has(m.name) && CATEGORY_NOUNS.has(after[1]!)) return categoryOf(after[1]!);
	// "SpaceX’s Dragon resupply spacecraft": a vehicle noun after one modifier.
	const vehicle = /^\s+[\p{Ll}-]+\s+(spacecraft|rover|probe|satellite|rocket|telescope|capsule|aircraft|ship|vessel|lander|orbiter)\b/u.exec(text.slice(m.end));
	if (vehicle && (m.kind === 'other' || m.kind === 'model') && !CELESTIAL.has(m.name)) return categoryOf(vehicle[1]!);
	// (The kind may close a quotation: "the “super prison” HMP Grampian".)
	const before = /\b([\p{Ll}]+)["”’]?\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
	// ("the nation Lai became …" is no nation called Lai: a place word names only a place.)
	if (before && CATEGORY_NOUNS.has(before[1]!) && m.kind !== 'person' && (m.kind === 'place' || !/^(?:region|county|city|town|state|country|province|nation|island)$/.test(before[1]!))) return categoryOf(before[1]!);
	// "orbit around its star, KELT-9", "the company, Acme": the kind, then the name after a comma.
	const named = /\b(?:its|their|his|her|the|a|an)\s+([\p{Ll}]+),\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
	if (named && CATEGORY_NOUNS.has(named[1]!) && m.kind !== 'person') return categoryOf(named[1]!);
	// "the Japanese city of Iwaki", "the province of Aceh".
	const of = /\b(city|town|village|county|province|state|region|district)\s+of\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
	if (of && m.kind === 'place') return of[1]!;
	// ("the Bibliotheca Alexandrina, a modern library with …": the kind may come after a word or two.)
	const appositive = /^,\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{Ll}]+)\b/u.exec(text.slice(m.end));
	// (Not past the phrase's head: "TEPCO, the operator of the plant" is no plant.)
	const words = appositive?.[1]!.split(/\s+/) ?? [];
	const head = words.findIndex((word) => /^(?:of|for|in|at|with|from|to|on|by|that|which|who)$/.test(word));
	const kind = (head >= 0 ? words.slice(0, head) : words).find((word) => CATEGORY_NOUNS.has(word));
	if (kind) return categoryOf(kind);
	return undefined;
}

export const ROLE_NOUNS = /^(skipper|referee|umpire|quarterback|linebacker|receiver|kicker|punter|cornerback|striker|goalkeeper|midfielder|defender|winger|pitcher|catcher|batsman|bowler|jockey|singer|rapper|actor|actress|musician|comedian|dancer|astronaut|cosmonaut|administrator|director|scientist|researcher|engineer|investigator|manager|secretary|minister|president|officer|specialist|coordinator|veteran|player|coach|athlete|runner|driver|pilot|doctor|physician|nurse|professor|student|teacher|author|artist|chief|leader|spokesperson|spokesman|spokeswoman|chairman|chairwoman|founder|ceo|executive|analyst|economist|governor|mayor|senator|representative|judge|lawyer|sergeant|captain|commander|general|colonel|technician|participant|member|resident|survivor|volunteer)s?$/i;

/** The role written just before a name ("linebacker Von Miller", "Senator Kim"), in lower case. */
export function roleBefore(text: string, start: number): string | undefined {
	const before = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
	return before && ROLE_NOUNS.test(before[1]!) ? before[1]!.toLowerCase() : undefined;
}

function roleNear(sentence: Sentence, m: Mention): string | undefined {
	const text = sentence.text;
	const before = roleBefore(text, m.start);
	if (before) return before;
	// ", the lead singer of …", ", a former police investigator": the first role word of the phrase.
	// (", lead singer of …": the article may leave the "the" out.)
	const appositive = /^,\s+(?:(a|an|the|who is|now a)\s+)?((?:[\p{Ll}-]+\s+){0,4}[\p{Ll}]+)/u.exec(text.slice(m.end));
	const role = appositive?.[2]!.split(/\s+/).slice(0, appositive[1] ? 5 : 3).find((word) => ROLE_NOUNS.test(word));
	if (role) return role.toLowerCase();
	return undefined;
}

/** He or she: pronouns after a sentence's only person, and the next sentence when it opens with one. */
function voteSex(sentence: Sentence, named: Mention[], body: Sentence[], votes: Map<string, { f: number; m: number }>): void {
	const people = [...new Set(named.filter((m) => m.kind === 'person').map((m) => m.key))];
	if (people.length !== 1) return;
	const key = people[0]!;
	const first = named.find((m) => m.key === key)!;
	const tally = votes.get(key) ?? { f: 0, m: 0 };
	const after = sentence.text.slice(first.end);
	tally.f += after.match(FEMALE)?.length ?? 0;
	tally.m += after.match(MALE)?.length ?? 0;
	if (/\b(Ms\.|Mrs\.|Miss)\s*$/.test(sentence.text.slice(0, first.start)) || /^,\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,3}(woman|mother|daughter|wife|sister|grandmother|girl)\b/u.test(after)) tally.f += 3;
	if (/\b(Mr\.)\s*$/.test(sentence.text.slice(0, first.start)) || /^,\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,3}(man|father|son|husband|brother|grandfather|boy)\b/u.test(after)) tally.m += 3;
	const next = body[body.indexOf(sentence) + 1];
	if (next && next.paragraph === sentence.paragraph && !next.mentions.some((m) => m.kind === 'person' && m.key !== key && m.start < 12)) {
		if (/^(She|Her)\b/.test(next.text)) tally.f++;
		if (/^(He|His)\b/.test(next.text)) tally.m++;
	}
	votes.set(key, tally);
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'and', 'or', 'for', 'with', 'by', 'from', 'that', 'was', 'is', 'were', 'are', 'has', 'had', 'have', 'its', 'his', 'her', 'their', 'as', 'it', 'be', 'been', 'said', 'this', 'will', 'new', 'into', 'how', 'why', 'what', 'who', 'after', 'than', 'more', 'can', 'not', 'but']);

export function contentWords(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 1).map(stem);
}

/** A light stem: "missions" and "mission", "measured" and "measures" compare equal. */
export function stem(word: string): string {
	return word.replace(/(ies)$/, 'y').replace(/(ing|ed|es|s)$/, '').replace(/(.)\1$/, '$1');
}

const FIRST_IN_BODY = new WeakMap<ArticleContext, Map<string, number>>();

/** Where in the body each name first appears, read once per article: every "he" asks. */
function firstInBody(context: ArticleContext): Map<string, number> {
	let first = FIRST_IN_BODY.get(context);
	if (!first) {
		first = new Map();
		context.body.forEach((s, i) => {
			for (const m of s.mentions) if (!first!.has(m.key)) first!.set(m.key, i);
		});
		FIRST_IN_BODY.set(context, first);
	}
	return first;
}

/** The person "he" or "she" at the start of sentence `index` points to, when exactly one fits. */
export function personBefore(context: ArticleContext, sentence: Sentence, sex: 'f' | 'm' | undefined): EntityInfo | undefined {
	const position = context.body.indexOf(sentence);
	// A profile's "she" is its protagonist, unless someone else of that sex was just named.
	// (A profile's headline often names its protagonist: "… Heritage Month: Anima Patil-Sabale".)
	const people = [...context.entities.values()].filter((e) => e.kind === 'person').sort((a, b) => b.mentions - a.mentions);
	const lead = people[0] && people[0].mentions >= 3 && people[0].mentions >= 1.5 * (people[1]?.mentions ?? 0) ? people[0] : undefined;
	// (Only one already met: "His final destination … was Guantánamo Bay" is not Ivan Lewis's, whom the
	// article names only five paragraphs on.)
	// Someone the name finder did not know as a person: a name opening a sentence and doing something
	// ("Torvan Mellis became the youngest painter on the shortlist. He turned 19 …").
	const unknownPerson = (s: Sentence) => s.mentions.some((m) => m.kind === 'other' && m.start === 0 && !m.inQuote && !context.entities.get(m.key)?.inHeadline && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}$/u.test(m.surface) && /^\s+(?:\p{Ll}+ed|was|is|has|had|became|won|scored|said|made|took|led|left|came|went)\b/u.test(s.text.slice(m.end)));
	const met = (e: EntityInfo) => e.inHeadline || (firstInBody(context).get(e.key) ?? Infinity) <= Math.max(0, position);
	const protagonist = [...context.entities.values()].find((e) => e.kind === 'person' && context.never.get(e.key) === 'subject' && e.sex === sex && met(e)) ?? (lead && lead.sex === sex && context.never.has(lead.key) && met(lead) && continuesWith(context, position, lead) ? lead : undefined);
	if (protagonist) {
		const recent = context.body.slice(Math.max(0, position - 2), position);
		const others = recent.some((s) => s.mentions.some((m) => m.kind === 'person' && m.key !== protagonist.key && context.entities.get(m.key)?.sex !== (sex === 'f' ? 'm' : 'f')) || unknownPerson(s));
		if (!others) return protagonist;
	}
	for (let i = position - 1; i >= Math.max(0, position - 2); i--) {
		const earlier = context.body[i]!;
		// ("In 1977, he married Elaine Parker. He sold the ranch …": a woman's first name is no "he".)
		const otherSex = sex === 'm' ? 'FemaleName' : sex === 'f' ? 'MaleName' : undefined;
		const named = (m: Mention) => earlier.terms.find((t) => t.start === m.start)?.tags;
		const people = [...new Set(earlier.mentions.filter((m) => m.kind === 'person' && !m.inQuote && !namesAThing(earlier, m) && !(otherSex && named(m)?.has(otherSex) && !named(m)?.has(otherSex === 'FemaleName' ? 'MaleName' : 'FemaleName'))).map((m) => m.key))]
			.map((k) => context.entities.get(k)!)
			.filter((p) => p && (!sex || !p.sex || p.sex === sex));
		// A child, a wife or an unnamed "Gloria" the name finder missed could be the one meant: a word
		// for someone of that sex (or of either) in the sentence before leaves the pronoun unresolved.
		const unnamed = sex === 'f' ? /\b(daughter|wife|mother|sister|girl|woman|child|children|baby|patient|friend|partner)\b/i : sex === 'm' ? /\b(son|husband|father|brother|boy|man|child|children|baby|patient|friend|partner)\b/i : /\b(child|children|daughter|son|wife|husband|mother|father|sister|brother|girl|boy|baby|woman|man|patient|friend|partner)\b/i;
		if (unnamed.test(earlier.text)) return undefined;
		// ("Number 15 for Japan opened the inning with a single … She was tagged out": a player known by her
		// shirt's number, or "a teammate", is someone the name finder cannot name.)
		if (/\b(?:Number|No\.)\s+\d{1,2}\b(?!\s*(?:per\s*cent|%))|\b(?:an?|one|another)\s+(?:\p{Ll}+\s+)?(?:player|teammate|team-mate|batter|runner|pitcher|hitter|substitute)\b/iu.test(earlier.text)) return undefined;
		// "She was briefly under arrest with her husband, when he was accused of conspiring against
		// Nasser … As an exile in France, she longed …": a sentence before that is about "her" as well
		// passes the pronoun on; the one it names beside her is not the one meant.
		const same = sex === 'f' ? /^(?:[^,]*,\s*)?she\b/i : sex === 'm' ? /^(?:[^,]*,\s*)?he\b/i : undefined;
		if (same?.test(earlier.text)) return personBefore(context, earlier, sex);
		if (earlier.mentions.some((m) => m.kind === 'other' && m.weak && m.start > 0)) return undefined;
		if (unknownPerson(earlier)) return undefined;
		if (people.length === 1) return people[0];
		// Two or more who could be meant: no guess.
		if (people.length > 1) return undefined;
	}
	return undefined;
}

/**
 * A person's name used for a thing: after "her", "a" or "the" ("her new Epic Mickey outfit", "a Mark
 * Hamill fan"), never the one a "she" or "he" points to.
 */
export function namesAThing(sentence: Sentence, m: Mention): boolean {
	return /\b(?:her|his|their|its|a|an|the|this|that)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(sentence.text.slice(Math.max(0, m.start - 24), m.start));
}

/**
 * The sentence before names `person` (or goes on with "she"/"he"), and the two before name nobody
 * else a pronoun could mean: no other person, and no lone name the name finder could not place
 * ("Walding, who served in Iraq, …" before "His name was chosen …").
 */
function continuesWith(context: ArticleContext, position: number, person: EntityInfo): boolean {
	const previous = context.body[position - 1];
	if (!previous) return false;
	const pronoun = person.sex === 'f' ? /^(?:She|Her)\b/ : /^(?:He|His)\b/;
	// The surname alone may have been read before the full name was known: the same person.
	const surname = person.name.split(/\s+/).pop();
	const same = (m: Mention) => m.key === person.key || m.surface.replace(/[’']s$/, '') === surname;
	if (!previous.mentions.some(same) && !pronoun.test(previous.text)) return false;
	const recent = context.body.slice(Math.max(0, position - 2), position);
	return !recent.some((s) =>
		s.mentions.some((m) => !same(m) && (m.kind === 'person' || (m.kind === 'other' && /^\p{Lu}[\p{Ll}’'-]+$/u.test(m.surface) && !context.never.has(m.key) && (m.start === 0 || /^,\s+who\b|^\s+(?:said|says|told)\b/.test(s.text.slice(m.end))))))
	);
}

/** What "it" at the start of a sentence points to: the previous sentence's named subject. */
export function thingBefore(context: ArticleContext, sentence: Sentence): EntityInfo | undefined {
	const position = context.body.indexOf(sentence);
	const earlier = context.body[position - 1];
	if (!earlier) return undefined;
	const first = earlier.mentions.find((m) => !m.inQuote && ['organization', 'model', 'other', 'place'].includes(m.kind));
	if (!first || first.start > 25 || earlier.mentions.some((m) => m.kind === 'person' && m.start < first.start)) return undefined;
	const info = context.entities.get(first.key);
	return info && (info.kind !== 'other' || info.category) ? info : undefined;
}

const BODY_KEYS = new WeakMap<ArticleContext, Set<string>>();

/** The names the body uses (read once per article: a long text asks this for every sentence). */
function bodyKeys(context: ArticleContext): Set<string> {
	let keys = BODY_KEYS.get(context);
	if (!keys) {
		keys = new Set(context.body.flatMap((s) => s.mentions.map((m) => m.key)));
		BODY_KEYS.set(context, keys);
	}
	return keys;
}

/** What "the agency", "the rover", "the program" points to: the one named thing of that kind, or the last mentioned. */
export function namedByCategory(context: ArticleContext, sentence: Sentence, noun: string): EntityInfo | undefined {
	const category = categoryOf(noun);
	// A Title Case headline run ("Senate Passes Bailout Bill") is not a name the body uses.
	const inBody = (key: string) => bodyKeys(context).has(key);
	// "the star" is never the Sun, nor "the planet" the Earth: an article writes those by name (in a
	// story of a far planet, "the star" 650 light years away is its own star).
	const ofKind = [...context.entities.values()].filter((e) => e.category === category && e.kind !== 'person' && inBody(e.key) && !/^(?:the\s+)?(?:Sun|Earth)$/i.test(e.name) && !CATEGORY_NOUNS.has(e.name.toLowerCase()));
	// "the National Iodine Nutrition study" is the "Australian National Iodine Nutrition Study": one thing.
	const fits = ofKind.filter((e) => !ofKind.some((o) => o !== e && o.name.length > e.name.length && o.name.includes(e.name)));
	// One of its kind, and already named before the sentence (headline and captions count).
	if (fits.length === 1) return fits[0]!.firstSentence < sentence.index ? fits[0] : undefined;
	if (fits.length === 0) return undefined;
	// "the planet" in the story of KELT-9b, with Jupiter named for its size: the one the article found.
	// (A catalogue name, "KELT-9b", "Kepler-452b"; not a nickname like "the Red Planet".)
	const own = fits.filter((e) => !CELESTIAL.has(e.name) && /\d/.test(e.name));
	if (own.length === 1 && fits.length > 1 && own[0]!.firstSentence < sentence.index && own[0]!.mentions >= 2) return own[0];
	// Several fit: only one named in the two sentences before, and it in the last of them.
	// The headline and the photo caption count: a lede often names its subject only there.
	const before = context.article.sentences.filter((s) => s.index < sentence.index && (s.block === 'body' || s.block === 'headline' || (s.block === 'caption' && s.text.split(/\s+/).length > 6)));
	const recent = before.slice(-2);
	const named = [...new Set(recent.flatMap((s) => s.mentions.map((m) => m.key)))].filter((k) => fits.some((f) => f.key === k));
	return named.length === 1 ? fits.find((f) => f.key === named[0]) : undefined;
}
