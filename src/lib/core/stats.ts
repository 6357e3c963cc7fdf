/**
 * Statistics over the review log and the cards. The log is folded into a running aggregate per
 * set and study day (LogAggregate), which storage keeps and extends with new entries only, so a
 * long log is neither loaded at once nor re-read; cards are fed one at a time. Pure: `now`, the
 * day boundary and the FSRS weights are arguments.
 */
import { DAY, studyDay, type DayOptions } from './day';
import { State, type CardState, type Grade } from './card';

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
/** Anki calls a review card mature once its interval reaches 21 days. */
export const MATURE_DAYS = 21;
export const HARDEST_COUNT = 10;
/** A question never forgotten is listed as hard only when its chance of recall now is below this. */
export const HARD_BELOW = 0.9;

export interface StatsOptions extends DayOptions {
	now: number;
	leechThreshold: number;
	/** FSRS weights for retrievability; ts-fsrs's defaults when absent. */
	weights?: readonly number[];
}

/** What statistics need from a review-log entry. */
export interface StatsReview {
	setId: string;
	questionId: string;
	rating: Grade;
	reviewedAt: number;
	durationMs: number;
	before: Pick<CardState, 'state' | 'scheduledDays'>;
}

export type StatsCard = CardState & { suspended?: boolean };

export interface PassRate {
	passed: number;
	total: number;
}

export interface RetentionRow {
	period: 'today' | 'week' | 'month' | 'year';
	label: string;
	young: PassRate;
	mature: PassRate;
	all: PassRate;
}

export interface DayCount {
	/** The study day as a calendar date (YYYY-MM-DD). */
	date: string;
	count: number;
}

export interface HardQuestion {
	setId: string;
	questionId: string;
	lapses: number;
	/** Probability of recall now (0–1). */
	retrievability: number;
	leech: boolean;
	suspended: boolean;
}

export interface CardCounts {
	new: number;
	learning: number;
	relearning: number;
	young: number;
	mature: number;
	suspended: number;
	leeches: number;
	total: number;
}

export interface Statistics {
	/** Reviews per study day over the last 365 days, oldest first, today last. */
	heatmap: DayCount[];
	retention: RetentionRow[];
	/** Cards due on each of the next 30 days, today first (overdue cards count today). */
	forecast: DayCount[];
	cards: CardCounts;
	streak: { current: number; longest: number };
	time: { todayMs: number; totalMs: number; reviewsToday: number; reviewsTotal: number; daysStudied: number };
	hardest: HardQuestion[];
}

/** One set's reviews on one study day. True retention counts first reviews of the day of review cards. */
export interface DayAggregate {
	reviews: number;
	ms: number;
	youngPassed: number;
	youngTotal: number;
	maturePassed: number;
	matureTotal: number;
}

/** The log folded by set and study day; extended entry by entry (oldest first) and kept by storage between visits. */
export interface LogAggregate {
	version: 2;
	/** The day boundary the days were counted with; another one means starting over. */
	dayStartHour: number;
	offsetMinutes: number;
	/** The highest log key folded in, and how many entries were (taken-back ones too, which add nothing else). */
	lastId: string;
	entries: number;
	/** setId → study day → totals. */
	days: Record<string, Record<number, DayAggregate>>;
	/** setId + NUL + questionId → the last study day it was reviewed (for "first review of the day"). */
	lastDayOf: Record<string, number>;
}

export function emptyAggregate(day: DayOptions): LogAggregate {
	return { version: 2, dayStartHour: day.dayStartHour, offsetMinutes: day.offsetMinutes, lastId: '', entries: 0, days: {}, lastDayOf: {} };
}

/** Whether a kept aggregate was counted with this day boundary (and this format). */
export function aggregateFits(aggregate: LogAggregate | undefined, day: DayOptions): aggregate is LogAggregate {
	return aggregate?.version === 2 && aggregate.dayStartHour === day.dayStartHour && aggregate.offsetMinutes === day.offsetMinutes;
}

