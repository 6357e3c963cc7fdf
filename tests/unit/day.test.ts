import { describe, expect, it } from 'vitest';
import { nextDayStart, startOfStudyDay, studyDay, type DayOptions } from '../../src/lib/core/day';

const zones: Array<[string, number]> = [
	['UTC', 0],
	['Seoul (UTC+9)', 540],
	['New York (UTC−5)', -300],
	['Kolkata (UTC+5:30)', 330],
	['Honolulu (UTC−10)', -600],
	['Kiritimati (UTC+14)', 840]
];

/** The UTC instant of a local wall-clock time in a zone with a fixed offset. */
function local(iso: string, offsetMinutes: number): number {
	return Date.parse(`${iso}Z`) - offsetMinutes * 60_000;
}

describe('study day starts at 4:00 local time', () => {
	for (const [zone, offsetMinutes] of zones) {
		const options: DayOptions = { dayStartHour: 4, offsetMinutes };
		it(`in ${zone}, 3:59 belongs to the previous day and 4:00 to the next`, () => {
			const before = studyDay(local('2024-03-10T03:59:00', offsetMinutes), options);
			const at = studyDay(local('2024-03-10T04:00:00', offsetMinutes), options);
			const evening = studyDay(local('2024-03-09T23:30:00', offsetMinutes), options);
			expect(at - before).toBe(1);
			expect(evening).toBe(before);
		});
		it(`in ${zone}, the next day begins at the next local 4:00`, () => {
			const now = local('2024-03-10T22:15:00', offsetMinutes);
			expect(nextDayStart(now, options)).toBe(local('2024-03-11T04:00:00', offsetMinutes));
			expect(startOfStudyDay(studyDay(now, options), options)).toBe(local('2024-03-10T04:00:00', offsetMinutes));
		});
	}

	it('a day start of 0 makes the study day the local calendar day', () => {
		const options = { dayStartHour: 0, offsetMinutes: 540 };
		expect(studyDay(local('2024-01-01T00:00:00', 540), options) - studyDay(local('2023-12-31T23:59:59', 540), options)).toBe(1);
	});
});
