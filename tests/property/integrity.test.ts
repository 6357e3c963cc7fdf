/**
 * The validators and writers that keep what a file or link carries from corrupting what is stored,
 * each fed 10,000 generated inputs: the settings rules (settings page, backups, storage reads), a
 * backup's records fitting together, the restore's keys and built-in sets, and the CSV and Anki
 * writers against what spreadsheets and Anki do with a cell's first character.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkSettings, LIMITS, repairSettings, STEP_LIMITS, stepMinutes, WEIGHT_BOUNDS, type NumericSetting } from '../../src/lib/core/settings-rules';
import { DEFAULT_SETTINGS, describeSettingsProblem, validateSettings } from '../../src/lib/core/settings';
import { readBackup, restoredData, writeBackup, type BackupData } from '../../src/lib/formats/backup';
import { LOG_ENTRY_ID } from '../../src/lib/core/records';
import { exportSet } from '../../src/lib/formats/export';
import { importSet } from '../../src/lib/formats/import';
import { answerKeyHash, hashText, type Question, type QuestionSet } from '../../src/lib/formats/question-set';
import { newCard } from '../../src/lib/core/card';
import { builtin } from '../formats/builtin';
import { clearMessage, RUNS, timed, timedAsync } from './arbitraries';

const SETTINGS = { numRuns: RUNS, seed: 20240517 };
const TIMEOUT = 600_000;
const FIELDS = Object.keys(DEFAULT_SETTINGS) as Array<keyof typeof DEFAULT_SETTINGS>;

/** A value a stored settings row may hold: a good one, one near a bound, or anything at all. */
const settingValue = fc.oneof(
	fc.jsonValue({ maxDepth: 2 }),
	fc.constantFrom('1m 10m', '1m, 10m 1h', '1d', '0m', '25h', '', 'junk', '10', 'dark', 'light', 'system', true, false, 0.7, 0.97, 0.69, 0.98, -1, 1e308, 36500, 36501),
	fc.array(fc.constantFrom('1m', '10m', '2d', 'x', 5 as unknown as string), { maxLength: 12 }),
	fc.double({ noNaN: false })
);
const weights = fc.oneof(
	fc.array(fc.double(), { minLength: 21, maxLength: 21 }),
	fc.tuple(...WEIGHT_BOUNDS.map(([low, high]) => fc.double({ min: low, max: high, noNaN: true }))),
	fc.jsonValue({ maxDepth: 1 })
);
const storedRow = fc.record(
	{ ...Object.fromEntries(FIELDS.map((field) => [field, settingValue])), weights },
	{ requiredKeys: [] }
) as fc.Arbitrary<Record<string, unknown>>;

describe('settings: one set of rules wherever settings come from', () => {
	it('any stored value is refused with words or accepted within the settings page\'s ranges, never thrown on', () => {
		fc.assert(
			fc.property(storedRow, (row) => {
				const result = timed(() => validateSettings(row));
				if (!result.ok) {
					for (const issue of result.issues) clearMessage(issue.message);
					return;
				}
				for (const field of Object.keys(LIMITS) as NumericSetting[]) {
					const value = result.settings[field];
					expect(value).toBeGreaterThanOrEqual(LIMITS[field].min);
					expect(value).toBeLessThanOrEqual(LIMITS[field].max);
				}
				for (const step of [...result.settings.learningSteps, ...result.settings.relearningSteps]) {
					expect(stepMinutes(step)).toBeGreaterThanOrEqual(STEP_LIMITS.minMinutes);
					expect(stepMinutes(step)).toBeLessThanOrEqual(STEP_LIMITS.maxMinutes);
				}
				result.settings.weights?.forEach((w, i) => expect(w >= WEIGHT_BOUNDS[i]![0] && w <= WEIGHT_BOUNDS[i]![1]).toBe(true));
				// Clean settings are a fixed point: checked again, they come back the same.
				expect(validateSettings(result.settings)).toEqual(result);
			}),
			SETTINGS
		);
	}, TIMEOUT);

	it('a stored row, whatever it holds, is read as settings the rules accept; the values set aside are named', () => {
		fc.assert(
			fc.property(storedRow, (row) => {
				const { settings, problems } = timed(() => repairSettings(row));
				expect(checkSettings(settings).problems).toEqual([]);
				expect(problems.length === 0).toBe(validateSettings(row).ok);
				for (const problem of problems) clearMessage(describeSettingsProblem(problem));
				// A value that was fine is kept as it was checked.
				const alone = checkSettings(row).settings;
				for (const field of FIELDS) if (!problems.some((problem) => problem.field === field)) expect(settings[field]).toEqual(alone[field]);
			}),
			SETTINGS
		);
	}, TIMEOUT);
});

/** A small set and one card per question, as the app stores them. */
function installed(id: string, count: number, builtinFlag = false): Pick<BackupData, 'sets' | 'cards'> {
	const set: QuestionSet = { ...builtin, id, facts: undefined, questions: builtin.questions.slice(0, count).map(({ provenance: _p, ...question }) => question as Question) };
	return {
		sets: [{ id, set, builtin: builtinFlag, contentHash: hashText(JSON.stringify(set)), installedAt: 1, updatedAt: 1 }],
		cards: set.questions.map((question, position) => ({ ...newCard(id, question.id, 0), position, answerHash: answerKeyHash(question), newRank: position }))
	};
}

