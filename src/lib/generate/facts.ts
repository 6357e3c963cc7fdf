/**
 * From a body sentence to a fact a student can read on its own: leading connectives and "also" dropped,
 * "he", "it" and "the agency" replaced by the name they point to (only when exactly one fits), surnames
 * written in full, relative dates made absolute, parentheses (unit conversions, acronyms) removed. A
 * sentence that still leans on its neighbours is dropped with the reason. Each fact gets a key-fact
 * score: how central it is to the article (lede, headline, results, numbers, firsts and records).
 */
import { needsArticle, type Mention, type Sentence } from './analyze';
import { attributionAt, findAttribution, type Attribution } from './attribution';
import { parseClause, tokensOf, type Clause, type Token } from './clause';
import { categoryOf, contentWords, namedByCategory, namesAThing, personBefore, stem, thingBefore, CATEGORY_NOUNS, ROLE_NOUNS, type ArticleContext, type EntityInfo } from './context';
import nlp from 'compromise';
import { parseIsoDate } from './dates';
import { MONTHS } from './lexicon';
import { applyEdits, asStatement, tidy, type Edit } from './edits';

export interface Fact {
	sentence: Sentence;
	tokens: Token[];
	clause: Clause | null;
	/** Rewrites that make the sentence stand alone, in sentence offsets. */
	edits: Edit[];
	/** The self-contained statement. */
	text: string;
	attribution: Attribution;
	/** Who vouches for the whole sentence ("Kyodo News"), when the article attributes it. */
	source?: string;
	/** How central the fact is to the article, 0–1. */
	keyScore: number;
	signals: FactSignals;
	/**
	 * The sentence before, as a statement, when this one leans on it ("This was Sweden's first win
	 * since 1958."): a question on this fact gives it first, so that "this" has something to point to.
	 */
	lead?: string;
}

export interface FactSignals {
	position: number;
	headline: number;
	centrality: number;
	quantities: number;
	change: boolean;
	record: boolean;
	outcome: boolean;
	cause: boolean;
	hedged: boolean;
	attributed: boolean;
	resolved: number;
	words: number;
	people: number;
}

export interface Dropped {
	sentence: Sentence;
	reason: string;
}

