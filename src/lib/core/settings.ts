/**
 * The learner's settings: their shape, defaults, allowed ranges, validation, and how they become
 * the scheduler's settings. Pure: storage keeps them (src/lib/storage/db.ts), pages edit them.
 */
import type { DayOptions } from './day';
import type { SchedulerSettings } from './scheduler';

import { DEFAULT_SETTINGS, type Settings, type Step, type Theme } from './default-settings';

export { DEFAULT_SETTINGS };
export type { Settings, Step, Theme };

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

/** Allowed ranges of the numeric settings, shown next to each field and in every refusal. */
export const RANGES = {
	desiredRetention: { label: 'How sure you want to be', min: 0.7, max: 0.97, integer: false, digits: 2, percent: true },
	newPerDay: { label: 'New questions per day', min: 0, max: 9999, integer: true, digits: 0 },
	maxReviewsPerDay: { label: 'Maximum reviews per day', min: 0, max: 9999, integer: true, digits: 0 },
	dayStartHour: { label: 'Day starts at (hour)', min: 0, max: 23, integer: true, digits: 0 },
	maximumInterval: { label: 'Maximum interval (days)', min: 1, max: 36500, integer: true, digits: 0 },
	leechThreshold: { label: 'Leech threshold (lapses)', min: 1, max: 99, integer: true, digits: 0 }
} as const satisfies Record<string, NumberRange>;

export type NumericSetting = keyof typeof RANGES;

/** Learning steps must each be at least a minute and at most a day; at most 10 of them. */
export const STEP_LIMITS = { minMinutes: 1, maxMinutes: 24 * 60, maxCount: 10 } as const;

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

/** A typed value as a number: "90%" is 0.9 for a percentage; "" is no number. */
function typedNumber(value: unknown, range: NumberRange): unknown {
	if (typeof value !== 'string' || value.trim() === '') return value;
	const text = value.trim();
	if (range.percent && text.endsWith('%')) return text.length > 1 ? Number(text.slice(0, -1)) / 100 : NaN;
	return Number(text);
}

function checkNumber(field: NumericSetting, value: unknown, issues: SettingsIssue[]): number {
	const range: NumberRange = RANGES[field];
	const number = typedNumber(value, range);
	if (typeof number !== 'number' || !Number.isFinite(number) || number < range.min || number > range.max || (range.integer && !Number.isInteger(number))) {
		const shown =
			typeof value === 'string' ? (range.percent && /%\s*$/.test(value) ? value.trim() : `"${value}"`) : range.percent && typeof value === 'number' ? percentText(value) : String(value);
		issues.push({ field, message: `${range.label} must be ${rangeText(field)} (got ${shown}).` });
		return NaN;
	}
	return number;
}

/** Minutes in a step such as "1m", "10m", "2h" or "1d"; NaN if it is not one. */
export function stepMinutes(step: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([mhd])$/.exec(step.trim());
	if (!match) return NaN;
	return Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2] as 'm' | 'h' | 'd'];
}

/** Parses "1m 10m" (spaces or commas) into steps, reporting any that are malformed or out of range. */
export function parseSteps(text: string | readonly string[], field: 'learningSteps' | 'relearningSteps', issues: SettingsIssue[]): Step[] {
	const label = field === 'learningSteps' ? 'Learning steps' : 'Relearning steps';
	const parts = (typeof text === 'string' ? text.split(/[\s,]+/) : [...text]).map((part) => part.trim()).filter(Boolean);
	const steps: Step[] = [];
	for (const part of parts) {
		const minutes = stepMinutes(part);
		if (Number.isNaN(minutes)) {
			issues.push({ field, message: `${label}: "${part}" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.` });
		} else if (minutes < STEP_LIMITS.minMinutes || minutes > STEP_LIMITS.maxMinutes) {
			issues.push({ field, message: `${label}: "${part}" is out of range; each step must be from 1m to 1d.` });
		} else steps.push(part.replace(/\s+/g, '') as Step);
	}
	if (parts.length > STEP_LIMITS.maxCount) issues.push({ field, message: `${label}: at most ${STEP_LIMITS.maxCount} steps (got ${parts.length}).` });
	return steps;
}

/**
 * Checks settings as the form (strings) or storage (numbers) gives them. Refuses every value out
 * of range with a message naming the setting and its allowed range; returns clean settings otherwise.
 */
export function validateSettings(input: Partial<Record<keyof Settings, unknown>>): SettingsResult {
	const issues: SettingsIssue[] = [];
	const value = (field: keyof Settings) => (input[field] === undefined ? DEFAULT_SETTINGS[field] : input[field]);
	const numbers = {} as Record<NumericSetting, number>;
	for (const field of Object.keys(RANGES) as NumericSetting[]) numbers[field] = checkNumber(field, value(field), issues);
	const learningSteps = parseSteps(value('learningSteps') as string | string[], 'learningSteps', issues);
	const relearningSteps = parseSteps(value('relearningSteps') as string | string[], 'relearningSteps', issues);
	const theme = value('theme');
	if (theme !== 'system' && theme !== 'light' && theme !== 'dark') issues.push({ field: 'theme', message: `Theme must be system, light or dark (got "${String(theme)}").` });
	const flags = {} as Record<'fuzz' | 'burySiblings' | 'reduceMotion', boolean>;
	for (const field of ['fuzz', 'burySiblings', 'reduceMotion'] as const) {
		const flag = value(field);
		if (typeof flag !== 'boolean') issues.push({ field, message: `${field} must be on or off (got "${String(flag)}").` });
		flags[field] = flag === true;
	}
	const weights = input.weights;
	if (weights !== undefined && !(Array.isArray(weights) && weights.length === 21 && weights.every((w) => typeof w === 'number' && Number.isFinite(w)))) {
		issues.push({ field: 'weights', message: 'FSRS weights must be 21 finite numbers.' });
	}
	if (issues.length > 0) return { ok: false, issues };
	return {
		ok: true,
		settings: {
			...numbers,
			learningSteps,
			relearningSteps,
			theme: theme as Theme,
			...flags,
			...(weights !== undefined ? { weights: [...(weights as number[])] } : {})
		}
	};
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
