/**
 * Every parser, fed at least 10,000 generated inputs each (random, format-like and damaged copies
 * of good files): it returns a result or clear errors, never throws, never hangs.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestionSet, validateQuestionSet } from '../../src/lib/formats/question-set';
import { IMPORT_FORMATS, importSet } from '../../src/lib/formats/import';
import { decodeShareLink, encodeShareLink } from '../../src/lib/formats/share';
import { readBackup, writeBackup } from '../../src/lib/formats/backup';
import { exportSet } from '../../src/lib/formats/export';
import { newCard } from '../../src/lib/core/card';
import { builtin } from '../formats/builtin';
import { clearMessage, hostileText, mutated, RUNS, timed, timedAsync } from './arbitraries';

const SETTINGS = { numRuns: RUNS, seed: 20240501 };
const TIMEOUT = 600_000;
const setJson = JSON.stringify(builtin, null, 2);
const small = { ...builtin, questions: builtin.questions.slice(0, 6), facts: undefined };

describe('set JSON (parseQuestionSet)', () => {
	it('returns a valid set or issues naming the field, for any text', () => {
		fc.assert(
			fc.property(fc.oneof(hostileText, mutated(setJson)), (text) => {
				const result = timed(() => parseQuestionSet(text));
				if (result.ok) expect(validateQuestionSet(result.set).ok).toBe(true);
				else {
					expect(result.issues.length).toBeGreaterThan(0);
					for (const issue of result.issues) clearMessage(issue.message);
				}
			}),
			SETTINGS
		);
	}, TIMEOUT);

	it('any JSON value in any field of a good set gives issues, not a crash', () => {
		const questionFields = ['id', 'type', 'prompt', 'answer', 'choices', 'accepted', 'explanation', 'attribution', 'provenance', 'tolerance', 'unit'];
		fc.assert(
			fc.property(fc.nat({ max: small.questions.length - 1 }), fc.constantFrom(...questionFields), fc.jsonValue({ maxDepth: 3 }), (index, field, value) => {
				const questions = small.questions.map((question, i) => (i === index ? { ...question, [field]: value } : question));
				const result = timed(() => validateQuestionSet(JSON.parse(JSON.stringify({ ...small, questions }))));
				if (!result.ok) for (const issue of result.issues) clearMessage(issue.message);
			}),
			SETTINGS
		);
	}, TIMEOUT);
});

describe('import (CSV, TSV, Quizlet, Anki, GIFT, JSON through importSet)', () => {
	const exports = ['csv', 'anki', 'quizlet', 'gift'] as const;
	const goodFiles = exports.map((format) => {
		const { data } = exportSet(small, format);
		if (typeof data !== 'string') throw new Error(`${format} export is not text`);
		return data;
	});

	it('every format, detected or named, returns a set that validates or errors with a message', () => {
		fc.assert(
			fc.property(
				fc.oneof(hostileText, ...goodFiles.map((text) => mutated(text))),
				fc.option(fc.constantFrom(...IMPORT_FORMATS), { nil: undefined }),
				fc.boolean(),
				(text, from, skipInvalid) => {
					const result = timed(() => importSet(text, { from, skipInvalid, today: '2024-05-01' }));
					if (result.ok) expect(validateQuestionSet(result.set).ok).toBe(true);
					else {
						expect(result.errors.length).toBeGreaterThan(0);
						for (const error of result.errors) clearMessage(error.message);
					}
				}
			),
			SETTINGS
		);
	}, TIMEOUT);

	it('raw bytes (not UTF-8, binary, empty) are refused or read, never a crash', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), fc.option(fc.constantFrom(...IMPORT_FORMATS), { nil: undefined }), (bytes, from) => {
				const result = timed(() => importSet(bytes, { from, today: '2024-05-01' }));
				if (!result.ok) for (const error of result.errors) clearMessage(error.message);
			}),
			SETTINGS
		);
	}, TIMEOUT);
});

describe('share links (decodeShareLink)', () => {
	const link = encodeShareLink(small, 'https://factdrill.example');
	if (!link.ok) throw new Error(link.reason);
	const fragment = link.url.slice(link.url.indexOf('#'));

	it('any fragment, damaged link or random payload gives the set or an error', () => {
		const payload = fc.uint8Array({ maxLength: 200 }).map((bytes) => `#set=${Buffer.from(bytes).toString('base64url')}`);
		fc.assert(
			fc.property(fc.oneof(hostileText, mutated(link.url), mutated(fragment), payload, hostileText.map((text) => `#set=${text}`)), (input) => {
				const result = timed(() => decodeShareLink(input));
				if (result.ok) expect(validateQuestionSet(result.set).ok).toBe(true);
				else clearMessage(result.error);
			}),
			SETTINGS
		);
	}, TIMEOUT);
});

describe('backup files (readBackup)', () => {
	// One card per question: a backup whose cards and sets do not fit together is refused.
	const cards = small.questions.map((question, position) => ({ ...newCard(builtin.id, question.id, 0), position, answerHash: 'abc', newRank: position }));
	const card = cards[0]!;
	let good = '';
	beforeAll(async () => {
		good = await writeBackup(
			{
				sets: [{ id: builtin.id, set: small, builtin: true, contentHash: 'x', installedAt: 1, updatedAt: 1 }],
				cards,
				log: [{ id: 1, setId: builtin.id, questionId: card.questionId, rating: 3, reviewedAt: 5, durationMs: 1, before: newCard(builtin.id, card.questionId, 0), after: { ...newCard(builtin.id, card.questionId, 0), state: 1, reps: 1, lastReview: 5 } }],
				tests: [],
				settings: []
			},
			{ now: 1, schema: 3 }
		);
	});

	it('the good backup these inputs start from is read', async () => {
		expect((await readBackup(good)).ok).toBe(true);
	});

	it('any text or damaged backup is refused with clear errors; a changed backup never passes its checksum', async () => {
		await fc.assert(
			fc.asyncProperty(fc.oneof(hostileText, mutated(good), hostileText.map((text) => `{"format":"factdrill-backup","version":1,"checksum":"sha256:${'0'.repeat(64)}","data":${text}}`)), async (text) => {
				const result = await timedAsync(() => readBackup(text));
				if (result.ok) expect(JSON.stringify(JSON.parse(text).data)).toBe(JSON.stringify(JSON.parse(good).data));
				else {
					expect(result.errors.length).toBeGreaterThan(0);
					for (const error of result.errors) clearMessage(error);
				}
			}),
			SETTINGS
		);
	}, TIMEOUT);

	it('records of any shape inside a backup with a correct checksum are named, not crashed on', async () => {
		const record = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.record({ setId: fc.jsonValue({ maxDepth: 1 }), questionId: fc.jsonValue({ maxDepth: 1 }), rating: fc.jsonValue({ maxDepth: 1 }), before: fc.jsonValue({ maxDepth: 2 }) }));
		await fc.assert(
			fc.asyncProperty(fc.constantFrom('sets', 'cards', 'log', 'tests', 'settings'), fc.array(record, { maxLength: 4 }), async (section, rows) => {
				const data = { sets: [], cards: [], log: [], tests: [], settings: [], [section]: rows };
				const result = await timedAsync(async () => readBackup(await writeBackup(data as never, { now: 1, schema: 3 })));
				if (!result.ok) for (const error of result.errors) clearMessage(error);
			}),
			SETTINGS
		);
	}, TIMEOUT);
});
