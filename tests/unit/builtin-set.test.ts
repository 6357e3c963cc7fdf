import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateQuestionSet, BLANK, type QuestionSet } from '../../src/lib/formats/question-set';

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
