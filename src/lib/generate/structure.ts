/**
 * The shape of a real article before any sentence is read: which lines are the headline, the body,
 * and which are photo captions, credit lines, section headings, lists, schedules, contact blocks and
 * "About X" boilerplate — none of which a teacher would quiz. Also the article's details (title, date,
 * publisher) when the text gives them.
 */
import nlp from 'compromise';
import { splitParagraphs, splitSentences, type Span } from './text';

export type BlockKind = 'headline' | 'heading' | 'caption' | 'boilerplate' | 'logistics' | 'list' | 'body';

export interface Block extends Span {
	kind: BlockKind;
	/** Why the block is not body text, in a few words. */
	reason?: string;
	/** Who claims what the block says, when a line before it introduced it so ("According to the complaint, …:"). */
	claimedBy?: string;
}

export interface ArticleDetails {
	title?: string;
	/** YYYY-MM-DD */
	date?: string;
	/** Where the date came from: a dateline, or the latest full date in the text. */
	dateFrom?: 'dateline' | 'text';
	publisher?: string;
}

export interface Structure {
	blocks: Block[];
	details: ArticleDetails;
}

const TERMINAL = /[.!?]["”’')\]]*$/;
const CREDIT =
	/\b(?:Photo|Image|Video|Illustration|Graphic)s?\s+(?:credit|courtesy)s?\b|\bCredits?\s*:|\bcourtesy(?: of)?\s+\p{Lu}|\b(?:via|by) (?:AP|AFP|Reuters|Getty Images)\b|\((?:Photo|Image|Credit)\b|\bPhoto(?:graph)?:\s|\/(?:AP|AFP|Reuters|Getty Images)\)|\bCC BY\b|(?:\b|(?<=\p{Ll}))(?:Image|Picture|Video|Footage)s?:\s*\p{Lu}[\p{L}.’'/ ,&-]{1,80}\.?$/iu;
// "NASA/Bill Ingalls", "NASA/JPL-Caltech/SWRI/PU", "(NASA/Kim Shiflett)" at the end of a paragraph.
const SLASH_CREDIT = /(?:^|[\s(])\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?(?:\s?\/\s?\p{Lu}[\p{L}.’' -]*)+\)?\.?$/u;
const PICTURE_OPENING =
	/^(?:(?:Left|Right|Above|Below|Top|Bottom|Inset|Center|Centre|Pictured|Top left|Top right|Bottom left|Bottom right)\s*:|File (?:image|photo|picture|footage)s?\b|(?:Graphic representation|Map|Photo|Photograph|Picture|Illustration|Diagram|Satellite (?:image|photo)|Artist[’']s (?:impression|concept|rendering))\s+of\b|(?:This|These|The|An?)\s+(?:[\p{L}-]+\s+){0,3}(?:image|images|photo|photos|photograph|illustration|illustrations|view|graphic|animation|artist[’']s concept|artist[’']s rendering|rendering|map|chart|mosaic|composite|video|still|screenshot|infographic|visualization)s?\b)/iu;
const PICTURE_PHRASES = /\b(?:poses? for (?:a )?(?:portrait|photo|picture)|is pictured|are pictured|pictured (?:far |second |third )?(?:left|right|centre|center|above|below|here)|[a-z\d.]Image:\s|seen here|shown here|in this (?:photo|image|picture)|file photo|,\s+from (?:the )?file\.?$|\(file\)|\((?:left|right|center|centre|foreground|background)\))/i;
/**
 * A picture's caption is a name and what it is doing, with no verb of its own: "Sultan Vahideddin
 * (Mehmed VI) departing from the backdoor of the Dolmabahçe Palace in Istanbul in 1922."
 */
const PARTICIPLE_CAPTION = /^(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:\([^)]{1,40}\)\s+)?\p{Ll}+ing\b(?![^.]*\b(?:is|are|was|were|has|have|had|will|would|said|says|can|could|did|does)\b)[^.;:!?]{0,160}\.?$/u;
const BOILERPLATE_START =
	/^(?:Learn more|For more (?:information|details)|To (?:learn|read|find out) more|Read more|Find (?:out )?more|More information|Watch (?:a|the) video|Watch:|See (?:the|a) (?:full )?(?:list|video|gallery)|Follow (?:us|\p{Lu})|Editor[’']s note|Content warning|Additional (?:Information|resources)|Related(?: stories| links)?:|Media contacts?|News Media Contact|Contact:|Subscribe|Get (?:breaking )?news|Learn how\b|Sign up|Share this|Download|Click here|Visit\b|Explore\b|###|-end-|—end—|Resources?:)/iu;
// ("said in his monthly news conference that …": where something was said is no logistics.)
const LOGISTICS =
	/\b(?:will (?:provide|air|stream|broadcast|host) (?:live )?coverage|coverage (?:will )?(?:begins?|starts?)|coverage of the (?:launch|landing|event|briefing|arrival|docking|spacewalk|news conference)|live (?:coverage|stream|on)|(?:NASA\+|NASA Television|NASA TV)\b|media accreditation|accreditation (?:deadline|requests?)|(?<!\b(?:in|at|during|after)\s+(?:[A-Za-z’']+\s+){0,3})news conference|media teleconference|(?:registration|RSVP) (?:is|closes|deadline)|to register,|tickets? (?:are|go on sale)|stream (?:NASA|the event|live)|watch (?:live|online))/i;
const SCHEDULE_LINE = /^(?:\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|(?:am|pm)\b)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}\s*:?$)/iu;
const ABOUT_HEADING = /^(?:More )?About (?:the )?\p{Lu}[\p{L}&.’' -]{1,60}$|^(?:Mission|Program|Project) (?:Management|Partners|Team|Background)$/u;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_DATE = /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g;
const DATELINE = /^(?:[\p{Lu}][\p{Lu}\p{L} .,’'-]{1,40}\s*)?(?:\((?:AP|Reuters|AFP|VOA|UPI)\)\s*)?(?:[,—–-]\s*)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4})\s*(?:[—–-]|\/|\||$)/u;
const DIGEST_LINE = /^(?:An?\s+|The\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:compilation|round-?up|summary|digest|selection|collection)\s+of\s+(?:[\p{Ll}-]+\s+){0,4}(?:for|from|on)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}\.?$/iu;
const DIGEST_DATE = /((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4})\.?$/u;
const WIRE_DATELINE = /^[\p{Lu}][\p{Lu} .,’'-]{1,40}\s*\((AP|Reuters|AFP|VOA|UPI)\)\s*[—–-]/u;
const WIRE_NAMES: Record<string, string> = { AP: 'Associated Press', Reuters: 'Reuters', AFP: 'Agence France-Presse', VOA: 'Voice of America', UPI: 'United Press International' };

/** Sorts the article's lines into body text and everything a quiz should leave alone. */
export function readStructure(text: string): Structure {
	const paragraphs = splitParagraphs(text);
	const blocks: Block[] = [];
	let tail: { kind: BlockKind; reason: string } | undefined;
	let listOpen = false;
	let lastItemOpen = false;
	paragraphs.forEach((p, index) => {
		const block = (kind: BlockKind, reason?: string) => blocks.push({ ...p, kind, ...(reason ? { reason } : {}) });
		const words = p.text.split(/\s+/).length;
		const terminated = TERMINAL.test(p.text);
		if (tail) return block(tail.kind, tail.reason);
		// A headline has no full stop (or is short); a first line that is a long sentence is the lede.
		if (index === 0 && paragraphs.length > 1 && ((!terminated && words <= 30) || words <= 12)) return block('headline');
		if (/^-+\s*end\s*-+$|^—end—$|^###$/i.test(p.text) || /^(?:News )?Media Contacts?$/i.test(p.text)) {
			tail = { kind: 'boilerplate', reason: 'contact block' };
			return block('boilerplate', 'contact block');
		}
		if (ABOUT_HEADING.test(p.text) && index > 2) {
			tail = { kind: 'boilerplate', reason: '"About" boilerplate' };
			return block('boilerplate', '"About" boilerplate');
		}
		if (BOILERPLATE_START.test(p.text)) return block('boilerplate', 'links, notes and calls to action');
		// "A compilation of brief news reports for Thursday, August 5, 2010.": what the page is, and its date.
		if (index <= 2 && DIGEST_LINE.test(p.text)) return block('boilerplate', 'dateline');
		if (PICTURE_OPENING.test(p.text) || PICTURE_PHRASES.test(p.text) || CREDIT.test(p.text) || (SLASH_CREDIT.test(p.text) && !/\b(and|or)\/\b/.test(p.text)) || PARTICIPLE_CAPTION.test(p.text)) {
			return block('caption', 'photo caption or credit line');
		}
		if (SCHEDULE_LINE.test(p.text)) return block('logistics', 'schedule');
		if (LOGISTICS.test(p.text)) return block('logistics', 'media and event logistics');
		if (/@|https?:\/\/|www\.|\b\d{3}[-.]\d{3}[-.]\d{4}\b|^\d{4}-\d{2,4}$/.test(p.text) && words <= 12) return block('boilerplate', 'links and contact details');
		// A byline late in the text closes the article: what follows is about the author or the series.
		if (/^By\s+\p{Lu}[\p{L}.’' -]{1,50}$/u.test(p.text)) {
			if (index > paragraphs.length * 0.6) tail = { kind: 'boilerplate', reason: 'after the byline' };
			return block('boilerplate', 'byline');
		}
		// A list item: after a line that ends with a colon, or itself ending in ";" or a bullet.
		// (A full sentence under an item, "Intel paid NEC several million dollars for caps.", is body text
		// within the list: a fact the list goes on to give.)
		if (listOpen && terminated && !/^[•·▪‣◦*–-]\s/.test(p.text) && statement(p.text)) {
			lastItemOpen = false;
			return block('body');
		}
		if (/^[•·▪‣◦*–-]\s/.test(p.text) || /;\s*(?:and)?$/.test(p.text) || (listOpen && (!terminated || words <= 12 || lastItemOpen))) {
			lastItemOpen = /;\s*(?:and)?$/.test(p.text);
			listOpen = true;
			return block('list', 'list item');
		}
		lastItemOpen = false;
		listOpen = /:$/.test(p.text);
		// A line that introduces a list is short; a paragraph whose last sentence introduces a quotation
		// ("As Ben Rozitis, a co-author of the study, told Space.com:") is body text before it.
		if (listOpen && (words <= 30 || splitSentences(p).length <= 1)) return block('heading', 'introduces a list');
		if (/\?["”]?$/.test(p.text) && words <= 25) return block('heading', 'interview question or heading');
		if (!terminated && words <= 25) return block('heading', 'heading or standfirst (no full stop)');
		return block('body');
	});
	markClaims(blocks);
	const details = findDetails(text, blocks);
	// "London, England — Yesterday, …", "WASHINGTON (AP) — …": where the story was filed opens the first
	// paragraph; the sentence starts after it.
	const first = blocks.findIndex((b) => b.kind === 'body');
	const place = first >= 0 ? PLACE_DATELINE.exec(blocks[first]!.text) : null;
	if (place) blocks[first] = { ...blocks[first]!, text: blocks[first]!.text.slice(place[0].length), start: blocks[first]!.start + place[0].length };
	return { blocks, details };
}

/** A place (and a wire) before a dash at the very start of a story: "Taipei, Taiwan — ". */
const PLACE_DATELINE = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}(?:,\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})?\s*(?:\((?:AP|Reuters|AFP|VOA|UPI)\)\s*)?(?:—|–|--)\s+(?=[\p{Lu}"“])/u;

/**
 * A short line that states something about someone ("Acer withdrew from the launch in September 2003.",
 * "Intel paid NEC several million dollars for caps."), not an item of advice or a heading ("Let them
 * lead the conversation.", "Forcing partners to boycott AMD launches"): a subject, then a verb in the past.
 */
function statement(text: string): boolean {
	const terms = nlp(text).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
	const tags = terms.map((t) => new Set(t.terms[0]?.tags ?? []));
	if (tags.length < 3 || tags[0]!.has('Verb') || tags[0]!.has('Gerund') || tags[0]!.has('Pronoun')) return false;
	if (['Preposition', 'Conjunction'].some((t) => tags[0]!.has(t)) || (tags[0]!.has('Adverb') && !tags[0]!.has('Hyphenated'))) return false;
	return tags.slice(1, 6).some((t) => (t.has('PastTense') && !t.has('Adjective')) || t.has('Auxiliary') || t.has('Copula'));
}

/**
 * "According to the complaint, Intel has …, among other things:" — every paragraph after such a line
 * is the source's claim, not the article's own statement, until the article turns to something else
 * (a heading, or a paragraph that names its own source).
 */
function markClaims(blocks: Block[]): void {
	let source: string | undefined;
	for (const b of blocks) {
		const intro = /:\s*$/.test(b.text) ? /^(?:According to (the [\p{Ll}\s]+?|[\p{Lu}][\p{L}\s.&-]+?),|(The [\p{Ll}\s]+?|[\p{Lu}][\p{L}.&-]+(?:\s[\p{Lu}][\p{L}.&-]+){0,3}) (?:alleges|claims|says|argues|accuses|contends|states)\b)/u.exec(b.text) : null;
		if (intro) {
			source = (intro[1] ?? intro[2])!.trim();
			continue;
		}
		if (b.kind === 'headline' || (b.kind === 'heading' && !/:\s*$/.test(b.text))) source = undefined;
		if (source && (b.kind === 'body' || b.kind === 'list')) b.claimedBy = source;
	}
}

function findDetails(text: string, blocks: Block[]): ArticleDetails {
	const details: ArticleDetails = {};
	const headline = blocks.find((b) => b.kind === 'headline');
	if (headline) details.title = headline.text.replace(/\s+/g, ' ').trim();
	const firstBody = blocks.find((b) => b.kind === 'body' || b.reason === 'dateline');
	const dateline = firstBody ? DATELINE.exec(firstBody.text) ?? DIGEST_DATE.exec(firstBody.text) : null;
	if (dateline) {
		const date = isoOf(dateline[1]!);
		if (date) {
			details.date = date;
			details.dateFrom = 'dateline';
		}
	}
	if (!details.date) {
		// The latest full date the text gives: news is written on or after the events it reports.
		const latestIn = (list: Block[]) => {
			let latest: string | undefined;
			for (const b of list) {
				FULL_DATE.lastIndex = 0;
				for (let m = FULL_DATE.exec(b.text); m; m = FULL_DATE.exec(b.text)) {
					const date = isoOf(m[0]);
					if (date && (!latest || date > latest)) latest = date;
				}
			}
			return latest;
		};
		// The body and editor's notes first, then a date line or heading; never a photo caption's date, which
		// says when the photo was taken, often long before (the page then asks for the article's date).
		const latest = latestIn(blocks.filter((b) => b.kind === 'body' || (b.kind === 'boilerplate' && /^Editor/.test(b.text)))) ?? latestIn(blocks.filter((b) => b.kind !== 'boilerplate' && b.kind !== 'caption'));
		if (latest) {
			details.date = latest;
			details.dateFrom = 'text';
		}
	}
	const publisher = findPublisher(text, blocks);
	if (publisher) details.publisher = publisher;
	return details;
}

/** The publisher when the text names itself: a wire dateline, or the domain of its own links and addresses. */
function findPublisher(text: string, blocks: Block[]): string | undefined {
	const firstBody = blocks.find((b) => b.kind === 'body');
	const wire = firstBody ? WIRE_DATELINE.exec(firstBody.text) : null;
	if (wire) return WIRE_NAMES[wire[1]!];
	const counts = new Map<string, number>();
	const domains = /(?:@|https?:\/\/(?:www\.)?|\bwww\.)(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.(?:gov|org|com|edu|int|mil|net|co\.uk|gov\.uk|ac\.uk)\b/gi;
	for (const b of blocks) {
		if (b.kind !== 'boilerplate') continue;
		for (let m = domains.exec(b.text); m; m = domains.exec(b.text)) counts.set(m[1]!.toLowerCase(), (counts.get(m[1]!.toLowerCase()) ?? 0) + 1);
	}
	const best = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
	if (!best || /^(youtube|youtu|twitter|x|facebook|instagram|linkedin|flickr|google|gmail|bit)$/.test(best)) return undefined;
	// The name as the article writes it ("NASA" for nasa.gov, "VA" for va.gov).
	const written = new RegExp(`\\b(${best.replace(/[^a-z0-9]/g, '')})\\b`, 'i').exec(text.replace(/\S*(?:@|https?:\/\/|www\.)\S*/g, ' '));
	return written && written[1] !== written[1]!.toLowerCase() ? written[1] : undefined;
}

function isoOf(text: string): string | undefined {
	const m = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(text.trim());
	if (!m) return undefined;
	const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
	const day = Number(m[2]);
	const year = Number(m[3]);
	const date = new Date(Date.UTC(year, month, day));
	if (month < 0 || date.getUTCMonth() !== month || date.getUTCDate() !== day) return undefined;
	return `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
