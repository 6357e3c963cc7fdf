/**
 * What makes the learner's settings valid: the allowed ranges and the check itself, which reports
 * each problem as data. Storage reads every stored setting through `repairSettings` on every page,
 * so this module carries no message text; settings.ts puts the problems into words.
 */
import { DEFAULT_SETTINGS, type Settings, type Step, type Theme } from './default-settings';

/** Allowed ranges of the numeric settings. */
export const LIMITS = {
	desiredRetention: { min: 0.7, max: 0.97, integer: false },
	newPerDay: { min: 0, max: 9999, integer: true },
	maxReviewsPerDay: { min: 0, max: 9999, integer: true },
	dayStartHour: { min: 0, max: 23, integer: true },
	maximumInterval: { min: 1, max: 36500, integer: true },
	leechThreshold: { min: 1, max: 99, integer: true }
} as const;

export type NumericSetting = keyof typeof LIMITS;
export type StepsSetting = 'learningSteps' | 'relearningSteps';
export type FlagSetting = 'fuzz' | 'burySiblings' | 'reduceMotion';

/** Learning steps must each be at least a minute and at most a day; at most 10 of them. */
export const STEP_LIMITS = { minMinutes: 1, maxMinutes: 24 * 60, maxCount: 10 } as const;

/**
 * The range ts-fsrs keeps each of FSRS-6's 21 weights in, CLAMP_PARAMETERS(2, true), which the
 * fitter stays inside too. Written out because storage checks settings on every page, and
 * importing ts-fsrs there would load the whole scheduler on the home page (a test keeps them equal).
 */
export const WEIGHT_BOUNDS: readonly (readonly [number, number])[] = [
	[0.001, 100], [0.001, 100], [0.001, 100], [0.001, 100], [1, 10], [0.001, 4], [0.001, 4], [0.001, 0.75], [0, 4.5], [0, 0.8], [0.001, 3.5],
	[0.001, 5], [0.001, 0.25], [0.001, 0.9], [0, 4], [0, 1], [1, 6], [0, 2], [0, 2], [0.01, 0.8], [0.1, 0.8]
];

/** One thing wrong with a setting, as data (settings.ts words it). */
export type SettingsProblem =
	| { field: NumericSetting; kind: 'range'; value: unknown }
	| { field: StepsSetting; kind: 'steps'; value: unknown }
	| { field: StepsSetting; kind: 'not-a-step' | 'step-out-of-range'; step: string }
	| { field: StepsSetting; kind: 'too-many-steps'; count: number }
	| { field: 'theme' | FlagSetting; kind: 'choice'; value: unknown }
	| { field: 'weights'; kind: 'weights'; value: unknown }
	| { field: 'weights'; kind: 'weight-out-of-range'; index: number; value: number }
	| { field: 'weights'; kind: 'fit-figures'; missing: string[] };

/** Minutes in a step such as "1m", "10m", "2h" or "1d"; NaN if it is not one. */
export function stepMinutes(step: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([mhd])$/.exec(step.trim());
	if (!match) return NaN;
	return Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2] as 'm' | 'h' | 'd'];
}

/** Reads "1m 10m" (spaces or commas) or a list of steps, noting each that is malformed or out of range. */
export function checkSteps(text: unknown, field: StepsSetting, problems: SettingsProblem[]): Step[] {
	// Stored or restored data may hold anything here: only text or a list of texts are steps.
	if (typeof text !== 'string' && !(Array.isArray(text) && text.every((part) => typeof part === 'string'))) {
		problems.push({ field, kind: 'steps', value: text });
		return [];
	}
	const parts = (typeof text === 'string' ? text.split(/[\s,]+/) : (text as string[])).map((part) => part.trim()).filter(Boolean);
	const steps: Step[] = [];
	for (const part of parts) {
		const minutes = stepMinutes(part);
		if (Number.isNaN(minutes)) problems.push({ field, kind: 'not-a-step', step: part });
		else if (minutes < STEP_LIMITS.minMinutes || minutes > STEP_LIMITS.maxMinutes) problems.push({ field, kind: 'step-out-of-range', step: part });
		else steps.push(part.replace(/\s+/g, '') as Step);
	}
	if (parts.length > STEP_LIMITS.maxCount) problems.push({ field, kind: 'too-many-steps', count: parts.length });
	return steps;
}