const CONNECTIVE =
	/^(?:(?:Despite|Because of|Due to|Following|After|Besides|Beyond|Unlike|Like|In addition to|Along with|Thanks to|Amid|Through|With|Without|In spite of)\s+(?:this|that|these|those|such)(?:\s+[A-Za-z-]+){0,3}(?=,)|That[’']s because|This is because|That is because|This means that|That means that|Because of this,|As a result of this,|However|But|And|So(?!\s+far\b)|Also|Additionally|In addition(?! to)|In response(?! to)|Meanwhile|Moreover|Furthermore|Further|Consequently|As a result(?! of)|In contrast(?! to| with)|By contrast(?! to| with)|Still|Then|Finally|Later(?! (?:in|that|this|on))|Instead(?! of)|Yet|Thus|Therefore|Similarly|Likewise|Overall|Ultimately|In turn|At the same time|Even so|For example|For instance|In fact|Indeed|Of course|Notably|Importantly|Together|For (?:his|her|their|its|our) part(?=,)|(?:Shortly|Soon|Immediately) after(?:wards?)?(?:\s+(?:the|this|that)\s+[a-z]+)?(?=,)|Within (?:a couple of|a few|two|three|\d+) (?:seconds|minutes|moments)(?=,)|(?:Minutes|Moments|Seconds) later|Simultaneously|Afterward|Afterwards|Eventually|Most recently|Recently|In the meantime|Nevertheless|Nonetheless|Accordingly|Besides|Plus|Again|Earlier(?=,)|Next(?=,)|Specifically(?=,)|Once (?:everything|things|that|this|it|the dust)(?:\s+[a-z]+){1,3}(?=,)|In (?:a|another) separate (?:incident|case|development|move|attack|statement|report|event)(?=,))\b[,;]?\s+/;
// ("proved too good for New Zealand": "too" before an adjective is a degree, and stays.)
// ("Maldini then had a header": a "then" after the name that opens the clause; not "killed his mother Nancy then went".)
const INNER_ADVERBS = /(?<=\s)(?<!\bbut\s)(?:also|again|additionally|therefore|thus|consequently|subsequently)\s+(?=\p{Ll})|(?<=\p{L}\s)further\s+(?=(?:said|stated|added|noted|explained|claimed|argued|told)\b)|(?<=(?:^|[,;]\s|\b(?:but|and|while)\s)(?:\p{Lu}[\p{L}’'-]*\s+){1,3})then\s+(?=(?:\p{Ll}+ed|had|was|were|made|took|got|gave|went|came|saw|won|lost|found|sent|put|hit|ran|shot|broke|left|led|held|kept|beat|drew|struck|threw|caught|became|began|brought)\b)|,?\s+(?:too|as well)(?=[.;])|,\s*(?:therefore|thus|however|though|meanwhile|consequently|nevertheless|nonetheless|in turn|as a result|in addition),(?=\s)|(?<=\p{L})\s+however(?=\s+(?:stated|said|says|added|noted|argued|claimed|warned|insisted|told|did|was|were|is|are|has|had|have|won|lost|scored|beat|drew|made|took|gave)\b|\s+\p{Ll}+ed\b|,)/gu;
/**
 * "I", "we", "you" and their forms, in either case but never "US" (the country), "ME" (the state), nor
 * a Roman numeral one after a name ("SERT I", "World War I", "Phase I").
 */
const FIRST_OR_SECOND_PERSON = /(?<!\b(?:\p{Lu}{2,}|War|Phase|Title|Block|Stage|Part|Type|Class|Level|Mark|Chapter|Article|Volume|Tier|Division|League|Act|Section|Grade|Category|Series|Generation|Apollo|Gemini|Pioneer|Explorer|Voyager|Mariner|Ranger|Surveyor|Artemis|King|Queen|Pope|Elizabeth|Henry|Charles)\s)\bI\b|\b(?:I[’'](?:m|ve|d|ll)|[Ww]e|[Ww]e[’'](?:re|ve|d|ll)|[Oo]urs?|us|Us|[Mm]y|me|Me|[Yy]ou|[Yy]ours?|[Yy]ou[’'](?:re|ve|d|ll)|[Ll]et[’']s)\b/u;
// ("a conference on the war in Afghanistan and another on Yemen": an "and another" pairs within its sentence.)
const LEANING = /\b((?<![;,]\s)this (?:was|is|will|would|means|meant)\b|the two|the pair|both (?:men|women|sides|countries|teams|companies|agencies|missions)|the former(?!\s+(?:[a-z-]+\s+)?(?:prime minister|president|minister|chief|head|leader|director|chairman|governor|mayor|secretary|ambassador|premier|king|queen|emperor|coach|manager|captain|player|champion|member|owner|wife|husband|editor|officer|commander)\b)|the latter|the same(?!-|\s+(?:sex|gender|time)\b)|the duo|the trio|the aforementioned|such (?:a|an)\b|(?<!\b(?:and|or)\s)another\b|the other\b|the rest of the|these (?:efforts|results|findings|data|changes)|this (?:work|effort|result|finding|change|approach|one)|that (?:work|effort|result|number|figure|amount|total|estimate|count)|the (?:first|last|final|other|remaining) (?:two|three|four|five|six|several|few)(?! [a-z]+s of (?:the|their|its|his|her|this) (?:[a-z-]+ ){0,3}(?:series|season|tournament|championship|league|cup|campaign|competition|tour))(?!(?<=\blast (?:two|three|four|five|six|several|few)) (?:years|months|weeks|decades)\b)|(?:more|less) (?:success|progress|effective|successful|difficult|important)(?![^.]*\bthan\b))\b/i;
const DEMONSTRATIVE = /\b(this|these|those)\s+(?!(?<=\bthis\s+)time\b|(?<=\bthose\s+)(?:who|whom|whose|with|without|in|of|on|at|for|from|under|over|aged|living|born|most|who’ve|who've)\b|year\b|month\b|week\b|morning\b|afternoon\b|evening\b|season\b|summer\b|winter\b|spring\b|autumn\b|fall\b|is\b|was\b|are\b|were\b|will\b|has\b|have\b|had\b|can\b|could\b|would\b|may\b|might\b|the\b|a\b|an\b|it\b|he\b|she\b|they\b|we\b|its\b|his\b|her\b|their\b)\p{Ll}+/iu;
/** Kinds of thing a later "the …" is named as, when the article names one of them: "the agency", "the mosque", "the city". */
const NAMED_KINDS = new Set(['agency', 'library', 'gallery', 'resort', 'zoo', 'theatre', 'theater', 'program', 'programme', 'mission', 'spacecraft', 'rover', 'company', 'university', 'station', 'moon', 'probe', 'telescope', 'laboratory', 'center', 'office', 'initiative', 'mosque', 'church', 'temple', 'cathedral', 'museum', 'stadium', 'hospital', 'airport', 'palace', 'prison', 'bridge', 'memorial', 'project', 'foundation', 'festival', 'study', 'report', 'committee', 'commission', 'council', 'institute', 'ministry', 'department', 'court', 'party', 'club', 'newspaper', 'campaign', 'city', 'town', 'village', 'plant', 'factory', 'reactor', 'conference', 'summit', 'convention', 'expo']);
/** The kinds of thing a story's "the event" is. */
const EVENT_KINDS = ['festival', 'conference', 'summit', 'convention', 'expo', 'championship', 'tournament', 'competition'];
const LEANING_NOUNS = new Set(['game', 'match', 'race', 'final', 'half', 'tactic', 'vote', 'bill', 'case', 'site', 'fire', 'incident', 'storm', 'attack', 'meeting', 'visit', 'trip', 'outcome', 'outcomes', 'heads-up', 'broadcasts', 'lapse', 'lapses', 'findings', 'finding', 'study', 'paper', 'report', 'team', 'researchers', 'scientists', 'authors', 'effort', 'efforts', 'move', 'decision', 'event', 'events', 'results', 'result', 'data', 'work', 'group', 'crew', 'pair', 'plan', 'deal', 'proposal', 'changes', 'change', 'grant', 'grantee', 'grantees', 'veteran', 'participant', 'participants', 'technology', 'concept', 'idea', 'test', 'tests', 'flight', 'launch', 'project', 'effort', 'approach', 'process', 'system', 'device', 'aircraft', 'vehicle', 'spacecraft', 'mission', 'program', 'agency', 'company', 'rover', 'moon', 'planet', 'model', 'models', 'prototype', 'design', 'campaign', 'initiative', 'service', 'services', 'experience', 'journey', 'story', 'award', 'honor', 'ceremony', 'festival', 'organization', 'organizations', 'partners', 'partner', 'winner', 'patient', 'patients', 'woman', 'man', 'officer', 'firefighters', 'crews', 'teams', 'fire', 'house', 'home', 'program’s', 'agency’s', 'number', 'rate', 'figure', 'share', 'proportion', 'percentage', 'total', 'amount']);
/**
 * The paragraph an agency puts in every release, whatever the news: who manages a mission for whom,
 * and the programme's mission statement ("… will land the first woman and first person of color …",
 * "… part of NASA’s backbone for deep space exploration …").
 */
const STANDING_TEXT = /\b(?:is|are|was|were) (?:managed|operated|led) by\b[^.;]*\bfor (?:NASA|the agency)[’']s [\p{Lu}][\p{L} ]*(?:Directorate|Office|Division)\b|\b(?:managed|operated) by NASA[’']s [\p{Lu}][\p{L} ]*(?:Center|Laboratory)\b|\bmanages (?:the )?(?:mission|project|program|programme) for NASA[’']s\b|\bfirst woman(?:,| and) (?:the )?first person of colou?r\b|\bpart of NASA[’']s backbone\b/u;
/**
 * A player taken off for another: "After the half time, Rode was substituted in for Dahoud", "In the 90th
 * minute, Belgium made a change, as Chadli replaced Witsel" (judged blind, such lines were rejected nine
 * times in nine; a player "taken off in a stretcher" is a story of its own).
 */
const PLAY_BY_PLAY = /\b(?:was walked|loaded the bases|load the bases|batters faced|(?:got|made) a hit\b(?! to (?:score|win|drive))|was still (?:pitching|batting|at bat)|were walked|led off|bunted|wild pitch|fielder['’]s choice|run out|inning ended|end(?:ed)? the inning|struck out|grounded out|flied out|popped out|stole (?:second|third)|advanced (?:\p{Lu}[\p{L}-]+\s+){0,2}to (?:second|third)|started on (?:first|second|third)|(?:reached|went to|was out at) (?:first|second|third)(?: base)?|went out)\b/u;
/** "General Ilker Basbug met with the prime minister after …", "President Gul met with Besir Atalay." */
const MEETING = /^(?:(?:After|Before|Following|Later|Then|On|In)\b[^,]{0,60},\s*)?(?:\p{Lu}[\p{L}.’'-]*\s+){1,5}(?:also\s+|later\s+|then\s+|briefly\s+)?met\s+(?:with\s+)?(?:\p{Lu}|(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:prime minister|president|minister|king|queen|leader|chief|head|delegation|envoy|ambassador|officials|commanders|counterpart)s?\b)/u;
const BOOKING = /\b(?:(?:was|were) (?:booked|cautioned)|cautioned (?:him|her|them)\b|produced (?:any |a )?(?:yellow|red|colou?red) cards?|(?:shown|received|picked up|got|given) a yellow card|booked in the \d+)/i;
// ("Beattie headed a good chance over the bar", "tried to equalise soon after, but were unsuccessful", "was caught offside".)
const NEAR_MISS = /\b(?:(?:flew|sailed|curled|drifted|dragged|blazed)\s+(?:just\s+|narrowly\s+)?(?:wide|over the bar)|missed (?:a|an|another) (?:chance|opportunity)|(?:attempt|shot|effort|header|strike)s?\b[^.;]{0,60}\b(?:was|were) (?:blocked|saved|cleared|stopped)|attempted (?:a )?goal|chance fell to|attempt\b[^.;]{0,60}\b(?:was saved|failed)|(?:shot|header|attempt|effort|drive|kick) (?:was |were )?(?:saved|blocked|wide|over the bar)|saved well|palm(?:ed)? (?:it|the ball) away|almost (?:scored|fooled|beat)|nearly (?:scored|had a)|went (?:close|wide|just wide|over)|hit the (?:post|bar|crossbar|woodwork)|(?:bounced|rebounded|came) off the (?:goal\s?post|post|bar|crossbar|upright|woodwork)|(?:shot|header|attempt|effort)\b[^.;]{0,40}\bmissed\b|missed the (?:goal|target|net)|missed (?:their|his|her|its) (?:shots?|chances?|attempts?|efforts?)\b|nothing on the scoreboard|(?:looking|looked) (?:threatening|dangerous)|(?:headed|volleyed|fired|blasted|skied|lifted|chipped|struck|sent)\s+(?:[\w'’-]+\s+){0,4}?(?:wide|over the (?:bar|crossbar))|easy pickings|(?:tried|attempted|looked) to (?:equalise|equalize|level|score|pull one back)\b[^.;]{0,40}\b(?:unsuccessful|in vain|without success|failed)|(?:was|were) (?:caught|flagged|ruled) offside)\b/i;
const SUBSTITUTION = /\bsubstituted\b|\bcame on for\b|\bmade (?:a|one|two|three) (?:change|changes|substitutions?)\b|\breplaced\b[^.;]*\bminute\b|\bminute\b[^.;]*\breplaced\b/i;
/** "Spectators in Lompoc were treated to …", "People in Orange County were treated to the sight of …". */
const ONLOOKERS = /\b(?:spectators|onlookers|viewers|sky-?watchers|crowds?|people)\b[^.;]{0,90}?\s(?:were|was|had been)\s+(?:treated to|in (?:clear|full|plain) view|able to see|given a view)\b/i;
// ("said in his monthly news conference that …": where something was said is no logistics.)
const LOGISTICS = /\b(?:(?:runs|will run|is open|are open|will be open|is on|continues)\s+(?:daily\s+)?(?:through|until|till)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)|(?:released|issued|made|gave) the following statement|provide (?:full |live )?coverage|coverage (?:will|begins)|will (?:air|stream|broadcast)|live (?:coverage|stream)|media accreditation|(?<!\b(?:in|at|during|after)\s+(?:[A-Za-z’']+\s+){0,3})news conference|register (?:by|at|online)|(?:biography|biographies|images?|photos?|photographs?|b-roll|video|transcripts?) (?:is|are) available)\b/i;
// "Polling stations opened at 7.00 a.m", "doors open at 6 pm"; "testified via videolink from …": when
// a place opened and how a witness was heard, not what happened.
const HOURS_AND_LINKS = /\b(?:(?:polls|polling stations?|polling places|doors|gates|voting|registration|the exhibition|the museum)\s+(?:opened|closed|open|close|will open|will close|opens|closes)\s+at\s+\d|\b(?:TV|television|camera)\s+crews\s+(?:were|was)\s+(?:present|there|on hand)|(?:testified|gave evidence|gave testimony|appeared|spoke)\s+(?:via|by|over|through)\s+(?:a\s+)?(?:video\s*link|videolink|video|satellite link|webcam))/i;
const CHANGE = /\b(increas|decreas|reduc|shorten|lengthen|grow|grew|rise|rose|risen|fell|fall|drop|doubl|tripl|halv|expand|boost|improv|declin|surg|jump|climb|plung|slow|accelerat|extend|cut)\w*/i;
const RECORD = /\b(first|record|largest|biggest|smallest|highest|lowest|longest|shortest|fastest|slowest|oldest|youngest|only|unprecedented|milestone|historic|most|least|fewest)\b/i;
const OUTCOME = /\b(announced|approved|selected|awarded|named|appointed|signed|launched|won|lost|found|discovered|confirmed|showed|revealed|completed|achieved|reached|landed|agreed|decided|voted|passed|ruled|released|published|estimated|calculated|measured|identified|detected|produced|generated|built|developed|created|established|founded|funded|invested|spent|raised|earned|killed|injured|destroyed|hired|served|received|carried|delivered|docked|returned|retired|succeeded|arrived|began|started|ended|became|graduated|won)\b/i;
const CAUSE = /\b(because|due to|as a result|caused|led to|resulting in|result of|so that|in order to|thanks to)\b/i;

/**
 * The sentence as a fact even when the screens would drop it: a teacher chose it. Rewrites still
 * apply where they can (names in full, dates made absolute, parentheses out).
 */
export function chosenFact(context: ArticleContext, sentence: Sentence): Fact {
	const body = context.body.indexOf(sentence);
	const read = readFact(context, sentence, Math.max(0, body), 0);
	if (!('reason' in read)) return read;
	const edits: Edit[] = [];
	for (const d of sentence.dates) if (d.replacement && !sentence.quotes.some(([a, b]) => d.start >= a && d.start < b)) edits.push({ start: d.start, end: d.end, text: d.replacement });
	const paren = /\s*\([^()]*\)/g;
	for (let m = paren.exec(sentence.text); m; m = paren.exec(sentence.text)) edits.push({ start: m.index, end: m.index + m[0].length, text: '', priority: 4 });
	const text = asStatement(tidy(applyEdits(sentence.text, edits)));
	const attribution = findAttribution(sentence);
	const source = attributionAt(attribution, 0);
	const signals: FactSignals = { position: body, headline: 0, centrality: 0, quantities: 0, change: false, record: false, outcome: false, cause: false, hedged: attribution.hedges.length > 0, attributed: attribution.claims.length > 0, resolved: 0, words: text.split(/\s+/).length, people: 0 };
	return { sentence, tokens: tokensOf(sentence), clause: parseClause(sentence), edits, text, attribution, ...(source ? { source } : {}), keyScore: 0, signals };
}

/** Every body sentence as a fact, or dropped with the reason. */
export function readFacts(context: ArticleContext): { facts: Fact[]; dropped: Dropped[] } {
	const facts: Fact[] = [];
	const dropped: Dropped[] = [];
	const centrality = centralities(context.body);
	const seen: Array<Set<string>> = [];
	context.body.forEach((sentence, position) => {
		// Galleries repeat a caption several times in one line: each sentence counts once.
		const words = new Set(contentWords(sentence.text));
		if (seen.some((w) => similarity(w, words) >= 0.9)) {
			dropped.push({ sentence, reason: 'repeats an earlier sentence' });
			return;
		}
		seen.push(words);
		let result = readFact(context, sentence, position, centrality.get(sentence) ?? 0);
		// Leaning on the sentence just before, which stands alone: asked with that sentence in front.
		const before = facts[facts.length - 1];
		if ('reason' in result && result.reason.startsWith('leans on an earlier sentence') && before && !before.lead && canLead(context, before, sentence, result.reason)) {
			const carried = readFact(context, sentence, position, centrality.get(sentence) ?? 0, before.sentence);
			if (!('reason' in carried)) result = { ...carried, lead: before.text };
		}
		if ('reason' in result) dropped.push({ sentence, reason: result.reason });
		else facts.push(result);
	});
	for (const s of context.article.sentences) if (s.block !== 'body') dropped.push({ sentence: s, reason: blockReason(s) });
	return { facts, dropped: dropped.sort((a, b) => a.sentence.index - b.sentence.index) };
}

/** Words at most in a sentence given in front of a question on the next one. */
const LEAD_WORDS = 30;

/**
 * Whether `before` can be given in front of the questions on `sentence`: it is the sentence just
 * before, in the same paragraph or closing the one before, short, and no one's claim (the claim's
 * "this" would be the speaker's).
 */
function canLead(context: ArticleContext, before: Fact, sentence: Sentence, reason: string): boolean {
	const index = context.body.indexOf(sentence);
	if (index < 1 || context.body[index - 1] !== before.sentence) return false;
	if (sentence.paragraph - before.sentence.paragraph > 1) return false;
	if (before.attribution.claims.length > 0 || before.source || sentence.quotes.length > 0) return false;
	if (before.text.split(/\s+/).length > LEAD_WORDS) return false;
	// What points back must find its thing there: "This was …" the statement before, "the broadcasts"
	// broadcasts it names ("this election" after a sentence on one candidate finds none).
	const phrase = /\("([^"]+)"\)/.exec(reason)?.[1] ?? '';
	const head = phrase.split(/\s+/).pop()!.toLowerCase();
	// "Four strong aftershocks have occurred … The fourth and strongest quake had …": one of those counted.
	if (/^(?:the|in the|at the|on the)\s+(?:first|second|third|fourth|fifth|final|last)\b/i.test(phrase) && sentence.paragraph === before.sentence.paragraph && before.sentence.mentions.some((m) => m.kind === 'number' && !!m.quantity?.unit && (m.value ?? 0) >= 2)) return true;
	if (/^(?:he|she|his|her)$/.test(head)) return before.sentence.mentions.some((m) => m.kind === 'person');
	// A bare "This" or "Other" points to the paragraph's statement before it, not across paragraphs.
	if (/^(?:this|that|these|those|it|its|they|their|other|another|both|such|then|time)$/.test(head)) return sentence.paragraph === before.sentence.paragraph;
	return contentWords(before.text).includes(stem(head));
}

function blockReason(s: Sentence): string {
	switch (s.block) {
		case 'headline':
			return 'the headline';
		case 'caption':
			return 'photo caption or credit line';
		case 'heading':
			return 'heading, standfirst or interview question';
		case 'list':
			return 'list item, not a sentence';
		case 'logistics':
			return 'media or event logistics';
		default:
			return 'boilerplate: links, contacts, notes';
	}
}

/** `carried`: the sentence before, given in front of the questions, so what points back may stay. */
function readFact(context: ArticleContext, quotedSentence: Sentence, position: number, centrality: number, carried?: Sentence): Fact | { reason: string } {
	// An interview's answers, quoted and in the first person, are the profiled person's words: read
	// without their quote marks, "I" then becomes the person's name like any profile's first person.
	const answer = interviewAnswer(context, quotedSentence);
	const sentence = answer ? { ...quotedSentence, quotes: [], mentions: quotedSentence.mentions.map((m) => ({ ...m, inQuote: false })) } : quotedSentence;
	const text = sentence.text;
	const words = text.split(/\s+/).length;
	let outside = withoutQuotes(sentence).replace(/[“”"]/g, ' ');
	if (/\?["”’]?$/.test(text)) return { reason: 'a question, not a statement' };
	if (/!["”’]?$/.test(text)) return { reason: 'an exclamation, not a statement' };
	if (!/^["“‘(]?[\p{Lu}\d$]/u.test(text)) return { reason: 'broken sentence (starts in lower case)' };
	// "Implying the planet comes in between …, meaning …": what the sentence before showed, without a subject.
	if (/^(?:Implying|Meaning|Suggesting|Indicating|Signalling|Signaling|Proving|Confirming|Showing that)\b/.test(text)) return { reason: 'broken sentence (goes on from the one before)' };
	if (words < 6) return { reason: 'too short to hold a fact' };
	if (words > 55) return { reason: 'too long to quiz as one fact' };
	if (STANDING_TEXT.test(text)) return { reason: 'boilerplate: the organisation’s standing description' };
	// "This article mentions the Wikimedia Foundation, …", "Disclosure: …": the publisher's note about itself.
	if (/^(?:This (?:article|story|report|post) (?:mentions|is about|concerns|contains|was (?:written|produced|updated))\b|Disclosure:|Editor['’]s note:)|\bis a project of the Wikimedia Foundation\b/.test(text)) return { reason: 'boilerplate: the publisher’s note about itself' };
	if (SUBSTITUTION.test(text)) return { reason: 'a substitution in a match: play-by-play, not a fact to learn' };
	// "Rie Nishiyama was walked", "Long-Droppert bunted out but advanced Porter to second", "Godfrey went
	// out and the inning ended": an inning told play by play (a run scored or a game tied stays).
	if (PLAY_BY_PLAY.test(text) && !/\b(?:scor\w*|home run|homer\w*|tie[ds]?|tying|won|win|lead|ahead)\b/i.test(text)) return { reason: 'play-by-play of an inning, not a fact to learn' };
	// "the next chance fell to Carrick whose shot was saved well", "a curling shot almost fooled Dida":
	// what nearly happened (a penalty shoot-out's saves decide the match, and stay).
	// (A penalty's is an outcome; a shot from the penalty area is not: "… in the United penalty box …, but his shot flew wide".)
	if (NEAR_MISS.test(text) && !/\bpenalt(?!y\s+(?:box|area)\b)|\bshoot-?out/i.test(text)) return { reason: 'a near miss in a match: play-by-play, not a fact to learn' };
	// "Craig Cathcart received a yellow card in the 69th minute", "was booked in the 80th minute": who was
	// cautioned and when (a booking that gave a penalty, a sending-off or the match's tally of fouls stays).
	if (BOOKING.test(text) && !/\b(?:scor\w*|penalt\w*|sent off|red card|dismiss\w*|suspen\w*|total|fouls)\b/i.test(text)) return { reason: 'a booking in a match: play-by-play, not a fact to learn' };
	// "Croatia collected three points in Parc des Prince stadium": the win the result told, in the table's terms.
	if (/\b(?:collected|earned|took|claimed|picked up|secured|bagged) (?:all |the )?three points\b/i.test(text) && !/\d+\s*[–-]\s*\d+/.test(text)) return { reason: 'a win told again as league points: not a fact to learn' };
	if (ONLOOKERS.test(text)) return { reason: 'what onlookers saw: not a fact to learn' };
	// "Yasmeen Afdhal, 24, who works for the Baghdad provincial administration, was a witness to one of
	// the bombings": who saw it, and nothing of what was seen.
	if (/\b(?:was|were)\s+(?:an?\s+|among\s+the\s+)?(?:eye-?)?witness(?:es)?\s+(?:to|of)\s+[^,;:"“]*\.?$/i.test(text)) return { reason: 'what onlookers saw: not a fact to learn' };
	// "After his meeting with the prime minister, General Ilker Basbug met with President Abdullah Gul":
	// who met whom, and nothing decided or said there, is a schedule.
	if (MEETING.test(text) && !/\b(?:to (?:discuss|talk|sign|agree|negotiate|announce|seek|ask|urge|demand)|discuss\w*|agree\w*|sign\w*|announc\w*|decid\w*|resolv\w*|said|told|warn\w*|urg\w*|pledg\w*|promis\w*|first|secret\w*|historic|engaged|married|dated)\b/i.test(text)) return { reason: 'who met whom: a schedule, not a fact to learn' };
	// "40 other aftershocks followed shortly": others than the one told before.
	if (!carried && /^(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Mm]any) other\s+\p{Ll}/u.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 2).join(' ')}")` };
	// "Ally Bank, Sovereign Bank, and Wells Fargo have 4 each.": four of what, the sentence before says.
	if (!carried && /\b(?:have|has|had|got|gets|get|received|receive|won|took|scored|hold|holds|held)\s+(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:apiece|each)\b/i.test(text)) return { reason: 'leans on an earlier sentence (a count with nothing counted)' };
	// "Among others, labels Badgley Mischka, Diesel, and Vivienne Tam unveil …": among which others, the sentence before says.
	// "Others were more negative about Thatcher's legacy": other people than the ones named before.
	if (!carried && /^Others\s+(?:\p{Ll}+\s+){0,2}(?:were|are|was|is|have|had|said|say|called|felt|feel|disagreed|criticised|criticized|praised|remembered)\b/u.test(text)) return { reason: 'leans on an earlier sentence ("Others")' };
	if (!carried && /^Among (?:others|them|these|those)\b/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 2).join(' ').replace(/,$/, '')}")` };
	// "India's rate is six times as high.": as high as what, the sentence before says.
	if (!carried && /\b(?:times|twice|half)\s+as\s+(?:high|large|big|many|much|great|likely|long|fast|low|small)\s*\.?$/i.test(text)) return { reason: 'leans on an earlier sentence (a comparison with nothing to compare)' };
	// "There, rockets were sent eastward …": the place is in the sentence before.
	if (!carried && /^There,\s/.test(text)) return { reason: 'leans on an earlier sentence ("There")' };
	// "However, the PRC … is less optimistic.": than whom, the sentence before says.
	// ("Only Finland, at 2.2%, and Australia and the Netherlands, at 1.3%, are higher.": higher than whom, in what.)
	if (!carried && /\b(?:is|are|was|were|remains?|remained|seems?|seemed|ranked|rank|ranks|scored|score|scores|came|come|comes|finished)\s+(?:much\s+|far\s+|even\s+|slightly\s+|still\s+)?(?:(?:less|more)\s+\p{Ll}+|higher|lower|better|worse|greater|larger|smaller|bigger|fewer|older|younger|stronger|weaker|faster|slower|richer|poorer|cheaper|costlier)\s*\.?$/u.test(text) && !/\bthan\b/.test(text)) return { reason: 'leans on an earlier sentence (a comparison with nothing to compare)' };
	// "The action was taken after a Mexican woman …": which action, the sentence before says.
	if (!carried && /^The\s+(?:action|actions|move|decision|step|steps|measure|measures|ban|order|announcement|incident|deal|change|changes|policy|plan|request|offer|proposal|warning)\s+(?:was|were|is|are|came|comes|has|had|will|would|followed|follows)\b/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 2).join(' ')}")` };
	// "The South Americans won the match 2–0.", "The hosts equalised": which team, the sentences before say.
	if (!carried && /^The\s+(?:South Americans|North Americans|Latin Americans|Central Americans|Europeans|Asians|Africans|Scandinavians|Balkan side|hosts|visitors|home side|away side|holders|defending champions)\s+\p{Ll}+/u.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 3).join(' ')}")` };
	// "One of the study's authors, Professor Elio Riboli, commented on the findings.": that someone spoke, not what.
	if (/\b(?:commented|remarked|spoke|reflected)\s+on\s+(?:the|these|those|its|their|his|her)\s+(?:findings?|results?|study|report|research|decision|news|announcement|verdict|ruling|outcome)\s*\.?$/i.test(text)) return { reason: 'says only that someone commented, not what' };
	// "Reports say that 24 to 30 hostages were still killed there.": the place, named nowhere in the
	// sentence, is the one before's.
	const there = /\s(?:\p{Ll}+ed|died|were|was|stayed|remain(?:ed|s)?|lived|work(?:ed|s))\s+there(?=[.,;])/u.exec(outside);
	if (!carried && there && !/\s\p{Lu}/u.test(outside.slice(0, there.index))) return { reason: 'leans on an earlier sentence ("there")' };
	// "Officials here say …", "Under questioning here, …": a correspondent's "here" is the dateline's place.
	if (/\bhere\b(?!\s+(?:is|are)\b)/i.test(outside)) return { reason: 'leans on where the reporter is ("here")' };
	// "VOA's David Gollust reports from the State Department.": a correspondent's sign-on, no fact.
	if (/^(?:\p{Lu}[\p{L}.’'-]*(?:['’]s)?\s+){1,5}(?:reports|is reporting|reported)\s+from\s+(?:the\s+)?\p{Lu}[\p{L}.’' -]*\.?$/u.test(text)) return { reason: 'a correspondent’s sign-on, not a fact' };
	// "Lord Sebastian Coe … also rejected the call for a boycott or relocation: "only damage one group
	// …": the fact is told before the colon; the quotation after it goes (it may run on past the sentence).
	const colon = answer ? null : /:\s*["“]/.exec(text);
	const head = colon ? text.slice(0, colon.index) : '';
	// (Not when the colon only introduces the words, "… noted:", "… told the news agency RIA Novosti:", nor
	// when the sentence goes on after the quotation closes, "…," he instructed the jurors.)
	const cut = colon && !/["“”]/.test(head) && head.split(/\s+/).length >= 6 && !/\b(?:said|says|told|tells|stated|states|added|adds|wrote|writes|explained|declared|announced|commented|remarked|replied|tweeted|posted|read|reads|follows?|following|including|saying|asking|stating|noted|notes|insisted|warned|argued|claimed|instructed|urged|asked|answered|responded|conceded|admitted|recalled|observed|pointed out|continued|concluded|joked|reported|reports|explains|says?|put it|words)\b[^,:]{0,70}$/i.test(head) && !/["”][^"“”]*\p{L}[^"“”]*$/u.test(text.slice(colon.index + colon[0].length)) && sentence.terms.some((t) => t.end <= colon.index && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && !/^\p{Lu}/u.test(t.text)) ? colon.index : undefined;
	// ("Minister Arye Derry issued a statement: "…"": without its words, a statement says nothing.)
	if (cut !== undefined && /\b(?:issued|released|made|gave|published|put out|posted)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:statement|comment|announcement|response|message)\s*$/u.test(head)) return { reason: 'only that a statement was made, its words cut' };
	if (cut !== undefined) outside = outside.slice(0, cut) + ' '.repeat(Math.max(0, outside.length - cut - 1)) + '.';
	// (A name or term in quotation marks, 'the "Citizens' Security law" went into effect', is no quotation.)
	const quoted = cut !== undefined ? 0 : sentence.quotes.filter(([a, b]) => text.slice(a, b).trim().split(/\s+/).length > 4).reduce((sum, [a, b]) => sum + (b - a), 0);
	// "Alex Neil, the health secretary, said the bill "will create a more tolerant society"": the speaker
	// tells it in his own sentence, the quotation a part of it; read as his claim, like any other.
	const open = text.search(/["“]/);
	const partial = open > 1 && sentence.quotes.length === 1 && /^\s*[.]?\s*$/.test(text.slice(sentence.quotes[0]![1])) && /\b(?:said|says|argued|added|warned|insisted|claimed|stated|explained|noted)\s+(?:that\s+)?(?:the|a|an|this|his|her|their|its)\s+[\p{L}\s-]{2,40}?\s*$/u.test(text.slice(0, open));
	if (!answer && !partial && (quoted > text.length * 0.35 || /^["“]/.test(text))) {
		const quote = quotedStatement(context, sentence);
		if (!quote) return { reason: 'a quotation whose speaker the paragraph does not name' };
		return readQuote(context, sentence, position, centrality, quote);
	}
	if (/[[\]]|…|\.\.\./.test(text)) return { reason: 'quotation with cuts or editor’s brackets' };
	// A fact told before an "and" that turns to the reader: "Women Veterans are the fastest-growing group
	// of Veterans and VA continues to expand services to meet your needs" holds without its second half.
	let turn: number | undefined;
	if (FIRST_OR_SECOND_PERSON.test(outside)) {
		// "… depleted of cholinesterase, an enzyme we need to move.": the reader addressed in a closing gloss only.
		const gloss = /,\s+(?:an?|the)\s+\p{L}[^,;"“”()]*?[.!]?\s*$/u.exec(outside);
		if (gloss && FIRST_OR_SECOND_PERSON.test(gloss[0]) && !FIRST_OR_SECOND_PERSON.test(outside.slice(0, gloss.index)) && outside.slice(0, gloss.index).split(/\s+/).length >= 6) turn = gloss.index;
		else for (const m of outside.matchAll(/,?\s+(?:and|but)\s+/g)) {
			const head = outside.slice(0, m.index);
			if (FIRST_OR_SECOND_PERSON.test(head)) break;
			// ("testified Kim's blood, liver and other tissues appeared to …, an enzyme we need": the last item of
			// a list, no second clause.)
			if (/,\s+\p{L}+$/u.test(head) && !/^,/.test(m[0])) continue;
			// (The half kept must say something: "Also featuring drummer Fergal Lawler, bassist Mike Hogan" has no verb.)
			const finite = sentence.terms.some((t) => t.end <= m.index! && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund'));
			if (head.split(/\s+/).length >= 6 && finite && FIRST_OR_SECOND_PERSON.test(outside.slice(m.index))) turn = m.index;
			break;
		}
		if (turn !== undefined) {
			const end = outside.search(/[.!]?\s*$/);
			outside = outside.slice(0, turn) + ' '.repeat(end - turn) + outside.slice(end);
		}
	}
	// In a profile told in the first person ("I joined Goddard in 2020"), "I" is the person profiled.
	const voice = FIRST_OR_SECOND_PERSON.test(outside) ? profileVoice(context, sentence, outside) : undefined;
	if (FIRST_OR_SECOND_PERSON.test(outside) && !voice) return { reason: 'first or second person: who speaks is unclear' };
	if ((text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) return { reason: 'broken sentence (unbalanced brackets)' };
	if (/^[^(]*\)/.test(text)) return { reason: 'broken sentence (a bracket closes before one opens)' };
	if (!answer && cut === undefined && ((text.match(/“/g)?.length ?? 0) !== (text.match(/”/g)?.length ?? 0) || (text.match(/"/g)?.length ?? 0) % 2 === 1 || quotedSentence.withinQuotation)) return { reason: 'part of a longer quotation' };
	if (cut !== undefined && quotedSentence.withinQuotation) return { reason: 'part of a longer quotation' };
	if (!sentence.terms.some((t) => t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text))) return { reason: 'not a full sentence (no verb)' };
	// "As Ben Rozitis, a co-author of the study, told Space.com:": what follows is the point.
	if (/:\s*$/.test(text)) return { reason: 'introduces a quotation or a list' };
	// "It is important to …", "It was still early", "There are …" — but "It was restarted" points back and may resolve.
	// ("There are an estimated 11.9 million people at risk …" counts something, and stands.)
	const counted = /^There\s+(?:are|were|will be|have been)\s+(?:(?:an estimated|about|around|roughly|nearly|almost|more than|over|some|at least|fewer than|less than)\s+)?[\d$£€]/.test(text);
	if ((!counted && /^There\s+(is|was|are|were|has been|have been|will be)\b/.test(text)) || /^It\s+(?:is|was|has been|will be)\s+(?:not\s+)?(?:\p{Ll}+\s+){0,2}?(?:that|to|for|when|how|why|about|time|important|possible|likely|unclear|clear|early|late|still|just)\b/u.test(text)) return { reason: 'no subject of its own ("It is …", "There are …")' };
	if (!carried && !/^(?:That|This)(?:[’']s| is) because\b/.test(text) && /^(This|That|These|Those)(?:[’']s|\s+(is|was|are|were|has|have|had|will|would|can|could|may|might|marks?|means?|includes?|reflects?|shows?))\b/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/)[0]}")` };
	// "Promising that in delivering the vow a process will …": what someone promised, with no one who
	// promised it ("Noting that …, the judge said …" has its speaker).
	if (/^\p{Lu}\p{Ll}+ing\s+that\b/u.test(text) && !/,\s+(?:\p{L}+\s+){1,4}?(?:said|says|added|told|warned|argued|stated|wrote|explained|insisted|claimed|promised|announced)\b/u.test(text)) return { reason: 'not a full sentence (what was said, with no one saying it)' };
	// "According to the research team, this may be one reason why …": the claim stands on the sentence before.
	if (!carried && /^According to [^,]{2,80},\s+(?:this|that|these|those)(?:[’']s|\s+(?:is|was|are|were|has|have|had|will|would|can|could|may|might|means?|shows?|suggests?))\b/.test(text)) return { reason: 'leans on an earlier sentence ("this")' };
	if (LOGISTICS.test(text) || HOURS_AND_LINKS.test(text)) return { reason: 'media or event logistics' };
	// "A helicopter flew overhead, recording and photographing the surfers": how the event was filmed.
	if (/\b(?:helicopters?|drones?|cameras?|camera crews?|film crews?|photographers?|cameramen)\b[^.;]{0,60}\b(?:recording|filming|photographing|broadcasting|televising)\b/i.test(text)) return { reason: 'media or event logistics' };
	// "With RPG saying the survey results were passed to the airline.": a "with" phrase and no sentence.
	if (/^With\s+(?:\S+\s+){1,4}?\p{Ll}+ing\b/u.test(text) && !text.replace(/\b\d{1,2},\s+\d{4}\b/g, '').includes(',')) return { reason: 'not a full sentence (a "with" phrase alone)' };
	// "Postcard released by the Chilean Government in 1910.": a picture's caption, a noun and a participle.
	if (words <= 14 && /^\p{Lu}\p{Ll}+\s+(?:released|taken|seen|shown|pictured|photographed|published|issued|printed|painted|drawn)\s+(?:by|in|at|on|during)\b/u.test(text)) return { reason: 'photo caption or credit line' };
	// "X, a spokesman for the pirates, commented on the incident": that someone spoke, not what.
	if (/\b(?:commented|spoke|talked|reacted|responded)\s+(?:on|about|to)\s+(?:the\s+|this\s+)?(?:incident|attack|matter|issue|situation|news|events?|case|decision|reports?|media|reporters|press|journalists)\s*\.?$/i.test(text)) return { reason: 'says only that someone spoke, not what was said' };
	// "X spoke briefly about the library, … drawing a number of parallels", "gave a rundown of a number of
	// statistics", "Other presentations included …": that someone spoke, and of what only vaguely.
	if (/\b(?:spoke briefly|talked briefly|gave a (?:brief )?(?:rundown|summary|overview) of|a number of (?:statistics|parallels|points|issues|topics|remarks|ideas))\b|^(?:Other\s+)?(?:presentations|talks|speeches|sessions|workshops) included\b/i.test(text)) return { reason: 'says only that someone spoke, not what was said' };
	// "Former prime minister Elio Di Rupo was one of the attendees", "Fry attended a protest …": who came,
	// named, and nothing that happened (how many came is a figure, and stays).
	const attended = /\b(?:(?:had |also )?attended (?:the|a|an)\b|(?:was|were) (?:also )?(?:one of|among) the (?:attendees|guests|participants|spectators))/i.exec(text);
	// "Errázuriz Talavera is known by its nickname, Fra Fra.": a nickname, and nothing else told.
	if (words <= 14 && /^(?:[\p{Lu}][\p{L}.’'-]*\s+){1,4}(?:is|was|are|were)\s+(?:also\s+|better\s+|widely\s+)?(?:known\s+by\s+(?:the|his|her|its|their)\s+nickname|nicknamed)\b/u.test(text)) return { reason: 'a nickname, and nothing else told' };
	// "Amongst the crowded court audience were 18 Swedish journalists and several diplomats": who sat there.
	if (/^(?:Among|Amongst)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:audience|attendees|guests|crowds?|spectators|onlookers|mourners|those (?:present|attending|in attendance|watching))\s+(?:were|was)\b/u.test(text)) return { reason: 'says only who attended' };
	if (attended && sentence.mentions.some((m) => (m.kind === 'person' || m.kind === 'other') && m.start < attended.index) && !sentence.mentions.some((m) => m.kind === 'number' && (m.start < attended.index || m.start >= attended.index + attended[0].length))) return { reason: 'says only who attended' };
	// Event hours: "The pride began at 2:30 PM, local time", "The parade ended at around 5 PM".
	if (/\b(?:began|begins|started|starts|ended|ends|finished|finishes|kicked off)\s+at\s+(?:around\s+|about\s+|approximately\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$)/i.test(text) && !sentence.mentions.some((m) => m.kind === 'number' && !/^\d{1,2}(?:[:.]\d{2})?$/.test(m.surface))) return { reason: 'media or event logistics' };
	// A sentence in another language ("Daarom pleit ik er ook voor dat elke gemeente …"): a quiz in
	// English asks nothing of it.
	const foreign = (text.match(/\b(?:het|een|van|ik|dat|ook|voor|zou|niet|die|und|ist|nicht|das|les|des|est|une|los|las|por|para|con|una|zijn|wij|wordt)\b/g) ?? []).length;
	const english = (text.match(/\b(?:the|and|of|to|in|is|was|for|on|that|with|as|by|at|from|it|be|are|were|has|have|had|will|said|this)\b/gi) ?? []).length;
	if (foreign >= 4 && foreign > english) return { reason: 'not in English' };
	// "She is survived by sons Clarence, Edward, Ted and Kecalf": an obituary's list of the family (how
	// many children, "survived by three children", is a fact of the life).
	if (/\b(?:is|was|are)\s+survived\s+by\b(?!.*\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i.test(text)) return { reason: 'an obituary’s list of the family' };
	// A photo caption's fragment: "Braverman and Sunak on Oct. 25, 2022."
	// ("Braverman (left) and Sunak (right) on October 25, 2022.": a "(left)" is a position, not a verb.)
	const bracketed = (t: { start: number }) => /\([^()]*$/.test(text.slice(0, t.start));
	// A news wire's portrait caption: "Leung Yiu-chung of NWSC; from file, 2015."
	if (/;\s*(?:from )?file(?: photo)?(?:,\s*\d{4})?\.?$/i.test(text) && words <= 16) return { reason: 'photo caption or credit line' };
	if (words <= 10 && /\bon\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2},?\s+\d{4}\.?$/u.test(text) && !sentence.terms.some((t) => t.tags.has('Verb') && !t.tags.has('Noun') && !/^\p{Lu}/u.test(t.text) && !bracketed(t))) return { reason: 'photo caption or credit line' };
	if (/^(?:Dial|Text|Press|Chat|Email|E-mail|Apply|Subscribe|Donate|Vote|Learn|Read|Visit|Find|Call|Contact|Download|Sign|Register|Join|Check|Explore|Watch|See|Discover|Get|Meet|Follow|Share|Click|Remember|Take|Ask|Talk|Reach|View|Wait|Try|Make|Keep|Be|Don’t|Don't|Please|Stay|Let|Go|Come|Start|Use|Tell|Enter|Imagine|Consider|Picture|Note)\b/.test(text) || /^For more\b/.test(text)) return { reason: 'a call to action, not a fact' };
	// An address ("va.gov", "www.", "nasa.gov/moon"), not a company's name that ends in one ("Amazon.com",
	// "BigMachineRecords.com").
	if (/https?:\/\/|www\.|(?<![\p{L}\d.-])[\p{Ll}\d][\p{L}\d-]*\.(?:gov|org|com|net|edu|mil)\b|\.(?:gov|org|com|net|edu|mil)\/\S/u.test(text)) return { reason: 'links and addresses' };
	const anchored = sentence.dates.some((d) => /\d/.test(d.text)) || /^(?:The|In the|At the|On the)\s+\p{Ll}+\s+[\p{Ll}\s]*?\bof\s+(?:the\s+)?(?:[\p{Ll}\d]+-[\p{Ll}\d-]+\s+)?\p{Lu}/u.test(text);
	if (!carried && !anchored && /^(?:The|In the|At the|On the)\s+(?:first|second|third|fourth|final|last|next|previous|latter|former|other)\b(?!\s+(?:time|woman|man|person|American|crewed|flight|launch|spacecraft|mission|lap|laps|restart|minute|minutes|seconds|round|quarter|period|inning|hole|set|stage|kilometres?|kilometers?|miles?)\b)/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 3).join(' ')}")` };
	if (!carried && (/^That\s+\p{Ll}+\s/u.test(text) || /^(?:Such|These|Those)\s/.test(text) || /^(?:One|Previous|Earlier|Later|Subsequent|Similar|Further|Additional)\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:is|was|are|were|has|have|had|involves?|included?|came|range|ranged|showed|found|appears?|appeared|seems?|seemed|looks?|looked)\b/u.test(text))) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 2).join(' ')}")` };
	const relativeTime = /\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:earlier|later|before|after|afterward|afterwards)(?!\s+(?:the|a|an|its|his|her|their|\p{Lu}|\d))|\bthis (?:spring|summer|fall|autumn|winter|season)\b|\b(?:the next|the following|the previous) (?:day|week|month|year|few (?:minutes|days|weeks))\b|\bearlier in the (?:day|week|year)\b)/iu.exec(withoutQuotes(sentence));
	// ("On Wednesday, … despite finishing sixth in the Premier League this season": the day dates the season.)
	const dated = sentence.dates.some((d) => !!d.replacement || /\d/.test(d.text));
	if (relativeTime && !(anchored && /previous|following|next/.test(relativeTime[0])) && !(dated && /^this\s/i.test(relativeTime[0]))) return { reason: `time with no reference point ("${relativeTime[0]}")` };
	// "Other agencies on scene included …" holds of the agencies it names without "Other".
	const others = /^Other\s+(?=\p{Ll}+s\s+(?:\p{Ll}+\s+){0,3}?(?:included?|were|are|joined|took part|participated|helped|responded)\b)/u.exec(text);
	// "During the interview, Anonymous hacked …", "In that meeting concern was expressed …": which one, the
	// sentences before say.
	if (!carried && /^(?:(?:However|But|And|Then|Also|Later)[,;]?\s+)?(?:[Dd]uring|[Ii]n|[Aa]t|[Aa]fter|[Bb]efore|[Ff]ollowing|[Ss]ince) (?:the|that) (?:interview|meeting|incident|hearing|ceremony|session|call|visit|talks|conversation|exchange|speech|broadcast)\b(?!\s+(?:of|with|between|in|at|on)\b)/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 3).join(' ')}")` };
	// "One such aid worker was Max Peberdy": such as the sentence before told of.
	if (!carried && /^One such\b/.test(text)) return { reason: 'leans on an earlier sentence ("One such")' };
	// "Many attendees were stranded in the city": attendees of what, the sentence before says.
	if (!carried && /^(?:(?:Many|Some|Most|All|Several|Other|The)\s+)?(?:attendees|participants|spectators|delegates|guests|onlookers|visitors)\b(?!\s+(?:of|at|to|from|in|on|for|who|whose)\b)/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 2).join(' ')}")` };
	// "Since then, she has …" counts from a time the sentence before gives.
	if (!carried && /^(?:Since then|Since that time|After that|By then|Until then|At the time|At that time|Back then)\b/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/).slice(0, 2).join(' ').replace(/,$/, '')}")` };
	// "Both the district and the police have said …" names both; "Both groups …" points back.
	const both = /^Both\s+(?:the\s+)?\p{Lu}[^,]*?\s+and\s+(?:the\s+)?\p{Lu}/u.test(text);
	if (!carried && !others && !both && /^(?:Other|Another|Both|Such|Some of (?:them|these|those)|Many of (?:them|these|those)|Most of (?:them|these|those))\b/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/)[0]}")` };
	// "All have received …", "Each was given …": a quantifier standing for a group named before.
	if (!carried && /^(?:(?:Each|Every)\s+(?:amount|one|item|piece|option|level|tier|group|team|member|of (?:these|those|them|the)\b[^,]{0,30}?)\s+(?:is|was|will|would|can|has|had)\b|(?:All|Each|Most|Many|Several|Some|None|Neither|Either)\s+(?:have|has|had|are|were|was|is|will|would|can|could|must|received|got|said|say|agreed|also|noted|note|claim|claims|claimed|believe|believed|suggest|suggested|think|thought|reported|speculated|argue|argued|noticed|saw|feel|felt|fear|feared)\b)/.test(text)) return { reason: `leans on an earlier sentence ("${text.split(/\s+/)[0]}")` };

	// "Patrick Korellias, a student in the class at the time of the shooting.": a list's entry, no verb, no claim.
	if (/^(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?\p{Lu}[\p{L}.'’-]*,\s+(?:a|an|the|\d{1,3})\b[^,;:]*\.$/u.test(text) && !sentence.terms.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund'))) return { reason: 'a fragment with no verb' };
	const tokens = tokensOf(sentence);
	const clause = parseClause(sentence, tokens);
	const edits: Edit[] = voice ? [...voice] : [];
	if (turn !== undefined) edits.push({ start: turn, end: text.search(/[.!]?["”’]?\s*$/), text: '', priority: 2 });
	if (cut !== undefined) edits.push({ start: cut, end: text.length, text: '.', priority: 2 });
	if (answer) for (let i = text.search(/[“”"]/); i >= 0; i = text.slice(i + 1).search(/[“”"]/) < 0 ? -1 : i + 1 + text.slice(i + 1).search(/[“”"]/)) edits.push({ start: i, end: i + 1, text: '' });
	let resolved = 0;

	// Leading connectives and adverbials that point back ("Despite this,", "In this role,").
	const connective = CONNECTIVE.exec(text) ?? others;
	let bodyStart = 0;
	if (others) edits.push({ start: others[0].length, end: others[0].length + 1, text: text[others[0].length]!.toUpperCase(), priority: 3 });
	if (connective) {
		edits.push({ start: 0, end: connective[0].length, text: '' });
		bodyStart = connective[0].length;
	}
	if (clause?.lead) {
		const lead = text.slice(clause.lead.start, clause.lead.end);
		// "Prior to his NASA appointment, Deneal …" points forward to the subject and stays.
		const forward = /\b(his|her)\b/i.test(lead) && !/\b(this|that|these|those|such|it|its|them|their|both|the two)\b/i.test(lead) && sentence.mentions.some((m) => m.kind === 'person' && m.start >= clause.lead!.end && m.start <= clause.subject.end);
		// A lead that says who claims it ("Tom Molomby said that, as …") stays: the claim keeps its source.
		const claimed = findAttribution(sentence).claims.some((c) => c.verbStart < clause.lead!.end);
		// ("This pattern was observed every day and a half, implying …": what follows is no sentence of its own.)
		const fragment = /^[\s,]*\p{Ll}+ing\b/u.test(text.slice(clause.lead.end));
		// ("Now Beijing is attempting to slow its growth, fearful of inflation, by …": a main clause before
		// a comma is no lead; without it, nothing would be left to say.)
		// ("Over 90% of those surveyed wanted a regulatory inquiry, with RPG saying …": nor is one in the past.)
		const finiteInLead = sentence.terms.some((t) => t.start >= clause.lead!.start && t.end <= clause.lead!.end && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && !t.tags.has('Participle') && !/^(?:surveyed|based|led|born|used|called|known|named|located|aged|including)$/i.test(t.text) && !/^(?:those|people|the)\s*$/i.test(text.slice(Math.max(clause.lead!.start, t.start - 7), t.start).trim().split(/\s+/).pop() ?? ''));
		// ("Following the first night of revenge attacks and arson the MQM accused its main political rival,
		// …": a phrase that opens on a preposition and holds a finite verb ran on into the main clause, its
		// comma missing.)
		const prepositionLed = /^(?:Despite|Following|During|Amid|Amidst|Throughout|Under|Unlike|Besides|Beyond)\b/.test(lead);
		const mainClause = ((/\b(?:is|are|was|were|has|have|had|will|would|can|could)\s+\p{Ll}+/u.test(lead) || finiteInLead) && !/^(?:When|While|As|Because|Since|If|Although|Though|After|Before|Once|Until|Unless|Whether|Where|Which|Who|Despite|Following|With|Without|Unlike|Like|Besides|Beyond|Through|During|Given|Prior|In|On|At|For|From|By|\p{Lu}\p{Ll}+ing)\b/u.test(lead)) || (prepositionLed && finiteInLead);
		// ("Promising that … a parallel process will …": a "that" after a verb begins what is said, and
		// points nowhere.)
		const pointsBack = /\b(this|that|these|those|such|it|its|them|their|his|her|both|the two)\b/i.test(lead.replace(/\b(?:\p{L}+(?:ing|ed)|said|says|say|believe|believes|found|show|shows|suggest|suggests|claim|claims|note|notes|so|such)\s+that\b/giu, ''));
		if (!forward && !claimed && !fragment && !mainClause && pointsBack) {
			edits.push({ start: 0, end: clause.lead.end, text: '' });
			bodyStart = clause.lead.end;
		}
	}
	// "produced in this manner", "in this way": how, said before; the fact stands without it.
	for (const m of text.matchAll(/,?\s+in\s+(?:this|that|such\s+a)\s+(?:manner|way|fashion)\b/g)) edits.push({ start: m.index!, end: m.index! + m[0].length, text: '' });
	INNER_ADVERBS.lastIndex = 0;
	for (let m = INNER_ADVERBS.exec(text); m; m = INNER_ADVERBS.exec(text)) {
		if (sentence.quotes.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
		edits.push({ start: m.index, end: m.index + m[0].length, text: /^,/.test(m[0]) ? '' : '' });
	}

	// "The attack" (a plain "the" and one noun) with the names the article gave it a few sentences before.
	const fullerSubject = (phrase: string, head: string, at: number): Edit | undefined => {
		const words = phrase.trim();
		const fuller = /^the\s+\p{Ll}+$/iu.test(words) ? modifiedPhrase(context, sentence, head) : undefined;
		if (fuller) return { start: at, end: at + words.length, text: `${words.slice(0, 3)} ${fuller}` };
		// "The game" after "… defeated the Carolina Panthers in Super Bowl 50": the match the result named.
		const match = /^the\s+(?:game|match|final|contest)$/iu.test(words) ? matchNamed(context, sentence) : undefined;
		return match ? { start: at, end: at + words.length, text: match } : undefined;
	};
	// The subject: a pronoun or a definite noun phrase pointing back.
	const subjectStart = clause ? clause.subject.start : bodyStart;
	const subjectText = clause ? text.slice(clause.subject.start, clause.subject.end) : '';
	const opening = text.slice(Math.max(bodyStart, subjectStart));
	const pronoun = /^(He|She|It|They|His|Her|Its|Their)\b/i.exec(opening);
	// "The King did welcome …", "The Prince asserted …": the one person the article gave that title.
	const titled = THE_TITLE.exec(opening);
	if (titled && position > 0) {
		const holder = titleHolder(context, sentence, titled[1]!);
		const at = Math.max(bodyStart, subjectStart);
		if (holder) {
			edits.push({ start: at, end: at + titled[0].length, text: holder });
			resolved++;
		} else if (!carried) return { reason: `leans on an earlier sentence ("${titled[0]}")` };
	}
	// ("His led his former club Borussia Dortmund to the final": the article's slip for "He".)
	const slip = /^(His|Her|Its|Their)\s+(\p{Ll}+)\b/u.exec(opening);
	if (slip && /^(?:\p{Ll}+ed|led|won|lost|made|took|gave|scored|beat|drew|held|met|left|said|told|became|began|ran|saw)\s+(?:his|her|their|its|the|a|an)\b/u.test(opening.slice(slip[1]!.length + 1))) return { reason: `the article's slip ("${slip[0]}")` };
	// ("Due to his medical background, it is believed his mission was …": an "it" that stands for what
	// follows points to nothing before it.)
	if (pronoun && /^it\s+(?:is|was|has been|had been)\s+(?:(?:widely|also|now|generally|still)\s+)?(?:believed|thought|expected|reported|understood|feared|said|claimed|alleged|estimated|rumou?red|assumed|suspected|hoped|likely|unlikely|possible|clear|unclear|important|known)\b/i.test(opening)) return { reason: 'no subject of its own ("it is believed …")' };
	if (pronoun) {
		const word = pronoun[1]!.toLowerCase();
		let target: EntityInfo | undefined;
		if (word === 'he' || word === 'his') target = personBefore(context, sentence, 'm');
		else if (word === 'she' || word === 'her') target = personBefore(context, sentence, 'f');
		else if (word === 'it' || word === 'its') target = thingBefore(context, sentence);
		// "Almonte and Collins entered the pipeline … They went 25 feet in": the two the sentence before began with.
		// "He succeeded in pinning Natan-Zada to the floor": whoever "he" is, not the one the sentence
		// names after it (that would be "himself").
		if (target && word !== 'his' && word !== 'her' && word !== 'its' && sentence.mentions.some((m) => m.key === target!.key && m.start > subjectStart)) target = undefined;
		// "At a press conference, her third public event since …, Betancourt condemned …": the possessive
		// points ahead to the name the sentence gives.
		const ahead = (word === 'his' || word === 'her') && sentence.mentions.some((m) => m.kind === 'person' && m.start > subjectStart && m.start - subjectStart < 120 && (!target || m.key === target.key));
		const pair = word === 'they' ? pairBefore(context, sentence) : undefined;
		// "As Cristiano Ronaldo led Portugal, he equalled …": the subject of the sentence's own opening
		// clause, not the person named before it ("After meeting Obama, he …" stays as it was).
		const sex = /^(?:he|his)$/.test(word) ? 'm' : /^(?:she|her)$/.test(word) ? 'f' : undefined;
		const own = sex ? sentence.mentions.filter((m) => m.kind === 'person' && !m.inQuote && m.end <= subjectStart && /^\s*(?:As|When|While|After|Before|Since|Although|Though|Because|Once|If|Until)\s+$/.test(text.slice(bodyStart, m.start)) && context.entities.get(m.key)?.sex !== (sex === 'm' ? 'f' : 'm')) : [];
		const ownKey = new Set(own.map((m) => m.key)).size === 1 ? own[0]!.key : undefined;
		if (ownKey && !edits.some((e) => e.text === '' && own.some((m) => m.start >= e.start && m.start < e.end))) {
			// keep the words as they are: the name stands just before
		} else if (ownKey && context.entities.get(ownKey)) {
			const at = Math.max(bodyStart, subjectStart);
			const person = context.entities.get(ownKey)!;
			edits.push({ start: at, end: at + pronoun[1]!.length, text: /^(his|her)$/.test(word) ? `${written(person)}’s` : written(person) });
			resolved++;
		} else if (ahead) {
			// keep the words as they are
		} else if (pair) {
			const at = Math.max(bodyStart, subjectStart);
			edits.push({ start: at, end: at + pronoun[1]!.length, text: pair });
			resolved++;
		} else if (target) {
			const at = Math.max(bodyStart, subjectStart);
			const possessive = /^(his|her|its|their)$/.test(word);
			edits.push({ start: at, end: at + pronoun[1]!.length, text: possessive ? `${written(target)}’s` : written(target) });
			resolved++;
		} else if (!carried) return { reason: `leans on an earlier sentence ("${pronoun[1]}")` };
	} else {
		const np = definiteSubject(opening, clause && clause.subject.start >= bodyStart ? subjectText : undefined);
		if (np) {
			const at = Math.max(bodyStart, subjectStart);
			const topic = context.headlineWords.has(stem(np.head));
			const named = sentence.mentions.some((m) => m.start >= at && m.end <= at + np.text.length && m.kind !== 'number' && m.kind !== 'date' && m.kind !== 'year');
			// "The flight" under "Malaysia Airlines Flight 17 shot down …": the article's topic by the name the
			// headline and the text before give it.
			const headlined = !named && topic && position > 0 && /^the\s+\p{Ll}+$/iu.test(np.text.trim()) ? headlineName(context, sentence, np.head) : undefined;
			// "The man, who comes from a prominent Nigerian family, …" under "Nigerian man charged …".
			const qualified = /^[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Ll}+)$/u.exec(np.text.trim());
			const described = !named && position > 0 && qualified ? describedPerson(context, sentence, qualified[2]!, qualified[1]) : undefined;
			const placed = topic && !np.complemented && position > 0 && /^the\s+\p{Ll}+$/iu.test(np.text.trim()) ? headlinePlace(context, sentence, np.head) : undefined;
			if (headlined) {
				edits.push({ start: at, end: at + np.text.trim().length, text: headlined });
				resolved++;
			} else if (described && !sentence.mentions.some((m) => m.key === described.key && m.start < at + 60)) {
				edits.push({ start: at, end: at + np.text.trim().length, text: written(described) });
				resolved++;
			} else if (named) {
				// "The Juno-II rocket", "The Pioneer Station": the phrase names its thing already.
			} else {
			// "The second probe", "the other rover": another one than the one named, never given its name.
			const another = /\b(?:first|second|third|fourth|fifth|other|another|next|new|last|previous|latter|former)\b/i.test(np.text);
			const target = CATEGORY_NOUNS.has(np.head) && !another ? namedByCategory(context, sentence, np.head) : undefined;
			// The article's own topic ("the payload adapter" under "Payload Adapter Testing") needs no name.
			if (CATEGORY_NOUNS.has(np.head) && (target || !topic)) {
				// "the city", "the county": the place a local story is about, clear enough to the reader.
				if (!target && /^(?:city|county|town|village|district|borough)$/.test(np.head)) {
					// keep the words as they are
				} else if (!target && position === 0) {
					// The lede has nothing before it to lean on: "The city council voted …" reads as it is.
				} else if (!target) {
					const fuller = fullerSubject(np.text, np.head, at);
					if (fuller) {
						edits.push(fuller);
						resolved++;
					} else if (!carried) return { reason: `leans on an earlier sentence ("${np.text}")` };
				}
				else if (!mentionsAt(sentence, at, at + np.text.length + 40).some((m) => m.key === target.key)) {
					edits.push(naming(target, at, at + np.text.length, np.head));
					resolved++;
				}
			} else if (LEANING_NOUNS.has(np.head) && !topic && !np.complemented && position > 0) {
				// "The attack" after "the Scientology website attack": the phrase the article used before.
				const fuller = fullerSubject(np.text, np.head, at);
				// "The researchers found …" after "a team of researchers from the University of Tennessee":
				// "Researchers from the University of Tennessee found …".
				const from = /^the\s+(?:researchers|scientists|astronomers|team)$/i.test(np.text.trim()) ? researchersFrom(context, sentence) : undefined;
				if (from) {
					edits.push({ start: at, end: at + np.text.trim().length, text: `${np.head.charAt(0).toUpperCase()}${np.head.slice(1)} from ${from}` });
					resolved++;
				} else if (fuller) {
					edits.push(fuller);
					resolved++;
				} else if (!carried) return { reason: `leans on an earlier sentence ("${np.text}")` };
			} else if (placed) {
				// "The summit addressed …" under "… two day summit in Wales": "The summit in Wales addressed …".
				edits.push({ start: at, end: at + np.text.trim().length, text: `${np.text.trim().slice(0, 3)} ${placed}` });
				resolved++;
			} else if (!np.complemented && position > 0 && (!topic || ROLE_NOUNS.test(np.head))) {
				// "The outbreak" after "the West African Ebola outbreak": the fuller phrase when the article
				// used one; "the singer" when the article has one singer, by name; else it stays as it reads.
				const fuller = topic ? undefined : fullerSubject(np.text, np.head, at);
				// ("The Iranian president" when the article named "Iranian President Mahmoud Ahmadinejad".)
				const role = /^[Tt]he\s+(?:(\p{Lu}\p{Ll}+)\s+)?\p{Ll}+$/u.exec(np.text.trim());
				const person = role ? onlyOneOfRole(context, sentence, np.head, role[1]) : undefined;
				if (fuller) {
					edits.push(fuller);
					resolved++;
				} else if (person) {
					edits.push({ start: at, end: at + np.text.trim().length, text: written(person) });
					resolved++;
				}
			}
			}
		}
	}
	// "the agency", "the program’s grantees" further in: resolve when one thing fits, else leave.
	const laterDefinite = /\bthe\s+([\p{Ll}]+)(?=['’]s\b|\s|[,.])/gu;
	const namedHere = new Set<string>();
	// "at the damaged nuclear plant" after "the damaged Fukushima nuclear plant": the names go back in.
	for (const m of text.matchAll(/\bthe\s+(\p{Ll}+(?:ed|ic|al|ous|ive))\s+(?:\p{Ll}+\s+)?(plant|reactor|factory|mine|ship|vessel|aircraft|train|bridge|dam|station|site)\b/gu)) {
		if (m.index! <= subjectStart + 4 || sentence.quotes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
		const fuller = modifiedPhrase(context, sentence, m[2]!);
		if (!fuller || text.includes(fuller)) continue;
		edits.push({ start: m.index!, end: m.index! + m[0].length, text: `the ${m[1]} ${fuller}` });
		namedHere.add(`phrase:${m[2]}`);
		resolved++;
	}
	// "accuses the Nigerian national of …", "told interrogators the suspect …": the one the headline describes.
	for (const m of text.matchAll(/\bthe\s+(?:(\p{Lu}\p{Ll}+)\s+)?(man|woman|boy|girl|teenager|teen|suspect|accused|defendant|gunman|bomber|national)\b(?!['’]s|\s+(?:of\s+(?:the|a|an|his|her|its|their|\p{Lu})|who|whose|and|in|at|from|with)\b)/gu)) {
		if (m.index! <= subjectStart + 4 || sentence.quotes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
		const person = describedPerson(context, sentence, m[2]!, m[1]);
		if (!person || sentence.mentions.some((x) => x.key === person.key) || namedHere.has(person.key)) continue;
		edits.push({ start: m.index!, end: m.index! + m[0].length, text: written(person) });
		namedHere.add(person.key);
		resolved++;
	}
	for (let m = laterDefinite.exec(text); m; m = laterDefinite.exec(text)) {
		if (m.index <= subjectStart + 4 || sentence.quotes.some(([a, b]) => m!.index >= a && m!.index < b)) continue;
		const noun = m[1]!;
		// "participated in the championship" under "… wins world championship in Pichilemu, Chile": the
		// headline's thing by its place, once.
		const placed = context.headlineWords.has(stem(noun)) && !/^\s+(?:of|in|at|on|that|which|who|between|against|down|up|off|out|away|back|over)\b|^['’]s/.test(text.slice(m.index + m[0].length)) && !namedHere.has(`place:${noun}`) ? headlinePlace(context, sentence, noun) : undefined;
		if (placed && !edits.some((e) => e.start < m!.index + m![0].length && e.end > m!.index)) {
			edits.push({ start: m.index, end: m.index + m[0].length, text: `the ${placed}` });
			namedHere.add(`place:${noun}`);
			resolved++;
			continue;
		}
		// "the singer" in the story of the band's lead singer Dolores O'Riordan: the one person of that role.
		if (ROLE_NOUNS.test(noun) && !/s$/.test(noun) && !/^\s+(?:of|who|whose|and)\b/.test(text.slice(m.index + m[0].length))) {
			const person = onlyOneOfRole(context, sentence, noun);
			if (person && !sentence.mentions.some((x) => x.key === person.key) && !namedHere.has(person.key)) {
				edits.push({ start: m.index, end: m.index + m[0].length, text: written(person) });
				namedHere.add(person.key);
				resolved++;
			}
			continue;
		}
		// "scored 30 points in the game" after "… in Game 1 of the 2010 NBA Finals": the match the result named.
		if ((noun === 'game' || noun === 'match') && !/^\s+(?:of|that|which|who|against|between)\b|^['’]s/.test(text.slice(m.index + m[0].length)) && !/\b(?:man|player|woman)\s+of\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) {
			const match = matchNamed(context, sentence);
			if (match && !text.includes(match.replace(/^the\s+/, '')) && !namedHere.has(`match:${match}`) && !edits.some((e) => e.text === match)) {
				edits.push({ start: m.index, end: m.index + m[0].length, text: match });
				namedHere.add(`match:${match}`);
				resolved++;
			}
			continue;
		}
		// "attended the event" in a story about the Taipei City Lantern Festival: the one event it names.
		if (noun === 'event' && !/^\s+(?:of|that|which|who)\b/.test(text.slice(m.index + m[0].length))) {
			const events = new Set(EVENT_KINDS.map((kind) => namedByCategory(context, sentence, kind)).filter((e) => e !== undefined));
			const target = events.size === 1 ? [...events][0]! : undefined;
			if (target && !sentence.mentions.some((x) => x.key === target.key) && !namedHere.has(target.key)) {
				edits.push({ start: m.index, end: m.index + m[0].length, text: written(target) });
				namedHere.add(target.key);
				resolved++;
			}
			continue;
		}
		if (!NAMED_KINDS.has(noun)) {
			// "the video" after "the Tom Cruise video": the phrase the article used before, when it used one.
			const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.index + m[0].length))?.[1];
			// ("the space station": "space" is not the head of its phrase.)
			if (noun.length < 4 || m.index <= subjectStart + 4 || /^(?:of|that|which|who)$/.test(next ?? '') || (next && !/^(?:in|at|on|for|to|from|with|and|or|was|is|were|are|has|had|have|will|would|could|can|by|as|into|but|after|before|during|since|until|over|under|through|about|against|so|yet|still|now|too|again|already|because|when|while|if|then|where)$/.test(next))) continue;
			const fuller = modifiedPhrase(context, sentence, noun);
			if (fuller && !text.includes(fuller)) {
				edits.push({ start: m.index, end: m.index + m[0].length, text: `the ${fuller}` });
				resolved++;
			}
			continue;
		}
		// ("the city of Istanbul" names its city already.)
		if (/^\s+(?:of\s+)?[\p{Lu}]/u.test(text.slice(m.index + m[0].length))) continue;
		// "each will be customized to fit the mission's needs": after "each" or "every", the mission is
		// whichever one, not the one the article last named.
		if (/\b(?:each|every|any|whichever)\b/i.test(text.slice(0, m.index))) continue;
		const target = namedByCategory(context, sentence, noun);
		// ("Since moving to Juventus, Buffon … featured in over 650 matches for the club": the club the
		// sentence named itself, not the one the article is about.)
		// ("Real Madrid's manager Zinedine Zidane won … as the club's manager": a club the finder has as a name of
		// some kind, beside one it knows as an organisation, is one all the same.)
		const clubLike = (x: Mention) => x.kind === 'organization' || x.kind === 'other' || context.entities.get(x.key)?.category === noun;
		const another = !!target && /^(?:club|team|side|company|firm)$/.test(noun) && sentence.mentions.some((x) => x.start < m!.index && x.key !== target.key && (x.kind === target.kind || clubLike(x)) && (x.kind !== 'place' || context.entities.get(x.key)?.category === noun) && !x.inQuote);
		if (target && !another && !sentence.mentions.some((x) => x.key === target.key && x.start < m!.index) && !namedHere.has(target.key)) {
			edits.push(naming(target, m.index, m.index + m[0].length, noun));
			// "to enlarge the mosque" after "at the mosque" was named: once is enough.
			namedHere.add(target.key);
			resolved++;
		}
	}

	// An aside between dashes that points back ("…on the International Nuclear Event Scale—the same
	// applied to the Chernobyl disaster—because of …") goes, as a bracket would; the sentence holds without it.
	for (const m of text.matchAll(/\s*(?:—|\s–\s|\s--\s)([^—–]{3,120}?)(?:—|\s–\s|\s--\s)\s*/g)) {
		if (sentence.quotes.some(([a, b]) => m.index! >= a && m.index! < b)) continue;
		if (LEANING.test(m[1]!) || DEMONSTRATIVE.test(m[1]!) || /\b(?:it|its|they|them|their|he|she|his|her)\b/i.test(m[1]!)) edits.push({ start: m.index!, end: m.index! + m[0].length, text: ' ' });
	}
	// "water … at the site", "the power plant's coolant system" after "the Fukushima Nuclear Power Plant":
	// the one plant the article named before.
	for (const m of text.matchAll(/\bthe\s+(?:site|(?:nuclear\s+)?power\s+(?:plant|station))(?=['’]s\b|\s|[,.;])(?!\s+(?:of|where|which|that)\b)/g)) {
		if (m.index! <= subjectStart + 4 || sentence.quotes.some(([a, b]) => m.index! >= a && m.index! < b) || edits.some((e) => e.start <= m.index! && e.end > m.index!)) continue;
		const plants = [...context.entities.values()].filter((e) => e.category === 'plant' && e.kind !== 'person' && e.firstSentence < sentence.index);
		const target = plants.length === 1 ? plants[0]! : undefined;
		if (!target || sentence.mentions.some((x) => x.key === target.key) || namedHere.has(target.key)) continue;
		const name = written(target);
		edits.push({ start: m.index!, end: m.index! + m[0].length, text: /^the\s/i.test(name) ? name : `the ${name}` });
		namedHere.add(target.key);
		resolved++;
	}
	// "thanks to the University" after "Columbia University": the one the article named, written in capitals.
	for (const m of text.matchAll(/\bthe\s+(University|College|Museum|Hospital|Institute|Foundation|Agency|Company|Commission|Committee|Council|Ministry)\b(?!\s+(?:of\b|\p{Lu}))/gu)) {
		if (m.index! <= subjectStart + 4 || sentence.quotes.some(([a, b]) => m.index! >= a && m.index! < b) || edits.some((e) => e.start <= m.index! && e.end > m.index!)) continue;
		const target = namedByCategory(context, sentence, m[1]!.toLowerCase());
		if (!target || sentence.mentions.some((x) => x.key === target.key) || namedHere.has(target.key) || !new RegExp(`\\b${m[1]}\\b`).test(target.name)) continue;
		edits.push({ start: m.index!, end: m.index! + m[0].length, text: written(target) });
		namedHere.add(target.key);
		resolved++;
	}
	// "The hashtag took on a life of its own" after "#IStandWithAhmed": the one hashtag the article gave.
	const hashtag = /\b[Tt]he hashtag\b(?!\s*#)/.exec(text);
	if (hashtag && !sentence.quotes.some(([a, b]) => hashtag.index >= a && hashtag.index < b)) {
		const tags = new Map(context.article.sentences.filter((s) => s.index < sentence.index).flatMap((s) => s.text.match(/#\w{3,}/g) ?? []).map((tag) => [tag.toLowerCase(), tag]));
		if (tags.size === 1) {
			edits.push({ start: hashtag.index, end: hashtag.index + hashtag[0].length, text: `${hashtag[0]} ${[...tags.values()][0]}` });
			resolved++;
		}
	}
	// "Entering the game, the Panthers …": the match the result before was won in, wherever it stands.
	const named = matchNamed(context, sentence);
	if (named) {
		// ("man of the match" is an award, not the match.)
		for (const m of text.matchAll(/(?<!\b(?:[Mm]an|[Pp]layer|[Ww]oman)\s+of\s+)\b[Tt]he\s+(?:game|match)\b(?!\s*(?:of|between|against)\b)/g)) {
			if (sentence.quotes.some(([a, b]) => m.index! >= a && m.index! < b) || edits.some((e) => e.start <= m.index! && e.end > m.index!)) continue;
			// (Named once: "… in the 12th minute of the game" after it is clear.)
			if (edits.some((e) => e.text === named)) break;
			edits.push({ start: m.index!, end: m.index! + m[0].length, text: named });
			resolved++;
		}
	}
	// "The two journalists face fifteen years in prison" after "two Swedish journalists" in the lede: the
	// pair the article named by what they are, so written ("The two Swedish journalists").
	const pairs: Edit[] = [];
	for (const m of outside.matchAll(/\b([Tt]he two) ((?:[\p{Ll}-]+\s+){0,2})(\p{Ll}+s)\b/gu)) {
		if (edits.some((e) => e.start < m.index! + m[0].length && e.end > m.index!)) continue;
		const noun = m[3]!;
		const earlier = context.body.slice(0, Math.max(0, position)).slice(0, 3).map((s) => new RegExp(`\\btwo ((?:[\\p{L}-]+\\s+){0,2}?(?:\\p{Lu}[\\p{L}-]*\\s+)(?:[\\p{L}-]+\\s+){0,2}?)${noun}\\b`, 'u').exec(s.text)?.[1]).find((x) => x !== undefined);
		if (!earlier) continue;
		const described = [...new Set([...m[2]!.trim().split(/\s+/).filter(Boolean), ...earlier.trim().split(/\s+/)])];
		// (The name's adjective first: "two Swedish freelance journalists".)
		described.sort((a, b) => Number(/^\p{Lu}/u.test(b)) - Number(/^\p{Lu}/u.test(a)));
		pairs.push({ start: m.index!, end: m.index! + m[0].length, text: `${m[1]} ${described.join(' ')} ${noun}` });
		resolved++;
	}
	edits.push(...pairs);
	// Whatever still points back after the rewrites drops the sentence.
	const afterEdits = applyEdits(outside, [...edits.filter((e) => e.text === '' || e.text === ' '), ...pairs.map((e) => ({ ...e, text: e.text.replace(/^[Tt]he two/, '_') }))]);
	// ("the two Pioneer lunar flyby spacecraft" names what it counts.)
	const leaning = LEANING.exec(afterEdits.replace(/\b(the two|the former)(?=\s+\p{Lu})/gu, (w) => w.replace(/\S/g, '_')));
	if (!carried && leaning) return { reason: `leans on an earlier sentence ("${leaning[0]}")` };
	// "this programme", "this constituency": named when the article has one of them, as "the …" would be.
	const thisNoun = /\b[Tt]his\s+([\p{Ll}]+)\b/gu;
	for (let m = thisNoun.exec(text); m; m = thisNoun.exec(text)) {
		if (sentence.quotes.some(([a, b]) => m!.index >= a && m!.index < b) || !CATEGORY_NOUNS.has(categoryOf(m[1]!))) continue;
		const target = namedByCategory(context, sentence, m[1]!);
		if (!target) continue;
		edits.push(naming(target, m.index, m.index + m[0].length, m[1]!));
		edits.push({ start: m.index, end: m.index + 4, text: /^T/.test(m[0]) ? 'The' : 'the', priority: 3 });
		resolved++;
	}
	// "This 10-day climb will take place …": which climb, the sentence before said.
	if (!carried && /^This\s+\d[\d,.]*[-–\s]\p{Ll}+\s+\p{Ll}+/u.test(text)) return { reason: 'leans on an earlier sentence ("This")' };
	// "A similar refuge programme was launched in France": similar to what the sentence before told.
	// ("Around 70 related events were organised": related to what the sentence before told.)
	if (!carried && /\brelated\s+(?:events|activities|incidents|deaths|cases|arrests|attacks)\b(?!\s+to\b)/.test(outside)) return { reason: 'leans on an earlier sentence ("related")' };
	if (!carried && /\b[Aa]\s+similar\b(?![^.]*\bsimilar to\b)(?!\s+\p{Ll}+\s+to\b)/u.test(outside)) return { reason: 'leans on an earlier sentence ("a similar")' };
	// ("Concorde suffered a string of similar incidents in the 1970s": similar to the crash told before.)
	if (!carried && /\bsimilar\s+(?:incidents|accidents|cases|attacks|problems|events|issues|crashes|failures|complaints|claims|evidence)\b(?!\s+to\b)/.test(outside)) return { reason: 'leans on an earlier sentence ("similar")' };
	// "On the eve of the referendum this had narrowed to …": "this" alone as the subject further in.
	const pointing = /(?<=\p{L}\s+)this\s+(?:has|had|have|was|is)\s+(?:(?:also|now|since|not|been)\s+)?\p{Ll}+(?:ed|en)\b/u.exec(outside);
	if (!carried && pointing) return { reason: `leans on an earlier sentence ("${pointing[0].split(/\s+/).slice(0, 2).join(' ')}")` };
	// ("That person, probably a man who …, then banked the plane away": which person, the sentence before says.)
	const thatOpens = /^That\s+(\p{Ll}+)\b/u.exec(outside.slice(bodyStart));
	if (!carried && thatOpens && sentence.terms.some((t) => t.text === thatOpens[1] && t.start >= bodyStart && t.start <= bodyStart + 6 && t.tags.has('Noun') && !t.tags.has('Verb') && !t.tags.has('Pronoun'))) return { reason: `leans on an earlier sentence ("That ${thatOpens[1]}")` };
	// ("Yesh Atid have rejected that offer, with …": which offer, the sentence before says.)
	const thatThing = /\b(?:rejected|accepted|approved|refused|declined|welcomed|turned down|considered|made|backed|opposed|criticised|criticized|denied|confirmed)\s+that\s+(?:offer|proposal|plan|idea|request|deal|decision|claim|report|move|view|position|call|demand|suggestion|invitation|agreement|bid|statement|allegation|charge|accusation)\b(?=\s*[,.;]|\s+(?:in|on|at|for|from|with|by|and|but|as)\b)/.exec(outside);
	if (!carried && thatThing) return { reason: `leans on an earlier sentence ("${thatThing[0].split(/\s+/).slice(-2).join(' ')}")` };
	const demonstrative = DEMONSTRATIVE.exec(applyEdits(outside, edits.filter((e) => e.text === '' || /^[Tt]he$/.test(e.text))));
	if (!carried && demonstrative && !sentence.dates.some((d) => d.text.toLowerCase().includes(demonstrative[0].toLowerCase()))) return { reason: `leans on an earlier sentence ("${demonstrative[0]}")` };
	// With the sentence before given in front, a pronoun may point to the one person (or thing) it names.
	const pointsToLead = (word: string) => {
		if (!carried) return false;
		const sex = /^(?:he|him|his)$/.test(word) ? 'm' : /^(?:she|her|hers)$/.test(word) ? 'f' : undefined;
		const person = /^(?:he|him|his|she|her|hers)$/.test(word);
		const keys = new Set(carried.mentions.filter((m) => !m.inQuote && (person ? m.kind === 'person' && !namesAThing(carried, m) : ['organization', 'model', 'other', 'place'].includes(m.kind))).map((m) => m.key));
		const could = [...keys].filter((k) => !sex || context.entities.get(k)?.sex !== (sex === 'f' ? 'm' : 'f'));
		return could.length === 1;
	};
	// "Former Prime Minister Tony Blair acknowledged how she changed British politics": a "she" that the
	// men the sentence names cannot be, in a story headed by one woman, is she (and so for "he").
	for (const m of outside.matchAll(/(?<=\s)(he|she)\b/g)) {
		const sex = m[1] === 'he' ? 'm' : 'f';
		const prior = sentence.mentions.filter((x) => x.kind === 'person' && !x.inQuote && x.start < m.index!);
		if (prior.length === 0 || prior.some((x) => context.entities.get(x.key)?.sex !== (sex === 'f' ? 'm' : 'f'))) continue;
		if (edits.some((e) => m.index! >= e.start && m.index! < e.end)) continue;
		const headed = [...context.entities.values()].filter((e) => e.kind === 'person' && e.sex === sex && e.inHeadline);
		const target = headed.length === 1 ? headed[0]! : undefined;
		if (!target || sentence.mentions.some((x) => x.key === target.key)) continue;
		edits.push({ start: m.index!, end: m.index! + m[1]!.length, text: written(target) });
		resolved++;
		break;
	}
	const danglingPronoun = firstDanglingPronoun(sentence, outside, edits, pointsToLead);
	if (danglingPronoun) return { reason: `pronoun with nothing to point to in the sentence ("${danglingPronoun}")` };

	// Names in full, relative dates made absolute, parentheses out.
	const seen = new Set<string>();
	for (const m of sentence.mentions) {
		if (m.kind === 'person' && m.replacement && !m.inQuote && !m.modifier && !seen.has(m.key)) edits.push({ start: m.start, end: m.end, text: m.replacement });
		if (m.kind === 'person') seen.add(m.key);
		// "the Islamic Centre" after "Salaheddin Islamic Centre": the one body named before whose name ends so.
		if ((m.kind === 'organization' || m.kind === 'other') && !m.inQuote && /\s/.test(m.surface) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) {
			// (A name before it, "Salaheddin", "FIFA", "California"; not a post, "Member of Scottish Parliament".)
			const namedBefore = (e: EntityInfo) => e.name.endsWith(' ' + m.surface) && /^\p{Lu}[\p{L}’'.-]*(?:\s\p{Lu}[\p{L}’'.-]*)?$/u.test(e.name.slice(0, -m.surface.length - 1)) && !/^(?:Member|Members|Minister|President|Secretary|Head|Chief|Director|Chairman|Speaker)\b/.test(e.name);
			const fuller = [...context.entities.values()].filter((e) => e.kind !== 'person' && namedBefore(e) && context.body.slice(0, position).some((b) => b.mentions.some((x) => x.key === e.key)));
			if (fuller.length === 1) edits.push({ start: m.start, end: m.end, text: fuller[0]!.name });
		}
	}
	for (const d of sentence.dates) {
		if (d.unanchored) return { reason: /hours?|minutes?/i.test(d.text) ? `time with no reference point ("${d.text}")` : `relative date cannot be anchored ("${d.text}"; give the article’s date)` };
		// "On July 1, the law went into effect" → "On July 1, 2015, …": a day and month take the year they
		// were read in. (Not the first day of a range, "from December 3 to December 11, 2015".)
		// Only a day near the article's own (from 75 days before to 240 after), whose year is not a guess,
		// and only when the sentence does not give the year already ("on Waitangi Day - February 6 - in 2015").
		const days = d.value && context.details.date ? (Date.parse(d.value) - Date.parse(context.details.date)) / 86_400_000 : NaN;
		const near = days > -75 && days < 240;
		const year = !d.replacement && d.relative && near && /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? '') && MONTH_DAY.test(d.text) && !text.includes(d.value!.slice(0, 4)) && !sentence.dates.some((x) => x.replacement?.includes(d.value!.slice(0, 4))) && !/^,?\s*\d{4}\b|^\s*(?:to|through|until|and|-|–)\s*(?:\p{Lu}\p{Ll}+\.?\s+)?\d/u.test(text.slice(d.end)) ? `${d.text}, ${d.value!.slice(0, 4)}` : undefined;
		const written = d.replacement ?? year;
		// "on May 7, 2024, to build": a full date inside a sentence takes its comma (not "in February 2010 with").
		// (Not after a date that is the subject: "July 17, 2008 saw the start of …".)
		const comma = /\d{4}$/.test(written ?? '') && !(MONTH_AND_YEAR.test(written ?? '') && /^\s(?:with|of|for|and|or|to|alone|only)\b/.test(text.slice(d.end))) && !(d.start > 0 && MONTH_AND_YEAR.test(written ?? '') && /^\s(?:said|says|told|announced|reported|stated|confirmed|added|warned|noted|claimed)\b/.test(text.slice(d.end))) && !/^the\s+\d{4}$/i.test(written ?? '') && /^\s\p{Ll}/u.test(text.slice(d.end)) && !(d.start === 0 && /^\p{Lu}\p{Ll}+ \d{1,2}, \d{4}$/u.test(written ?? '')) ? ',' : '';
		// "rose 65% from last year" → "from 2010", not "from in 2010".
		const replacement = /\b(?:from|since|than|until|before|after)\s+$/i.test(text.slice(0, d.start)) ? written?.replace(/^in\s+/, '') : written;
		if (replacement && !sentence.quotes.some(([a, b]) => d.start >= a && d.start < b)) edits.push({ start: d.start, end: d.end, text: replacement + comma });
	}
	// ("Today, Israel President Shimon Peres has selected …" → "On February 20, 2009, … selected …": a day
	// named for "today" or "yesterday" takes the simple past, not the present perfect.)
	// (Not a total to date: "As of January 7, 2009, the toll has increased to …", "is reported in … and has killed 25 million".)
	const onDay = sentence.dates.some((d) => /^(?:on\s+)?(?:today|yesterday|last night|earlier today)$/i.test(d.text) && /^(?:on|the)\b/i.test(d.replacement ?? '') && /\b\d{4}\b/.test(d.replacement ?? ''));
	const perfect = onDay ? [...text.matchAll(/\b(?:has|have)\s+((?:\p{Ll}+ly\s+)?)(\p{Ll}+)\b/gu)] : [];
	if (perfect.length === 1 && !/\band\s+(?:has|have)\b|\b(?:is|are)\s/.test(text) && !/\b(?:since|already|yet|ever|never|so far|for\s+(?:the\s+(?:past|last)\s+)?\S+\s+(?:days|weeks|months|years))\b/i.test(text) && !sentence.quotes.some(([a, b]) => perfect[0]!.index! >= a && perfect[0]!.index! < b)) {
		const [whole, adverb, participle] = perfect[0]!;
		// (Not a level reached by that day: "this has dropped to approximately 56 percent today".)
		const level = /^(?:dropped|fallen|risen|increased|decreased|grown|climbed|declined|reached|slipped|jumped|surged|soared|plunged|doubled|halved|tripled)$/.test(participle!) || /;/.test(text.slice(0, perfect[0]!.index));
		const past = level ? undefined : PAST_OF_PARTICIPLE[participle!] ?? (/ed$/.test(participle!) && sentence.terms.some((t) => t.text === participle && t.tags.has('Verb')) ? participle : undefined);
		if (past) edits.push({ start: perfect[0]!.index!, end: perfect[0]!.index! + whole.length, text: `${adverb}${past}` });
	}
	const paren = /\s*\([^()]*\)/g;
	for (let m = paren.exec(text); m; m = paren.exec(text)) edits.push({ start: m.index, end: m.index + m[0].length, text: '', priority: 4 });

	const found = findAttribution(sentence);
	let attribution = found;
	if (attribution.unclearSpeaker) return { reason: 'a claim whose speaker is unclear' };
	let source = attributionAt(attribution, clause?.rest.start ?? 0);
	// A paragraph the article introduced as someone's claim ("According to the complaint, …:") says so.
	if (sentence.claimedBy && attribution.claims.length === 0) {
		const first = text.slice(bodyStart);
		// (A name the finder could not place, "Orion withdrew …", keeps its capital too.)
		const named = sentence.mentions.some((m) => m.start === bodyStart && (m.kind !== 'other' || context.article.sentences.some((s) => s.mentions.some((x) => x.key === m.key && x.start > 0))));
		edits.push({ start: bodyStart, end: bodyStart, text: `According to ${sentence.claimedBy}, `, priority: 2 });
		// ("Then-Intel CEO Craig Barrett …" → "according to the complaint, then-Intel CEO …".)
		if ((/^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(first) || /^(?:Then|Former|Ex)-\p{Lu}/u.test(first)) && !named) edits.push({ start: bodyStart, end: bodyStart + 1, text: first[0]!.toLowerCase(), priority: 3 });
		source = sentence.claimedBy;
		attribution = { ...attribution, claims: [{ source, clauseStart: 0, clauseEnd: text.length, verbStart: 0, verbEnd: 0 }] };
	}
	// "Shkodran Mustafi opened the scoring in the 19th minute" under the heading "Group C — Germany 2–0
	// Ukraine": which match, the section's heading says.
	const inMatch = matchEdits(context, sentence, bodyStart, outside) ?? opponentEdits(context, sentence, bodyStart);
	if (inMatch) {
		edits.push(...inMatch);
		resolved++;
	}
	// "More than 150,000 people remain displaced", "is now as severe as": so when the article was written.
	const asOf = asOfEdits(context, sentence, bodyStart, outside, found.claims.length > 0);
	if (asOf) {
		edits.push(...asOf);
		resolved++;
	}
	const statement = asStatement(tidy(applyEdits(text, edits)));
	if (statement.split(/\s+/).length < 5) return { reason: 'too short to hold a fact once rewritten' };
	// "…, Ahayal Jahnawi, 28 began struggling with the gunman" with its lead dropped: "28 began …" has no subject.
	if (/^\d[\d,.]*\s+\p{Ll}+(?:ed|an)\b/u.test(statement) && !/^\d/.test(text)) return { reason: 'broken sentence once rewritten (a figure for a subject)' };
	const people = new Set(sentence.mentions.filter((m) => m.kind === 'person').map((m) => m.key)).size;
	const signals: FactSignals = {
		position,
		headline: overlap(contentWords(statement), context.headlineWords),
		centrality,
		quantities: sentence.mentions.filter((m) => m.kind === 'number' && (m.quantity?.unit || m.quantity?.percent || m.quantity?.currency)).length,
		change: CHANGE.test(outside),
		record: RECORD.test(outside),
		outcome: OUTCOME.test(outside),
		cause: CAUSE.test(outside),
		hedged: attribution.hedges.length > 0,
		attributed: attribution.claims.length > 0,
		resolved,
		words: statement.split(/\s+/).length,
		people
	};
	return { sentence, tokens, clause, edits, text: statement, attribution, ...(source ? { source } : {}), keyScore: keyScore(signals, context.body.length), signals };
}

/** A heading that names one match by its result: "Group D — Turkey 0–1 Croatia", "Argentina 2–1 Mexico". */
const MATCH_HEADING = /^(?:[^—–]*?\s[—–-]\s+)?(\p{Lu}[\p{L}.'’ -]*?)\s+\d{1,2}\s?[–-]\s?\d{1,2}\s+(\p{Lu}[\p{L}.'’ -]*?)\s*$/u;
/** What happens in a match: a sentence with one of these, in a section about one match, is about that match. */
const MATCH_EVENT = /\b(?:minute|scored|scoring|goal|penalty|Man of the Match|half|header|equalis\w*|equaliz\w*|assist|substitute|saved)\b/;

/**
 * The match a sentence tells of, when a report of several matches gives each its own section under a
 * heading with the result, and the sentence does not name both sides: "the match" becomes "the match
 * against Northern Ireland" (or "the Poland–Northern Ireland match"); a goal or a minute is placed "In
 * the Germany–Ukraine match, …".
 */
function matchEdits(context: ArticleContext, sentence: Sentence, bodyStart: number, outside: string): Edit[] | undefined {
	let heading: Sentence | undefined;
	for (const s of context.article.sentences) {
		if (s.index >= sentence.index) break;
		if (s.block === 'heading') heading = s;
	}
	const teams = heading ? MATCH_HEADING.exec(heading.text.trim()) : null;
	if (!teams) return undefined;
	// Only when the report has two matches or more: a single match is the article's own.
	if (context.article.sentences.filter((s) => s.block === 'heading' && MATCH_HEADING.test(s.text.trim())).length < 2) return undefined;
	const [a, b] = [teams[1]!.trim(), teams[2]!.trim()];
	const text = sentence.text;
	const hasA = text.includes(a);
	const hasB = text.includes(b);
	if (hasA && hasB) return undefined;
	// (Not "the match referee Joel Aguilar": a match's official is no match.)
	const match = /\bthe (?:entire )?(?:match|game)\b(?!\s+(?:referee|officials?|ball|day|report|\p{Lu}))/u.exec(outside);
	if (match) {
		// "Poland won the match" → "… the match against Northern Ireland"; else both sides are named.
		const other = text.startsWith(a, bodyStart) ? b : text.startsWith(b, bodyStart) ? a : undefined;
		return [{ start: match.index, end: match.index + match[0].length, text: other ? `the match against ${other}` : `the ${a}–${b} match` }];
	}
	if (!MATCH_EVENT.test(outside)) return undefined;
	// "In the 62nd minute, …", "In injury time, …": the match after the time.
	const time = /^(?:In|During|Just before|Just after|Before|After) (?:the )?(?:\d{1,3}(?:st|nd|rd|th) minute|injury time|(?:first|second) half|half-time|half time|extra time)(?=,|\s+\p{Lu})/u.exec(text.slice(bodyStart));
	if (time) return [{ start: bodyStart + time[0].length, end: bodyStart + time[0].length, text: ` of the ${a}–${b} match${text[bodyStart + time[0].length] === ',' ? '' : ','}` }];
	const first = text.slice(bodyStart);
	// ("Germany have qualified for the Last 16 round, finishing first in Group C": what the match led to, after it.)
	const after = /^[^,;]*?\b(?:ha(?:ve|s) (?:qualified|advanced|progressed|gone through)|(?:qualified|advanced|progressed) (?:for|to)|(?:are|is) (?:through|out|eliminated|knocked out)|(?:finish|finished|finishing|top|topped) (?:first|second|third|fourth|top|bottom)\b)/.test(first);
	const edits: Edit[] = [{ start: bodyStart, end: bodyStart, text: `${after ? 'After' : 'In'} the ${a}–${b} match, `, priority: 2 }];
	// ("Just two minutes in …" → "…, just two minutes in …"; a name or "Swedish captain" keeps its capital.)
	// ("Three minutes after half time, …" → "…, three minutes after half time, …".)
	if (/^(?:The|A|An|Just|Only|Within|After|Before|During|Both|His|Her|Their|Its|Early|Late|Shortly|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Half|Moments?|Minutes?|Seconds?)\s/.test(first)) edits.push({ start: bodyStart, end: bodyStart + 1, text: first[0]!.toLowerCase(), priority: 3 });
	return edits;
}

/**
 * "Brazil won 1–0, topping Group B." under the headline "Brazil defeats China in …": the score says
 * whom against ("Brazil won 1–0 against China"), when the headline names the two sides and the
 * sentence only one.
 */
function opponentEdits(context: ArticleContext, sentence: Sentence, bodyStart: number): Edit[] | undefined {
	const title = context.details.title ?? '';
	const headline = /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+(?:defeats?|beats?|tops?|edges?|downs?|routs?|thrash(?:es)?|overcomes?)\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\b/u.exec(title);
	if (!headline) return undefined;
	const [winner, loser] = [headline[1]!, headline[2]!];
	const text = sentence.text;
	const result = /^((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+(won|lost)\s+\d{1,3}\s*[–-]\s*\d{1,3}\b(?!\s+(?:against|over|to|with|versus|vs\.?|v\.?)\b)/u.exec(text.slice(bodyStart));
	if (!result || text.includes(winner) === text.includes(loser)) return undefined;
	const won = result[2] === 'won';
	if (result[1] !== (won ? winner : loser)) return undefined;
	const at = bodyStart + result[0].length;
	return [{ start: at, end: at, text: won ? ` against ${loser}` : ` to ${winner}` }];
}

/** "now", "currently", "so far", "to date": words whose time is the article's date. */
const NOW = /(?:,\s*)?\b(?:now|currently|so far|to date|at present|presently)\b(?!\s*(?:that|-|on)\b)(?:\s*,(?=\s))?/gi;
/** A state the sentence says lasts ("remain", "continues to", "is continuing"), or a time counted back from now ("more than 20 years ago"). */
const LASTING = /\b(?:remains?|continues to|(?:is|are) continuing|(?:is|are) still|(?:years?|months?|decades?) ago)\b/i;

const PROPER_WORDS = new WeakMap<ArticleContext, Set<string>>();

/**
 * A word the article writes with a capital inside a sentence, between words in lower case ("the ancient
 * Greek religion"): it keeps it anywhere. ("Health" in "World Health Organization" is part of a name.)
 */
function properWord(context: ArticleContext, word: string): boolean {
	let words = PROPER_WORDS.get(context);
	if (!words) {
		words = new Set();
		for (const s of context.article.sentences) for (const m of s.text.matchAll(/(?<=[\p{Ll},;]\s)\p{Lu}\p{Ll}+(?=\s+\p{Ll})|(?<=,\s)\p{Lu}\p{Ll}+(?=[.;:!?)’']|$)/gu)) words.add(m[0]);
			// ("his party, Likud.": a name set off by a comma at a sentence's end is one too.)
		PROPER_WORDS.set(context, words);
	}
	return words.has(word);
}

/**
 * A statement true as of the article's date, when it says so ("now", "so far", "remain") and gives no
 * date of its own: "As of April 2011, more than 150,000 people remain displaced." The word that meant
 * "at the time of writing" goes.
 */
function asOfEdits(context: ArticleContext, sentence: Sentence, bodyStart: number, outside: string, claimed: boolean): Edit[] | undefined {
	const date = parseIsoDate(context.details.date);
	if (!date) return undefined;
	const text = sentence.text;
	if (sentence.dates.length > 0 || sentence.mentions.some((m) => m.kind === 'year' || m.kind === 'date')) return undefined;
	// "Maurer said … currently 190 universities have accepted": true when it was said, which is another matter.
	if (claimed) return undefined;
	if (/\b(?:will|would|until|by the time|as of)\b/i.test(outside)) return undefined;
	const words = [...outside.matchAll(NOW)].filter((m) => !/^\s*,?\s*now\b/i.test(m[0]) || !/\b(?:from|until|till|right|for|just)\s*$/i.test(outside.slice(0, m.index)));
	if (words.length === 0 && !LASTING.test(outside)) return undefined;
	const edits: Edit[] = words.map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: /^,/.test(m[0]) && /,$/.test(m[0]) && !/^\s*\p{Ll}/u.test(text.slice(m.index! + m[0].length)) ? ',' : ' ' }));
	// "So far three countries …": the word that goes opened the sentence; the next one does now.
	const leading = words.find((m) => m.index === bodyStart);
	const opensAt = leading ? bodyStart + leading[0].length + (/^\s*/.exec(text.slice(bodyStart + leading[0].length))?.[0].length ?? 0) : bodyStart;
	const first = text.slice(opensAt);
	// (A name opens the sentence: "NASA", "Suzanne Clark", "I" keep their capital; a capital the
	// sentence's start gave a common word, "Health experts …", does not.)
	const named = sentence.mentions.some((m) => m.start === opensAt && m.kind !== 'number' && !(m.kind === 'other' && m.weak && !/^\p{Lu}{2,}/u.test(m.surface)));
	edits.push({ start: bodyStart, end: bodyStart, text: `As of ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, `, priority: 1 });
	// ("Wikileaks, so far, have released …": a name the tagger knows as one keeps its capital.)
	const proper = sentence.terms.some((t) => t.start === opensAt && (t.tags.has('Organization') || t.tags.has('Person') || t.tags.has('Place')));
	if (/^\p{Lu}(?:\p{Ll}|\s)/u.test(first) && !/^I\s/.test(first) && !named && !proper && !properWord(context, /^\S+/.exec(first)![0])) edits.push({ start: opensAt, end: opensAt + 1, text: first[0]!.toLowerCase(), priority: 3 });
	return edits;
}

/**
 * The edits that put a profile's first person in the third: "I" → the person's name (then the surname),
 * "my" → "Name’s", "I’m" → "Name is"; a present verb after "I" takes its -s. Only where "we", "our"
 * and "you" do not appear, and the article is a profile: a person it keeps returning to, and questions
 * put to them or several sentences in their voice.
 */
function profileVoice(context: ArticleContext, sentence: Sentence, outside: string): Edit[] | undefined {
	if (/\b(we|we’re|we're|our|ours|us|you|your|yours|you’re|you're|let’s|let's)\b/i.test(outside)) return undefined;
	const interview = context.article.sentences.some((s) => s.block === 'heading' && /\?["”]?$/.test(s.text)) || context.body.filter((s) => /^I\b/.test(s.text)).length >= 3;
	if (!interview) return undefined;
	const person = profiled(context);
	if (!person) return undefined;
	const surname = person.name.split(/\s+/).pop()!;
	const edits: Edit[] = [];
	// "After completing my degree, I …": the name goes to the "I", and "my" before it reads "his" or "her".
	const firstWord = /\b(I[’']m|I[’']ve|I[’']d|I am|I have|I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)\b/.exec(outside)?.[1];
	let named = !!person.sex && !!firstWord && /^[Mm]y$/.test(firstWord) && /\bI\b/.test(outside.slice(outside.search(/\b[Mm]y\b/) + 2));
	const cataphora = named;
	// The name first; after it, he or she (the surname when the article does not show which).
	const pronoun = (subject: boolean, possessive = false) => {
		if (!named || (cataphora && subject && !edits.some((e) => e.text === person.name))) {
			named = true;
			return possessive ? `${person.name}’s` : person.name;
		}
		if (!person.sex) return possessive ? `${surname}’s` : surname;
		if (possessive) return person.sex === 'f' ? 'her' : 'his';
		return subject ? (person.sex === 'f' ? 'she' : 'he') : person.sex === 'f' ? 'her' : 'him';
	};
	const name = () => pronoun(true);
	void surname;
	const re = /\b(I[’']m|I[’']ve|I[’']d|I am|I have|I|[Mm]y|[Mm]e|[Mm]ine|[Mm]yself)\b/g;
	for (let m = re.exec(outside); m; m = re.exec(outside)) {
		const word = m[1]!;
		const after = outside.slice(m.index + word.length);
		let text: string;
		if (/^I[’']m$|^I am$/.test(word)) text = `${name()} is`;
		else if (/^I[’']ve$|^I have$/.test(word)) text = `${name()} has`;
		else if (/^I[’']d$/.test(word)) text = `${name()} would`;
		else if (word === 'I') {
			text = name();
			// "I contribute" → "Ball contributes": a present verb takes its -s.
			const verb = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
			const term = verb ? sentence.terms.find((t) => t.start === m!.index + word.length + 1) : undefined;
			if (verb && term?.tags.has('PresentTense') && !term.tags.has('PastTense') && !/^(can|could|will|would|should|may|might|must|also|still|now|often|always|never|really|just)$/.test(verb)) {
				const doc = nlp(`she ${verb} it`);
				doc.verbs().toPresentTense();
				const third = verb === 'have' ? 'has' : doc.text().replace(/^she\s+/, '').replace(/\s+it$/, '');
				edits.push({ start: m.index + word.length + 1, end: m.index + word.length + 1 + verb.length, text: third });
			}
		} else if (/^[Mm]y$|^[Mm]ine$/.test(word)) text = pronoun(false, true);
		else if (/^[Mm]yself$/.test(word)) text = person.sex === 'm' ? 'himself' : 'herself';
		else text = pronoun(false);
		edits.push({ start: m.index, end: m.index + word.length, text });
	}
	return edits;
}

/**
 * A sentence of an interview's answer: the article puts questions to one person (question headings)
 * and this paragraph is a quotation that names no speaker. Not when the quotation stands alone as
 * someone's statement ("…,” said X).
 */
function interviewAnswer(context: ArticleContext, sentence: Sentence): boolean {
	if (sentence.quotes.length === 0 && !/[“”"]/.test(sentence.text)) return false;
	if (!context.article.sentences.some((s) => s.block === 'heading' && /\?["”]?$/.test(s.text))) return false;
	const paragraph = context.body.filter((s) => s.paragraph === sentence.paragraph);
	if (!/^["“]/.test(paragraph[0]?.text ?? '') || quotedStatement(context, sentence) || paragraphSpeaker(context, sentence)) return false;
	return !!profiled(context);
}

/**
 * The person a profile or interview is about: the article's main subject when that is a person, else
 * the one person its opening names before the first question put to them.
 */
function profiled(context: ArticleContext): EntityInfo | undefined {
	const subject = [...context.entities.values()].filter((e) => e.kind === 'person' && context.never.has(e.key)).sort((a, b) => b.mentions - a.mentions)[0];
	if (subject) return subject;
	const firstQuestion = context.article.sentences.find((s) => s.block === 'heading' && /\?["”]?$/.test(s.text));
	if (!firstQuestion) return undefined;
	const opening = context.body.filter((s) => s.index < firstQuestion.index);
	const people = new Set(opening.flatMap((s) => s.mentions.filter((m) => m.kind === 'person' && !m.inQuote).map((m) => m.key)));
	return people.size === 1 ? context.entities.get([...people][0]!) : undefined;
}

interface Quote {
	/** The quoted words, in sentence offsets, without quote marks or the "said X" tail. */
	start: number;
	end: number;
	speaker: string;
}

/** ("told the BBC the planet KELT-9b "is about three times the mass …"": the quotation ends a clause begun outside it.) */
// ("Sickened by shooting at free speech event in Copenhagen.": a participle with no one it is said of.)
const PREDICATE_FIRST = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\b|^\p{L}+(?:ed|en)\s+(?:by|at|with)\b/iu;

/**
 * A quoted sentence whose speaker the paragraph names ("…,” said Nelson. “…”): its words can be asked
 * as the speaker's claim, "According to Bill Nelson, …", when they stand alone (no "I", "we", "our").
 */
function quotedStatement(context: ArticleContext, sentence: Sentence): Quote | null {
	const text = sentence.text;
	const open = text.search(/["“]/);
	// "Senior researcher Mu Li said "it is reasonable to assume …"": the speaker, a saying verb, then the
	// quotation to the end of the sentence (where it may go on into the next).
	if (open > 1) {
		const saying = /\b(?:said|says|added|adds|explained|noted|stated|wrote|declared|announced|insisted|warned|argued|told\s+[^,"“]{1,40}?)\s*[,:]?\s*$/i.exec(text.slice(0, open));
		if (!saying) return null;
		// ("Lord Kinclaven told MacKinnon and Millar they had committed "the brutal murder of …"": the quotation
		// finishes a clause of the writer's, it is no saying of its own.)
		if (sentence.terms.some((t) => t.start >= saying.index + 5 && t.end <= open && (t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Modal')) && !t.tags.has('Gerund'))) return null;
		const close = Math.max(text.lastIndexOf('”'), text.lastIndexOf('"'));
		const last = close > open ? close : text.length;
		if (close > open && !/^\s*[.,]?\s*$/.test(text.slice(close + 1))) return null;
		// ("The BBC News website also reported that senior MQM leader Babar Ghauri had said: "…"": the speaker
		// nearest the quotation, not the one who reported it.)
		const speakerMention = findAttribution(sentence).claims.filter((c) => c.sourceMention && c.sourceMention.end <= open && (c.sourceMention.kind === 'person' || c.sourceMention.kind === 'organization')).sort((a, b) => b.sourceMention!.end - a.sourceMention!.end)[0]?.sourceMention;
		if (!speakerMention) return null;
		if (spokenTo(text, speakerMention)) return null;
		const inner = text.slice(open + 1, last);
		const from = open + 1 + (inner.length - inner.trimStart().length);
		const said = text.slice(from, last).replace(/[,.;:\s]+$/, '');
		if (said.split(/\s+/).length < 8 || FIRST_OR_SECOND_PERSON.test(said) || /["“”]|\[[^\]]*\]/.test(said) || leansAtStart(said) || PREDICATE_FIRST.test(said)) return null;
		const info = context.entities.get(speakerMention.key);
		return { start: from, end: from + said.length, speaker: info ? written(info) : speakerMention.name };
	}
	let start = open < 0 ? 0 : open + 1;
	let end = text.length;
	const close = text.lastIndexOf('”') >= 0 ? text.lastIndexOf('”') : text.indexOf('"', start);
	if (close > start) {
		// "…,” said Bill Nelson." — the tail names the speaker; only that tail may follow the quote.
		const tail = text.slice(close + 1);
		// (Titles and initials keep their full stop inside the tail: "said Dr. Charles Buhler, …".)
		const tailWord = String.raw`(?:[^.]|\b(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|St|Inc|Corp|Co)\.|\b\p{Lu}\.)`;
		if (!/^\s*(?:[.,]\s*)?$/.test(tail) && !new RegExp(String.raw`^\s*(?:said|says|added|adds|explained|noted|stated|wrote)\s+${tailWord}*\.?$|^\s*[\p{Lu}]${tailWord}*?\s(?:said|says|added|explained|noted|stated|wrote)\.?$`, 'u').test(tail)) return null;
		end = close;
	} else if (open < 0 && !/[”"]\s*$/.test(text)) return null;
	else if (open < 0) end = text.search(/[”"]\s*$/);
	while (start < end && /\s/.test(text[start]!)) start++;
	const content = text.slice(start, end).replace(/[,.;:\s]+$/, '');
	end = start + content.length;
	if (PREDICATE_FIRST.test(content)) return null;
	if (content.split(/\s+/).length < 8 || FIRST_OR_SECOND_PERSON.test(content) || leansAtStart(content)) return null;
	// ("[m]y resignation is …": an editor's bracket, the speaker's first person within.)
	if (/\[[^\]]*\]/.test(content)) return null;
	// The sentence's own "said X" first; else whoever the paragraph quotes.
	const own = findAttribution(sentence).claims.find((c) => c.sourceMention && (c.sourceMention.kind === 'person' || c.sourceMention.kind === 'organization'))?.sourceMention;
	if (own && spokenTo(text, own)) return null;
	const info = own ? context.entities.get(own.key) : undefined;
	const speaker = own ? (info ? written(info) : own.name) : paragraphSpeaker(context, sentence);
	return speaker ? { start, end, speaker } : null;
}

/** "Talking to Al Jazeera on Sunday he said, "…"": the one spoken to, whom the finder took for the speaker. */
function spokenTo(text: string, source: Mention): boolean {
	return /\b(?:to|with|told|telling)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, source.start - 12), source.start));
}

/**
 * A quotation that opens on a word pointing back ("They came because …", "this is …") stands on what
 * came before; an "it" that points nowhere ("it is reasonable to assume that …") does not.
 */
function leansAtStart(content: string): boolean {
	if (/^it\s+(?:is|was|has been|will be|would be)\s+(?:\p{Ll}+\s+){1,2}(?:to|that)\b/iu.test(content)) return false;
	// ("One day, he came into the senior center …": who "he" is, the quotation does not say.)
	return /\b(?:this|these|those|it|they|them|their|its|he|she|him|his)\b/i.test(content.split(/\s+/).slice(0, 3).join(' '));
}

/** Who speaks the quotations of the sentence's paragraph: a named person or organisation, or nobody. */
function paragraphSpeaker(context: ArticleContext, sentence: Sentence): string | undefined {
	for (const s of context.body) {
		if (s.paragraph !== sentence.paragraph) continue;
		for (const claim of findAttribution(s).claims) {
			const m = claim.sourceMention;
			if (m && (m.kind === 'person' || m.kind === 'organization')) return context.entities.get(m.key)?.name ?? m.name;
		}
	}
	// "X released the following statement": the quotations after it are X's.
	for (const s of context.body) {
		if (s.index >= sentence.index) break;
		if (!/\b(?:released|issued|gave|delivered|made)\s+(?:the following|this|a|her|his)\s+(?:statement|remarks)\b/i.test(s.text)) continue;
		const person = s.mentions.find((m) => m.kind === 'person' && !m.inQuote);
		if (person) return context.entities.get(person.key)?.name ?? person.name;
	}
	return undefined;
}

function readQuote(context: ArticleContext, sentence: Sentence, position: number, centrality: number, quote: Quote): Fact | { reason: string } {
	const text = sentence.text;
	const edits: Edit[] = [
		{ start: 0, end: quote.start, text: `According to ${quote.speaker}, `, priority: 2 },
		{ start: quote.end, end: text.length, text: '', priority: 2 }
	];
	// The quote's first word is no longer the first of a sentence.
	const firstWord = /^\p{Lu}\p{Ll}+/u.exec(text.slice(quote.start));
	const named = sentence.mentions.some((m) => m.start === quote.start && m.kind !== 'other');
	// ("Jupiter is like a big vacuum cleaner": a word the article capitalises mid-sentence keeps its capital.)
	if (firstWord && !named && (/^(?:The|A|An)$/.test(firstWord[0]) || (!sentence.terms.some((t) => t.start === quote.start && t.tags.has('ProperNoun')) && !properWord(context, firstWord[0])))) {
		edits.push({ start: quote.start, end: quote.start + 1, text: text[quote.start]!.toLowerCase(), priority: 3 });
	}
	const paren = /\s*\([^()]*\)/g;
	for (let m = paren.exec(text); m; m = paren.exec(text)) edits.push({ start: m.index, end: m.index + m[0].length, text: '', priority: 4 });
	const statement = asStatement(tidy(applyEdits(text, edits)));
	const attribution = findAttribution(sentence);
	const signals: FactSignals = {
		position,
		headline: overlap(contentWords(statement), context.headlineWords),
		centrality,
		quantities: sentence.mentions.filter((m) => m.kind === 'number' && m.start >= quote.start && m.end <= quote.end && (m.quantity?.unit || m.quantity?.percent || m.quantity?.currency)).length,
		change: CHANGE.test(statement),
		record: RECORD.test(statement),
		outcome: OUTCOME.test(statement),
		cause: CAUSE.test(statement),
		hedged: true,
		attributed: true,
		resolved: 0,
		words: statement.split(/\s+/).length,
		people: new Set(sentence.mentions.filter((m) => m.kind === 'person').map((m) => m.key)).size
	};
	return { sentence, tokens: tokensOf(sentence), clause: null, edits, text: statement, attribution: { ...attribution, claims: attribution.claims.length > 0 ? attribution.claims : [{ source: quote.speaker, clauseStart: 0, clauseEnd: text.length, verbStart: 0, verbEnd: 0 }] }, source: quote.speaker, keyScore: keyScore(signals, context.body.length) * 0.8, signals };
}

/**
 * "the video" after "the Tom Cruise video", "the attack" after "the December 2014 Sony attack": the
 * one phrase with names before the noun that the article used earlier (before this sentence), or
 * nothing when it used none or several.
 */
function modifiedPhrase(context: ArticleContext, sentence: Sentence, noun: string): string | undefined {
	// The article's own topic ("the flag" under "… changing national flag design") needs no more words;
	// "the government" of today is not "the Monti government" of 2014.
	if (context.headlineWords.has(stem(noun)) || /^(?:government|administration|state|country|nation|city|region|people|public|police|army|law|court|president|minister|leader|team|party)$/.test(noun)) return undefined;
	// ("the Fukushima I nuclear plant": names, then up to two words of description.)
	const re = new RegExp(`\\b(?:the|an?)\\s+(?:\\p{Ll}+(?:ed|ic|al|ous)\\s+)?((?:[\\p{Lu}][\\p{L}.-]*\\s+){1,4}(?:(?!(?:the|a|an|in|of|on|at|to|for|and|or|with|by|from|as|is|was|are|were|its|their|his|her)\\s)\\p{Ll}+\\s+){0,2})${noun}\\b`, 'gu');
	const found = new Map<string, string>();
	// Only the last five sentences: further back, "the thruster" may be another one than "the Kaufman thruster".
	const position = context.body.indexOf(sentence);
	for (const s of context.body.slice(Math.max(0, position - 5), Math.max(0, position))) {
		for (const m of s.text.matchAll(re)) {
			const words = m[1]!.trim();
			if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(words)) continue;
			found.set(words.toLowerCase(), `${words} ${noun}`);
		}
	}
	return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Titles one person holds in an article, who is then "the King", "the Prince" ("King Hamad of Bahrain"). */
const TITLES = 'King|Queen|Prince|Princess|Emperor|Empress|Pope|Sultan|Emir|Sheikh|Premier|Chancellor';
/** "The King did welcome …": the title alone, not "the King of …" or "the Prince Albert". */
const THE_TITLE = new RegExp(`^[Tt]he (${TITLES})\\b(?!\\s+(?:of|\\p{Lu}))`, 'u');
/** A name the rewrite gave for such a title ("Crown Prince Mohammed bin Zayed Al Nahyan"). */
const TITLE_HOLDER = new RegExp(`^(?:Crown\\s+)?(?:${TITLES})\\s`);

/** "King Hamad of Bahrain", "Crown Prince Mohammed bin Zayed Al Nahyan": who a title names in the sentences before, when one person. */
function titleHolder(context: ArticleContext, sentence: Sentence, title: string): string | undefined {
	const found = new Set<string>();
	const re = new RegExp(`\\b((?:Crown\\s+)?${title}\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|bin|bint|al|Al|ibn|de|von)\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4})`, 'gu');
	for (const s of context.body) {
		if (s.index >= sentence.index) break;
		for (const m of s.text.matchAll(re)) found.add(m[1]!);
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/** The name the headline gives the article's topic ("Malaysia Airlines Flight 17"), when the text before the sentence uses it too. */
function headlineName(context: ArticleContext, sentence: Sentence, noun: string): string | undefined {
	const title = context.details.title ?? '';
	const head = noun.charAt(0).toUpperCase() + noun.slice(1);
	const m = new RegExp(`(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}.&'’-]*\\s+){1,4}${head}(?:\\s+\\d+[A-Z]?)?)(?![\\p{L}\\d-])`, 'u').exec(title);
	if (!m) return undefined;
	const name = m[1]!;
	const position = context.body.indexOf(sentence);
	// The whole name, not the end of a longer one ("Space Agency" of "Orbis Space Agency" under a headline in title case).
	const whole = new RegExp(`(?<!\\p{Lu}[\\p{L}.&'’-]*\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u');
	return context.body.slice(0, Math.max(0, position)).some((s) => whole.test(s.text)) ? name : undefined;
}

/**
 * "the summit in Wales" for "the summit" under "NATO leaders meet for two day summit in Wales": the headline's
 * thing by the place the headline puts it in, when the sentence names no such place.
 */
function headlinePlace(context: ArticleContext, sentence: Sentence, noun: string): string | undefined {
	const title = context.details.title ?? '';
	const m = new RegExp(`\\b(?:${noun}|${noun.charAt(0).toUpperCase()}${noun.slice(1)})\\s+(in|at|In|At)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}(?:,\\s+\\p{Lu}[\\p{L}'’-]*)?)\\s*(?:[;:,.]|$)`, 'u').exec(title);
	if (!m) return undefined;
	const place = m[2]!.replace(/^the\s+/i, '');
	if (sentence.text.includes(place.split(/,\s*/)[0]!)) return undefined;
	// ("Crane Collapse at Harbor Mosque": the article writes "the Harbor Mosque", and so does the question.)
	const the = /^(?:Gaza Strip|West Bank|United States|United Kingdom|Netherlands|Philippines)$/.test(place) || context.body.some((s) => new RegExp(`\\bthe ${place.split(/,\s*/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[,.;:)]|\\s+(?:in|on|at|and|was|is|were|has|had|to|for|with|from|after|before|where|when)\\b)`).test(s.text)) ? 'the ' : '';
	return `${noun} ${m[1]!.toLowerCase()} ${the}${place}`;
}

/** Where the article said its researchers are from ("researchers from the University of Tennessee"), when it named one place. */
/**
 * The two people a sentence's "They" stands for: the subject of the sentence before in the same
 * paragraph, when it is two names and nobody else is named there ("Almonte and Collins entered …").
 */
function pairBefore(context: ArticleContext, sentence: Sentence): string | undefined {
	const position = context.body.indexOf(sentence);
	const before = context.body[position - 1];
	if (!before || before.paragraph !== sentence.paragraph) return undefined;
	const people = before.mentions.filter((m) => m.kind === 'person' && !m.inQuote);
	if (people.length !== 2 || before.mentions.some((m) => m.kind === 'organization' && !m.inQuote && m.start > people[1]!.end && /^\s*(?:and|,)/.test(before.text.slice(m.end)))) return undefined;
	const [a, b] = people as [Mention, Mention];
	const between = before.text.slice(a.end, b.start);
	if (!/^\s+and\s+$/.test(between)) return undefined;
	// The pair is the subject: at the start, or after an opening phrase that ends with a comma.
	const lead = before.text.slice(0, a.start);
	if (lead !== '' && !/,\s*$/.test(lead)) return undefined;
	if (!/^\s+(?:\p{Ll}+ed|were|had|have|are|went|took|made|began|left|said|told|met|found)\b/u.test(before.text.slice(b.end))) return undefined;
	return `${before.text.slice(a.start, a.end)} and ${before.text.slice(b.start, b.end)}`;
}

/**
 * The person a headline describes without a name ("Nigerian man charged with trying to blow up airliner"),
 * when the lede names one person and nobody else: "the man", "the suspect" after a headline on a
 * charge or an arrest, "the Nigerian national" after the headline's "Nigerian".
 */
function describedPerson(context: ArticleContext, sentence: Sentence, noun: string, qualifier?: string): EntityInfo | undefined {
	const title = context.details.title ?? '';
	const said = new RegExp(`(?:^|\\s)(?:(\\p{Lu}\\p{Ll}+)\\s+)?(man|woman|boy|girl|teenager|teen|suspect|gunman|bomber)\\b`, 'u').exec(title);
	if (!said || [...context.entities.values()].some((e) => e.kind === 'person' && e.inHeadline)) return undefined;
	const fits = noun === said[2] || (/^(?:suspect|accused|defendant)$/.test(noun) && /\b(?:charged|arrested|accused|held|detained|indicted|suspected)\b/i.test(title)) || (noun === 'national' && !!qualifier && qualifier === said[1]);
	if (!fits || (qualifier && qualifier !== said[1])) return undefined;
	const lede = context.body[0];
	if (!lede || lede.index >= sentence.index) return undefined;
	const people = new Set(lede.mentions.filter((m) => m.kind === 'person' && !m.inQuote).map((m) => m.key));
	return people.size === 1 ? context.entities.get([...people][0]!) : undefined;
}

/**
 * The one person of that role the article names ("the singer": Dolores O'Riordan), named before the
 * sentence. With a qualifier ("the Iranian president"), the article must have put that word before
 * the role and the name ("Iranian President Mahmoud Ahmadinejad").
 */
function onlyOneOfRole(context: ArticleContext, sentence: Sentence, role: string, qualifier?: string): EntityInfo | undefined {
	if (!ROLE_NOUNS.test(role)) return undefined;
	const people = [...context.entities.values()].filter((e) => e.kind === 'person' && e.role === role);
	let person = people.length === 1 && people[0]!.firstSentence < sentence.index ? people[0] : undefined;
	// ("… sent from the sidelines by the referee", in the part of a round-up on another match: a match's
	// official is the one named nearby, not one named for an earlier match.)
	if (person && /^(?:referee|umpire)s?$/i.test(role)) {
		const position = context.body.indexOf(sentence);
		if (!context.body.slice(Math.max(0, position - 4), position).some((s) => s.mentions.some((m) => m.key === person!.key))) person = undefined;
	}
	if (!person || !qualifier) return person;
	const surname = person.name.split(/\s+/).at(-1)!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const introduced = new RegExp(`\\b${qualifier}\\s+${role}\\s+(?:[^\\s,.;]+\\s+){0,3}${surname}\\b`, 'i');
	return context.body.some((s) => s.index < sentence.index && introduced.test(s.text)) ? person : undefined;
}

/** "in Super Bowl 50", "in the 2007 Carling Cup final": where a result in the last three sentences was won, when one is. */
function matchNamed(context: ArticleContext, sentence: Sentence): string | undefined {
	const position = context.body.indexOf(sentence);
	const found = new Set<string>();
	for (const s of context.body.slice(Math.max(0, position - 3), Math.max(0, position))) {
		// ("… to a 102–89 victory over the Boston Celtics in Game 1 of the 2010 NBA Finals".)
		const m = /\b(?:defeated|beat|won|lost to|drew with|edged|routed|thrashed|victory over|win over|victory against|win against)\b[^.;]*?\b(?:in|at)\s+((?:the\s+)?(?:\d{4}\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+)*?(?:\p{Lu}[\p{L}’'.-]*\s+(?:\d{1,3}|[IVXL]+)(?:\s+of\s+the\s+(?:\d{4}\s+)?(?:\p{Lu}[\p{L}’'.-]*)(?:\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}’'.-]*)*)?|\p{Lu}[\p{L}’'.-]*\s+(?:final|game|match|semi-final|semifinal)))\b/u.exec(s.text);
		// ("Federer, who lost to Nadal in the 2007 French Open final less than a month ago, …": a match in a
		// "who" clause is an earlier one, not the one reported.)
		if (m && !/,\s*(?:who|which)\s+(?:had\s+|has\s+|also\s+|previously\s+)?$/.test(s.text.slice(0, m.index))) found.add(m[1]!);
	}
	// "Yesterday, in the German DFL-Supercup final, … Bayern Munich defeated …": a lede that names the
	// match first names it for the whole report.
	for (const s of context.body.slice(0, Math.min(2, Math.max(0, position)))) {
		const first = /^(?:[^,]{0,40},\s*)?in\s+(the\s+(?:\d{4}\s+)?(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(?:final|game|match|semi-final|semifinal|quarter-final|quarterfinal)),[^.;]*?\b(?:defeated|beat|won|lost to|drew with|edged|routed|thrashed)\b/u.exec(s.text);
		if (first) found.add(first[1]!);
	}
	// "UEFA Champions League 2006/07: AC Milan 1-0 Celtic": a report of one match names it in its headline
	// ("The game finished dramatically" is the AC Milan–Celtic game).
	if (found.size === 0 && !context.article.sentences.some((s) => s.block === 'heading' && MATCH_HEADING.test(s.text.trim()))) {
		const title = context.details.title ?? '';
		const scored = /(?:^|:\s*)((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s+\d{1,3}\s?[-–]\s?\d{1,3}\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*)\s*$/u.exec(title);
		if (scored && !/[,;]/.test(title.slice(scored.index))) return `the ${scored[1]}–${scored[2]} game`;
		// ("Ronaldo-less Portugal beats France 1-0; wins Euro '16": the Portugal–France game.)
		const beat = /(?:^|[\s:])((?:\p{Lu}\p{L}*\s+)?\p{Lu}\p{L}*)\s+(?:beats?|defeats?|thrash(?:es)?|edges?|routs?|downs?|stuns?|overcomes?)\s+((?:\p{Lu}\p{L}*\s+)?\p{Lu}\p{L}*)\s+\d{1,3}\s?[-–]\s?\d{1,3}\b/u.exec(title);
		if (beat && context.body.filter((s) => MATCH_EVENT.test(s.text)).length >= 2) return `the ${beat[1]}–${beat[2]} game`;
	}
	return found.size === 1 ? [...found][0] : undefined;
}

function researchersFrom(context: ArticleContext, sentence: Sentence): string | undefined {
	const found = new Set<string>();
	for (const s of context.body) {
		if (s.index >= sentence.index) break;
		for (const m of s.text.matchAll(/\b(?:researchers|scientists|astronomers|team)\s+(?:from|at|of|with)\s+((?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+(?:of|for|and|de|the)?\s*[\p{Lu}][\p{L}.’'-]*){0,5})/gu)) found.add(m[1]!.replace(/[,.]$/, ''));
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/** The name to write for a thing the sentence only points to: "NASA", "the SSG Fox SPGP". */
export function written(target: EntityInfo): string {
	const name = target.name;
	const needsThe = target.kind === 'organization' || target.kind === 'other' || target.kind === 'model';
	if (needsThe && /^(?:Office|Department|Ministry|Bureau|Institute|University of|Council|Committee|Commission|Center|Centre|School|College|Museum|Society|Association|International|National|Federal|Staff|European|United|World)\b/.test(name)) return `the ${name}`;
	// "the Grand Mosque", "the Millennium Stadium": a building or site named for what it is.
	if (/\s(?:Mosque|Church|Temple|Cathedral|Synagogue|Shrine|Museum|Stadium|Hospital|Airport|Palace|Prison|Bridge|Memorial|Tower|Dam)$/.test(name) && !/^The\s/.test(name)) return `the ${name}`;
	// "the Annapolis Conference", "the Taipei Lantern Festival": an event named for its place is an event.
	if (target.kind !== 'person' && /\s(?:Conference|Summit|Convention|Expo|Festival|Fair|Games|Cup|Championships?)$/.test(name) && !/^The\s/.test(name)) return `the ${name}`;
	if (needsThe && /\b(Program|Programme|Initiative|Project|Station|Center|Centre|Laboratory|Office|Agency|Administration|Mission|System|Telescope|Observatory|Directorate|Council|Committee|Study|Survey|Report|Review|Inquiry|Festival|Fair|Parade|Exhibition|Conference|Summit|Championships?|Tournament|Cup|Games|Foundation|Fund|Network|Service|Corps|Force|Bill|Act|Amendment|Treaty|Accord|Agreement)$/.test(name)) return `the ${name}`;
	return name;
}

/**
 * The edit that names what "the moon" or "the agency" points to: a named thing keeps the article's
 * words and gains its name ("the Jovian moon Europa"); an organisation is named outright ("NASA").
 */
function naming(target: EntityInfo, start: number, end: number, noun: string): Edit {
	if (target.alias) return { start, end, text: target.alias };
	// "hosted by the library" → "hosted by the Bibliotheca Alexandrina": a building or site by its name.
	if (/^(?:library|gallery|resort|zoo|theatre|theater)$/.test(noun)) return { start, end, text: /^the\s/i.test(target.name) ? target.name : `the ${target.name}` };
	// "Fire officials in the city said" → "… in Iwaki said": a place is named outright.
	if (target.kind === 'place' && /^(?:city|town|village|county|province|state|region|district)$/.test(noun)) return { start, end, text: needsArticle(target.name, 'place') ? `the ${target.name}` : target.name };
	// "The report" for the "… Nutrition Study": the name says what it is.
	if (categoryOf(noun) !== noun && target.name.toLowerCase().endsWith(categoryOf(noun))) return { start, end, text: written(target) };
	if ((target.kind === 'other' || target.kind === 'model' || target.kind === 'place') && !target.name.toLowerCase().endsWith(noun)) {
		// "the Pioneer program", "the Juno mission"; but "the moon Europa", "the rover Perseverance".
		if (/^(program|programme|mission|project|initiative|campaign|series|grant|study|experiment)$/.test(noun)) {
			return { start: end - noun.length, end: end - noun.length, text: `${target.name} ` };
		}
		return { start: end, end, text: ` ${target.name}` };
	}
	return { start, end, text: written(target) };
}

/** "The grant program", "the program’s grantees", "The paper’s authors": a definite subject and its head noun. */
function definiteSubject(opening: string, subject: string | undefined): { text: string; head: string; complemented: boolean } | null {
	const np = /^(?:The|the)\s+((?:[\p{L}-]+\s+){0,3}?)([\p{Ll}]+)(?=(['’]s\b)|\s+(?:of|at|in|from|behind|led|called|named|known|who|that|which|on|for|with)\b|\s*[,;.]|\s+\p{Ll}+(?:s|ed)?\b|\s+\p{Lu})/u.exec(opening);
	if (!np) return null;
	// Only the subject's own head: "The grant program embodies" has "program", not "grant".
	if (subject !== undefined && !np[3]) {
		const head = /([\p{Ll}]+)(?:\s+(?:of|at|in|from|for|on|with|who|that|which)\b.*)?$/u.exec(subject.replace(/,.*$/, ''))?.[1];
		if (head && head !== np[2]) {
			const whole = opening.slice(0, opening.indexOf(head, np[0].length - np[2]!.length) + head.length);
			if (whole.length > 0 && whole.length <= subject.length) return { text: whole, head, complemented: /\s(of|at|in|from|for|on|with|who|that|which)\s/.test(subject) };
		}
	}
	const after = opening.slice(np[0].length);
	return { text: np[0], head: np[2]!, complemented: /^\s+(of|at|in|from|behind|led|called|named|known|who|that|which|on|for|with)\b/.test(after) };
}

function mentionsAt(sentence: Sentence, start: number, end: number): Mention[] {
	return sentence.mentions.filter((m) => m.start >= start && m.start < end);
}

function withoutQuotes(sentence: Sentence): string {
	let out = sentence.text;
	for (const [a, b] of sentence.quotes) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
	return out;
}

/** A personal pronoun (outside quotes) with no name before it in the sentence and not at a resolved subject. */
function firstDanglingPronoun(sentence: Sentence, outside: string, edits: Edit[], pointsToLead: (word: string) => boolean): string | undefined {
	const re = /\b(he|she|him|her|his|hers|they|them|their|it|its)\b/gi;
	const resolvedAt = new Set(edits.filter((e) => e.text !== '').map((e) => e.start));
	const deleted = edits.filter((e) => e.text === '');
	const subject = sentence.mentions.find((x) => x.kind === 'person' && !x.inQuote);
	for (let m = re.exec(outside); m; m = re.exec(outside)) {
		if (resolvedAt.has(m.index) || deleted.some((e) => m!.index >= e.start && m!.index < e.end)) continue;
		// "Prior to his appointment, Deneal …": a possessive that points forward to the sentence's person.
		if (/^(his|her)$/i.test(m[1]!) && subject && subject.start > m.index && subject.start - m.index < 100) continue;
		const word = m[1]!.toLowerCase();
		// ("According to Dan Stephens, chief fire officer, almost all of them were destroyed": the source
		// named before "all of them" is not what they are.)
		const source = /\b(?:all|most|some|many|none|each|both|several|few|half|one|two|three) of them\b/i.test(outside.slice(Math.max(0, m.index - 12), m.index + 4)) ? /^According to [^,]+(?:, [^,]+)?,/.exec(outside)?.[0].length ?? 0 : 0;
		// ("Queen Elizabeth II will welcome them": one person is no "them".)
		const before = sentence.mentions.filter((x) => x.start < m!.index && x.start >= source && !x.inQuote);
		// ("… bitten by sharks who mistook him for fish, releasing him when they …": a plural noun before.)
		const plural = word.startsWith('th') && (before.some((x) => x.kind !== 'person' && x.kind !== 'date' && x.kind !== 'year' && !resolvedAt.has(x.start) && !edits.some((e) => e.text !== '' && x.start >= e.start && x.start < e.end)) || new Set(before.filter((x) => x.kind === 'person').map((x) => x.key)).size >= 2 || sentence.terms.some((t) => t.end <= m!.index && t.tags.has('Plural') && t.tags.has('Noun') && !t.tags.has('Pronoun')));
		// ("A woman in Spain has been fined €800 after posting a photograph to her Facebook account": a
		// person told by a noun, not a name, before the pronoun.)
		const personNoun = /^(?:he|him|his|she|her)$/.test(word) && PERSON_NOUN.test(outside.slice(0, m.index));
		const antecedent = (word.startsWith('th') ? plural : before.some((x) => (word === 'it' || word === 'its' ? ['organization', 'model', 'other', 'place'].includes(x.kind) : x.kind === 'person'))) || personNoun || pointsToLead(word);
		// (One person the rewrite named, "The Queen" → "Queen Elizabeth II", is no "them".)
		// ("He ended it in Egypt": the man "He" became is no "it".)
		const resolvedBefore = edits.some((e) => e.text !== '' && e.start < m!.index && !(word.startsWith('th') && TITLE_HOLDER.test(e.text)) && !(word.startsWith('it') && /^(?:he|she|him|her|his|hers)$/i.test(outside.slice(e.start, e.end))));
		// (Not a phrase the rewrite replaced by a name: "The Queen" → "Queen Elizabeth II".)
		const kept = edits.filter((e) => e.text !== '' && e.end <= m!.index).reduce((t, e) => t.slice(0, e.start) + ' '.repeat(e.end - e.start) + t.slice(e.end), outside.slice(0, m.index));
		const nounBefore = /\b(the|a|an)\s+[\p{L}-]+/iu.test(kept);
		if (antecedent || resolvedBefore) continue;
		// "it" and "they" may point to a noun phrase earlier in the same sentence.
		if ((word === 'it' || word === 'its' || word.startsWith('th')) && nounBefore) continue;
		return m[1];
	}
	return undefined;
}

/** The simple past of participles that differ from it or are common ("chosen" → "chose", "won" → "won"). */
const PAST_OF_PARTICIPLE: Record<string, string> = {
	chosen: 'chose', taken: 'took', given: 'gave', begun: 'began', become: 'became', seen: 'saw', written: 'wrote', spoken: 'spoke',
	shown: 'showed', grown: 'grew', drawn: 'drew', broken: 'broke', fallen: 'fell', risen: 'rose', driven: 'drove', beaten: 'beat',
	stolen: 'stole', thrown: 'threw', flown: 'flew', won: 'won', made: 'made', sent: 'sent', held: 'held', met: 'met', left: 'left',
	said: 'said', told: 'told', found: 'found', built: 'built', lost: 'lost', paid: 'paid', brought: 'brought', bought: 'bought',
	sold: 'sold', kept: 'kept', spent: 'spent', led: 'led', put: 'put', set: 'set', cut: 'cut', hit: 'hit', struck: 'struck',
	caught: 'caught', taught: 'taught', sought: 'sought', named: 'named', signed: 'signed'
};

/** "July 1", "Nov. 18": a day of a month, with no year. */
const MONTH_DAY = new RegExp(`^(?:${MONTHS.join('|')}|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)\\s+\\d{1,2}(?:st|nd|rd|th)?$`);
/** "February 2010": a month and its year, with no day. */
const MONTH_AND_YEAR = new RegExp(`\\b(?:${MONTHS.join('|')}) \\d{4}$`);

/** "A woman", "the 40-year-old man", "a local teacher": a person told by a noun. */
const PERSON_NOUN = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:(?:[\p{Ll}\d-]+|\p{Lu}\p{Ll}+(?:an|ish|ese|i|ch))\s+){0,3}(?:woman|man|girl|boy|mother|father|wife|husband|daughter|son|sister|brother|grandmother|grandfather|policeman|policewoman|constable|soldier|journalist|reporter|gunman|suspect|priest|teenager|prisoner|detainee|passenger|worker|employee|farmer|official|${ROLE_NOUNS.source.replace(/^\^\(|\)s\?\$$/g, '')})\b`, 'u');

function similarity(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.max(1, Math.min(a.size, b.size));
}

function overlap(words: string[], headline: Set<string>): number {
	if (headline.size === 0) return 0;
	const shared = new Set(words.filter((w) => headline.has(w)));
	return shared.size / headline.size;
}

/** Word overlap of each sentence with the rest of the body (TextRank's first step), scaled to 0–1. */
function centralities(body: Sentence[]): Map<Sentence, number> {
	const bags = body.map((s) => new Set(contentWords(s.text)));
	const raw = bags.map((bag, i) => {
		let sum = 0;
		bags.forEach((other, j) => {
			if (i === j || bag.size === 0 || other.size === 0) return;
			let shared = 0;
			for (const w of bag) if (other.has(w)) shared++;
			sum += shared / (Math.log(bag.size + 1) + Math.log(other.size + 1));
		});
		return sum;
	});
	const max = Math.max(1e-9, ...raw);
	return new Map(body.map((s, i) => [s, raw[i]! / max]));
}

function keyScore(s: FactSignals, bodyLength: number): number {
	const lede = s.position === 0 ? 1 : s.position === 1 ? 0.75 : s.position <= 3 ? 0.45 : Math.max(0, 0.3 - s.position / Math.max(8, bodyLength));
	let score = 0.3 * lede + 0.25 * s.headline + 0.2 * s.centrality + 0.12 * Math.min(2, s.quantities) + 0.08 * Number(s.change) + 0.08 * Number(s.record) + 0.06 * Number(s.outcome) + 0.05 * Number(s.cause);
	if (s.hedged) score -= 0.05;
	if (s.people >= 4) score -= 0.15;
	if (s.words > 40) score -= 0.05;
	return Math.max(0, Math.min(1, score));
}
