/**
 * How likely a teacher is to accept a candidate as is: a logistic model over features of the fact,
 * the answer and the question. The weights are fitted to blind judgements of candidates from real
 * articles (`npm run fit-ranker`, from `tests/fixtures/generator/judged/`) and shipped as JSON.
 */
import { EVALUATIVE, PERSONAL, type Candidate } from './forms';
import weights from './ranker-weights.json';

export const FEATURE_NAMES = [
	'bias', 'key_score', 'lede', 'headline_overlap', 'centrality', 'form_who', 'form_how_many', 'form_when', 'form_cloze',
	'form_term', 'form_cause', 'form_true', 'form_false_actor', 'form_false_opposite', 'multiple_choice', 'options_from_article', 'typed_number',
	'answer_person', 'answer_org', 'answer_place', 'answer_thing', 'answer_number', 'answer_date', 'answer_mentions',
	'prompt_words', 'long_prompt', 'resolved', 'attributed', 'hedged', 'has_lead', 'quantities', 'change', 'record',
	'outcome', 'many_people', 'leaning_noun_left', 'evaluative', 'answer_once', 'typed_name', 'same_unit_numbers', 'late_in_article',
	'tally', 'exact_count', 'personal_detail', 'range_start', 'form_score', 'form_false_number', 'form_false_denied', 'form_list', 'form_timeline',
	'carried', 'form_said', 'attendance', 'game_clock'
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

export function features(c: Candidate, mentions: (key: string) => number): Record<FeatureName, number> {
	const s = c.fact.signals;
	const words = c.question.prompt.split(/\s+/).length;
	const kind = c.answer?.kind;
	return {
		bias: 1,
		key_score: c.fact.keyScore,
		lede: s.position === 0 ? 1 : s.position === 1 ? 0.5 : 0,
		headline_overlap: s.headline,
		centrality: s.centrality,
		form_who: Number(c.form === 'who'),
		form_how_many: Number(c.form === 'how-many'),
		form_when: Number(c.form === 'when'),
		form_cloze: Number(c.form === 'cloze'),
		form_term: Number(c.form === 'term'),
		form_cause: Number(c.form === 'cause'),
		form_true: Number(c.form === 'true'),
		form_false_actor: Number(c.form === 'false-actor'),
		form_false_opposite: Number(c.form === 'false-opposite'),
		form_false_number: Number(c.form === 'false-number' || c.form === 'false-date'),
		form_false_denied: Number(c.form === 'false-denied'),
		multiple_choice: Number(c.type === 'multiple_choice'),
		options_from_article: c.type === 'multiple_choice' ? c.fromArticle / 3 : 0,
		typed_number: Number(c.type === 'numeric'),
		answer_person: Number(kind === 'person'),
		answer_org: Number(kind === 'organization'),
		answer_place: Number(kind === 'place'),
		answer_thing: Number(kind === 'other' || kind === 'model'),
		answer_number: Number(kind === 'number'),
		answer_date: Number(kind === 'date' || kind === 'year'),
		answer_mentions: c.answer ? Math.min(5, mentions(c.answer.key)) / 5 : 0,
		prompt_words: Math.min(60, words) / 60,
		long_prompt: Number(words > 35),
		resolved: Math.min(2, s.resolved) / 2,
		attributed: Number(s.attributed),
		hedged: Number(s.hedged),
		has_lead: Number(!!c.fact.clause?.lead),
		quantities: Math.min(3, s.quantities) / 3,
		change: Number(s.change),
		record: Number(s.record),
		outcome: Number(s.outcome),
		many_people: Number(s.people >= 4),
		leaning_noun_left: Number(/^(?:the|The)\s+\p{Ll}+/u.test(c.question.prompt) && c.form !== 'who'),
		evaluative: Number(EVALUATIVE.test(c.fact.text)),
		answer_once: Number(!!c.answer && ['person', 'organization', 'place', 'other', 'model'].includes(c.answer.kind) && mentions(c.answer.key) <= 1),
		typed_name: Number((c.type === 'cloze' || c.type === 'short_answer') && !!c.answer && ['person', 'organization', 'place', 'other', 'model'].includes(c.answer.kind)),
		same_unit_numbers: Math.min(5, sameUnit(c)) / 5,
		late_in_article: Math.min(1, s.position / 12),
		tally: Number(kind === 'number' && TALLY.test(c.answer?.quantity?.unit ?? '')),
		exact_count: Number(kind === 'number' && !c.answer?.quantity?.percent && !c.answer?.quantity?.currency && !c.answer?.quantity?.scale && (c.answer?.value ?? 0) >= 1000 && (c.answer?.value ?? 0) % 100 !== 0),
		personal_detail: Number(PERSONAL.test(c.fact.text)),
		form_score: Number(c.form === 'score'),
		form_list: Number(c.form === 'list'),
		form_timeline: Number(c.form === 'timeline'),
		carried: Number(!!c.fact.lead),
		form_said: Number(c.form === 'said'),
		attendance: Number(ATTENDANCE.test(c.fact.text)),
		game_clock: Number(GAME_CLOCK.test(c.fact.text)),
		range_start: Number((kind === 'date' || kind === 'year' || kind === 'number') && /^\s*(?:to|through|until|and)\s+\d/.test(c.fact.sentence.text.slice(c.answer?.end ?? 0)))
	};
}

/** A moment of play told by the clock: "with 6:33 left in the first", "With 24 seconds left in the quarter". */
const GAME_CLOCK = /\b\d{1,2}:\d{2}\s+(?:left|remaining|to go)\b|\b\d+\s+seconds?\s+(?:left|remaining|to go)\b|\bleft in the (?:first|second|third|fourth|quarter|half|period|game)\b/i;

/** Who was there: "Stephen Fry attended a protest in London", "Politicians visited the hospital". */
const ATTENDANCE = /\b(?:attended|attends|attending|visited|were among (?:those|the)|was among (?:those|the)|were present|was present|took part in|joined (?:a|the) (?:protest|rally|march|vigil|crowd))\b/i;

/** Counts a report gives in passing: votes, laps, teams, hours of a step, referrals, staff, a match's passes and fouls. */
const TALLY = /\b(?:votes?|laps?|teams?|minutes?|hours?|referrals?|rounds?|RNs|nurses|staff|events?|visits?|pages?|attendees|unsheltered|passes|fouls|shots|balls|clearances|corners|tackles|crosses|saves|attempts|possession)\b/i;

/** How many other numbers of the same unit the fact's sentence holds: one vote count of many. */
function sameUnit(c: Candidate): number {
	const unit = c.answer?.quantity?.unit;
	if (!unit) return 0;
	return c.fact.sentence.mentions.filter((m) => m !== c.answer && m.quantity?.unit === unit).length;
}

const W = weights as { weights: Record<string, number> };

/** The model's probability that a teacher accepts the candidate as is. */
export function acceptance(values: Record<FeatureName, number>): number {
	let z = 0;
	for (const name of FEATURE_NAMES) z += (W.weights[name] ?? 0) * values[name];
	return 1 / (1 + Math.exp(-z));
}