function checkWeights(weights: unknown, problems: SettingsProblem[]): void {
	if (!Array.isArray(weights) || weights.length !== WEIGHT_BOUNDS.length || !weights.every((w) => typeof w === 'number' && Number.isFinite(w))) {
		problems.push({ field: 'weights', kind: 'weights', value: weights });
		return;
	}
	const index = weights.findIndex((w, i) => w < WEIGHT_BOUNDS[i]![0] || w > WEIGHT_BOUNDS[i]![1]);
	if (index >= 0) problems.push({ field: 'weights', kind: 'weight-out-of-range', index, value: weights[index] });
}

/** A typed value as a number: "90%" is 0.9 (the retention is typed as a percentage); "" is no number. */
function typedNumber(value: unknown): unknown {
	if (typeof value !== 'string' || value.trim() === '') return value;
	const text = value.trim();
	if (text.endsWith('%')) return text.length > 1 ? Number(text.slice(0, -1)) / 100 : NaN;
	return Number(text);
}

/**
 * Checks settings as the form (strings) or storage (numbers, or anything) gives them; a missing
 * value is the default. Returns the clean settings (meaningful only without problems) and every problem.
 */
export function checkSettings(input: Partial<Record<keyof Settings, unknown>>): { settings: Settings; problems: SettingsProblem[] } {
	const problems: SettingsProblem[] = [];
	const value = (field: keyof Settings) => (input[field] === undefined ? DEFAULT_SETTINGS[field] : input[field]);
	const numbers = {} as Record<NumericSetting, number>;
	for (const field of Object.keys(LIMITS) as NumericSetting[]) {
		const range = LIMITS[field];
		const raw = value(field);
		const number = typedNumber(raw);
		const ok = typeof number === 'number' && Number.isFinite(number) && number >= range.min && number <= range.max && (!range.integer || Number.isInteger(number));
		if (!ok) problems.push({ field, kind: 'range', value: raw });
		numbers[field] = ok ? (number as number) : NaN;
	}
	const learningSteps = checkSteps(value('learningSteps'), 'learningSteps', problems);
	const relearningSteps = checkSteps(value('relearningSteps'), 'relearningSteps', problems);
	const theme = value('theme');
	if (theme !== 'system' && theme !== 'light' && theme !== 'dark') problems.push({ field: 'theme', kind: 'choice', value: theme });
	const flags = {} as Record<FlagSetting, boolean>;
	for (const field of ['fuzz', 'burySiblings', 'reduceMotion'] as const) {
		const flag = value(field);
		if (typeof flag !== 'boolean') problems.push({ field, kind: 'choice', value: flag });
		flags[field] = flag === true;
	}
	const weights = input.weights;
	if (weights !== undefined) checkWeights(weights, problems);
	const settings: Settings = { ...numbers, learningSteps, relearningSteps, theme: theme as Theme, ...flags };
	if (weights !== undefined) settings.weights = Array.isArray(weights) ? [...(weights as number[])] : [];
	return { settings, problems };
}

/** Checks fitted FSRS parameters as stored (the settings store's "fsrs" row): the weights, and the figures shown about the fit. */
export function checkFitted(raw: unknown): SettingsProblem | undefined {
	const row = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
	const problems: SettingsProblem[] = [];
	checkWeights(row.weights, problems);
	if (problems.length > 0) return problems[0];
	const missing = ['fittedAt', 'logLossBefore', 'logLossAfter', 'reviews'].filter((name) => typeof row[name] !== 'number' || !Number.isFinite(row[name]));
	return missing.length > 0 ? { field: 'weights', kind: 'fit-figures', missing } : undefined;
}

/**
 * Settings as stored (or restored) data holds them, which may be anything: each value the check
 * refuses gives way to its default (fitted weights to none) and is reported, so a page never fails
 * on stored settings and can say what it set aside.
 */
export function repairSettings(input: unknown): { settings: Settings; problems: SettingsProblem[] } {
	const raw = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Partial<Record<keyof Settings, unknown>>) : {};
	const first = checkSettings(raw);
	if (first.problems.length === 0) return first;
	const repaired = { ...raw };
	for (const problem of first.problems) delete repaired[problem.field];
	const second = checkSettings(repaired);
	return { settings: second.problems.length === 0 ? second.settings : { ...DEFAULT_SETTINGS }, problems: first.problems };
}
