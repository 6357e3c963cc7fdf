/** Dates in news text: explicit dates, years, and relative dates anchored to the article's date. */
import { MONTHS, WEEKDAYS } from './lexicon';

export interface DateMention {
	start: number;
	end: number;
	text: string;
	/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; undefined when it cannot be anchored. */
	value?: string;
	/** Text that replaces the mention in a self-contained fact (absolute form), when it was relative. */
	replacement?: string;
	relative: boolean;
	/** A relative date that needs the article's date and did not get one. */
	unanchored?: boolean;
}

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\d,]*\\d)`, 'g');
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(\\d{4})\\b`, 'g');
const OWNED_WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(morning|afternoon|evening|night))?['’]s\s+((?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*|(?:\p{Ll}+\s+)?\p{Ll}+)(?=\s+(?:was|is|were|are|will|has|had|drew|saw|attracted|gathered|brought|ended|began|sets?|marks?|marked|follows?|followed|comes?|came|means?|meant|shows?|showed|confirms?|confirmed|leaves|left|leads?|led|caused?|sparked|triggered)\b|[,.]|(?<=\s\p{Ll}+)\s+of\s)/gu;
const RECENT = /\b([Ii]n|[Oo]ver)\s+recent\s+(weeks|months|years)\b/g;
const THIS_PART = /\b([Tt]his)\s+(morning|afternoon|evening)\b/g;
/** Nouns a weekday only describes: "Friday prayers", "Sunday school", "the Sunday papers". */
const WEEKDAY_KIND = /^\s+(?:prayers?|sermons?|services?|mass|masses|worship|school|schools|markets?|editions?|papers?|newspapers?|roasts?|lunch(?:es)?|brunch(?:es)?)\b/i;
const WEEKDAY = /\b([Oo]n\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s)/g;
const RELATIVE = /\b(?:(earlier|later)\s+)?(?:(in|of|for|since|by|until)\s+)?(this|last|next|the past)\s+(year|month|week)\b|\b(yesterday|today|tomorrow|tonight|last night)\b|\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|\d{1,2})\s+(days?|weeks?|months?|years?|hours?|minutes?)\s+ago\b/gi;

const BARE_MONTH = /\b(in|since|until|by|last|next|early|late|mid|from)\s+(January|February|March|April|June|July|August|September|October|November|December)\b(?![\s,]+\d)(?!\s+of\s+\d)/gi;

const NUMBER_WORDS: Record<string, number> = {
	a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50
};

