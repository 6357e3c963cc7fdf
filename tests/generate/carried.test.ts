import { describe, expect, it } from 'vitest';
import { allCandidates, generateQuestions } from '../../src/lib/generate/index';

/** A short match report, made up for the test: its sentences lean on one another as a reporter's do. */
const REPORT = [
	'Norway beat Chile 2–1 in their opening match of the Northern Cup on Saturday, June 14, 2025.',
	'Chile took the lead through Mateo Rojas after twelve minutes. Ingrid Dahl levelled before half time, and Sofie Berg scored the winner with a header. This was Norway\'s first win in an opening match of the cup since 1994.',
	'Berg joined the squad in 2023. This was Berg\'s first season with the team of Norway.',
	'The referee showed four yellow cards. The game drew a crowd of 31,000, the largest the stadium has seen. Dahl was named player of the match.'
].join('\n\n');

const prompts = () => allCandidates(REPORT, { articleDate: '2025-06-15' }).map((c) => c.question.prompt);

describe('a sentence that leans on the one before', () => {
	it('is asked with that sentence in front, so that "this" points to something', () => {
		const asked = prompts().filter((p) => p.includes('first win in an opening match of the cup since'));
		expect(asked.length).toBeGreaterThan(0);
		for (const prompt of asked) expect(prompt).toMatch(/^Ingrid Dahl levelled before half time, and Sofie Berg scored the winner with a header\. This was /);
		expect(asked.some((p) => p.endsWith('since ___.'))).toBe(true);
	});

	it('is never a true/false statement, whose two sentences would leave unclear which is false', () => {
		const statements = allCandidates(REPORT, { articleDate: '2025-06-15' }).filter((c) => c.question.type === 'true_false');
		expect(statements.some((c) => /^This was Norway/.test(c.question.prompt) || c.question.prompt.includes('since 1994'))).toBe(false);
	});

	it('does not blank a name the sentence in front gives away', () => {
		// "Berg" is in the sentence in front: asking for her team is fair, asking for Berg is not.
		const carried = allCandidates(REPORT, { articleDate: '2025-06-15' }).filter((c) => c.question.prompt.includes('joined the squad in 2023. This was'));
		expect(carried.length).toBeGreaterThan(0);
		expect(carried.some((c) => c.question.prompt.endsWith('first season with the team of ___.'))).toBe(true);
		for (const c of carried) expect(String('answer' in c.question ? c.question.answer : '')).not.toMatch(/Berg|2023/);
	});

	it('is not carried when the sentence before is about something else', () => {
		// "The game" after a sentence about yellow cards: nothing there to point to, dropped as before.
		const result = generateQuestions(REPORT, { articleDate: '2025-06-15', includeRejected: true });
		expect(prompts().some((p) => p.includes('yellow cards. The game'))).toBe(false);
		expect(result.rejected?.find((r) => r.text.startsWith('The game'))?.reason).toMatch(/leans on an earlier sentence/);
	});
});

describe('a typed name', () => {
	const ARTICLE = [
		'Harbor Institute tests a new lunar drill',
		'',
		'The Harbor Institute said on Monday that its engineers finished a lunar drill on May 2, 2025.',
		'Engineers at the Harbor Institute Deep Drilling Facility in Oregon built the drill in 14 months.',
		'The drill will be tested at the Ames Research Center in California, where a vacuum chamber copies the surface of the Moon.'
	].join('\n');
	const typed = allCandidates(ARTICLE, { articleDate: '2025-05-03' }).filter((c) => c.question.type === 'cloze' || c.question.type === 'short_answer');
	const acceptedFor = (answer: string) => typed.filter((c) => 'answer' in c.question && c.question.answer === answer).flatMap((c) => ('accepted' in c.question ? (c.question.accepted ?? []) : []));

	it('is accepted by the short name people use: "Ames" for the Ames Research Center', () => {
		expect(acceptedFor('Ames Research Center')).toContain('Ames');
	});

	it('is accepted without the organisation that owns it, when the rest is still a name', () => {
		expect(acceptedFor('Harbor Institute Deep Drilling Facility')).toContain('Deep Drilling Facility');
	});
});

describe('a pronoun carried with the sentence before', () => {
	it('points to the one man that sentence names', () => {
		const text = 'Cup Final\nThe Harbor club sacked coach Tom Reyes on May 3, 2024.\nHe had led the team to 14 defeats in 20 matches.';
		const carried = allCandidates(text, { articleDate: '2024-05-04' }).filter((c) => c.question.prompt.startsWith('The Harbor club sacked coach Tom Reyes on May 3, 2024. He had led the team to'));
		expect(carried.length).toBeGreaterThan(0);
	});
	it('is dropped when that sentence names two women and the pronoun is "she"', () => {
		const text = 'Council Race\nAna Ortiz debated Maria Lind in Leeds on Tuesday.\nShe promised 2,000 new homes within five years.';
		expect(allCandidates(text, { articleDate: '2024-03-13' }).some((c) => c.question.prompt.includes('She promised'))).toBe(false);
	});
});
