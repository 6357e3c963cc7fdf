/**
 * The learner's settings: their shape, defaults, allowed ranges, validation (the rules in
 * settings-rules.ts, put into words here), and how they become the scheduler's settings. Pure:
 * storage keeps them (src/lib/storage/db.ts), pages edit them.
 */
import type { DayOptions } from './day';
import type { SchedulerSettings } from './scheduler';

import { DEFAULT_SETTINGS, type Settings, type Step, type Theme } from './default-settings';
import { checkFitted, checkSettings, checkSteps, LIMITS, repairSettings, STEP_LIMITS, WEIGHT_BOUNDS, type NumericSetting, type SettingsProblem, type StepsSetting } from './settings-rules';

export { DEFAULT_SETTINGS, STEP_LIMITS, WEIGHT_BOUNDS };
export { stepMinutes } from './settings-rules';
export type { NumericSetting, Settings, SettingsProblem, Step, Theme };

interface NumberRange {
	label: string;
	min: number;
	max: number;
	integer: boolean;
	/** How the bounds are written in messages, e.g. "0.70". */
	digits: number;
	/** Shown and typed as a percentage: 0.9 reads "90%"; "90%" in a form means 0.9. */
	percent?: boolean;
}

/** Allowed ranges of the numeric settings (settings-rules.ts), shown next to each field and in every refusal. */
export const RANGES = {
	desiredRetention: { label: 'How sure you want to be', ...LIMITS.desiredRetention, digits: 2, percent: true },
	newPerDay: { label: 'New questions per day', ...LIMITS.newPerDay, digits: 0 },
	maxReviewsPerDay: { label: 'Maximum reviews per day', ...LIMITS.maxReviewsPerDay, digits: 0 },
	dayStartHour: { label: 'Day starts at (hour)', ...LIMITS.dayStartHour, digits: 0 },
	maximumInterval: { label: 'Maximum interval (days)', ...LIMITS.maximumInterval, digits: 0 },
	leechThreshold: { label: 'Leech threshold (lapses)', ...LIMITS.leechThreshold, digits: 0 }
} as const satisfies Record<NumericSetting, NumberRange>;

export interface SettingsIssue {
	field: keyof Settings;
	message: string;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] };

/** 0.9 → "90%", 0.855 → "85.5%". */
export function percentText(value: number): string {
	return `${Number((value * 100).toFixed(1))}%`;
}

export function rangeText(field: NumericSetting): string {
	const range: NumberRange = RANGES[field];
	if (range.percent) return `from ${percentText(range.min)} to ${percentText(range.max)}`;
	const unit = range.integer ? 'a whole number ' : '';
	return `${unit}from ${range.min.toFixed(range.digits)} to ${range.max.toFixed(range.digits)}`;
}

/** A value as a message shows it: text quoted and cut short, anything else by its kind. */
function describeValue(value: unknown): string {
	if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
	if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
	return Array.isArray(value) ? 'a list' : 'an object';
}

const LABELS = {
	learningSteps: 'Learning steps',
	relearningSteps: 'Relearning steps',
	theme: 'Theme',
	fuzz: 'Fuzz',
	burySiblings: 'Bury questions about the same fact',
	reduceMotion: 'Reduce motion'
} as const;

/** A problem the settings' rules found, in words naming the setting and what it allows. */
export function describeSettingsProblem(problem: SettingsProblem): string {
	switch (problem.kind) {
		case 'range': {
			const range: NumberRange = RANGES[problem.field];
			const value = problem.value;
			const shown =
				range.percent && typeof value === 'number' ? percentText(value) : range.percent && typeof value === 'string' && /%\s*$/.test(value) ? value.trim() : describeValue(value);
			return `${range.label} must be ${rangeText(problem.field)} (got ${shown}).`;
		}
		case 'steps':
			return `${LABELS[problem.field]} must be steps such as "1m 10m" (got ${describeValue(problem.value)}).`;
		case 'not-a-step':
			return `${LABELS[problem.field]}: "${problem.step}" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.`;
		case 'step-out-of-range':
			return `${LABELS[problem.field]}: "${problem.step}" is out of range; each step must be from 1m to 1d.`;
		case 'too-many-steps':
			return `${LABELS[problem.field]}: at most ${STEP_LIMITS.maxCount} steps (got ${problem.count}).`;
		case 'choice':
			return problem.field === 'theme'
				? `Theme must be system, light or dark (got ${describeValue(problem.value)}).`
				: `${LABELS[problem.field]} must be on or off (got ${describeValue(problem.value)}).`;
		case 'weights':
			return `The fitted FSRS parameters must be ${WEIGHT_BOUNDS.length} numbers (got ${describeValue(problem.value)}).`;
		case 'weight-out-of-range': {
			const [low, high] = WEIGHT_BOUNDS[problem.index]!;
			return `The fitted FSRS parameter ${problem.index + 1} must be from ${low} to ${high} (got ${problem.value}).`;
		}
		case 'fit-figures':
			return `The fitted FSRS parameters lack their ${problem.missing.join(', ')} (the fit cannot be shown).`;
	}
}

const issueOf = (problem: SettingsProblem): SettingsIssue => ({ field: problem.field, message: describeSettingsProblem(problem) });

/** Parses "1m 10m" (spaces or commas) into steps, reporting any that are malformed or out of range. */
export function parseSteps(text: unknown, field: StepsSetting, issues: SettingsIssue[]): Step[] {
	const problems: SettingsProblem[] = [];
	const steps = checkSteps(text, field, problems);
	issues.push(...problems.map(issueOf));
	return steps;
}

/**
 * Checks settings as the form (strings) or storage (numbers) gives them, by the rules in
 * settings-rules.ts. Refuses every value out of range with a message naming the setting and its
 * allowed range; returns clean settings otherwise.
 */
export function validateSettings(input: Partial<Record<keyof Settings, unknown>>): SettingsResult {
	const { settings, problems } = checkSettings(input);
	return problems.length > 0 ? { ok: false, issues: problems.map(issueOf) } : { ok: true, settings };
}

/** What is wrong with fitted FSRS parameters as stored (the settings store's "fsrs" row), if anything. */
export function fittedParametersIssue(raw: unknown): SettingsIssue | undefined {
	const problem = checkFitted(raw);
	return problem && issueOf(problem);
}

/**
 * Settings as stored (or restored) data holds them: each value refused gives way to its default,
 * and is named (see repairSettings).
 */
export function storedSettings(input: unknown): { settings: Settings; issues: SettingsIssue[] } {
	const { settings, problems } = repairSettings(input);
	return { settings, issues: problems.map(issueOf) };
}

/** The scheduler's settings for this learner on this device (the time zone comes from `day`). */
export function schedulerSettingsFor(settings: Settings, day: DayOptions): SchedulerSettings {
	return {
		desiredRetention: settings.desiredRetention,
		maximumInterval: settings.maximumInterval,
		fuzz: settings.fuzz,
		learningSteps: settings.learningSteps,
		relearningSteps: settings.relearningSteps,
		dayStartHour: day.dayStartHour,
		offsetMinutes: day.offsetMinutes,
		...(settings.weights ? { weights: settings.weights } : {})
	};
}

/** Whether a card with this many lapses is a leech. */
export function isLeech(lapses: number, settings: Pick<Settings, 'leechThreshold'>): boolean {
	return lapses >= settings.leechThreshold;
}
