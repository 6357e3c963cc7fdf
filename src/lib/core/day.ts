/**
 * The study day. A learner's day starts at `dayStartHour` local time (4:00 by default, as in
 * Anki), not at midnight UTC. Every function takes `now` and the time zone offset explicitly.
 */

export interface DayOptions {
	/** Hour (0–23, local time) at which a new study day begins. */
	dayStartHour: number;
	/** Local time minus UTC, in minutes (UTC+9 is 540, UTC−5 is −300); the negation of Date#getTimezoneOffset. */
	offsetMinutes: number;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** How far a timestamp must be shifted so that study-day boundaries fall on UTC midnights. */
function shift(options: DayOptions): number {
	return options.offsetMinutes * MINUTE - options.dayStartHour * HOUR;
}

/** The study day `time` falls in, as a whole number of days since 1970-01-01 (study-day clock). */
export function studyDay(time: number, options: DayOptions): number {
	return Math.floor((time + shift(options)) / DAY);
}

/** The instant the study day `day` begins, in real (UTC) milliseconds. */
export function startOfStudyDay(day: number, options: DayOptions): number {
	return day * DAY - shift(options);
}

/** The instant the next study day begins after `time`. */
export function nextDayStart(time: number, options: DayOptions): number {
	return startOfStudyDay(studyDay(time, options) + 1, options);
}

/**
 * ts-fsrs counts elapsed days between UTC calendar dates. Feeding it times on the study-day
 * clock (shifted so each study day is one UTC date) makes it count the learner's days instead.
 */
export function toStudyClock(time: number, options: DayOptions): number {
	return time + shift(options);
}

export function fromStudyClock(time: number, options: DayOptions): number {
	return time - shift(options);
}

/** The browser's current offset in the form DayOptions wants. */
export function localOffsetMinutes(at: Date = new Date()): number {
	return -at.getTimezoneOffset();
}