function monthIndex(name: string): number {
	const lower = name.toLowerCase().slice(0, 3);
	return MONTHS.findIndex((m) => m.toLowerCase().startsWith(lower));
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

function iso(date: Date): string {
	return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** "July 26, 2023" */
export function longDate(date: Date): string {
	return `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

export function parseIsoDate(text: string | undefined): Date | undefined {
	if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
	const [y, m, d] = text.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : undefined;
}

function isRealDay(y: number, m: number, d: number): boolean {
	const date = new Date(Date.UTC(y, m, d));
	return date.getUTCMonth() === m && date.getUTCDate() === d;
}

/**
 * The date of a weekday named in an article of `articleDate`: the latest one on or before it, or the
 * next one after it when the sentence looks ahead ("last Monday" on a Monday is the week before).
 */
function weekdayDate(articleDate: Date, weekday: string, ahead: boolean, last = false): Date {
	const target = WEEKDAYS.indexOf(weekday as (typeof WEEKDAYS)[number]);
	const today = articleDate.getUTCDay();
	return addDays(articleDate, ahead ? (target - today + 7) % 7 || 7 : -((today - target + 7) % 7) || (last ? -7 : 0));
}

/** "January 23, 2014", or with a part of the day "the night of January 23, 2014" ("the early morning of …"). */
function partOfDay(date: Date, part?: string): string {
	// ("by Sunday nightfall" → "by nightfall on April 15, 2007".)
	if (part && /^(?:nightfall|dawn|dusk|midnight|noon)$/i.test(part)) return `${part.toLowerCase()} on ${longDate(date)}`;
	return part ? `the ${part.toLowerCase().replace(/\s+/g, ' ')} of ${longDate(date)}` : longDate(date);
}

function addDays(date: Date, days: number): Date {
	return new Date(date.getTime() + days * 86400000);
}

/** Finds the dates of one sentence; relative ones resolve against `articleDate` or are marked unanchored. */
export function findDates(sentence: string, articleDate: Date | undefined): DateMention[] {
	const out: DateMention[] = [];
	const taken = (start: number, end: number) => out.some((d) => start < d.end && end > d.start);

	for (const re of [MONTH_DAY_YEAR, DAY_MONTH_YEAR]) {
		re.lastIndex = 0;
		for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
			const [monthText, dayText] = re === MONTH_DAY_YEAR ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
			if (monthText === 'May' && re === MONTH_DAY_YEAR && !m[3] && !/^\d/.test(dayText)) continue;
			const month = monthIndex(monthText);
			const day = Number(dayText);
			// "the February 14 Youth Coalition", "the April 6 Movement", "the October 6 Bridge": a name, not a day.
			if (!m[3] && re === MONTH_DAY_YEAR && /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Coalition|Movement|Revolution|Group|Brigade|Alliance|Front|Party|Memorial|Foundation|Declaration|Agreement|Accords?|Uprising|Square|Street|Avenue|Road|Bridge|Stadium|Park|University)\b/u.test(sentence.slice(m.index + m[0].length))) continue;
			let year = m[3] ? Number(m[3]) : articleDate?.getUTCFullYear();
			// "when it vanished on December 28", in an article of December 2, 2015: a day past in the
			// story is the latest such day before the article, unless the sentence looks ahead.
			if (!m[3] && articleDate && year !== undefined && month >= 0 && isRealDay(year, month, Number(dayText))) {
				// ("… meant they would play their quarter-final … on June 30": a future told from the past.)
				// ("By February 28 a new interim board … must be seated", in January: a deadline is to come.)
				const ahead = /\b(?:will|would|upcoming|forthcoming|scheduled|slated|planned|plans? to|is to|are to|due to|due for|next|expected|set to|set for|until|through|runs?|open|must|deadline)\b/i.test(sentence) || /\bby\s+$/i.test(sentence.slice(0, m.index));
				// ("Participants climb … sometime during May 23–31", "can take part on September 19 or 20", in an
				// announcement of April: told in the present, with no verb in the past, the day is to come.)
				const past = /\b(?:was|were|had|did|said|told|went|came|began|took|made)\b/i.test(sentence) || [...sentence.matchAll(/\b(\p{Ll}{2,}ed)\b/gu)].some((w) => !/^(?:based|located|called|named|used|expected|scheduled|planned|dedicated|related|limited|interested|needed|registered|infected|affected|raised|red|bed|need|speed|seed|feed)$/.test(w[1]!));
				const present = /\b(?:is|are|can|may|takes? place|begins?|starts?|opens?|runs?|ends?|lasts?)\b/i.test(sentence);
				const within = Date.UTC(year, month, Number(dayText)) - articleDate.getTime() <= 240 * 86_400_000;
				// ("… as President-Elect Donald Trump moves towards office on January 20", a week after the
				// article: a day a few weeks on, told with no verb in the past, is to come.)
				const soon = Date.UTC(year, month, Number(dayText)) - articleDate.getTime() <= 31 * 86_400_000;
				if (!ahead && !(!past && (soon || (present && within))) && Date.UTC(year, month, Number(dayText)) > articleDate.getTime() + 3 * 86_400_000) year -= 1;
			}
			if (taken(m.index, m.index + m[0].length)) continue;
			const mention: DateMention = { start: m.index, end: m.index + m[0].length, text: m[0], relative: !m[3] };
			if (year !== undefined && month >= 0 && isRealDay(year, month, day)) mention.value = `${year}-${pad(month + 1)}-${pad(day)}`;
			out.push(mention);
		}
	}
	MONTH_YEAR.lastIndex = 0;
	for (let m = MONTH_YEAR.exec(sentence); m; m = MONTH_YEAR.exec(sentence)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		const month = monthIndex(m[1]!);
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: `${m[2]}-${pad(month + 1)}`, relative: false });
	}
	WEEKDAY.lastIndex = 0;
	for (let m = WEEKDAY.exec(sentence); m; m = WEEKDAY.exec(sentence)) {
		const start = m.index + (m[1]?.length ?? 0);
		const end = m.index + m[0].length;
		if (taken(start, end)) continue;
		// "Friday, Nov. 18, 2022" is already absolute.
		// ("On Tuesday, 16 December, an Israeli court …": so is a weekday before the day written first.)
		if (/^,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:[a-z]*\.?)\s+\d|^,?\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/.test(sentence.slice(end))) continue;
		// "the call to Friday prayers", "Sunday school": the weekday names a kind of thing, not a day.
		if (WEEKDAY_KIND.test(sentence.slice(end))) continue;
		const mention: DateMention = { start, end, text: m[2]!, relative: true };
		if (articleDate) {
			// News tells of the past: a weekday is the latest one on or before the article's date, unless
			// the words just before it look ahead ("will ... on Friday", "next Friday"). "Next year"
			// elsewhere in the sentence says nothing about the weekday.
			const before = sentence.slice(Math.max(0, m.index - 60), m.index);
			// …or the clause the weekday opens does: "On Wednesday, Mohamed and his father are to travel …"
			// (not "On Monday, she said they will …", where the weekday is the saying's).
			// (Not across ", and": "was established on Thursday, and will stay until September 23" looks back.)
			// (Only a weekday that opens its clause: in "the attacks … in Kano on Friday, with police … among
			// the dead, is expected to rise" the toll is to rise, the attacks were last Friday.)
			const opens = /(?:^|[,;:]\s*|\b(?:and|but)\s+)$/.test(sentence.slice(0, m.index));
			const after = opens ? /^(?:(?!,\s*(?:and|but)\b)[^.;])*?\b(?:will|is to|are to|plans? to|is scheduled to|are scheduled to|is due to|are due to|is set to|are set to|is expected to|are expected to)\b/i.exec(sentence.slice(end)) : null;
			// ("the impact expected in Sydney from 8:45am local time, Sunday there": expected, so to come.)
			// ("On Friday, USA Gymnastics … issued a statement that it will comply": what the statement says
			// is to come, the statement was last Friday.)
			const reported = !!after && /\bthat\s+(?:[\p{L}'’-]+\s+){1,4}(?:will|is to|are to|plans? to|is scheduled to|are scheduled to|is due to|are due to|is set to|are set to|is expected to|are expected to)$/iu.test(after[0]);
			// ("said the negotiations would resume Friday": what was said to come; "the conference on Thursday
			// will outline …": the day of a thing still to come.)
			// ("The president leaves Tuesday for Israel", "is travelling on Monday": a timetable's present tense.)
			const ahead = /\b(will|would|upcoming|scheduled|plans? to|is to|are to|due to)\b[^.;,]*$|\b(next|coming)\s*$/i.test(before) || /\b(?:leaves|departs|arrives|flies|travels|heads|returns|(?:is|are) (?:leaving|departing|arriving|flying|travell?ing|heading|returning))\s+(?:on\s+)?$/i.test(before) || /^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:will|is to|are to|is due to|are due to|is set to|are set to)\b/i.test(sentence.slice(end)) || /(?<!\b(?:was|were|been|had)\s+)\b(?:expected|forecast|predicted)\b[^.;]*$/i.test(before) || (!!after && !reported && !/\b(?:said|says|announced|told|reported|added|stated|wrote|was|were|had|did)\b/i.test(after[0]));
			// "he has sent Condoleezza Rice to visit the country on Monday": sent off, and the visit to come.
			const sentOff = /\b(?:has|have|is|are)\s+(?:sent|sending|dispatched|dispatching)\b[^.;]*\bto\s+\p{Ll}+\b[^.;,]*$/u.test(sentence.slice(0, m.index));
			// "last Monday" on a Monday is the week before.
			const last = /\blast\s+$/i.exec(before);
			// "All downtown events scheduled to occur Saturday have been cancelled" in Saturday's paper: today,
			// not a week on (only "next Saturday" is).
			const today = WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) === articleDate.getUTCDay() && !/\b(?:next|coming)\s*$/i.test(before);
			const resolved = weekdayDate(articleDate, m[2]!, (ahead || sentOff) && !today, !!last);
			mention.value = iso(resolved);
			// "Thursday night" → "the night of January 23, 2014".
			const part = /^\s+(morning|afternoon|evening|night|nightfall|dawn|dusk|midnight|noon)\b/i.exec(sentence.slice(end));
			const day = partOfDay(resolved, part?.[1]);
			const extend = () => {
				if (!part) return;
				mention.end += part[0].length;
				mention.text = sentence.slice(mention.start, mention.end);
			};
			if (m[1]) {
				mention.replacement = day;
				extend();
			}
			// "surgery last Monday" → "surgery on July 31, 2006"; "since last Monday" → "since July 31, 2006".
			else if (last && !ahead) {
				mention.start -= last[0].length;
				mention.text = sentence.slice(mention.start, mention.end);
				const preposition = /\b(?:as of|since|until|till|by|from|through|before|after|on)\s+$/i.test(before.slice(0, before.length - last[0].length));
				mention.replacement = preposition ? day : `on ${day}`;
				extend();
			}
			// "As of Monday", "since Friday": the weekday after its preposition is that day's date.
			else if (/\b(?:as of|since|until|till|by|from|through|before|after)\s+$/i.test(before) && !/^\s*(?:and|or|to|through|-|–)\s/.test(sentence.slice(end))) {
				mention.replacement = day;
				extend();
			}
			// "Wednesday night, the team picked up …": a weekday that opens the sentence before its comma.
			else if (m.index === 0 && /^(?:\s+(?:morning|afternoon|evening|night))?,/i.test(sentence.slice(end))) {
				mention.replacement = part ? `On the ${part[1]!.toLowerCase()} of ${longDate(resolved)}` : `On ${longDate(resolved)}`;
				extend();
			}
			// "Thursday saw the start of …", "Tuesday was a tumultuous day": the weekday as the subject is that day's date.
			else if (m.index === 0 && /^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:saw|sees|marked|marks|brought|will see|was|is)\b/i.test(sentence.slice(end))) {
				mention.replacement = longDate(resolved);
				if (part) {
					mention.replacement = `The ${part[1]!.toLowerCase()} of ${longDate(resolved)}`;
					extend();
				}
			}
			// "NASA celebrated the launch Tuesday at an event": the weekday alone, an adverb of time, gains its
			// "on" ("the Thursday opening" is no adverb).
			// ("died …, reportedly from a heart attack, Monday and was buried": after a comma as well, and
			// before an "and" that goes on with a verb rather than another day.)
			else if (!/\b(?:the|a|an|its|his|her|their|our|that|last|this|next|every|each|coming|past|since|until|by|from|through|before|after|till|of|and|or)\s+$/i.test(before) && !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:to|through|-|–)\s*$/.test(before) && !/^\s*(?:to|through|-|–)\s+(?:\p{Lu}|\d)|^\s*(?:-|–)\s|^\s*(?:and|or)\s+(?!(?:was|were|is|are|has|had|have|will|\p{Ll}+ed)\b)/u.test(sentence.slice(end)) && !/^\s+\p{Ll}+s?\s+(?:opening|event|meeting|session|game|match|show|edition|issue)\b/u.test(sentence.slice(end)) && (/\p{Ll},?\s+$/u.test(before) || (/\p{Lu}\p{Ll}+\s+$/u.test(before) && !/\b(?:Black|Cyber|Easter|Good|Holy|Super|Ash|Maundy|Palm|Shrove|Whit|Blue|Bloody|Manic|Giving)\s+$/.test(before) && /^\s+(?:to|and|in|at|for|with|after|before|when|as|morning|afternoon|evening|night)\b|^[,.]/.test(sentence.slice(end))))) {
				mention.replacement = `on ${day}`;
				extend();
			}
		}
		out.push(mention);
	}
	// "Saturday's Brussels Pride was …" → "The Brussels Pride on May 19, 2018 was …": the day's event by its day.
	OWNED_WEEKDAY.lastIndex = 0;
	for (let m = OWNED_WEEKDAY.exec(sentence); m; m = OWNED_WEEKDAY.exec(sentence)) {
		if (!articleDate || taken(m.index, m.index + m[0].length)) continue;
		// "in last Sunday's polls" on a Sunday: the week before, and "last" goes with it.
		const last = /\blast\s+$/i.exec(sentence.slice(0, m.index));
		const start = last ? m.index - last[0].length : m.index;
		const day = weekdayDate(articleDate, m[1]!, !last && /\b(?:will|upcoming|next|is to|are to)\b/i.test(sentence), !!last);
		out.push({ start, end: m.index + m[0].length, text: sentence.slice(start, m.index + m[0].length), relative: true, value: iso(day), replacement: `${start === 0 ? 'The' : 'the'} ${m[3]} on ${partOfDay(day, m[2])}` });
	}
	// "In May", "since March": a month with no year belongs to the latest such month up to the article's date.
	BARE_MONTH.lastIndex = 0;
	for (let m = BARE_MONTH.exec(sentence); m; m = BARE_MONTH.exec(sentence)) {
		// ("since last June" → "since June 2010": "last" goes with the year given.)
		const start = /^(?:last|next)$/i.test(m[1]!) ? m.index : m.index + m[1]!.length + 1;
		const end = m.index + m[0].length;
		if (taken(start, end)) continue;
		const mention: DateMention = { start, end, text: sentence.slice(start, end), relative: true };
		if (!articleDate) mention.unanchored = true;
		else {
			const month = monthIndex(m[2]!);
			// "will spend six months aboard, returning to Earth in September": the sentence looks ahead.
			// ("a warm-up game before the start of the league in October": the start is still to come.)
			// ("Once NATO ends hostilities in November, a contingency plan … will begin": the clause that
			// opens on "once" or "when" tells of a time to come.)
			const ahead = /^(next|until|by)$/i.test(m[1]!) || (/^(?:Once|When|As soon as|After|Until|Before|If)\b/.test(sentence) && /\bwill\b/i.test(sentence.slice(end))) || /\b(will|upcoming|scheduled|plans? to|is to|are to|due to)\b[^.;]*$/i.test(sentence.slice(0, m.index)) || /\b(?:before|ahead of|prior to|in preparation for|in the run-up to)\s+(?:the\s+)?(?:start|opening|beginning|launch|kick-?off|season)\b[^.;,]*$/i.test(sentence.slice(0, m.index));
			// ("donors … have agreed to meet again … in February", in January: what was agreed is to come, when
			// the month is the next few after the article's.)
			// ("promising - among other things - to double pensions in October", in January: a promise is
			// kept later, any month of the year to come.)
			const promised = /\b(?:promis(?:ed|es|ing)|pledg(?:ed|es|ing)|vow(?:ed|s|ing))\b[^.;]*?\bto\b[^.;]*$/i.test(sentence.slice(0, m.index));
			const agreed = !ahead && (/\b(?:agreed|agree|agrees|promised|pledged|vowed|decided|arranged|planned|intends?|intended|hopes?|hoped)\s+to\b[^.;]*$/i.test(sentence.slice(0, m.index)) || promised) && (month - articleDate.getUTCMonth() + 12) % 12 >= 1 && (month - articleDate.getUTCMonth() + 12) % 12 <= (promised ? 11 : 3);
			// "in February this year", "in May last year": the month and its year, told once.
			const told = /^\s+(this|last|next)\s+year\b/i.exec(sentence.slice(end));
			const shift = told ? { this: 0, last: -1, next: 1 }[told[1]!.toLowerCase() as 'this' | 'last' | 'next'] : undefined;
			// ("He was released last February", in February: the February of the year before.)
			const lastOne = /^last$/i.test(m[1]!) && month === articleDate.getUTCMonth();
			const year = shift !== undefined ? articleDate.getUTCFullYear() + shift : articleDate.getUTCFullYear() + (ahead || agreed ? (month < articleDate.getUTCMonth() ? 1 : 0) : month > articleDate.getUTCMonth() || lastOne ? -1 : 0);
			if (told) {
				mention.end += told[0].length;
				mention.text = sentence.slice(start, mention.end);
			}
			mention.value = `${year}-${pad(month + 1)}`;
			// ("died at the age of 73 last August" → "… 73 in August 2014"; "since last June" → "since June 2010".)
			mention.replacement = `${start === m.index && !/\b(?:since|until|till|by|from|in|of|through|before|after|during|to)\s+$/i.test(sentence.slice(0, start)) ? 'in ' : ''}${m[2]} ${year}`;
		}
		out.push(mention);
	}
	RELATIVE.lastIndex = 0;
	for (let m = RELATIVE.exec(sentence); m; m = RELATIVE.exec(sentence)) {
		if (taken(m.index, m.index + m[0].length)) continue;
		// "on ABC's This Week", "Last Week Tonight": a capitalised unit makes a programme's name, no time.
		// (Not at the start: "Last Year over 4 million visitors attended" is the year before.)
		if (m[4] && /^\p{Lu}/u.test(m[4]) && m.index > 0) continue;
		// ("on NBC's The Tonight Show", "the Today programme": a capitalised day word inside a name.)
		// ("told CIO Today", "USA Today": after a capitalised word, the name of a paper.)
		if (m[5] && /^\p{Lu}/u.test(m[5]) && m.index > 0 && (/(?:\b(?:The|the)|\p{Lu}[\p{L}.]*)\s+$/u.test(sentence.slice(0, m.index)) || /^\s+(?:Show|Programme|Program|Live)\b/.test(sentence.slice(m.index + m[0].length)))) continue;
		// "over the last year", "in the past year": the twelve months before, no calendar year.
		if (/^(?:the past|last)$/i.test(m[3] ?? '') && /^year$/i.test(m[4] ?? '') && (/^the past$/i.test(m[3]!) || /\bthe\s+$/i.test(sentence.slice(0, m.index)))) continue;
		const mention: DateMention = { start: m.index, end: m.index + m[0].length, text: m[0], relative: true };
		if (!articleDate) {
			mention.unanchored = true;
			out.push(mention);
			continue;
		}
		const year = articleDate.getUTCFullYear();
		const month = articleDate.getUTCMonth();
		if (m[4]) {
			const [, edge, prep, which, unit] = m as unknown as [string, string | undefined, string | undefined, string, string];
			const shift = which.toLowerCase() === 'last' ? -1 : which.toLowerCase() === 'next' ? 1 : 0;
			// "earlier this month" → "in September 2010": earlier than the article, which the student cannot see.
			const kept = edge && !(edge.toLowerCase() === 'earlier' && shift === 0 && !prep) ? edge : undefined;
			const lead = [kept, edge ? 'in' : prep].filter(Boolean).join(' ') || 'in';
			const unitLower = unit.toLowerCase();
			// "The explosion … on Wednesday morning was the second next year": "next year" told in the past
			// is a slip of the writer's, and no year can be given for it.
			if (shift === 1 && /\b(?:was|were)\b/i.test(sentence.slice(0, m.index)) && !/\b(?:will|would|is to|are to|plans?|planned|scheduled|expected|due|set to|from|until|by)\b/i.test(sentence)) {
				mention.unanchored = true;
				out.push(mention);
				continue;
			}
			if (unitLower === 'year') {
				mention.value = String(year + shift);
				// "through March 11 this year" → "through March 11, 2007".
				const dayBefore = !edge && !prep && /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2}\s$/.test(sentence.slice(0, m.index));
				if (dayBefore) {
					mention.start -= 1;
					// …and the day before it is in that year: "began on January 25 last year" is January 25, 2011.
					const day = out.find((d) => d.end === m!.index - 1 && d.relative && /^\d{4}-\d{2}-\d{2}$/.test(d.value ?? ''));
					if (day) day.value = `${year + shift}${day.value!.slice(4)}`;
				}
				mention.replacement = dayBefore ? `, ${year + shift}` : `${lead} ${year + shift}`;
				// "This year's World No Tobacco Day" → "The 2008 World No Tobacco Day".
				if (!dayBefore && !edge && !prep && /^['’]s\s+\p{L}/u.test(sentence.slice(mention.end))) {
					mention.end += 2;
					mention.text = sentence.slice(mention.start, mention.end);
					mention.replacement = `${mention.start === 0 ? 'The' : 'the'} ${year + shift}`;
				}
			} else if (unitLower === 'month') {
				const d = new Date(Date.UTC(year, month + shift, 1));
				mention.value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
				mention.replacement = `${lead} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
			} else {
				const phrase = which.toLowerCase() === 'this' ? 'the week of' : which.toLowerCase() === 'the past' ? 'the week before' : `the week ${shift < 0 ? 'before' : 'after'}`;
				// ("over the past week" → "over the week before August 5, 2010": the sentence's own preposition.)
				const owned = !prep && /\b(?:over|during|within|throughout|across|for|in|of|since|by|until)\s+$/i.test(sentence.slice(0, mention.start));
				mention.replacement = `${edge ? edge + ' ' : ''}${prep ? prep + ' ' : owned ? '' : 'in '}${phrase} ${longDate(articleDate)}`;
				// ("last week's deadly protests in Afghanistan" → "the deadly protests in the week before May 17,
				// 2005 in Afghanistan", not "the week before May 17, 2005's deadly protests".)
				const owner = !edge ? /^['’]s\s+((?:(?!\p{L}+ed\b)\p{Ll}[\p{Ll}-]*\s+){0,2}(?!\p{L}+ed\b)\p{Ll}[\p{Ll}-]*(?:\s+of\s+\p{Ll}+(?:\s+and\s+\p{Ll}+)?)?)(?=\s+(?:on|in|at|near|from|off|along|across|outside|inside|over|against|began|begins|was|were|is|are|has|had|left|killed|ended|continued|saw)\b|,|\.)/u.exec(sentence.slice(mention.end)) : null;
				if (owner && !taken(mention.end, mention.end + owner[0].length)) {
					mention.end += owner[0].length;
					mention.text = sentence.slice(mention.start, mention.end);
					mention.replacement = `${prep ? `${prep} the` : mention.start === 0 ? 'The' : 'the'} ${owner[1]} in ${phrase} ${longDate(articleDate)}`;
				}
			}
		} else if (m[5]) {
			const word = m[5].toLowerCase();
			const shift = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0;
			const d = addDays(articleDate, shift);
			mention.value = iso(d);
			// ("losing 2-0 to Seattle Sounders last night" → "on the night of May 23, 2008".)
			mention.replacement = word === 'last night' ? `on ${partOfDay(d, 'night')}` : `on ${longDate(d)}`;
			// ("bowed out … earlier today" → "… on March 6, 2007": earlier than the article, which the student cannot see.)
			const earlier = word === 'today' ? /\b(?:earlier|later)\s+$/i.exec(sentence.slice(Math.max(0, mention.start - 10), mention.start)) : null;
			if (earlier && !taken(mention.start - earlier[0].length, mention.start)) {
				mention.start -= earlier[0].length;
				mention.text = sentence.slice(mention.start, mention.end);
			}
			// "yesterday afternoon" → "on the afternoon of September 11, 2015".
			// ("on today's early morning" → "in the early morning of November 28, 2010".)
			const part = /^(?:['’]s)?\s+((?:early\s+|late\s+)?(?:morning|afternoon|evening|night))\b/i.exec(sentence.slice(mention.end));
			if (part && !taken(mention.end, mention.end + part[0].length)) {
				const on = /\bon\s+$/i.exec(sentence.slice(Math.max(0, mention.start - 4), mention.start));
				if (on && /^['’]s/.test(part[0])) mention.start -= on[0].length;
				mention.end += part[0].length;
				mention.text = sentence.slice(mention.start, mention.end);
				mention.replacement = `${on && /^['’]s/.test(part[0]) ? 'in' : 'on'} ${partOfDay(d, part[1])}`;
			}
			// "Yesterday's vote was close" → "The vote on November 27, 2010 was close".
			// ("yesterday's suspension bridge collapse on the island" → "the suspension bridge collapse on
			// November 26, 2011, on the island": the whole name of the thing, up to its preposition.)
			// ("in today's Presidential elections in Argentina" → "in the Presidential elections on October 28, 2007 in Argentina".)
			const owner = /^['’]s\s+((?:(?!\p{L}+ed\b)\p{L}[\p{Ll}-]*\s+){0,2}(?!\p{L}+ed\b)\p{L}[\p{Ll}-]*)(?=\s+(?:on|in|at|near|from|off|along|across|outside|inside)\b|,)/u.exec(sentence.slice(mention.end)) ?? /^['’]s\s+(\p{Ll}+)\b(?!\s+(?:of|and)\b)/u.exec(sentence.slice(mention.end));
			if (owner && mention.replacement.startsWith('on ') && !taken(mention.end, mention.end + owner[0].length)) {
				mention.end += owner[0].length;
				mention.text = sentence.slice(mention.start, mention.end);
				mention.replacement = `the ${owner[1]} ${mention.replacement}`;
			}
			// "as of yesterday", "since today": the preposition is there already.
			// ("Until yesterday," at the start of a sentence as well.)
			if (/\b(?:as of|since|until|till|by|before|after|from|through|on)\s+$/i.test(sentence.slice(Math.max(0, mention.start - 10), mention.start))) mention.replacement = mention.replacement.replace(/^on /, '');
		} else {
			const n = NUMBER_WORDS[m[6]!.toLowerCase()] ?? Number(m[6]);
			const unit = m[7]!.toLowerCase().replace(/s$/, '');
			// "just over 24 hours ago": a time of day the dateline does not give.
			if (unit === 'hour' || unit === 'minute') mention.unanchored = true;
			else if (unit === 'day') {
				const d = addDays(articleDate, -n);
				mention.value = iso(d);
				mention.replacement = `on ${longDate(d)}`;
			} else if (unit === 'week') {
				mention.replacement = `${m[6]} ${m[7]} before ${longDate(articleDate)}`;
			} else if (unit === 'month') {
				const d = new Date(Date.UTC(year, month - n, 1));
				mention.value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
				mention.replacement = `in ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
			} else if (/^\s+in\s+\d{4}\b/.test(sentence.slice(mention.end))) {
				// "decriminalised 25 years ago in 1993": the year is written already; the span goes.
				mention.replacement = ' ';
			} else {
				mention.value = String(year - n);
				mention.replacement = `in ${year - n}`;
			}
			// "About a year ago" → "around 2016", "more than twenty years ago" → "before 1997": the word
			// that measures the span goes with the date, not left before it.
			const about = /\b(about|around|roughly|nearly|almost|approximately|some|more than|over|less than|under)\s+$/i.exec(sentence.slice(Math.max(0, mention.start - 16), mention.start));
			if (about && mention.replacement && unit !== 'week') {
				mention.start -= about[0].length;
				mention.text = sentence.slice(mention.start, mention.end);
				const edge = /^(?:more than|over)$/i.test(about[1]!) ? 'before' : /^(?:less than|under)$/i.test(about[1]!) ? 'after' : 'around';
				// ("became the oldest over a year ago" in November 2008 is before November 2007, not before
				// 2007: a span of years measured from the article's month.)
				// ("lost … less than a month ago", on July 9, 2007: "less than a month before July 9, 2007", not
				// "after June 2007", which is false.)
				const bound = unit === 'year' && edge !== 'around' && mention.value ? `${MONTHS[month]} ${mention.value}` : mention.replacement.replace(/^(?:in|on)\s+/, '');
				mention.replacement = unit === 'month' && edge !== 'around' ? `${about[1]} ${m[6]} ${m[7]} before ${longDate(articleDate)}` : `${edge} ${bound}`;
			}
			// "the nation's worst since its independence more than 45 years ago": the event dates itself, and
			// "since its independence before October 1964" reads garbled; the span goes.
			if (mention.replacement && /\bsince\s+(?:its|their|his|her|the)\s+\p{Ll}+\s+$/u.test(sentence.slice(0, mention.start))) mention.replacement = ' ';
		}
		out.push(mention);
	}
	// "In recent months tension has mounted" → "In the months before January 2017, tension has mounted".
	RECENT.lastIndex = 0;
	for (let m = RECENT.exec(sentence); m; m = RECENT.exec(sentence)) {
		if (!articleDate || taken(m.index, m.index + m[0].length)) continue;
		const unit = m[2]!.toLowerCase();
		const when = unit === 'years' ? String(articleDate.getUTCFullYear()) : unit === 'months' ? `${MONTHS[articleDate.getUTCMonth()]} ${articleDate.getUTCFullYear()}` : longDate(articleDate);
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relative: true, replacement: `${m[1]} the ${unit} before ${when}${m.index === 0 && !/^\s*,/.test(sentence.slice(m.index + m[0].length)) ? ',' : ''}` });
	}
	// "This afternoon, the former prime minister … was taken into custody" → "On the afternoon of April 10, 2011, …".
	THIS_PART.lastIndex = 0;
	for (let m = THIS_PART.exec(sentence); m; m = THIS_PART.exec(sentence)) {
		if (!articleDate || taken(m.index, m.index + m[0].length) || /\b(?:earlier|later|on|in|by|since|until|from)\s+$/i.test(sentence.slice(0, m.index))) continue;
		// ("forecasters predicted good weather for this evening": "for the evening of June 8, 2007", no "on".)
		const governed = /\b(?:for|during|through|throughout|of|till|before|after|ahead of)\s+$/i.test(sentence.slice(0, m.index));
		out.push({ start: m.index, end: m.index + m[0].length, text: m[0], relative: true, value: iso(articleDate), replacement: governed ? partOfDay(articleDate, m[2]) : `${m.index === 0 ? 'On' : 'on'} ${partOfDay(articleDate, m[2])}` });
	}
	out.sort((a, b) => a.start - b.start);
	// "began on January 25, 2011, and Mubarak resigned over two weeks later on February 11": a day
	// without a year that comes after a day the sentence dates in full (or by "last year") is in that
	// year, not the article's. (A day before it may be a flashback, and a sentence that looks ahead,
	// "the report, published on March 3, 2009, says the plant will open on June 1", another time:
	// both left to the article's date.)
	const looksAhead = /\b(?:will|would|upcoming|scheduled|slated|planned|plans? to|is to|are to|due to|expected|set to)\b/i.test(sentence);
	for (const [i, d] of out.entries()) {
		if (looksAhead) break;
		if (!d.relative || !/^\d{4}-\d{2}-\d{2}$/.test(d.value ?? '') || !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d/.test(d.text)) continue;
		const before = out.slice(0, i).reverse().find((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.value ?? '') && (!x.relative || /^(?:,\s*\d{4}|\s+(?:last|this|next)\s+year)\b/.test(sentence.slice(x.end))));
		if (!before || d.value!.slice(5) < before.value!.slice(5)) continue;
		d.value = `${before.value!.slice(0, 4)}${d.value!.slice(4)}`;
	}
	return out;
}
