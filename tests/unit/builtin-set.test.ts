import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateQuestionSet, BLANK, type QuestionSet, type SchemaIssue } from '../../src/lib/formats/question-set';

const SET_URL = new URL('../../questions/shoigu-pyongyang-2023.json', import.meta.url);
const SEED_URL = new URL('../../../shared/seeds/000_7b38060c98886008.txt', import.meta.url);

const raw: unknown = JSON.parse(readFileSync(SET_URL, 'utf8'));
const set = raw as QuestionSet;
const seed = readFileSync(SEED_URL, 'utf8');

const LEADER = /\bkim\s+jong[\s-]?un\b/i;
const COPY_RUN = 12;

/** Lower-cased words, punctuation removed (apostrophes and hyphens join, so "Korea's" stays one word). */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’']/g, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

/** Drops quotations (“...” or "...") from a text: quoting a source is allowed. */
function withoutQuotations(text: string): string {
	return text.replace(/“[^”]*”/g, ' | ').replace(/"[^"]*"/g, ' | ');
}

/** Every run of `n` consecutive words of `text`, joined by spaces. */
function runs(text: string, n: number): Set<string> {
	const result = new Set<string>();
	// a quotation splits a text into pieces: a run never spans one
	for (const piece of text.split('|')) {
		const w = words(piece);
		for (let i = 0; i + n <= w.length; i++) result.add(w.slice(i, i + n).join(' '));
	}
	return result;
}

function clone<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}

/** Every string anywhere in a JSON value, with its path. */
function strings(value: unknown, path = ''): Array<[string, string]> {
	if (typeof value === 'string') return [[path, value]];
	if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
	}
	return [];
}

describe('built-in set shoigu-pyongyang-2023', () => {
	it('passes the schema', () => {
		const result = validateQuestionSet(raw);
		expect(result.ok ? [] : result.issues).toEqual([]);
		expect(set.id).toBe('shoigu-pyongyang-2023');
		expect(set.language).toBe('en');
	});

	it('has unique question and fact ids', () => {
		const ids = set.questions.map((q) => q.id);
		expect(new Set(ids).size).toBe(ids.length);
		const factIds = (set.facts ?? []).map((f) => f.id);
		expect(new Set(factIds).size).toBe(factIds.length);
	});

	it('has enough questions of the core types', () => {
		expect(set.questions.length).toBeGreaterThanOrEqual(45);
		const types = new Set(set.questions.map((q) => q.type));
		for (const type of ['flashcard', 'multiple_choice', 'true_false', 'short_answer', 'cloze']) {
			expect(types, type).toContain(type);
		}
	});

	it('gives every question an explanation and a provenance naming an existing fact', () => {
		const factIds = new Set((set.facts ?? []).map((f) => f.id));
		expect(factIds.size).toBeGreaterThan(0);
		for (const q of set.questions) {
			expect(q.explanation?.trim(), q.id).toBeTruthy();
			expect(q.provenance?.fact, q.id).toBeTruthy();
			expect(factIds.has(q.provenance!.fact!), `${q.id} -> ${q.provenance?.fact}`).toBe(true);
		}
	});

	it('has multiple-choice answers inside the choices and distinct choices', () => {
		for (const q of set.questions) {
			if (q.type !== 'multiple_choice') continue;
			expect(Number.isInteger(q.answer), q.id).toBe(true);
			expect(q.answer, q.id).toBeGreaterThanOrEqual(0);
			expect(q.answer, q.id).toBeLessThan(q.choices.length);
			const keys = q.choices.map((c) => c.trim().toLowerCase());
			expect(new Set(keys).size, q.id).toBe(keys.length);
		}
	});

	it('has cloze prompts with exactly one blank', () => {
		for (const q of set.questions) {
			if (q.type === 'cloze') expect(q.prompt.match(BLANK)?.length, q.id).toBe(1);
		}
	});

	it('has no empty strings anywhere', () => {
		for (const [path, value] of strings(raw)) expect(value.trim(), path).not.toBe('');
	});

	it('accepts both spellings of the leader wherever he is the answer', () => {
		let count = 0;
		for (const q of set.questions) {
			if (q.type !== 'flashcard' && q.type !== 'short_answer' && q.type !== 'cloze') continue;
			const answers = [q.answer, ...(q.accepted ?? [])];
			if (!answers.some((a) => LEADER.test(a))) continue;
			count++;
			const lower = answers.map((a) => a.trim().toLowerCase());
			expect(lower, q.id).toContain('kim jong un');
			expect(lower, q.id).toContain('kim jong-un');
		}
		expect(count).toBeGreaterThan(0);
	});

	it('copies no run of 12 words from the article', () => {
		const article = runs(seed, COPY_RUN);
		const texts: Array<[string, string]> = [
			['title', set.title],
			['description', set.description ?? ''],
			...(set.facts ?? []).map((f): [string, string] => [`fact ${f.id}`, f.text]),
			...set.questions.flatMap((q): Array<[string, string]> => [
				[`${q.id}.prompt`, q.prompt],
				[`${q.id}.explanation`, q.explanation ?? '']
			])
		];
		const copied: string[] = [];
		for (const [where, text] of texts) {
			for (const run of runs(withoutQuotations(text), COPY_RUN)) if (article.has(run)) copied.push(`${where}: ${run}`);
		}
		expect(copied).toEqual([]);
	});

	it('detects a copied run (self-check of the copy test)', () => {
		const sentence = seed.split('\n')[1]!;
		const article = runs(seed, COPY_RUN);
		expect([...runs(sentence, COPY_RUN)].some((r) => article.has(r))).toBe(true);
	});
});

