/**
 * Article analysis: sentences with character offsets, part-of-speech tags from compromise (run one
 * paragraph at a time, so cost stays linear), and the named things each sentence mentions, with the
 * repairs news text needs (whole hyphenated and Korean names, surnames resolved to full names,
 * outlets as organisations, model names as one token, titles kept apart from names).
 */
import nlp from 'compromise';
import { findDates, type DateMention } from './dates';
import {
	AGENCIES, CITIES, COUNTRIES, COUNTRIES_WITH_THE, DEMONYMS, FAMILY_NAME_FIRST, MONTHS, NAME_JOINERS, NEWS_OUTLETS,
	NON_NAME_CAPITALS, NOT_MODELS, ORGANIZATIONS, ORG_SUFFIX_KIND, PLACE_ALIASES, REGIONS, TITLE_QUALIFIERS, TITLE_WORDS, US_STATES, WEEKDAYS
} from './lexicon';
import { findQuantities, type Quantity } from './numbers';
import { readStructure, type Block, type BlockKind } from './structure';
import { splitSentences } from './text';

export type EntityKind = 'person' | 'organization' | 'place' | 'model' | 'number' | 'year' | 'date' | 'other';

export interface Mention {
	kind: EntityKind;
	/** Offsets in the sentence text: [start, end). */
	start: number;
	end: number;
	/** The words as written ("Shoigu", "Hwasong-18s"). */
	surface: string;
	/** The name in full ("Sergei Shoigu", "Hwasong-18"); for numbers the written number. */
	name: string;
	/** Identity for comparisons: two mentions with one key name the same thing. */
	key: string;
	/** country | city | region | news | company | organization | university */
	subKind?: string;
	inQuote: boolean;
	/** Followed by "’s". */
	possessive: boolean;
	/** "Hwasong-18s": a plural model name. */
	plural?: boolean;
	value?: number;
	/** Noun after a number ("people", "goals"). */
	unit?: string;
	/** For year and date mentions: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
	date?: string;
	/** Text replacing the surface in a self-contained fact ("Sergei Shoigu" for "Shoigu"). */
	replacement?: string;
	/** Used as a modifier ("the Kim regime"): not an answer. */
	modifier?: boolean;
	/** The name was only guessed (single capitalised word, unknown kind). */
	weak?: boolean;
	/** For numbers: the quantity with its counted noun phrase. */
	quantity?: Quantity;
	/** What the name is, from the noun the article puts with it ("mission" for "the Juno mission"). */
	category?: string;
}

export interface Term {
	start: number;
	end: number;
	text: string;
	tags: Set<string>;
}

export interface Sentence {
	index: number;
	paragraph: number;
	text: string;
	/** Offsets in the article text. */
	start: number;
	end: number;
	terms: Term[];
	mentions: Mention[];
	dates: DateMention[];
	/** Quoted stretches, sentence offsets. */
	quotes: Array<[number, number]>;
	/** The paragraph holds a photo credit: every sentence of it is a caption. */
	captionParagraph: boolean;
	/** Last sentence of a paragraph without a full stop: a heading or caption line. */
	unterminated: boolean;
	/** What the sentence's paragraph is: body text, headline, caption, boilerplate… */
	block: BlockKind;
	/** The source a line before the paragraph gave for all of it ("the complaint"). */
	claimedBy?: string;
	/** The heading over the sentence's section (a digest's story headline): it gives away what it says, as the headline does. */
	heading?: string;
	/** Inside a quotation that opened in an earlier sentence of the paragraph and closes later (or never). */
	withinQuotation?: boolean;
}

export interface Person {
	name: string;
	key: string;
	variants: Set<string>;
	mentions: number;
	lastSeen: number;
	/** What compromise's list of first names says: "f" for Tracy, "m" for Patrick. */
	firstNameSex?: 'f' | 'm';
}

export interface Article {
	text: string;
	sentences: Sentence[];
	people: Map<string, Person>;
	wordCount: number;
	/** Sentences naming each key (mention key or alias-free name key), in article order. */
	sentencesByKey: Map<string, Sentence[]>;
}

interface LexiconEntry {
	name: string;
	kind: 'organization' | 'place';
	subKind: string;
	group: string;
}

const LEXICON = buildLexicon();

function buildLexicon(): Map<string, LexiconEntry> {
	const map = new Map<string, LexiconEntry>();
	const add = (name: string, entry: LexiconEntry) => {
		const key = name.toLowerCase();
		if (!map.has(key)) map.set(key, entry);
	};
	for (const group of NEWS_OUTLETS) for (const name of group) add(name, { name: group[0]!, kind: 'organization', subKind: 'news', group: group[0]! });
	for (const group of ORGANIZATIONS) {
		const company = /^(Apple|Microsoft|Google|Amazon|Meta|Tesla|Samsung|Toyota|Boeing|Airbus|Pfizer|Moderna|Nvidia|Intel|Sony|Siemens|Volkswagen|Shell|BP|Nestle|Unilever)$/.test(group[0]!);
		for (const name of group) add(name, { name: group[0]!, kind: 'organization', subKind: company ? 'company' : AGENCIES.has(group[0]!) ? 'agency' : 'organization', group: group[0]! });
	}
	for (const name of AGENCIES) add(name, { name, kind: 'organization', subKind: 'agency', group: name });
	for (const name of COUNTRIES) add(name, { name, kind: 'place', subKind: 'country', group: placeGroup(name) });
	for (const name of CITIES) add(name, { name, kind: 'place', subKind: 'city', group: placeGroup(name) });
	for (const name of US_STATES) add(name, { name, kind: 'place', subKind: 'state', group: name });
	for (const name of REGIONS) add(name, { name, kind: 'place', subKind: 'region', group: placeGroup(name) });
	add('U.S.', { name: 'United States', kind: 'place', subKind: 'country', group: 'United States' });
	add('US', { name: 'United States', kind: 'place', subKind: 'country', group: 'United States' });
	add('UK', { name: 'United Kingdom', kind: 'place', subKind: 'country', group: 'United Kingdom' });
	return map;
}

function placeGroup(name: string): string {
	const group = PLACE_ALIASES.find((g) => g.includes(name) && g[0] !== 'South Korea');
	return group ? group[0]! : name;
}

