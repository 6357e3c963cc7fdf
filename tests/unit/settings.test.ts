import { describe, expect, it } from 'vitest';
import { CLAMP_PARAMETERS, default_w } from 'ts-fsrs';
import { DEFAULT_SETTINGS, isLeech, schedulerSettingsFor, storedSettings, validateSettings, WEIGHT_BOUNDS } from '../../src/lib/core/settings';

describe('settings', () => {
	it('accepts the defaults and form strings', () => {
		expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
		const result = validateSettings({ ...DEFAULT_SETTINGS, desiredRetention: '0.85', newPerDay: '10', learningSteps: '1m, 10m 1h' });
		expect(result.ok && result.settings).toMatchObject({ desiredRetention: 0.85, newPerDay: 10, learningSteps: ['1m', '10m', '1h'] });
	});

	it('refuses values out of range, naming the setting and its range', () => {
		const result = validateSettings({ ...DEFAULT_SETTINGS, desiredRetention: 0.99, newPerDay: -1, dayStartHour: 24, maximumInterval: 2.5, leechThreshold: 0 });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues).toEqual([
			{ field: 'desiredRetention', message: 'How sure you want to be must be from 70% to 97% (got 99%).' },
			{ field: 'newPerDay', message: 'New questions per day must be a whole number from 0 to 9999 (got -1).' },
			{ field: 'dayStartHour', message: 'Day starts at (hour) must be a whole number from 0 to 23 (got 24).' },
			{ field: 'maximumInterval', message: 'Maximum interval (days) must be a whole number from 1 to 36500 (got 2.5).' },
			{ field: 'leechThreshold', message: 'Leech threshold (lapses) must be a whole number from 1 to 99 (got 0).' }
		]);
	});

	it('reads how sure the learner wants to be as a percentage typed in the form', () => {
		const result = validateSettings({ ...DEFAULT_SETTINGS, desiredRetention: '85%' });
		expect(result.ok && result.settings.desiredRetention).toBe(0.85);
		expect(validateSettings({ ...DEFAULT_SETTINGS, desiredRetention: '97%' }).ok).toBe(true);
		const refused = validateSettings({ ...DEFAULT_SETTINGS, desiredRetention: '99%' });
		expect(!refused.ok && refused.issues).toEqual([{ field: 'desiredRetention', message: 'How sure you want to be must be from 70% to 97% (got 99%).' }]);
		const typo = validateSettings({ ...DEFAULT_SETTINGS, desiredRetention: 'x%' });
		expect(!typo.ok && typo.issues[0]!.message).toBe('How sure you want to be must be from 70% to 97% (got x%).');
	});

	it('refuses malformed learning steps and an empty number', () => {
		const result = validateSettings({ ...DEFAULT_SETTINGS, learningSteps: '1m 10x 2d', desiredRetention: '' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'How sure you want to be must be from 70% to 97% (got "").',
			'Learning steps: "10x" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.',
			'Learning steps: "2d" is out of range; each step must be from 1m to 1d.'
		]);
	});

	it('names a value of the wrong kind, as stored or restored data may hold, instead of failing on it', () => {
		const result = validateSettings({ learningSteps: 5, relearningSteps: ['1m', 7], theme: { dark: true }, fuzz: 'yes', weights: 'junk' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((issue) => issue.message)).toEqual([
			'Learning steps must be steps such as "1m 10m" (got 5).',
			'Relearning steps must be steps such as "1m 10m" (got a list).',
			'Theme must be system, light or dark (got an object).',
			'Fuzz must be on or off (got "yes").',
			'The fitted FSRS parameters must be 21 numbers (got "junk").'
		]);
	});

	it('keeps fitted weights within the range ts-fsrs allows each', () => {
		expect(WEIGHT_BOUNDS).toEqual(CLAMP_PARAMETERS(2, true));
		expect(validateSettings({ weights: [...default_w] }).ok).toBe(true);
		const result = validateSettings({ weights: default_w.map((w, i) => (i === 4 ? 0 : w)) });
		expect(result.ok === false && result.issues).toEqual([{ field: 'weights', message: 'The fitted FSRS parameter 5 must be from 1 to 10 (got 0).' }]);
	});

	it('stored settings: each value refused gives way to its default, and is named', () => {
		expect(storedSettings({ newPerDay: 7, learningSteps: 'junk', desiredRetention: 0.01, weights: [1] })).toEqual({
			settings: { ...DEFAULT_SETTINGS, newPerDay: 7 },
			issues: [
				{ field: 'desiredRetention', message: 'How sure you want to be must be from 70% to 97% (got 1%).' },
				{ field: 'learningSteps', message: 'Learning steps: "junk" is not a step; write minutes, hours or days such as 1m, 10m, 1h or 1d.' },
				{ field: 'weights', message: 'The fitted FSRS parameters must be 21 numbers (got a list).' }
			]
		});
		expect(storedSettings('junk')).toEqual({ settings: DEFAULT_SETTINGS, issues: [] });
	});

	it('becomes the scheduler settings, with fitted weights when present', () => {
		const day = { dayStartHour: 6, offsetMinutes: 120 };
		const weights = Array.from({ length: 21 }, () => 1);
		expect(schedulerSettingsFor({ ...DEFAULT_SETTINGS, desiredRetention: 0.85, fuzz: false, weights }, day)).toEqual({
			desiredRetention: 0.85,
			maximumInterval: 36500,
			fuzz: false,
			learningSteps: ['1m', '10m'],
			relearningSteps: ['10m'],
			dayStartHour: 6,
			offsetMinutes: 120,
			weights
		});
	});

	it('flags a leech at the threshold', () => {
		expect(isLeech(7, DEFAULT_SETTINGS)).toBe(false);
		expect(isLeech(8, DEFAULT_SETTINGS)).toBe(true);
	});
});
