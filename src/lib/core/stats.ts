/**
 * Statistics over the review log and the cards, computed as running aggregates: storage feeds
 * entries one at a time (in time order) and cards one at a time, so the whole log never has to be
 * in memory. Pure: `now`, the day boundary and the FSRS weights are arguments.
 */
import { default_w, forgetting_curve } from 'ts-fsrs';
import { DAY, studyDay, type DayOptions } from './day';
import { State, type CardState, type Grade } from './card';

export const HEATMAP_DAYS = 365;
export const FORECAST_DAYS = 30;
/** Anki calls a review card mature once its interval reaches 21 days. */
export const MATURE_DAYS = 21;
export const HARDEST_COUNT = 10;

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
 * Accumulates every statistic: call addReview for each log entry (oldest first) and addCard for
 * each card, in any order between the two kinds, then result().
 */
export class StatsAccumulator {
	readonly #options: StatsOptions;
	readonly #today: number;
	readonly #perDay = new Map<number, number>();
	readonly #lastDayOf = new Map<string, number>();
	readonly #retention = PERIODS.map(() => ({ young: { passed: 0, total: 0 }, mature: { passed: 0, total: 0 } }));
	readonly #forecast = new Array<number>(FORECAST_DAYS).fill(0);
	readonly #cards: CardCounts = { new: 0, learning: 0, relearning: 0, young: 0, mature: 0, suspended: 0, leeches: 0, total: 0 };
	readonly #hard: HardQuestion[] = [];
	#todayMs = 0;
	#totalMs = 0;
	#reviewsToday = 0;
	#reviewsTotal = 0;

	constructor(options: StatsOptions) {
		this.#options = options;
		this.#today = studyDay(options.now, options);
	}

	addReview(entry: StatsReview): void {
		const day = studyDay(entry.reviewedAt, this.#options);
		this.#perDay.set(day, (this.#perDay.get(day) ?? 0) + 1);
		this.#reviewsTotal++;
		this.#totalMs += entry.durationMs;
		if (day === this.#today) {
			this.#reviewsToday++;
			this.#todayMs += entry.durationMs;
		}
		// True retention: the first review of the day of a card in review, passed unless Again.
		const key = `${entry.setId}\u0000${entry.questionId}`;
		const firstToday = this.#lastDayOf.get(key) !== day;
		this.#lastDayOf.set(key, day);
		if (!firstToday || entry.before.state !== State.Review) return;
		const age = this.#today - day;
		const kind = entry.before.scheduledDays >= MATURE_DAYS ? 'mature' : 'young';
		PERIODS.forEach((period, index) => {
			if (age < 0 || age >= period.days) return;
			const rate = this.#retention[index]![kind];
			rate.total++;
			if (entry.rating > 1) rate.passed++;
		});
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
		const retrievability =
			card.lastReview === null || card.stability <= 0
				? 0
				: forgetting_curve(this.#options.weights ?? default_w, Math.max(0, (this.#options.now - card.lastReview) / DAY), card.stability);
		this.#keepHard({ setId: card.setId, questionId: card.questionId, lapses: card.lapses, retrievability, leech, suspended: card.suspended === true });
	}

	/** Keeps the hardest few: most lapses first, then the lowest chance of recall. */
	#keepHard(question: HardQuestion): void {
		const list = this.#hard;
		if (list.length === HARDEST_COUNT && compareHard(question, list[list.length - 1]!) >= 0) return;
		const at = list.findIndex((other) => compareHard(question, other) < 0);
		list.splice(at < 0 ? list.length : at, 0, question);
		if (list.length > HARDEST_COUNT) list.pop();
	}

	result(): Statistics {
		const heatmap: DayCount[] = [];
		for (let day = this.#today - HEATMAP_DAYS + 1; day <= this.#today; day++) heatmap.push({ date: dayDate(day), count: this.#perDay.get(day) ?? 0 });
		const retention = PERIODS.map((period, index) => {
			const { young, mature } = this.#retention[index]!;
			return { period: period.period, label: period.label, young: { ...young }, mature: { ...mature }, all: { passed: young.passed + mature.passed, total: young.total + mature.total } };
		});
		return {
			heatmap,
			retention,
			forecast: this.#forecast.map((count, offset) => ({ date: dayDate(this.#today + offset), count })),
			cards: { ...this.#cards },
			streak: streaks(this.#perDay, this.#today),
			time: { todayMs: this.#todayMs, totalMs: this.#totalMs, reviewsToday: this.#reviewsToday, reviewsTotal: this.#reviewsTotal, daysStudied: this.#perDay.size },
			hardest: [...this.#hard]
		};
	}
}

function compareHard(a: HardQuestion, b: HardQuestion): number {
	return b.lapses - a.lapses || a.retrievability - b.retrievability;
}

/** Days in a row with at least one review: the current run (ending today, or yesterday if today has none yet) and the longest. */
export function streaks(perDay: ReadonlyMap<number, number>, today: number): { current: number; longest: number } {
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
