/**
 * Who makes each claim of a sentence: "X said", "according to X", "X, citing ..., reported", and hedges
 * ("reportedly", "appeared to") that must never be turned into plain fact.
 */
import type { Mention, Sentence } from './analyze';

/** "'s uncle", "'s lawyer": someone of the person's, who speaks for them but is not them. */
const RELATIVE_SPEAKER = /^['’]s?\s+(?:(?:\p{Ll}+|\p{Lu}\p{Ll}+)\s+){0,2}(?:uncle|aunt|nephew|niece|cousin|brother|sister|father|mother|son|daughter|wife|husband|widow|widower|partner|girlfriend|boyfriend|fiancée?|parents?|family|relatives?|grandfather|grandmother|friend|lawyer|lawyers|solicitor|attorney|attorneys|barrister|counsel|agent|manager|spokesman|spokeswoman|spokesperson|representative|aide|doctor|neighbou?r)\b/u;

export interface Claim {
	/** The source as a learner should read it: "Kyodo News", "United Nations officials". */
	source?: string;
	sourceMention?: Mention;
	/** Sentence offsets of the clause the claim covers. */
	clauseStart: number;
	clauseEnd: number;
	/** Offsets of the reporting verb ("claimed") or of "according to". */
	verbStart: number;
	verbEnd: number;
}

export interface Attribution {
	claims: Claim[];
	/** Hedge words in the sentence ("reportedly", "appeared to"). */
	hedges: string[];
	/** A reporting verb whose speaker is a pronoun or cannot be found. */
	unclearSpeaker: boolean;
	/** The claim with its source phrase cut off, for rephrasing as "According to X, ...". */
	body?: { start: number; end: number; source: string };
}

/** A source named by what it is, however long the rest: "exit polls of …", "figures released by …". */
const OWN_SOURCE = /^(?:the\s+|a\s+|an\s+)?(?:(?:official|preliminary|early|latest|final|new|recent|government|police|exit)\s+)*(?:polls?|surveys?|figures|estimates|data|reports?|statistics|results|projections|census|statement|officials|authorities|sources)\b/i;
const VERBS =
	'said|says|told|tells|claimed|claims|reported|reports|noted|notes|stated|states|announced|announces|added|adds|wrote|writes|estimated|estimates|predicted|predicts|argued|argues|insisted|insists|warned|warns|confirmed|confirms|denied|denies|alleged|alleges|detailed|narrated|believes|believe|suggested|suggests|explained|explains|described|describes|acknowledged|acknowledges|admitted|admits|asserted|asserts|maintained|maintains|testified|projected|projects|forecast|forecasts|concluded|concludes|found|finds|showed|shows|revealed|reveals|indicated|indicates|observed|contended|cautioned|stressed|emphasized|emphasised|recalled|complained|expects|expected|thinks|estimated|calculated|calculates|figures|predicted|hopes|hoped|announced|tweeted|posted|disclosed|conceded|boasted|countered|replied|responded|agreed';
const SPEECH = /^(said|says|told|tells|claimed|claims|stated|states|added|adds|wrote|writes|argued|argues|insisted|insists|warned|warns|believes|believe|thinks|hopes|hoped|tweeted|conceded|boasted|countered|replied|responded|cautioned|stressed|emphasized|emphasised|recalled|complained|contended|asserted|asserts|maintained|maintains|testified|alleged|alleges|acknowledged|acknowledges|admitted|admits|explained|explains|suggested|suggests|noted|notes)$/i;
const VERB_RE = new RegExp(`\\b(${VERBS})\\b|\\b[Aa]ccording to\\b`, 'g');
const HEDGE_RE = /\b(reportedly|allegedly|purportedly|supposedly|apparently|believed to|thought to|said to|appeared to|appear to|appears to|seemed to|seems to|seem to|claimed to|claims to|is expected to|are expected to|likely|possibly|may have|might have|could have)\b/gi;
const BOUNDARY_RE = /;|,\s+(?:but|while|whereas|although|though)\s|\s+but\s|[”"],\s/g;
const PRONOUN_SOURCE = /^(he|she|they|it|we|i|you|his|her|their|its|this|that|these|those|the two|both)\b/i;
const SOURCE_KINDS = new Set(['person', 'organization', 'place', 'other']);

export function findAttribution(sentence: Sentence): Attribution {
	const text = sentence.text;
	const inQuote = (i: number) => sentence.quotes.some(([a, b]) => i >= a && i < b);
	const boundaries = [0];
	BOUNDARY_RE.lastIndex = 0;
	for (let m = BOUNDARY_RE.exec(text); m; m = BOUNDARY_RE.exec(text)) if (!inQuote(m.index)) boundaries.push(m.index + m[0].length);
	boundaries.push(text.length);
	const clauseOf = (i: number): [number, number] => {
		let start = 0;
		let end = text.length;
		for (const b of boundaries) {
			if (b <= i) start = b;
			else {
				end = b;
				break;
			}
		}
		return [start, end];
	};

	const claims: Claim[] = [];
	let unclearSpeaker = false;
	VERB_RE.lastIndex = 0;
	for (let m = VERB_RE.exec(text); m; m = VERB_RE.exec(text)) {
		if (inQuote(m.index)) continue;
		const verbStart = m.index;
		const verbEnd = m.index + m[0].length;
		const [clauseStart, clauseEnd] = clauseOf(verbStart);
		const claim: Claim = { clauseStart, clauseEnd, verbStart, verbEnd };
		// "Awards were announced", "participants reported improvements": an event, not someone's claim.
		// "46 states", "the reports", "its estimates": nouns, not verbs.
		if (/^(states|reports|notes|claims|figures|estimates|projects|forecasts|hopes|shows|finds|says|writes|tells|suggests|indicates|reveals|believes)$/i.test(m[0]) && /(?:\b(?:the|a|an|its|his|her|their|our|these|those|several|many|some|all|both|other|new|\d[\d,]*)|\d)\s+$/i.test(text.slice(Math.max(0, verbStart - 14), verbStart))) continue;
		// ("Leaders from NATO member states met in Wales": a noun before the verb of its sentence.)
		if (/^(states|reports|notes|claims|figures|estimates|projects|forecasts|shows)$/i.test(m[0]) && (/\b(?:member|nation|Gulf|Arab|African|Baltic|Balkan|island|coastal|neighbouring|neighboring|border|southern|northern|eastern|western|US|U\.S\.)\s+$/.test(text.slice(Math.max(0, verbStart - 14), verbStart)) || /^\s+(?:met|meet|have|had|are|were|agreed|signed|voted|will|would|can|could|must|should|and|or|of|from)\b/.test(text.slice(verbEnd)))) continue;
		if (m[0].toLowerCase() !== 'according to') {
			if (/\b(was|were|is|are|been|be|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(0, verbStart - 20), verbStart))) continue;
			// "U.S. officials have not said why …": a saying denied claims nothing.
			if (/(?:\bnot|n[’']t|\bnever|\byet to)\s+(?:yet\s+)?$/i.test(text.slice(Math.max(0, verbStart - 20), verbStart))) continue;
			const after = text.slice(verbEnd);
			// "The Ravens responded with a 3 play touchdown drive", "Authorities responded by clearing the site":
			// an answer in deeds, nobody's words.
			if (/^(?:responded|replied|countered)$/i.test(m[0]) && /^\s+(?:\p{Ll}+ly\s+)?(?:with|by|on|in|at|to|within|after|before)\b/u.test(after) && !/^[^.;]{0,80}["“]/.test(after)) continue;
			const speech = SPEECH.test(m[0]);
			const clauseFollows = /^\s+(that|how|whether|what|why|if)\b/.test(after) || /^\s*[,.;:"“”]/.test(after) || /^\s+\S[^,.;]{0,60}?\s(would|will|was|were|is|are|had|has|have|could|can|may|might|should|must|did|does)\b/.test(after);
			if (!speech && !clauseFollows) continue;
		}
		if (m[0].toLowerCase() === 'according to') {
			let after = sentence.mentions.find((x) => x.start >= verbEnd && x.start - verbEnd < 60 && SOURCE_KINDS.has(x.kind) && !x.inQuote);
			const phraseMatch = /^\s+([^,.;]+)/.exec(text.slice(verbEnd));
			const phrase = phraseMatch?.[1]?.trim() ?? '';
			// "according to Saudi Arabia's Civil Defense Authority": the owner's name does not speak; what it owns does.
			const owned = after?.possessive ? /^['’]s?\s+((?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}[\p{Lu}][\p{L}’'-]*)/u.exec(text.slice(after.end)) : null;
			if (after && owned) {
				const end = after.end + owned[0].length;
				const speaker = sentence.mentions.find((x) => x.start > after!.end && x.end <= end && SOURCE_KINDS.has(x.kind));
				claim.source = text.slice(after.start, end);
				if (speaker) claim.sourceMention = speaker;
				after = undefined;
				claims.push(claim);
				continue;
			}
			if (after && (after.end - verbEnd) <= phrase.length + 2) {
				claim.sourceMention = after;
				claim.source = after.name;
			} else if (phrase && !PRONOUN_SOURCE.test(phrase) && (phrase.split(/\s+/).length <= 6 || (phrase.split(/\s+/).length <= 10 && OWN_SOURCE.test(phrase)))) {
				// ("according to exit polls of the national media agencies": a longer phrase, but a source by its first words.)
				claim.source = phrase;
			} else unclearSpeaker = true;
			claims.push(claim);
			continue;
		}
		// Words that are not a reporting use: "found guilty", "showed up", "the said ...".
		if (/^(found|showed|shows|finds|expected|believe|figures|posted|agreed)$/.test(m[0])) {
			const before = sentence.mentions.find((x) => x.end <= verbStart && x.start >= clauseStart && SOURCE_KINDS.has(x.kind) && !x.inQuote);
			const np = text.slice(clauseStart, verbStart).trim();
			if (!before && !/^(the |a |an )?(study|survey|report|data|analysis|research|images|researchers|scientists|officials|analysts|experts|investigators|authorities|paper|review|audit|poll|estimates?)\b/i.test(np)) continue;
			if (!/\b(that)\b/.test(text.slice(verbEnd, verbEnd + 6)) && !/^(found|showed|shows|finds)$/.test(m[0])) continue;
		}
		// The nearest name before the verb, skipping a parenthetical (", citing ..., reported").
		const before = sentence.mentions.filter((x) => x.start >= clauseStart && x.end <= verbStart && SOURCE_KINDS.has(x.kind) && !x.inQuote && !x.modifier);
		// "Tom Watson called May's proposed Brexit deal "lousy" and said …": a saying joined by "and" to the
		// verb before it has that verb's subject, the name the clause opens with.
		const opener = before[0] && /^\s*$/.test(text.slice(clauseStart, before[0].start)) && /\band\s+$/.test(text.slice(before[0].end, verbStart)) && /^\s+\p{Ll}+(?:ed|s)?\b/u.test(text.slice(before[0].end)) ? before[0] : undefined;
		const subject = opener ?? before
			.slice()
			.reverse()
			.find((x) => {
				if (x.possessive && before.some((y) => y.start > x.end && y.start - x.end <= 3)) return false;
				// "VA researchers from Seattle and Dallas found": a place after "from" or "in" says where the speaker is from.
				if (x.kind === 'place' && /\b(?:from|in|at|near|of)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+(?:and|or)\s+)?$/u.test(text.slice(Math.max(0, x.start - 30), x.start))) return false;
				// An appositive speaks: "Kenya's health minister, Susan Nakhumicha, said".
				if (x.kind === 'person' && /^\s*,\s*$/.test(text.slice(x.end, verbStart))) return true;
				const between = text.slice(x.end, verbStart).replace(/,[^,]*,/g, ' ').trim();
				return between.split(/\s+/).filter(Boolean).length <= 3 && !/,/.test(between);
			});
		if (subject) {
			const between = text.slice(subject.end, verbStart);
			const extra = between.trim();
			claim.sourceMention = subject;
			claim.source = subject.name;
			if (extra && !extra.includes(',') && extra.split(/\s+/).length <= 3 && /^(['’]s\s)?[\p{Ll}\s'’-]+$/u.test(between.trimStart()) && !/\b(also|then|later|has|had|have|not|did)\b/.test(extra)) {
				claim.source = (subject.replacement ?? subject.surface) + between.trimEnd();
			} else if (/^(['’]s\s)?(state media|media|officials|spokesperson|spokesman|spokeswoman|ministry)$/u.test(extra)) {
				claim.source = (subject.replacement ?? subject.surface) + between.trimEnd();
			}
			// ("Kazemi's uncle told CNN: …": the uncle speaks, not Kazemi.)
			if (subject.possessive && RELATIVE_SPEAKER.test(between)) claim.sourceMention = undefined;
		} else {
			// A quotation before the verb is what was said, not who said it: "“…,” said Jeremy Kenny".
			const outsideQuotes = [...text.slice(clauseStart, verbStart)].map((ch, i) => (inQuote(clauseStart + i) ? ' ' : ch)).join('');
			const np = outsideQuotes.replace(/^[\s,;”"“]+/, '').trim();
			if (np === '') {
				// "said Jeremy Kenny", "said Dr. Charles Buhler", "said RAD’s principal investigator, Don Hassler":
				// a person named within a title's length after the verb speaks; else a name right after it.
				const titled = sentence.mentions.find((x) => x.kind === 'person' && x.start >= verbEnd && /^\s+(?:[\p{L}’'.-]+,?\s+){0,7}$/u.test(text.slice(verbEnd, x.start)) && !/\b(?:and|or|to|that|who|which|with)\b|\bfor\s+(?!\p{Lu})/u.test(text.slice(verbEnd, x.start)));
				const after = titled ?? sentence.mentions.find((x) => x.start >= verbEnd && x.start - verbEnd <= 2 && SOURCE_KINDS.has(x.kind));
				// "X welcomed the plan but said ...": the subject of the previous clause speaks.
				const earlier = sentence.mentions.find((x) => x.end <= clauseStart && SOURCE_KINDS.has(x.kind) && !x.inQuote && !x.modifier);
				const speaker = after ?? (/^\s*but\s/.test(text.slice(clauseStart - 5, clauseStart)) || /\sbut\s$/.test(text.slice(0, clauseStart)) ? earlier : undefined);
				if (speaker) {
					claim.sourceMention = speaker;
					claim.source = speaker.name;
				} else unclearSpeaker = true;
			} else if (/^(?:he|she)$/i.test(np) && sentence.mentions.filter((x) => x.kind === 'person' && x.end <= clauseStart && !x.inQuote).length >= 1 && new Set(sentence.mentions.filter((x) => x.kind === 'person' && x.end <= clauseStart && !x.inQuote).map((x) => x.key)).size === 1) {
				// "Amtrak's CEO, Richard Anderson, held CSX responsible; he stated …": the one person named before speaks.
				const speaker = sentence.mentions.find((x) => x.kind === 'person' && x.end <= clauseStart && !x.inQuote)!;
				claim.sourceMention = speaker;
				claim.source = speaker.name;
			} else if (PRONOUN_SOURCE.test(np) || np.split(/\s+/).length > 6) {
				// "…, officials said", "…, the Egyptian public prosecutor said": the speaker is the short phrase after the last comma.
				const last = /,\s*((?:the\s+|a\s+|an\s+)?(?:[\p{L}’'-]+\s+){0,2}(?:officials?|police|spokes(?:man|woman|person)|authorities|company|agency|ministry|government|department|researchers|scientists|experts|analysts|prosecutors?|witnesses|organi[sz]ers|court|coroner|army|military|embassy))(?:\s+(?:have|has|had))?$/iu.exec(np)?.[1];
				if (last && !PRONOUN_SOURCE.test(last)) claim.source = last.replace(/^The\b/, 'the');
				else unclearSpeaker = true;
			} else {
				claim.source = np.replace(/^The\b/, 'the');
			}
		}
		claims.push(claim);
	}

	const hedges: string[] = [];
	HEDGE_RE.lastIndex = 0;
	for (let m = HEDGE_RE.exec(text); m; m = HEDGE_RE.exec(text)) if (!inQuote(m.index)) hedges.push(m[0].toLowerCase());

	const attribution: Attribution = { claims, hedges, unclearSpeaker };
	if (claims.length === 1 && claims[0]!.source) attribution.body = claimBody(text, claims[0]!);
	return attribution;
}

/** The claim without its source phrase, when the phrase sits at the start or the end of the sentence. */
function claimBody(text: string, claim: Claim): Attribution['body'] {
	const source = claim.source!;
	const end = text.replace(/[.!]["”’]?$/, '').length;
	const tail = text.slice(claim.verbStart, end);
	// "..., according to X." / "..., X said." / "..., said X."
	const comma = text.lastIndexOf(',', claim.verbStart);
	if (comma > 0 && (claim.verbEnd === end || /^according to\b/.test(tail) || (claim.sourceMention && claim.sourceMention.end >= end - 1))) {
		const between = text.slice(comma + 1, claim.verbStart).trim();
		if (/^according to\b/.test(tail) || between === '' || between.split(/\s+/).length <= 6) {
			if (comma >= (claim.sourceMention?.start ?? claim.verbStart) && !/^according/.test(tail)) return undefined;
			return { start: 0, end: comma, source };
		}
	}
	// "According to X, ..."
	const lead = /^According to [^,]+,\s+/.exec(text);
	if (lead && claim.verbStart === 0) return { start: lead[0].length, end, source };
	// "X said (that) ..." at the start.
	if (claim.clauseStart === 0 && claim.sourceMention && text.slice(0, claim.sourceMention.start).trim() === '') {
		const rest = /^\s*(that\s+)?/.exec(text.slice(claim.verbEnd))!;
		const between = text.slice(claim.sourceMention.end, claim.verbStart).trim();
		if (between === '' || /^(['’]s\s)?[\p{Ll}\s]+$/u.test(between)) {
			const start = claim.verbEnd + rest[0].length;
			if (rest[1] || /^(the|a|an|\p{Lu})/u.test(text.slice(start))) return { start, end, source };
		}
	}
	return undefined;
}

/** The source that vouches for the text at `offset`, or the hedge, or undefined for plain fact. */
export function attributionAt(attribution: Attribution, offset: number): string | undefined {
	const claim = attribution.claims.find((c) => offset >= c.clauseStart && offset < c.clauseEnd && offset >= c.verbEnd);
	const any = claim ?? attribution.claims.find((c) => offset >= c.verbEnd) ?? attribution.claims[0];
	if (any?.source) return any.source;
	if (attribution.hedges.length > 0) return 'unnamed reports (reportedly)';
	return undefined;
}