/** Name identity: case, hyphens and full stops do not matter ("Kim Jong-un" = "Kim Jong Un"). */
export function nameKey(name: string): string {
	return name.toLowerCase().replace(/[.’']/g, '').replace(/[-\s]+/g, ' ').trim();
}

const MODEL_WORD = /^[\p{Lu}][\p{L}]*(?:-[\p{L}]+)*-\d+[\p{L}]?s?$/u;
const MODIFIER_NOUNS = new Set(['regime', 'family', 'government', 'administration', 'dynasty', 'era', 'camp', 'side', 'dynasty', 'clan', 'years', 'doctrine', 'cabinet']);
/** ", a modern library with …", ", the company that …": an appositive that says the name is a thing. */
const THING_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:library|museum|gallery|company|firm|organi[sz]ation|agency|university|college|school|hospital|hotel|resort|restaurant|shop|store|brand|band|newspaper|magazine|website|ship|ferry|vessel|festival|conference|project|program|programme|building|stadium|theatre|theater|zoo|park|city|town|village|river|mountain|island|country|region|province|charity|foundation|party|club|airline|manufacturer|retailer|bank|network|station|channel|studio|label)\b/u;

/** Kinds of craft a name may follow ("ferry Saint Catherine", "the yacht Mary Rose"). */
const CRAFT_WORDS = /^(?:ferry|ship|vessel|boat|yacht|tanker|liner|freighter|steamer|trawler|submarine|frigate|destroyer|cruiser|carrier|corvette|schooner|barge|tug|tugboat|warship|flagship|racehorse|horse|locomotive)$/;

const ROLE_WORDS = new Set([
	'striker', 'coach', 'researcher', 'professor', 'physicist', 'scientist', 'economist', 'analyst', 'author', 'leader',
	'founder', 'manager', 'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'president', 'director', 'chief',
	'executive', 'dictator', 'strongman', 'captain', 'goalkeeper', 'midfielder', 'forward', 'defender', 'winger',
	'teammate', 'astronaut', 'engineer', 'doctor', 'mayor', 'senator', 'governor', 'judge', 'lawyer', 'chairman',
	'chairwoman', 'ceo', 'officer', 'biologist', 'chemist', 'astronomer', 'geologist', 'epidemiologist', 'ecologist',
	'head', 'secretary', 'chancellor', 'rival', 'champion', 'player', 'skipper', 'investor', 'banker', 'founder',
	'activist', 'official', 'lawmaker', 'legislator', 'candidate', 'veteran', 'rookie', 'cyclist', 'sprinter', 'runner',
	'journalist', 'reporter', 'photographer', 'editor', 'correspondent',
	// ("Leading Renamo member Joaquim Marungo said …")
	'member', 'politician', 'negotiator', 'envoy', 'diplomat', 'prosecutor', 'adviser', 'advisor', 'aide', 'campaigner',
	'singer', 'actor', 'actress', 'novelist', 'businessman', 'businesswoman', 'entrepreneur', 'cleric', 'athlete', 'swimmer',
	'boxer', 'golfer', 'pilot', 'surgeon',
	// ("Bayern Munich signing Renato Sanches": a club's new player.)
	'signing'
]);

interface Word {
	text: string;
	start: number;
	end: number;
	possessive: boolean;
}

function words(sentence: string): Word[] {
	const out: Word[] = [];
	const re = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
	for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
		let text = m[0];
		let possessive = false;
		if (/['’]s$/.test(text)) {
			text = text.slice(0, -2);
			possessive = true;
		} else if (/s['’]$/.test(text)) {
			text = text.slice(0, -1);
			possessive = true;
		}
		while (/[.'’-]$/.test(text) && !/^(\p{L}\.)+$/u.test(text) && !/^(Jr|Sr|St|Inc|Corp|Co|Ltd|Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof)\.$/.test(text)) {
			text = text.slice(0, -1);
		}
		if (text) out.push({ text, start: m.index, end: m.index + text.length, possessive });
	}
	return out;
}

function quotedRanges(sentence: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let open = -1;
	for (let i = 0; i < sentence.length; i++) {
		const c = sentence[i];
		if (c === '“' || (c === '"' && open < 0)) {
			if (open < 0) open = i;
		} else if (c === '”' || (c === '"' && open >= 0)) {
			out.push([open < 0 ? 0 : open, i + 1]);
			open = -1;
		}
	}
	if (open >= 0) out.push([open, sentence.length]);
	return out;
}

function isCapitalized(word: string): boolean {
	return /^[\p{Lu}]/u.test(word) || ARABIC_ARTICLE.test(word);
}

/** "Ali Hassan al-Majid", "Sabir al-Douri": the article of an Arabic surname is written small, and the name goes on. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az)-\p{Lu}\p{Ll}/u;

/** Tags of the compromise terms overlapping [start, end). */
function tagsIn(terms: Term[], start: number, end: number): Set<string> {
	const tags = new Set<string>();
	for (const term of terms) if (term.start < end && term.end > start) for (const tag of term.tags) tags.add(tag);
	return tags;
}

/** Runs compromise over the article, one paragraph at a time, and finds what each sentence names. */
/** `onParagraph(done, total)` is called after each paragraph, for a progress bar. */
export function analyzeArticle(text: string, articleDate: Date | undefined, onParagraph?: (done: number, total: number) => void, blocks: Block[] = readStructure(text).blocks): Article {
	const paragraphs = blocks;
	const sentences: Sentence[] = [];
	const acronyms = learnAcronyms(text);
	const standaloneCaps = countStandaloneCapitals(text);
	const surnameUse = countStandaloneCapitals(text, true);
	const midCaps = new Set<string>();
	// "The factory is widely known as Zanon, the name under the previous owner, Luis Zanon": alone,
	// the word names the thing, not the man.
	const thingNames = new Set<string>();
	for (const m of text.matchAll(/\b(?:[Tt]he|[Ii]ts|[Aa]n?)\s+(\p{Ll}+)\s+(?:is|was|are|were|has been|had been)\s+(?:(?:widely|commonly|locally|also|better|now|popularly|often|still)\s+)?(?:known as|called|named|nicknamed)\s+["“']?(\p{Lu}\p{Ll}+)\b(?!\s+\p{Lu})/gu)) {
		if (!ROLE_WORDS.has(m[1]!) && !/^(?:man|woman|boy|girl|child|person|player|son|daughter|brother|sister|father|mother|wife|husband)$/.test(m[1]!)) thingNames.add(m[2]!);
	}

	const tagged = tagChunks(text, paragraphs, onParagraph);
	let next = 0;
	let heading: string | undefined;
	paragraphs.forEach((paragraph, paragraphIndex) => {
		while (next < tagged.length && tagged[next]!.start < paragraph.start) next++;
		if (paragraph.kind === 'heading' && paragraph.reason === 'heading or standfirst (no full stop)') heading = paragraph.text;
		const terms: Term[] = [];
		for (let k = next; k < tagged.length && tagged[k]!.start < paragraph.end; k++) if (tagged[k]!.end <= paragraph.end) terms.push(tagged[k]!);
		const parts = splitSentences(paragraph);
		const caption = /\bvia (AP|Reuters|AFP|Getty)\b|\b(AP|AFP|Reuters|Getty Images|EPA|Xinhua) Photo\b|\((Photo|Image|Credit)\b|\bPhoto:|\bPhotograph:|\bFILE\s*[-–—]|\/(AP|AFP|Reuters|Getty Images)\)/.test(paragraph.text);
		// A quotation opened in an earlier sentence of the paragraph and not yet closed: the sentences in
		// between, with no quotation marks of their own, are the speaker's words too.
		let quoteOpen = false;
		parts.forEach((part, i) => {
			const marks = (part.text.match(/["“”]/g) ?? []).length;
			const withinQuotation = quoteOpen && marks === 0;
			const straight = (part.text.match(/"/g) ?? []).length;
			const opened = (part.text.match(/“/g) ?? []).length - (part.text.match(/”/g) ?? []).length;
			if (straight % 2 === 1 || opened !== 0) quoteOpen = straight % 2 === 1 ? !quoteOpen : opened > 0;
			const sentenceTerms = terms
				.filter((t) => t.start >= part.start && t.end <= part.end)
				.map((t) => ({ ...t, start: t.start - part.start, end: t.end - part.start }));
			const sentence: Sentence = {
				index: sentences.length,
				paragraph: paragraphIndex,
				text: part.text,
				start: part.start,
				end: part.end,
				terms: sentenceTerms,
				mentions: [],
				dates: findDates(part.text, articleDate),
				quotes: quotedRanges(part.text),
				captionParagraph: caption || paragraph.kind === 'caption',
				block: paragraph.kind,
				...(paragraph.claimedBy ? { claimedBy: paragraph.claimedBy } : {}),
				...(heading && paragraph.kind === 'body' ? { heading } : {}),
				unterminated: i === parts.length - 1 && !/[.!?]["”’')\]]*$/.test(part.text),
				...(withinQuotation ? { withinQuotation } : {})
			};
			sentences.push(sentence);
			for (const w of words(part.text).slice(1)) if (isCapitalized(w.text)) midCaps.add(w.text);
		});
	});

	anchorYearlessDates(sentences, articleDate);
	const people = new Map<string, Person>();
	const bySurname = new Map<string, Person[]>();
	let wordCount = 0;
	const headline = sentences.filter((s) => s.block === 'headline').map((s) => s.text).join(' ');
	const titledNames = countTitledNames(sentences.filter((s) => s.block !== 'headline').map((s) => s.text).join(' '));
	for (const sentence of sentences) {
		wordCount += sentence.text.split(/\s+/).length;
		sentence.mentions = findMentions(sentence, { people, bySurname, acronyms, standaloneCaps, surnameUse, titledNames, midCaps, thingNames, headline });
	}
	const sentencesByKey = new Map<string, Sentence[]>();
	for (const sentence of sentences) {
		const keys = new Set<string>();
		for (const m of sentence.mentions) {
			keys.add(m.key);
			keys.add(nameKey(m.name));
			keys.add(m.surface);
		}
		for (const k of keys) {
			const list = sentencesByKey.get(k) ?? [];
			list.push(sentence);
			sentencesByKey.set(k, list);
		}
	}
	return { text, sentences, people, wordCount, sentencesByKey };
}

/**
 * Part-of-speech tags for every paragraph worth reading, from compromise. Each call to compromise costs
 * far more than its text's length, so paragraphs go in chunks of a few thousand characters (sliced
 * from the article, so offsets hold); contact blocks and logistics are never tagged.
 */
function tagChunks(text: string, paragraphs: Block[], onChunk?: (done: number, total: number) => void): Term[] {
	const chunks: Array<{ start: number; end: number }> = [];
	for (const p of paragraphs) {
		if (p.kind === 'boilerplate' || p.kind === 'logistics') continue;
		const last = chunks[chunks.length - 1];
		if (last && p.start - last.start < 4000 && !paragraphs.some((q) => q.start > last.end && q.start < p.start && (q.kind === 'boilerplate' || q.kind === 'logistics'))) last.end = p.end;
		else chunks.push({ start: p.start, end: p.end });
	}
	const terms: Term[] = [];
	chunks.forEach((chunk, i) => {
		onChunk?.(i, chunks.length);
		const json = nlp(text.slice(chunk.start, chunk.end)).json({ offset: true, terms: { offset: true } }) as Array<{
			terms: Array<{ text: string; tags: string[]; offset: { start: number; length: number } }>;
		}>;
		for (const s of json) for (const t of s.terms) terms.push({ text: t.text, tags: new Set(t.tags), start: chunk.start + t.offset.start, end: chunk.start + t.offset.start + t.offset.length });
	});
	onChunk?.(chunks.length, chunks.length);
	return terms;
}

/**
 * "On Oct. 11, Pioneer 1 …" after "August 17, 1958": in a story of the past, a date without a year
 * belongs to the year of the last full date before it, unless its sentence looks ahead ("will launch
 * on April 29"); else to the article's.
 */
function anchorYearlessDates(sentences: Sentence[], articleDate: Date | undefined): void {
	const body = sentences.filter((s) => s.block === 'body');
	const years = body.flatMap((s) => s.dates.filter((d) => !d.relative && d.value).map((d) => Number(d.value!.slice(0, 4))));
	const now = articleDate?.getUTCFullYear();
	// A story told in the past (a history feature): most of its dated events are years before it was written.
	const past = years.length >= 2 && (now === undefined || years.filter((y) => y <= now - 2).length > years.length / 2);
	if (!past) return;
	let storyYear: number | undefined;
	for (const sentence of body) {
		// "Endeavour, which will launch … on April 29": a date ahead belongs to the article's year.
		// ("… his memoir, slated for release on June 5": ahead too.)
		const ahead = /\b(?:will|is to|are to|scheduled|set to|set for|plans? to|planned|due to|due for|upcoming|forthcoming|slated|expected)\b/i.test(sentence.text);
		for (const d of sentence.dates) {
			const monthDay = /^(?:\d{1,2}\s+(?:of\s+)?)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/u.test(d.text.trim());
			if (d.relative && monthDay && d.value && storyYear !== undefined && !ahead) d.value = `${storyYear}${d.value.slice(4)}`;
			if (!d.relative && d.value) storyYear = Number(d.value.slice(0, 4));
		}
	}
}

interface Context {
	people: Map<string, Person>;
	bySurname: Map<string, Person[]>;
	acronyms: Map<string, string>;
	standaloneCaps: Map<string, number>;
	/** The same, leaving out those after "the", "a", "its"…: the way a surname is used. */
	surnameUse: Map<string, number>;
	/** How often a one-word name follows a personal title ("President Bush", "Mr. Bush"). */
	titledNames: Map<string, number>;
	midCaps: Set<string>;
	/** Single words the article says a thing is known as ("known as Zanon"). */
	thingNames: Set<string>;
	/** The headline's text: of several people sharing a surname, the one it names is the story's. */
	headline: string;
}

/** "Korean Central News Agency (KCNA)": the acronym names the organisation. */
function learnAcronyms(text: string): Map<string, string> {
	const out = new Map<string, string>();
	const re = /((?:[\p{Lu}][\p{L}-]+\s(?:(?:of|for|the|and|on|in)\s)?){1,9}[\p{Lu}][\p{L}-]+)\s\(((?:[\p{Lu}][\p{L}-]*\s){0,3}[\p{Lu}][\p{L}-]*)\)/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const short = m[2]!;
		if (!/\b[A-Z]{2,}/.test(short)) continue;
		// "Staff Sergeant … Grant Program (SSG Fox SPGP)": the long name is the run that ends before the brackets.
		out.set(short, m[1]!.replace(/^(?:The|A|An|In|On|At|By|For|From|With)\s+/, ''));
	}
	return out;
}

/** Last words of names that are never a person's surname: "Millennium Stadium", "Carling Cup". */
const NOT_A_SURNAME = /^(?:Airport|Station|Square|Street|Road|Avenue|Bridge|Park|Stadium|Arena|Hall|Palace|Tower|River|Lake|Mountains?|Islands?|Sea|Bay|Port|Base|Center|Centre|Plant|Field|Building|Complex|Cup|League|Act|Award|Prize|Day|Week|Month|Festival|Program|Project|Mission|Office|Department|Agency|Council|Committee|Court|Party|Club|University|College|School|Institute|Hospital|Company|Group|News|Times|Post|Review|Journal|Image|Photo|Photograph|Credit|Courtesy|Video)$/;

/**
 * How often each capitalised word stands alone (neighbours not capitalised): surnames in use. With
 * `asName`, only where no "the", "a" or possessive comes before it, as with a person's surname.
 */
function countStandaloneCapitals(text: string, asName = false): Map<string, number> {
	const out = new Map<string, number>();
	const re = /(^|[^\p{L}\p{N}’'.-])([\p{Lu}][\p{Ll}]+(?:-\p{L}\p{Ll}+)?)(?=['’]s\b|[^\p{L}\p{N}'’-]|$)/gu;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const before = text.slice(Math.max(0, m.index - 30), m.index + m[1]!.length);
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
		if (/[\p{Lu}][\p{L}]*\s$/u.test(before) || /^(['’]s)?\s[\p{Lu}]/u.test(after)) continue;
		if (asName && (/\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your)\s$/i.test(before) || /^\s*:/.test(after))) continue;
		out.set(m[2]!, (out.get(m[2]!) ?? 0) + 1);
	}
	return out;
}

/** What one sentence names, in four steps: capitalised runs, model codes, quantities, dates. */
function findMentions(sentence: Sentence, ctx: Context): Mention[] {
	const scan = newScan(sentence);
	const mentions: Mention[] = [];
	for (const run of capitalisedRuns(scan, mentions)) {
		const mention = classifyRun(scan, ctx, run);
		if (mention) mentions.push(mention);
	}
	mentions.push(...quantityMentions(scan, mentions));
	mentions.push(...dateMentions(scan, mentions));
	return mentions.sort((a, b) => a.start - b.start);
}

interface Scan {
	sentence: Sentence;
	text: string;
	words: Word[];
	/** Offsets where a sentence (or a quoted one) starts: a capital there proves nothing. */
	sentenceStarts: Set<number>;
	inQuote: (offset: number) => boolean;
	dateTaken: (start: number, end: number) => boolean;
}

function newScan(sentence: Sentence): Scan {
	const ws = words(sentence.text);
	const sentenceStarts = new Set<number>([ws[0]?.start ?? -1]);
	for (const [a] of sentence.quotes) {
		const first = ws.find((w) => w.start > a);
		if (first) sentenceStarts.add(first.start);
	}
	return {
		sentence,
		text: sentence.text,
		words: ws,
		sentenceStarts,
		inQuote: (offset) => sentence.quotes.some(([a, b]) => offset >= a && offset < b),
		dateTaken: (start, end) => sentence.dates.some((d) => start < d.end && end > d.start)
	};
}

/** Runs of capitalised words joined by single spaces (and "of", "for", "de" …); model codes go straight to `models`. */
function capitalisedRuns(scan: Scan, models: Mention[]): Word[][] {
	const ws = scan.words;
	const runs: Word[][] = [];
	let i = 0;
	while (i < ws.length) {
		const w = ws[i]!;
		const model = modelName(scan, w);
		if (model) models.push(model);
		if (model || !isCapitalized(w.text) || isDateWord(w.text) || isCompoundAdjective(w.text)) {
			i++;
			continue;
		}
		let j = runEnd(scan, i);
		const code = j === i ? codeWithNumber(scan, w) : null;
		if (code) {
			models.push(code);
			i = ws.findIndex((x) => x.start >= code.end);
			if (i < 0) break;
			continue;
		}
		if (numberBelongsToName(scan, j)) j++;
		runs.push(ws.slice(i, j + 1));
		i = j + 1;
	}
	return runs;
}

/**
 * Where a run that starts at word `i` ends: the next capitalised word after a single space joins
 * it, and so do a joining word and the capitalised word after it ("Bank of Korea"; "and" only
 * inside an institution's name, "Department of Health and Human Services").
 */
function runEnd(scan: Scan, i: number): number {
	const { text, words: ws } = scan;
	let j = i;
	while (j + 1 < ws.length && !ws[j]!.possessive) {
		const next = ws[j + 1]!;
		if (text.slice(ws[j]!.end, next.start) !== ' ') break;
		if (isRunWord(next)) {
			if (titleEndsBeforeName(scan, i, j)) break;
			j++;
			continue;
		}
		const after = ws[j + 2];
		const institution = /^(Department|Office|Ministry|Bureau|Institute|University|Council|Committee|Commission|Center|Centre|School|College|Museum|Society|Association|Federal|Small)$/.test(ws[i]!.text) || (ws[i]!.text === 'U.S' && /^(Department|Office)$/.test(ws[i + 1]?.text ?? ''));
		const newInstitution = /^(Department|Office|Ministry|Bureau|U\.S)$/.test(after?.text ?? '');
		if ((NAME_JOINERS.has(next.text) || ((next.text === 'and' || next.text === '&') && institution && !newInstitution)) && after && text.slice(next.end, after.start) === ' ' && isRunWord(after)) {
			j += 2;
			continue;
		}
		break;
	}
	return j;
}

/**
 * "the Iraqi Armed Forces Hussein Rashid Mohammed", "the Northern Affairs Committee Taher Tawfiq
 * al-Ani", "Minister of the Interior Arye Derry": a body's name ends a title, and the person's name
 * after it (two words or more, one of them a personal name, or any two after a minister's
 * department) starts a run of its own.
 */
function titleEndsBeforeName(scan: Scan, i: number, j: number): boolean {
	const { text, words: ws } = scan;
	if (!INSTITUTION_HEAD.test(ws[j]!.text)) return false;
	// ("Minister of the Interior Arye Derry": a one-word body after "of the" ends there too.)
	if (j === i && !/\b(?:of|for)\s+(?:the\s+)?$/.test(text.slice(0, ws[i]!.start))) return false;
	const department = j === i && /\b(?:Minister|Secretary|Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?$/.test(text.slice(0, ws[i]!.start));
	const a = ws[j + 1]!;
	const b = ws[j + 2];
	if (!b || text.slice(a.end, b.start) !== ' ' || !isRunWord(b)) return false;
	const personal = (w: Word) => {
		const tags = tagsIn(scan.sentence.terms, w.start, w.end);
		return tags.has('FirstName') || tags.has('LastName') || tags.has('Person');
	};
	return department || personal(a) || personal(b);
}

const INSTITUTION_HEAD = /^(?:Interior|Treasury|Defence|Defense|Justice|Finance|Forces|Army|Navy|Committee|Council|Party|Ministry|Court|Tribunal|Commission|Agency|Bureau|Department|Police|Command|Union|Assembly|Parliament|Government|Authority|Corps|Guard)$/;

/** "MQ 9 Reaper": an upper-case code followed by a number (and a capitalised word) is a model name. */
function codeWithNumber(scan: Scan, word: Word): Mention | null {
	if (!/^[A-Z]{1,4}$/.test(word.text) || LEXICON.has(word.text.toLowerCase())) return null;
	const { text } = scan;
	const m = /^ (\d{1,4})(?![\d,.])( [\p{Lu}][\p{Ll}]+)?/u.exec(text.slice(word.end));
	if (!m) return null;
	const end = word.end + m[0].length;
	const name = `${word.text}-${m[1]}${m[2] ?? ''}`;
	return { kind: 'model', start: word.start, end, surface: text.slice(word.start, end), name: text.slice(word.start, end), key: nameKey(name), inQuote: scan.inQuote(word.start), possessive: false };
}

/**
 * "Pioneer 4", "Expedition 70", "Apollo 11": the number after a run's last word `j` is part of the
 * name, unless it counts something ("the Moon 41 hours after launch") or starts a figure ("4.5").
 */
function numberBelongsToName(scan: Scan, j: number): boolean {
	const { text, words: ws } = scan;
	const last = ws[j]!;
	const number = ws[j + 1];
	if (!number || !/^\d{1,4}$/.test(number.text) || text.slice(last.end, number.start) !== ' ' || last.possessive || isDateWord(last.text) || NON_NAME_CAPITALS.has(last.text)) return false;
	const after = ws[j + 2];
	const afterTags = after ? tagsIn(scan.sentence.terms, after.start, after.end) : new Set<string>();
	const counts = after && text.slice(number.end, after.start) === ' ' && /^\p{Ll}/u.test(after.text) && (afterTags.has('Noun') || afterTags.has('Adjective')) && !afterTags.has('Verb');
	// ("defeated Ajax AFC 0–2": a score after a name, not the name's number.)
	return !counts && !/^[,.]\d/.test(text.slice(number.end)) && !/^\s?[-–—:]\s?\d/.test(text.slice(number.end));
}

function isRunWord(word: Word): boolean {
	return isCapitalized(word.text) && !isDateWord(word.text) && !MODEL_WORD.test(word.text) && !isCompoundAdjective(word.text);
}

/** "American-made", "Russian-backed": an adjective, not part of a name. */
function isCompoundAdjective(word: string): boolean {
	const m = /^([\p{Lu}][\p{L}]*)-(\p{Ll}+)$/u.exec(word);
	return !!m && (DEMONYMS.has(m[1]!) || LEXICON.has(m[1]!.toLowerCase()) || /^(made|backed|led|based|born|owned|funded|style|built|linked|controlled|occupied|run|speaking|era|bound|friendly|wide)$/.test(m[2]!));
}

function isDateWord(word: string): boolean {
	return (MONTHS as readonly string[]).includes(word) || (WEEKDAYS as readonly string[]).includes(word) || /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/.test(word);
}

/** "Hwasong-18", "Hwasong-18s": a capitalised word with a hyphenated number. */
function modelName(scan: Scan, word: Word): Mention | null {
	if (!isCapitalized(word.text) || !MODEL_WORD.test(word.text) || NOT_MODELS.has(word.text)) return null;
	const plural = /\ds$/.test(word.text);
	const name = plural ? word.text.slice(0, -1) : word.text;
	return { kind: 'model', start: word.start, end: word.end, surface: word.text, name, key: nameKey(name), inQuote: scan.inQuote(word.start), possessive: word.possessive, plural };
}

/** Drops capitalised words that are not names from the front of a run (sentence openers, pronouns). */
function trimRun(scan: Scan, ctx: Context, run: Word[]): Word[] {
	while (run.length > 0) {
		const first = run[0]!;
		if (NON_NAME_CAPITALS.has(first.text) && !LEXICON.has(joinWords(run).toLowerCase())) {
			run = run.slice(1);
			continue;
		}
		// "Two Amtrak employees were killed": a number word opening the sentence is not part of a name.
		if (scan.sentenceStarts.has(first.start) && run.length >= 2 && tagsIn(scan.sentence.terms, first.start, first.end).has('TextValue') && !LEXICON.has(joinWords(run).toLowerCase())) {
			run = run.slice(1);
			continue;
		}
		if (scan.sentenceStarts.has(first.start) && !knownWord(ctx, first.text) && !LEXICON.has(joinWords(run).toLowerCase())) {
			const tags = tagsIn(scan.sentence.terms, first.start, first.end);
			const proper = tags.has('ProperNoun') || tags.has('Person') || tags.has('Place') || tags.has('Organization');
			// "Lockheed Martin Space …" opens a sentence with a name; "Scientists believe …" with a common noun.
			const nameLike = run.length >= 2 && tags.has('Noun') && !tags.has('Plural') && !tags.has('Verb') && !tags.has('Adjective');
			if ((!proper && !nameLike) || tags.has('Determiner') || tags.has('Preposition') || tags.has('Pronoun') || tags.has('Conjunction') || tags.has('Adverb') || tags.has('Verb')) {
				run = run.slice(1);
				continue;
			}
		}
		break;
	}
	while (run.length > 0 && NAME_JOINERS.has(run[0]!.text)) run = run.slice(1);
	return run;
}

function knownWord(ctx: Context, word: string): boolean {
	return LEXICON.has(word.toLowerCase()) || ctx.bySurname.has(nameKey(word)) || ctx.midCaps.has(word) || (ctx.standaloneCaps.get(word) ?? 0) > 1;
}

/** A run of capitalised words as a place, organisation, person or unknown name. */
function classifyRun(scan: Scan, ctx: Context, whole: Word[]): Mention | null {
	const run = trimRun(scan, ctx, whole);
	if (run.length === 0) return null;
	const { text } = scan;
	const first = run[0]!;
	const last = run[run.length - 1]!;
	const surface = text.slice(first.start, last.end);
	const base = { start: first.start, end: last.end, surface, inQuote: scan.inQuote(first.start), possessive: last.possessive };
	if (scan.dateTaken(first.start, last.end)) return null;
	const names = run.map((w) => w.text);

	const entry = LEXICON.get(surface.toLowerCase());
	if (entry) return { ...base, kind: entry.kind, name: entry.name, key: nameKey(entry.group), subKind: entry.subKind };

	// A short form the article defined: "SSG Fox SPGP" is the grant program, "OSBP" the office.
	const defined = ctx.acronyms.get(surface);
	if (defined && run.length > 1) {
		const longKind = classifyName(defined.split(' '));
		return { ...base, kind: longKind ? 'organization' : 'other', name: surface, key: nameKey(defined), ...(longKind ? { subKind: longKind } : {}) };
	}
	if (run.length === 1 && /^[A-Z]{2,6}$/.test(first.text)) {
		const long = ctx.acronyms.get(first.text);
		if (long) {
			const longEntry = classifyName(long.split(' '));
			if (longEntry) return { ...base, kind: 'organization', name: first.text, key: nameKey(long), subKind: longEntry };
			return { ...base, kind: 'other', name: first.text, key: nameKey(long) };
		}
		return { ...base, kind: 'other', name: surface, key: nameKey(surface), weak: true };
	}
	if (run.length === 1 && /^[A-Z]{2,6}s$/.test(first.text)) return null;

	const orgKind = classifyName(names);
	if (orgKind) return { ...base, kind: 'organization', name: surface, key: nameKey(surface), subKind: orgKind };
	// (Not "Christian" alone where it is the surname of the one Jeremy Christian named before: see asPerson.)
	if ((names.every((n) => DEMONYMS.has(n)) || DEMONYMS.has(names.join(' '))) && !(run.length === 1 && (ctx.bySurname.get(nameKey(first.text))?.length ?? 0) === 1)) return null;

	if (/^\d+$/.test(last.text)) return { ...base, kind: 'other', name: surface, key: nameKey(surface) };
	// "Gold medalist Laso of Spain": a person the article named, then the country they stand for.
	if (run.length >= 3 && run[1]!.text === 'of' && ctx.bySurname.has(nameKey(first.text)) && LEXICON.get(names.slice(2).join(' ').toLowerCase())?.kind === 'place') {
		const person = personInRun(scan, ctx, [first]);
		if (person) return person;
	}
	// "in Santa Clara, California", "from Hamilton, Ontario": a place, whatever its first word could be.
	if (/\b(?:in|at|from|near|outside|of)\s+$/.test(text.slice(Math.max(0, first.start - 8), first.start)) && new RegExp(`^,\\s+(?:${US_STATES.join('|')}|${COUNTRIES.join('|')})\\b`).test(text.slice(last.end))) return placeOrOther(scan, run, base);
	const person = personInRun(scan, ctx, run);
	if (person) return person;
	return placeOrOther(scan, run, base);
}

/** "Virginia Álvarez", "Victoria Beckham": a place's name as a first name, before a surname. */
function placeAsFirstName(scan: Scan, run: Word[]): boolean {
	if (run.length !== 2 || LEXICON.get(run[0]!.text.toLowerCase())?.kind !== 'place' || NOT_A_SURNAME.test(run[1]!.text) || !run.every((w) => /^[\p{Lu}][\p{Ll}’'-]+$/u.test(w.text))) return false;
	const [first, last] = run.map((w) => tagsIn(scan.sentence.terms, w.start, w.end));
	return first!.has('Person') && !first!.has('Place') && last!.has('LastName');
}

/** "Russian Defense Minister Sergei Shoigu": titles and nationalities apart, the name a person's. */
function personInRun(scan: Scan, ctx: Context, run: Word[]): Mention | null {
	// "NASA Administrator Bill Nelson", "VA Secretary Doug Collins": an organisation before a title.
	if (run.length > 2 && ['organization', 'place'].includes(LEXICON.get(run[0]!.text.toLowerCase())?.kind ?? '') && TITLE_WORDS.has(run[1]!.text)) run = run.slice(1);
	// "Roscosmos Soyuz": a known organisation or place is not a first name ("Virginia Álvarez" is, where
	// the tagger reads the pair as a person and the second word as a surname).
	if (LEXICON.has(run[0]!.text.toLowerCase()) && !TITLE_WORDS.has(run[0]!.text) && !placeAsFirstName(scan, run)) return null;
	// "Marina Vasilevskaya of Belarus": the name stops at "of".
	const of = run.findIndex((w, k) => k >= 2 && (w.text === 'of' || w.text === 'from' || w.text === 'for'));
	if (of > 0 && !run.slice(0, of).some((w) => TITLE_WORDS.has(w.text))) run = run.slice(0, of);
	// "Environment Minister John Baird", "Experiments Manager William Kerslake": a title after other
	// words still ends the title; "United States Hamdullah Mohib": a known place or organisation before
	// a name is not part of it.
	const nameLike = (words: Word[]) => words.length >= 2 && words.every((w) => /^(?:[\p{Lu}][\p{Ll}’'-]+|[A-Z]\.)$/u.test(w.text));
	const lastTitle = run.findLastIndex((w, k) => k >= 1 && TITLE_WORDS.has(w.text) && !TITLE_QUALIFIERS.has(w.text));
	if (lastTitle > 0 && nameLike(run.slice(lastTitle + 1))) {
		const named = asPerson(scan, ctx, run.slice(lastTitle + 1), true);
		if (named) return named;
	}
	// "Scientologist Tom Cruise", "Democrat Jane Ruiz": a word that says what someone is, before a first name.
	if (run.length >= 3 && nameLike(run.slice(1)) && !TITLE_WORDS.has(run[0]!.text)) {
		const [first, second] = [tagsIn(scan.sentence.terms, run[0]!.start, run[0]!.end), tagsIn(scan.sentence.terms, run[1]!.start, run[1]!.end)];
		const describes = first.has('Adjective') || (first.has('Noun') && !first.has('ProperNoun')) || /^(?:Olympics|Games|Paralympics|Nations|Affairs|Relations|Services|Sports|Arts|Communities)$/.test(run[0]!.text) || /(?:ist|ian|ite|crat|ican|isan)$/.test(run[0]!.text);
		// ("Aretha Louise Franklin", with "Aretha sang …" further on: a first name, then a middle name.)
		const ownName = (ctx.surnameUse.get(run[0]!.text) ?? 0) >= 1;
		if (describes && !ownName && second.has('FirstName') && !first.has('FirstName') && !first.has('LastName') && !first.has('Honorific')) {
			const named = asPerson(scan, ctx, run.slice(1), true);
			if (named) return named;
		}
	}
	for (const n of [3, 2]) {
		if (run.length - n < 2 || !LEXICON.has(joinWords(run.slice(0, n)).toLowerCase()) || !nameLike(run.slice(n))) continue;
		const named = asPerson(scan, ctx, run.slice(n), false);
		if (named) return named;
	}
	const names = run.map((w) => w.text);
	let titleEnd = 0;
	while (titleEnd < run.length - 1 && (TITLE_WORDS.has(names[titleEnd]!) || DEMONYMS.has(names[titleEnd]!))) titleEnd++;
	// ("Lady Thatcher" after "Margaret Thatcher": "Lady" before a surname the article knows is her title, not "First Lady".)
	const hasTitle = titleEnd > 0 && run.slice(0, titleEnd).some((w, k) => TITLE_WORDS.has(w.text) && (!TITLE_QUALIFIERS.has(w.text) || (w.text === 'Lady' && k === titleEnd - 1 && titleEnd === 1 && run.length === 2 && ctx.bySurname.has(nameKey(names[1]!)))));
	const joiner = run.findIndex((w, k) => k > 0 && (w.text === 'for' || w.text === 'of') && run.slice(0, k).some((x) => TITLE_WORDS.has(x.text) && !TITLE_QUALIFIERS.has(x.text)));
	// ("Minister of Foreign Relations Celso Amorim": the department may run to more words than one.)
	let named0 = joiner + 2;
	while (joiner > 0 && named0 < run.length - 2 && /^(?:Foreign|Relations|Affairs|Trade|Industry|Public|Works|Home|Internal|External|Economic|Economy|Social|Security|Development|Planning|National|Culture|Labour|Labor|Agriculture|Environment|Energy|Mines|Communications|Information|Justice|Finance|Defence|Defense|Health|Education|State)$/.test(run[named0]!.text) && /^(?:Foreign|Public|Home|Internal|External|Economic|Social|National|Relations|Affairs|Works|Development|Security|Planning|and)$/.test(run[named0 - 1]!.text)) named0++;
	if (joiner > 0 && run.length - named0 >= 2 && run.slice(0, joiner).every((w) => TITLE_WORDS.has(w.text) || DEMONYMS.has(w.text))) {
		const named = asPerson(scan, ctx, run.slice(named0), true);
		if (named) return named;
	}
	// "the Chairman and Chief Executive of Arianespace": a post of an organisation, no one's name.
	if (titleEnd > 0 && (names[titleEnd] === 'of' || names[titleEnd] === 'for')) return null;
	const person = asPerson(scan, ctx, hasTitle ? run.slice(titleEnd) : run, hasTitle);
	if (person) return person;
	// "South Korean Yoon Suk Yeol": demonyms before a name.
	if (titleEnd > 0 && !hasTitle) return asPerson(scan, ctx, run.slice(titleEnd), false);
	return null;
}

function asPerson(scan: Scan, ctx: Context, nw: Word[], titled: boolean): Mention | null {
	const { text, sentence } = scan;
	if (nw.length === 0 || nw.length > 4) return null;
	const f = nw[0]!;
	const l = nw[nw.length - 1]!;
	const nameText = text.slice(f.start, l.end);
	if (nw.some((w) => ORG_SUFFIX_KIND[w.text] !== undefined || /^(Astronomy|Science|Nature|Medicine|Physics|Review|Letters|Program|Programs|Mission|Initiative|Project|Award|Prize|Month|Day|Week|Festival|Planetarium|Factory|Soup|Memorial|Gallery|Galleries|Museum|Hotel|Bridge|Mosque|Stadium|Olympics|Paralympics|Games|Championships|Cup|Roundabout|Square|Plaza|Junction|Avenue|Boulevard|Airport|Station|Beach)$/.test(w.text))) return null;
	const key = nameKey(nameText);
	// ("Jeremy Christian": a first name, then a word that is also a faith's or a nation's, is a name; and
	// "Christian has come to the attention of police before" is he, a word of the language that is the
	// surname of one person named before, doing what a person does.)
	const firstNamed = nw.length === 2 && tagsIn(sentence.terms, f.start, f.end).has('FirstName') && !DEMONYMS.has(f.text);
	const surnameUsed = nw.length === 1 && (ctx.bySurname.get(key)?.length ?? 0) === 1 && /^(?:['’]s\s|\s+(?:was|is|has|had|have|said|says|told|also|then|later|did|does|will|would|could|\p{Ll}+ed)\b|\s*[,.;:])/u.test(text.slice(l.end));
	if (/\d/.test(nameText) || nw.some((w) => (DEMONYMS.has(w.text) && !(firstNamed && w === l) && !surnameUsed) || (TITLE_WORDS.has(w.text) && nw.length === 1))) return null;
	if (LEXICON.has(nameText.toLowerCase()) && !surnameUsed) return null;
	const nb = { start: f.start, end: l.end, surface: nameText, inQuote: scan.inQuote(f.start), possessive: l.possessive };
	const known = ctx.people.get(key);
	if (known) return remember(sentence, known, nb);
	if (nw.length === 1) {
		if (ctx.thingNames.has(f.text)) return null;
		let candidates = ctx.bySurname.get(key) ?? [];
		// "President Yayi" after "President Yayi Boni": with a title, the first name of one person named before.
		if (candidates.length === 0 && titled) candidates = [...new Set(ctx.people.values())].filter((p) => nameKey(p.name.split(/\s+/)[0]!) === key);
		if (candidates.length === 0 && titled) {
			const only = titledSurname(scan, ctx, f);
			if (only) return only;
		}
		if (candidates.length !== 1 && !(ctx.bySurname.get(key)?.length)) return null;
		// ("Kim" in a story headed "… Kim Jong Nam was killed …" that also names Kim Jong Un and Kim Jong Il:
		// the man the headline names, not the one named last.)
		// ("George Bush" in the headline and "George W. Bush" in the text are one man, written two ways.)
		// ("Mrs Kirchner" is the woman of that name, "Mr Kirchner" the man, where their first names tell.)
		const honorific = /(?:^|\s)((?:Mr|Mrs|Ms|Miss)\.?\s+)$/.exec(text.slice(0, f.start))?.[1];
		const sex = honorific ? (/^Mr\b/.test(honorific) ? 'm' : 'f') : undefined;
		if (sex && candidates.some((p) => p.firstNameSex === sex)) candidates = candidates.filter((p) => p.firstNameSex === sex);
		const ends = (p: Person) => { const w = p.name.split(/\s+/); return `${w[0]} ${w[w.length - 1]}`; };
		const headlined = candidates.filter((p) => ctx.headline.includes(p.name));
		const distinct = headlined.length === 1 && candidates.every((p) => p === headlined[0] || ends(p) !== ends(headlined[0]!));
		// ("Cristina Kirchner" in the headline is "Cristina Fernández de Kirchner" in the text, not her husband
		// Néstor Kirchner named last: among the ways the headline's person is written, the one most used.)
		const pool = headlined.length === 1 && !distinct ? candidates.filter((p) => ends(p) === ends(headlined[0]!)) : candidates;
		const best = distinct ? headlined[0]! : pool.slice().sort((a, b) => b.mentions - a.mentions || b.lastSeen - a.lastSeen)[0]!;
		const next = text.slice(l.end + (l.possessive ? 2 : 0)).match(/^\s+(\p{Ll}+)/u)?.[1];
		// "the Kohail brothers", "the Turpin family": the family, not the one person of that name.
		if (!l.possessive && next && /^(?:brothers|sisters|siblings|family|families|twins|couple|household|clan|parents|children|sons|daughters)$/.test(next)) return null;
		// "van Nistelrooy" for Ruud van Nistelrooy: the particle before the surname goes with it.
		const particle = /(?:^|\s)((?:(?:van|von|de|der|den|del|della|di|da|du|le|la|ter|ten|bin|ibn)\s+)+)$/.exec(text.slice(0, f.start))?.[1];
		if (particle && best.name.endsWith(` ${particle}${f.text}`)) {
			nb.start = f.start - particle.length;
			nb.surface = text.slice(nb.start, l.end);
		}
		// "Mr. Bush" is written George W. Bush, not "Mr. George W. Bush".
		if (honorific && !particle) {
			nb.start -= honorific.length;
			nb.surface = text.slice(nb.start, l.end);
		}
		const m = remember(sentence, best, nb);
		m.replacement = best.name;
		if (next && MODIFIER_NOUNS.has(next)) m.modifier = true;
		return m;
	}
	// Title Case headlines capitalise every word: no new names are learned there.
	if (sentence.block === 'headline') return null;
	// "Warhol Polaroids", "the Warhol Factory": a known person's surname before a noun names their thing.
	const lastTags = tagsIn(sentence.terms, l.start, l.end);
	if (nw.length === 2 && ctx.bySurname.has(nameKey(f.text)) && !FAMILY_NAME_FIRST.has(f.text) && !ctx.people.has(key) && (!lastTags.has('Person') || lastTags.has('Plural')) && !/-/.test(l.text)) return null;
	const tags = tagsIn(sentence.terms, f.start, l.end);
	const firstTags = tagsIn(sentence.terms, f.start, f.end);
	const tagged = tags.has('Person') && !tags.has('Organization') && (firstTags.has('FirstName') || firstTags.has('Person') || tags.has('LastName'));
	const before = text.slice(0, f.start).match(/(\p{L}+)\s+$/u)?.[1]?.toLowerCase();
	// "captain of nearby ferry Saint Catherine": a craft's name after its kind is no person.
	if (before && CRAFT_WORDS.test(before)) return null;
	const after = text.slice(l.end + (l.possessive ? 2 : 0));
	const lastName = l.text;
	const evidence =
		tagged ||
		titled ||
		(before !== undefined && ROLE_WORDS.has(before)) ||
		// "the disappearance of another journalist, Rehmatullah Daparkhel, …": a name set beside a role.
		(nw.length >= 2 && ROLE_WORDS.has(text.slice(0, f.start).match(/(\p{L}+),\s+$/u)?.[1]?.toLowerCase() ?? '') && /^,/.test(after)) ||
		// "Minister of the Interior Arye Derry": the minister's name after the department.
		(nw.length >= 2 && /\b(?:Minister|Secretary)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}\p{L}+\s+$/u.test(text.slice(0, f.start))) ||
		(/^,\s+(a|an|the|who|whose)\s/.test(after) && !THING_APPOSITIVE.test(after)) ||
		// "Renato Sanches was replaced by Éder in the 79th minute": a player's substitution or booking.
		(nw.length >= 2 && /^\s+(?:was\s+(?:replaced|substituted|subbed off|booked|sent off|shown a (?:yellow|red) card)|came on for|was brought on)\b/.test(after)) ||
		// "Cemil Cicek, deputy Prime Minister of Turkey": a post after the comma.
		(nw.length >= 2 && (/^,\s+(?:\p{Ll}+\s+)?((?:\p{Lu}\p{Ll}+\s+){0,2})(?:of|for)\s/u.exec(after)?.[1] ?? '').split(/\s+/).some((w) => TITLE_WORDS.has(w) && !TITLE_QUALIFIERS.has(w))) ||
		// "Salaheddin Gomaa, captain of nearby ferry …": a role and "of" after the comma.
		(/^,\s+(\p{Ll}+)\s+of\s/u.test(after) && ROLE_WORDS.has(/^,\s+(\p{Ll}+)/u.exec(after)![1]!)) ||
		// "Anima Patil-Sabale has been shooting for the stars since she was a girl": a two-word name that
		// opens the sentence, whose surname the article uses alone, with "she" or "he" after it.
		(nw.length === 2 && f.start === 0 && (ctx.standaloneCaps.get(lastName) ?? 0) >= 2 && /\b(?:she|he)\b/.test(after) && nw.every((w) => /^[\p{Lu}][\p{Ll}]+(-[\p{Lu}][\p{Ll}]+)?$/u.test(w.text))) ||
		((ctx.standaloneCaps.get(lastName) ?? 0) >= 1 && firstTags.has('FirstName') && nw.every((w) => /^[\p{Lu}][\p{Ll}]+(-[\p{L}]+)?$/u.test(w.text))) ||
		// "Abou Diaby … Diaby attempted to clear the ball": a first name the tagger does not know, but a
		// surname the article goes on to use alone, twice or more, as it does a person's.
		// ("Nigerian Umar Farouk Abdulmutallab … Abdulmutallab was asked": three names, after a nationality.)
		((nw.length === 2 || (nw.length === 3 && titled === false && DEMONYMS.has(text.slice(0, f.start).match(/(\p{L}+)\s+$/u)?.[1] ?? ''))) && (ctx.surnameUse.get(lastName) ?? 0) >= 2 && !['Value', 'Determiner', 'Adjective', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb'].some((t) => firstTags.has(t)) && !tags.has('Place') && !tags.has('Organization') && !tagsIn(sentence.terms, l.start, l.end).has('Plural') && !NOT_A_SURNAME.test(lastName) && nw.every((w) => /^[\p{Lu}][\p{Ll}]+(-[\p{Lu}][\p{Ll}]+)?$/u.test(w.text)));
	if (!evidence) return null;
	// ("King Hamad of Bahrain" is "Hamad" after: "Bahrain" alone stays the country.)
	const surnames = [nameKey(/\sof\s/.test(nameText) ? nameText.split(/\sof\s/)[0]!.trim().split(/\s+/).pop()! : lastName)];
	if (FAMILY_NAME_FIRST.has(f.text)) surnames.push(nameKey(f.text));
	return remember(sentence, learnPerson(ctx, nameText, key, sexOfFirstName([...firstTags]), surnames), nb);
}

/** A person met for the first time, filed under their key and under each surname they may go by alone. */
function learnPerson(ctx: Context, name: string, key: string, sex: 'f' | 'm' | undefined, surnames: string[]): Person {
	const person: Person = { name, key, variants: new Set([name]), mentions: 0, lastSeen: 0 };
	if (sex) person.firstNameSex = sex;
	ctx.people.set(key, person);
	for (const s of surnames) {
		const list = ctx.bySurname.get(s) ?? [];
		list.push(person);
		ctx.bySurname.set(s, list);
	}
	return person;
}

/** What compromise's list of first names says of one: "f" for Tracy, "m" for Patrick, else nothing. */
function sexOfFirstName(tags: string[]): 'f' | 'm' | undefined {
	const female = tags.includes('FemaleName');
	return female !== tags.includes('MaleName') ? (female ? 'f' : 'm') : undefined;
}

/**
 * How often the body writes each one-word name after a personal title ("President Bush", "Mr. Bush"),
 * leaving out the names it also writes in full ("Mahmoud Ahmadinejad" beside "President Ahmadinejad").
 */
function countTitledNames(body: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const m of body.matchAll(new RegExp(`${PERSONAL_TITLE.source.slice(0, -4)}\\s+(\\p{Lu}\\p{Ll}+)(?!\\p{L})(?!\\s+\\p{Lu})`, 'gu'))) out.set(m[2]!, (out.get(m[2]!) ?? 0) + 1);
	for (const m of body.matchAll(/(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}+)(?!\p{L})/gu)) {
		if (out.has(m[2]!) && !TITLE_WORDS.has(m[1]!) && !DEMONYMS.has(m[1]!) && !/^(?:The|A|An|In|On|At|For|But|And|As|If|When|While|After|Before|Since|During|Under|With|By|From|To|Of|This|That|These|Those|His|Her|Their|Its|Our|My|Then|Now|Also|Yesterday|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Former|Acting|Interim|Deputy|Vice)$/.test(m[1]!) && !PERSONAL_TITLE.test(`${m[1]} `)) out.set(m[2]!, -1);
	}
	return out;
}

/** Titles a person's surname or one name follows: "President Bush", "Mr. Bush", "Chancellor Merkel", "King Abdullah". */
const PERSONAL_TITLE = /(?:^|\s)(President|Chancellor|Senator|Sen\.|Governor|Gov\.|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.|King|Queen|Prince|Princess|Pope|Premier|Sheikh|Judge|Justice|Minister|Secretary|Ambassador|Sir|Dame|Lord|Baroness|Cardinal|Bishop|Rabbi|Imam|Rep\.|Representative|Speaker|Emperor)\s+$/;
const SEX_OF_TITLE: Record<string, 'f' | 'm'> = { Mr: 'm', 'Mr.': 'm', Mrs: 'f', 'Mrs.': 'f', Ms: 'f', 'Ms.': 'f', King: 'm', Queen: 'f', Prince: 'm', Princess: 'f', Pope: 'm', Sir: 'm', Dame: 'f', Lord: 'm', Baroness: 'f', Emperor: 'm' };

/**
 * A person the article names only by title and one name ("President Bush … Mr. Bush", never "George
 * W. Bush"): the name the headline gives them in full ("George Bush completes his …"), else the one name,
 * when a personal title stands before it and the article writes it so twice or more.
 */
function titledSurname(scan: Scan, ctx: Context, f: Word): Mention | null {
	const { text, sentence } = scan;
	const title = PERSONAL_TITLE.exec(text.slice(0, f.start))?.[1];
	if (!title || !/^\p{Lu}\p{Ll}+$/u.test(f.text) || ctx.thingNames.has(f.text)) return null;
	const tags = tagsIn(sentence.terms, f.start, f.end);
	if (tags.has('Organization') || tags.has('Place') || tags.has('Plural')) return null;
	const titledUses = ctx.titledNames.get(f.text) ?? 0;
	if (titledUses < 0) return null;
	const headlined = new RegExp(`(?:^|[^\\p{L}])((\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\.)?\\s+${f.text})(?![\\p{L}])`, 'u').exec(ctx.headline);
	const full = headlined && !TITLE_WORDS.has(headlined[2]!) && !DEMONYMS.has(headlined[2]!) && wordTags(headlined[2]!).includes('FirstName') ? headlined[1] : undefined;
	if (!full && titledUses < 2) return null;
	const name = full ?? f.text;
	const key = nameKey(name);
	const known = ctx.people.get(key);
	const nb = { start: f.start, end: f.end, surface: f.text, inQuote: scan.inQuote(f.start), possessive: f.possessive };
	if (known) return { ...remember(sentence, known, nb), replacement: known.name };
	const sex = SEX_OF_TITLE[title] ?? (full ? sexOfFirstName(wordTags(full.split(/\s+/)[0]!)) : undefined);
	return { ...remember(sentence, learnPerson(ctx, name, key, sex, [nameKey(f.text)]), nb), replacement: name };
}

/** What compromise makes of one word alone ("George": FirstName, MaleName). */
function wordTags(word: string): string[] {
	return (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
}

function remember(sentence: Sentence, p: Person, nb: { start: number; end: number; surface: string; inQuote: boolean; possessive: boolean }): Mention {
	p.mentions++;
	p.lastSeen = sentence.start + nb.start;
	p.variants.add(nb.surface);
	return { ...nb, kind: 'person', name: p.name, key: p.key };
}

/** A place compromise recognises ("Pasadena, California" makes Pasadena a city), else an unknown name. */
function placeOrOther(scan: Scan, run: Word[], base: Pick<Mention, 'start' | 'end' | 'surface' | 'inQuote' | 'possessive'>): Mention {
	const names = run.map((w) => w.text);
	const first = run[0]!;
	const last = run[run.length - 1]!;
	const tags = tagsIn(scan.sentence.terms, first.start, last.end);
	const facility = names.some((n) => /^(Airport|Station|Square|Street|Road|Avenue|Bridge|Park|Stadium|Arena|Hall|Palace|Tower|River|Lake|Mountain|Mountains|Island|Islands|Sea|Bay|Port|Base|Center|Centre|Plant|Field|Building|Complex|Cosmodrome|Laboratory)$/.test(n));
	const followedByState = new RegExp(`^,\\s+(${US_STATES.join('|')}|${COUNTRIES.join('|')})\\b`).test(scan.text.slice(last.end + (last.possessive ? 2 : 0)));
	// ("the Helsinki Accords", "the Kyoto Protocol": an agreement named after a place is no place.)
	const agreement = /^(?:Accords?|Agreements?|Treaty|Convention|Protocol|Declaration|Charter|Pact|Talks|Process|Consensus|Doctrine)$/.test(names[names.length - 1]!);
	if (!facility && !agreement && run.length <= 3 && names.every((n) => !DEMONYMS.has(n)) && (followedByState || (tags.has('Place') && !tags.has('Person')))) {
		return { ...base, kind: 'place', name: base.surface, key: nameKey(base.surface), subKind: followedByState || tags.has('City') ? 'city' : tags.has('Country') ? 'country' : 'region' };
	}
	return { ...base, kind: 'other', name: base.surface, key: nameKey(base.surface), weak: run.length === 1 };
}

/** Quantities as mentions; a four-digit year in an "in 1959" phrase is a year. */
function quantityMentions(scan: Scan, taken: Mention[]): Mention[] {
	const { text } = scan;
	const out: Mention[] = [];
	const overlaps = (start: number, end: number) => taken.some((x) => start < x.end && end > x.start && x.kind !== 'other') || scan.dateTaken(start, end);
	for (const q of findQuantities(text, scan.sentence.terms, overlaps)) {
		out.push({
			kind: 'number', start: q.start, end: q.end, surface: q.text, name: q.text,
			key: `#${q.value}${q.percent ? '%' : ''}${q.currency ?? ''}`, inQuote: scan.inQuote(q.start), possessive: false,
			value: q.value, ...(q.unit ? { unit: q.unit } : {}), quantity: q
		});
	}
	const year = /(?<![\p{L}\p{N}.,$€£¥-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%+]|,\d|\.\d)/gu;
	for (let m = year.exec(text); m; m = year.exec(text)) {
		const start = m.index;
		const end = start + 4;
		if (overlaps(start, end) || out.some((x) => start < x.end && end > x.start)) continue;
		// "2,500 people" is not a year, nor is "2018 images"; "in 1959" and "1959’s" are.
		if (/^\s+\p{Ll}+s\b/u.test(text.slice(end)) && !/\b(in|since|by|of|from|until|to|during|before|after)\s+$/i.test(text.slice(0, start))) continue;
		// "the Eurostar 2000 bus", "a Windows 2000 machine": a figure in a product's name.
		const named = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
		if (named && !isDateWord(named) && !/^(?:In|Since|By|Of|From|Until|To|During|Before|After|Early|Late|Mid|Spring|Summer|Autumn|Fall|Winter|The|Around|About|Circa|And|Or)$/.test(named) && /^\s+\p{Ll}/u.test(text.slice(end))) continue;
		// "Gol Transportes Aéreos Flight 1907", "Route 1955": a number that names a flight or a road.
		if (/^(?:Flight|flight|Route|Highway|Interstate|Gate|Platform|Bus|Train|Room)$/.test(named ?? '')) continue;
		out.push({ kind: 'year', start, end, surface: m[1]!, name: m[1]!, key: m[1]!, inQuote: scan.inQuote(start), possessive: false, value: Number(m[1]), date: m[1]! });
	}
	return out;
}

/** Dates the date reader found, as mentions (absolute or anchored to the article's date). */
function dateMentions(scan: Scan, taken: Mention[]): Mention[] {
	const out: Mention[] = [];
	for (const d of scan.sentence.dates) {
		if (taken.some((m) => d.start < m.end && d.end > m.start && m.kind !== 'other' && m.kind !== 'year')) continue;
		out.push({
			kind: d.value && d.value.length === 4 && !d.relative ? 'year' : 'date',
			start: d.start, end: d.end, surface: d.text, name: d.text, key: d.value ?? nameKey(d.text),
			inQuote: scan.inQuote(d.start), possessive: false, date: d.value, replacement: d.replacement
		});
	}
	return out;
}

/** Organisation kind from the last word ("Kyodo News" → news) or null when the name is not one. */
function classifyName(names: string[]): string | null {
	if (names.length < 2) return null;
	const last = names[names.length - 1]!;
	const kind = ORG_SUFFIX_KIND[last];
	if (kind) {
		if (kind === 'organization' && last === 'Agency' && names.includes('News')) return 'news';
		return kind;
	}
	if (names[0] === 'University' && names[1] === 'of') return 'university';
	if (/^(Bank|Ministry|Department|Institute|Council|Museum|Office|Academy|Court|Church|Diocese|Archdiocese|Synod|Parliament|Assembly|Chamber|Board|College|School|Federation|Union|League|Association|Society|Order)$/.test(names[0]!) && names[1] === 'of') return 'organization';
	return null;
}

function joinWords(run: Word[]): string {
	return run.map((w) => w.text).join(' ');
}

/** "the" before a place or organisation name ("the United States", "the BBC"). */
export function needsArticle(name: string, kind: EntityKind): boolean {
	if (kind === 'place') return COUNTRIES_WITH_THE.has(name) || /^(United|Republic|Democratic|Kingdom)\b/.test(name) || /\bof\b/.test(name);
	if (kind === 'organization') {
		if (/^(The|the)\s/.test(name)) return false;
		return /^(United|European|International|World|Federal|National|Associated|Korean Central)\b/.test(name) || /\b(of|for)\b/.test(name) || /\b(Council|Agency|Commission|Committee|Ministry|Department|Union|Fund|Bank|Institute|Organization|Organisation|Pentagon|Kremlin|White House|Press|Times|Post|Journal)$/.test(name);
	}
	return false;
}
