import { describe, expect, it } from 'vitest';
import { relativeTime } from '../../src/lib/core/relative-time';

const NOW = Date.parse('2024-06-01T10:00:00Z');
const MINUTE = 60_000;

describe('relativeTime', () => {
	it('words a time to come in minutes, hours or days, and a time past as now', () => {
		expect(relativeTime(NOW - MINUTE, NOW)).toBe('now');
		expect(relativeTime(NOW + 10 * MINUTE, NOW)).toBe('in 10 minutes');
		expect(relativeTime(NOW + 3 * 60 * MINUTE, NOW)).toBe('in 3 hours');
		expect(relativeTime(NOW + 24 * 60 * MINUTE, NOW)).toBe('tomorrow');
		expect(relativeTime(NOW + 4 * 24 * 60 * MINUTE, NOW)).toBe('in 4 days');
	});
});