/** Folds one log entry into the aggregate. */
export function addToAggregate(aggregate: LogAggregate, entry: StatsReview & { id?: string; undone?: true }): void {
	aggregate.entries++;
	if (entry.id !== undefined && entry.id > aggregate.lastId) aggregate.lastId = entry.id;
	if (entry.undone) return;
	const day = studyDay(entry.reviewedAt, aggregate);
	const perSet = (aggregate.days[entry.setId] ??= {});
	const totals = (perSet[day] ??= { reviews: 0, ms: 0, youngPassed: 0, youngTotal: 0, maturePassed: 0, matureTotal: 0 });
	totals.reviews++;
	totals.ms += entry.durationMs;
	const key = `${entry.setId}\u0000${entry.questionId}`;
	const firstToday = aggregate.lastDayOf[key] !== day;
	aggregate.lastDayOf[key] = day;
	if (!firstToday || entry.before.state !== State.Review) return;
	const passed = entry.rating > 1 ? 1 : 0;
	if (entry.before.scheduledDays >= MATURE_DAYS) {
		totals.matureTotal++;
		totals.maturePassed += passed;
	} else {
		totals.youngTotal++;
		totals.youngPassed += passed;
	}
}

/** ts-fsrs's default FSRS-6 decay (w20); kept here so storage and pages that count never load ts-fsrs. */
export const DEFAULT_DECAY = 0.1542;

/** FSRS-6's forgetting curve, as ts-fsrs's forgetting_curve: R = (1 + factor·t/S)^(−decay), factor = 0.9^(−1/decay) − 1. */
export function retrievability(elapsedDays: number, stability: number, weights?: readonly number[]): number {
	const decay = weights?.[20] ?? DEFAULT_DECAY;
	const factor = Math.pow(0.9, -1 / decay) - 1;
	return Math.pow(1 + (factor * elapsedDays) / stability, -decay);
}

const PERIODS: Array<{ period: RetentionRow['period']; label: string; days: number }> = [
	{ period: 'today', label: 'Today', days: 1 },
	{ period: 'week', label: 'Last 7 days', days: 7 },
	{ period: 'month', label: 'Last 30 days', days: 30 },
	{ period: 'year', label: 'Last 365 days', days: 365 }
];

