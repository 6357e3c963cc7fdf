/**
 * The learner's settings and their defaults, apart from the validation in settings.ts so that
 * storage (loaded by every page) carries only the defaults.
 */

export type Step = `${number}${'m' | 'h' | 'd'}`;
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
	/** Probability of recall FSRS aims for at each review (0.70–0.97). */
	desiredRetention: number;
	newPerDay: number;
	maxReviewsPerDay: number;
	/** Hour (0–23, local time) at which a new study day begins. */
	dayStartHour: number;
	learningSteps: Step[];
	relearningSteps: Step[];
	/** Longest wait between reviews, in days. */
	maximumInterval: number;
	/** Spread review dates a little so cards learned together do not stay together. */
	fuzz: boolean;
	/** Lapses at which a question is flagged as a leech (and offered for suspension). */
	leechThreshold: number;
	/** Show at most one question per fact a day (questions sharing provenance.fact are siblings). */
	burySiblings: boolean;
	theme: Theme;
	/** Turn animations off even when the system does not ask for it. */
	reduceMotion: boolean;
	/** FSRS weights fitted to this learner; ts-fsrs's defaults when absent. Stored under their own key. */
	weights?: number[];
}

export const DEFAULT_SETTINGS: Settings = {
	desiredRetention: 0.9,
	newPerDay: 20,
	maxReviewsPerDay: 200,
	dayStartHour: 4,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	maximumInterval: 36500,
	fuzz: true,
	leechThreshold: 8,
	burySiblings: false,
	theme: 'system',
	reduceMotion: false
};