describe('backups: records that fit together, keys from the device, built-in sets from the app', () => {
	const base = installed('alpha', 6);
	const questionIds = base.sets[0]!.set.questions.map((question) => question.id);

	it('cards are accepted exactly when each question of each set has one and each card has its question', async () => {
		const cardFor = fc.record({ setId: fc.constantFrom('alpha', 'beta'), questionId: fc.constantFrom(...questionIds, 'nope') });
		await fc.assert(
			fc.asyncProperty(fc.uniqueArray(cardFor, { selector: (card) => `${card.setId}/${card.questionId}`, maxLength: 9 }), async (picks) => {
				const cards = picks.map(({ setId, questionId }, position) => ({ ...newCard(setId, questionId, 0), position, answerHash: 'x', newRank: position }));
				const result = await timedAsync(async () => readBackup(await writeBackup({ sets: base.sets, cards, log: [], tests: [], settings: [] }, { now: 1, schema: 4 })));
				const fits = picks.length === questionIds.length && picks.every((card) => card.setId === 'alpha' && questionIds.includes(card.questionId));
				expect(result.ok).toBe(fits);
				if (!result.ok) for (const error of result.errors) clearMessage(error);
			}),
			SETTINGS
		);
	}, TIMEOUT);

	it('a restore never takes a numbered log key from the file, and never changes a built-in set here, whatever the backup claims', () => {
		const here = installed('builtin-set', 4, true);
		const claim = fc.record({
			id: fc.constantFrom('builtin-set', 'alpha'),
			builtin: fc.boolean(),
			updatedAt: fc.oneof(fc.constant(9e15), fc.nat()),
			count: fc.integer({ min: 1, max: 6 }),
			logId: fc.oneof(fc.constant(2 ** 53), fc.integer({ min: 1, max: 2 ** 53 }))
		});
		fc.assert(
			fc.property(claim, fc.constantFrom('merge' as const, 'replace' as const), (c, mode) => {
				const forged = installed(c.id, c.count, c.builtin);
				forged.sets[0]!.updatedAt = c.updatedAt;
				const entry = { id: c.logId, setId: c.id, questionId: forged.cards[0]!.questionId, rating: 3 as const, reviewedAt: 5, durationMs: 1, before: forged.cards[0]!, after: forged.cards[0]! };
				const current: BackupData = { ...here, log: [], tests: [], settings: [] };
				const after = timed(() => restoredData(current, { ...forged, log: [entry], tests: [], settings: [] }, mode, { now: 10, createdAt: 10 }));
				// A numbered key (before schema 5) is replaced by one made from the entry.
				expect(after.log.every((row) => typeof row.id === 'string' && LOG_ENTRY_ID.test(row.id))).toBe(true);
				expect(after.sets.find((row) => row.id === 'builtin-set')).toEqual(here.sets[0]);
				for (const row of after.sets) expect(row.contentHash).toBe(hashText(JSON.stringify(row.set)));
				// Cards follow their set: one per question, none besides.
				const cards = new Set(after.cards.map((card) => `${card.setId}/${card.questionId}`));
				expect(cards.size).toBe(after.cards.length);
				expect(after.sets.flatMap((row) => row.set.questions.map((question) => `${row.id}/${question.id}`)).sort()).toEqual([...cards].sort());
			}),
			SETTINGS
		);
	}, TIMEOUT);
});

/** Text a teacher might type, starting with what spreadsheets and Anki treat specially. */
const awkwardText = fc
	.tuple(fc.constantFrom('', '=', '+', '-', '@', '#', '#word:', '"', "'", '=HYPERLINK("http://e.x","u")', '@SUM(1,1)', '-2+3', '＝'), fc.string({ minLength: 1, maxLength: 20 }))
	.map(([start, rest]) => `${start}${rest}`.trim())
	.filter((text) => text !== '' && !/[\r\n\t]/.test(text) && !/_{3,}/.test(text));

const questionOf = fc.tuple(awkwardText, awkwardText, fc.array(awkwardText, { maxLength: 3 }), fc.option(awkwardText, { nil: undefined })).map(
	([prompt, answer, tags, explanation]): Question => ({ id: 'q', type: 'short_answer', prompt, answer, ...(tags.length ? { tags } : {}), ...(explanation ? { explanation } : {}) })
);
const awkwardSet = fc.array(questionOf, { minLength: 1, maxLength: 6 }).map(
	(questions): QuestionSet => ({ ...builtin, facts: undefined, questions: questions.map((question, i) => ({ ...question, id: `q${i + 1}` })) })
);

describe('exports: nothing a set holds becomes a formula or a comment', () => {
	it('CSV: no cell starts a formula, and the set comes back as it was', () => {
		fc.assert(
			fc.property(awkwardSet, (set) => {
				const file = timed(() => exportSet(set, 'csv'));
				const cells = Papa.parse<string[]>(file.data as string, { skipEmptyLines: true }).data.slice(1).flat();
				for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)).toBe(false);
				const back = importSet(file.data, { filename: file.filename });
				expect(back.ok && back.set.questions).toEqual(set.questions);
			}),
			SETTINGS
		);
	}, TIMEOUT);

	it('Anki: every question comes back, in order, whatever its first character; no line is left unexplained', () => {
		fc.assert(
			fc.property(awkwardSet, (set) => {
				const file = timed(() => exportSet(set, 'anki'));
				const back = importSet(file.data, { filename: file.filename });
				if (!back.ok) throw new Error(JSON.stringify(back.errors));
				expect(back.set.questions.map((question) => question.prompt)).toEqual(set.questions.map((question) => question.prompt));
				expect(back.notes.filter((note) => /not imported/.test(note.message))).toEqual([]);
			}),
			SETTINGS
		);
	}, TIMEOUT);
});