describe('validateQuestionSet rejects broken copies of the built-in set', () => {
	function issuesOf(mutate: (s: QuestionSet) => void): SchemaIssue[] {
		const copy = clone(set);
		mutate(copy);
		const result = validateQuestionSet(copy);
		expect(result.ok).toBe(false);
		return result.ok ? [] : result.issues;
	}

	function find<T extends QuestionSet['questions'][number]['type']>(s: QuestionSet, type: T) {
		const q = s.questions.find((x) => x.type === type);
		if (!q) throw new Error(`no ${type} question`);
		return q as Extract<QuestionSet['questions'][number], { type: T }>;
	}

	it('a duplicate question id', () => {
		const issues = issuesOf((s) => {
			s.questions[1]!.id = s.questions[0]!.id;
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: set.questions[0]!.id, field: 'id' }));
	});

	it('a multiple-choice answer out of range', () => {
		const id = find(set, 'multiple_choice').id;
		const issues = issuesOf((s) => {
			const q = find(s, 'multiple_choice');
			q.answer = q.choices.length;
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'answer' }));
	});

	it('an empty prompt', () => {
		const id = set.questions[2]!.id;
		const issues = issuesOf((s) => {
			s.questions[2]!.prompt = '   ';
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'prompt' }));
	});

	it('a cloze without a blank', () => {
		const id = find(set, 'cloze').id;
		const issues = issuesOf((s) => {
			const q = find(s, 'cloze');
			q.prompt = q.prompt.replace(BLANK, q.answer);
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'prompt' }));
	});

	it('an unknown question type', () => {
		const id = set.questions[3]!.id;
		const issues = issuesOf((s) => {
			(s.questions[3] as { type: string }).type = 'essay';
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'type' }));
	});

	it('per-choice feedback that does not match the choices, is not text, or is empty throughout', () => {
		const choice = find(set, 'multiple_choice');
		const truth = find(set, 'true_false');
		expect(issuesOf((s) => (find(s, 'multiple_choice').choiceFeedback = ['one'])).map(({ question, field, message }) => [question, field, message])).toEqual([
			[choice.id, 'choiceFeedback', `must be a list of ${choice.choices.length} texts, one per choice ("" for none)`]
		]);
		expect(issuesOf((s) => ((find(s, 'true_false') as unknown as { choiceFeedback: unknown[] }).choiceFeedback = ['Yes', 3]))).toEqual([
			{ question: truth.id, field: 'choiceFeedback[1]', message: 'must be a string ("" for none)' }
		]);
		expect(issuesOf((s) => (find(s, 'true_false').choiceFeedback = ['', ' ']))).toEqual([
			{ question: truth.id, field: 'choiceFeedback', message: 'holds no feedback; leave it out instead' }
		]);
		expect(issuesOf((s) => ((find(s, 'cloze') as unknown as { choiceFeedback: string[] }).choiceFeedback = ['x']))).toEqual([
			{ question: find(set, 'cloze').id, field: 'choiceFeedback', message: 'is not a known field' }
		]);
		const valid = clone(set);
		find(valid, 'multiple_choice').choiceFeedback = choice.choices.map((_, index) => (index === 0 ? 'Not this one.' : ''));
		find(valid, 'true_false').choiceFeedback = ['', 'Indeed.'];
		expect(validateQuestionSet(valid).ok).toBe(true);
	});

	it('a provenance naming a missing fact', () => {
		const id = set.questions[4]!.id;
		const issues = issuesOf((s) => {
			s.questions[4]!.provenance = { fact: 'f-does-not-exist' };
		});
		expect(issues).toContainEqual(expect.objectContaining({ question: id, field: 'provenance.fact' }));
	});
});