/** The calendar date a study day stands for (the study-day clock puts each study day on one UTC date). */
export function dayDate(day: number): string {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

export function passRate(rate: PassRate): number | null {
	return rate.total > 0 ? rate.passed / rate.total : null;
}

/**
 * Every statistic: reviews come from a LogAggregate (or addReview, which folds entries into a
 * fresh one), cards from addCard; then result() for one set or, with null, all of them.
 */
export class StatsAccumulator {
	readonly #options: StatsOptions;
	readonly #today: number;
	readonly #aggregate: LogAggregate;
	readonly #forecast = new Array<number>(FORECAST_DAYS).fill(0);
	readonly #cards: CardCounts = { new: 0, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, leeches: 0, total: 0 };
	readonly #hard: HardQuestion[] = [];

	constructor(options: StatsOptions, aggregate: LogAggregate = emptyAggregate(options)) {
		this.#options = options;
		this.#today = studyDay(options.now, options);
		this.#aggregate = aggregate;
	}

	addReview(entry: StatsReview): void {
		addToAggregate(this.#aggregate, entry);
	}

	addCard(card: StatsCard): void {
		const counts = this.#cards;
		counts.total++;
		const leech = card.lapses >= this.#options.leechThreshold;
		if (leech) counts.leeches++;
		if (card.suspended) counts.suspended++;
		else if (card.state === State.New) counts.new++;
		else if (card.state === State.Learning) counts.learning++;
		else if (card.state === State.Relearning) counts.relearning++;
		else if (card.scheduledDays >= MATURE_DAYS) counts.mature++;
		else counts.young++;
		if (card.state === State.New) return;
		if (!card.suspended) {
			const offset = Math.max(0, studyDay(card.due, this.#options) - this.#today);
			if (offset < FORECAST_DAYS) this.#forecast[offset]!++;
		}
		const recall =
			card.lastReview === null || card.stability <= 0 ? 0 : retrievability(Math.max(0, (this.#options.now - card.lastReview) / DAY), card.stability, this.#options.weights);
		// Only questions that were forgotten or are slipping (recall now under 90%) count as hard.
		if (card.lapses === 0 && recall >= HARD_BELOW) return;
		this.#keepHard({ setId: card.setId, questionId: card.questionId, lapses: card.lapses, retrievability: recall, leech, suspended: card.suspended === true });
	}

	/** Keeps the hardest few: most lapses first, then the lowest chance of recall. */
	#keepHard(question: HardQuestion): void {
		const list = this.#hard;
		if (list.length === HARDEST_COUNT && compareHard(question, list[list.length - 1]!) >= 0) return;
		const at = list.findIndex((other) => compareHard(question, other) < 0);
		list.splice(at < 0 ? list.length : at, 0, question);
		if (list.length > HARDEST_COUNT) list.pop();
	}

	/** The statistics of one set's reviews, or of every set's when `setId` is null (cards are as fed). */
	result(setId: string | null = null): Statistics {
		const perDay = new Map<number, DayAggregate>();
		for (const [set, days] of Object.entries(this.#aggregate.days)) {
			if (setId !== null && set !== setId) continue;
			for (const [key, totals] of Object.entries(days)) {
				const day = Number(key);
				const sum = perDay.get(day);
				if (!sum) perDay.set(day, { ...totals });
				else for (const field of Object.keys(totals) as Array<keyof DayAggregate>) sum[field] += totals[field];
			}
		}
		const heatmap: DayCount[] = [];
		for (let day = this.#today - HEATMAP_DAYS + 1; day <= this.#today; day++) heatmap.push({ date: dayDate(day), count: perDay.get(day)?.reviews ?? 0 });
		const retention = PERIODS.map((period) => {
			const young = { passed: 0, total: 0 };
			const mature = { passed: 0, total: 0 };
			for (const [day, totals] of perDay) {
				const age = this.#today - day;
				if (age < 0 || age >= period.days) continue;
				young.passed += totals.youngPassed;
				young.total += totals.youngTotal;
				mature.passed += totals.maturePassed;
				mature.total += totals.matureTotal;
			}
			return { period: period.period, label: period.label, young, mature, all: { passed: young.passed + mature.passed, total: young.total + mature.total } };
		});
		let totalMs = 0;
		let reviewsTotal = 0;
		for (const totals of perDay.values()) {
			totalMs += totals.ms;
			reviewsTotal += totals.reviews;
		}
		const today = perDay.get(this.#today);
		return {
			heatmap,
			retention,
			forecast: this.#forecast.map((count, offset) => ({ date: dayDate(this.#today + offset), count })),
			cards: { ...this.#cards },
			streak: streaks(perDay, this.#today),
			time: { todayMs: today?.ms ?? 0, totalMs, reviewsToday: today?.reviews ?? 0, reviewsTotal, daysStudied: perDay.size },
			hardest: [...this.#hard]
		};
	}
}

function compareHard(a: HardQuestion, b: HardQuestion): number {
	return b.lapses - a.lapses || a.retrievability - b.retrievability;
}

/** Days in a row with at least one review: the current run (ending today, or yesterday if today has none yet) and the longest. */
export function streaks(perDay: ReadonlyMap<number, unknown>, today: number): { current: number; longest: number } {
	let current = 0;
	for (let day = perDay.has(today) ? today : today - 1; perDay.has(day); day--) current++;
	const days = [...perDay.keys()].sort((a, b) => a - b);
	let longest = 0;
	let run = 0;
	days.forEach((day, index) => {
		run = index > 0 && day === days[index - 1]! + 1 ? run + 1 : 1;
		longest = Math.max(longest, run);
	});
	return { current, longest };
}

/** All statistics from in-memory lists (tests, small logs); storage streams instead. */
export function computeStats(reviews: Iterable<StatsReview>, cards: Iterable<StatsCard>, options: StatsOptions): Statistics {
	const stats = new StatsAccumulator(options);
	for (const review of reviews) stats.addReview(review);
	for (const card of cards) stats.addCard(card);
	return stats.result();
}

/** "1 h 5 min", "12 min", "40 s". */
export function formatDuration(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 60) return `${minutes} min`;
	return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function formatPercent(rate: PassRate): string {
	const value = passRate(rate);
	return value === null ? '–' : `${(value * 100).toFixed(1)}%`;
}
