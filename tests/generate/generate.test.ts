import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateQuestionSet, type Question } from '../../src/lib/formats/question-set';
import { allCandidates, generateQuestions, questionsAbout, toQuestionSet } from '../../src/lib/generate/index';

const SEED_ARTICLE = '../shared/seeds/000_7b38060c98886008.txt';
const REAL = 'tests/fixtures/generator/corpus/world-04.txt';

const prompts = (text: string, options = {}) => generateQuestions(text, { count: 40, ...options }).candidates.map((c) => c.question.prompt);
const rejected = (text: string, options = {}) => generateQuestions(text, { count: 40, includeRejected: true, ...options }).rejected!.map((r) => `${r.reason} | ${r.text}`);

function answerOf(q: Question): string {
	return q.type === 'multiple_choice' ? q.choices[q.answer]! : String(q.answer);
}

describe('generateQuestions on a real article', () => {
	const text = readFileSync(REAL, 'utf8');
	const a = generateQuestions(text, { articleDate: '2008-06-30' });

	it('is the same for the same text, and every id comes from the question itself', () => {
		const b = generateQuestions(text, { articleDate: '2008-06-30' });
		expect(JSON.stringify(b)).toBe(JSON.stringify(a));
		expect(new Set(a.candidates.map((c) => c.question.id)).size).toBe(a.candidates.length);
		// A question keeps its id when the rest of the set changes: the same prompt gives the same id with fewer questions.
		const few = generateQuestions(text, { articleDate: '2008-06-30', count: 2 });
		for (const c of few.candidates) {
			const same = [...a.candidates, ...a.more].find((x) => x.question.prompt === c.question.prompt && x.type === c.type);
			if (same) expect(same.question.id).toBe(c.question.id);
		}
	});

	it('proposes a set that validates, with each question traced to its sentence', () => {
		expect(a.candidates.length).toBeGreaterThanOrEqual(3);
		const set = toQuestionSet(a, { title: a.details.title ?? 'Beef protests', date: '2008-06-30' });
		expect(validateQuestionSet(set).ok).toBe(true);
		for (const c of a.candidates) expect(text.slice(c.sentence.start, c.sentence.end)).toBe(c.sentence.text);
	});

	it('offers more questions beyond the set, none repeated, and lists the key facts with what covers them', () => {
		const ids = new Set(a.candidates.map((c) => c.question.id));
		for (const c of a.more) expect(ids.has(c.question.id)).toBe(false);
		// A smaller set leaves the next-ranked questions to "more questions", best first.
		const few = generateQuestions(text, { articleDate: '2008-06-30', count: 5 });
		expect(few.more.length).toBeGreaterThan(0);
		const fewIds = new Set(few.candidates.map((c) => c.question.id));
		for (const c of few.more) expect(fewIds.has(c.question.id)).toBe(false);
		expect(a.keyFacts.length).toBeGreaterThanOrEqual(4);
		for (const k of a.keyFacts) for (const id of k.coveredBy) expect(ids.has(id)).toBe(true);
	});

	it('honours the number and the types asked for', () => {
		const r = generateQuestions(text, { articleDate: '2008-06-30', count: 3, types: ['multiple_choice'] });
		expect(r.candidates.length).toBeLessThanOrEqual(3);
		for (const c of r.candidates) expect(c.type).toBe('multiple_choice');
	});

	it('never asks for the name the headline already gives', () => {
		for (const c of [...a.candidates, ...a.more]) expect(answerOf(c.question)).not.toMatch(/^(?:US|United States)$/);
	});
});

describe('what a quiz leaves alone', () => {
	it('drops captions, credits, boilerplate and contact details, with the reason', () => {
		const text = [
			'Port Opens New Terminal',
			'',
			'Cranes unload the first ship at the new terminal on June 2, 2024. Credit: Port Authority/Ana Ruiz',
			'',
			'The Port Authority opened a new container terminal on Monday that can handle 1.2 million containers a year.',
			'',
			'For more information, visit www.port.example.org.',
			'',
			'Media contact: Ana Ruiz, 555-010-2233'
		].join('\n');
		const reasons = rejected(text, { articleDate: '2024-06-03' }).join('\n');
		expect(reasons).toMatch(/photo caption or credit line \| Cranes unload/);
		expect(reasons).toMatch(/the headline \| Port Opens/);
		expect(prompts(text, { articleDate: '2024-06-03' }).join('\n')).not.toMatch(/Cranes|visit|555/);
	});

	it('keeps the first sentence of a story, which has nothing before it to lean on', () => {
		const text = 'The city council voted on Tuesday to build 300 homes on the old rail yard in Millbrook.\nThe Millbrook plan also includes a park of 12 acres.';
		expect(rejected(text, { articleDate: '2024-05-08' }).join('\n')).not.toMatch(/Millbrook\.$/m);
		expect(prompts(text, { articleDate: '2024-05-08' }).some((p) => /rail yard/.test(p))).toBe(true);
	});

	it('drops what leans on another sentence, a quotation with no named speaker, and time with no anchor', () => {
		const text = [
			'Rivera Motors Recalls Trucks',
			'Rivera Motors recalled 41,000 trucks in Canada on Monday after a brake fault was found in testing.',
			'The two companies had shared the brake design since 2019.',
			'“We will fix every truck for free,” the statement read.',
			'Three weeks later, dealers began the repairs.'
		].join('\n');
		const reasons = rejected(text, { articleDate: '2024-04-15' }).join('\n');
		expect(reasons).toMatch(/leans on an earlier sentence \("[Tt]he two[^|]*\| The two companies/);
		expect(reasons).toMatch(/quotation[^|]*\| “We will fix/);
		expect(reasons).toMatch(/time with no reference point[^|]*\| Three weeks later/);
	});
});

describe('sentences rewritten to stand alone', () => {
	it('drops a leading connective and "also", and names what "he" points to when one person fits', () => {
		const text = 'Mayor Appoints Engineer\nMayor Lucia Brandt named Tomas Weber the city engineer on Monday.\nHe previously led the water department for 11 years.\nHowever, the bridge project also needs a new budget of $3 million.';
		const all = prompts(text, { articleDate: '2024-03-11' }).join('\n');
		expect(all).toMatch(/Tomas Weber previously led the water department|did Tomas Weber lead|How many years did Tomas Weber/);
		expect(all).not.toMatch(/\bHe\b|However|\balso\b/);
	});

	it('does not guess when two people could be meant', () => {
		const text = 'Council Race\nAna Ortiz debated Maria Lind in Leeds on Tuesday.\nShe promised 2,000 new homes within five years.';
		expect(rejected(text, { articleDate: '2024-03-13' }).join('\n')).toMatch(/leans on an earlier sentence \("She"\)/);
	});

	it('names "the agency" when the article has one agency, and drops a unit conversion from the prompt', () => {
		const text = 'Space Agency Tests Rover\nThe rover Dune crossed 4.2 miles (6.8 kilometers) of desert in a test run by the Orbis Space Agency on Friday.\nThe agency plans to launch the rover to Mars in 2029.';
		const all = prompts(text, { articleDate: '2024-02-10' }).join('\n');
		expect(all).not.toMatch(/kilometers/);
		expect(all).toMatch(/Orbis Space Agency plans to launch|will the Orbis Space Agency launch|did the Orbis Space Agency plan/);
	});

	it('writes relative dates as dates, from the article’s date', () => {
		const text = 'Vote Delayed\nThe senate of Norland delayed its vote on the fishing treaty on Wednesday, two weeks after 43 senators signed a letter against it.';
		const all = prompts(text, { articleDate: '2024-07-12' }).join('\n');
		expect(all).toMatch(/July 10, 2024/);
		expect(all).not.toMatch(/Wednesday/);
	});
});

describe('real questions where the sentence allows them', () => {
	const text = [
		'Lake Patrol Report',
		'The Lake Patrol rescued 57 swimmers in 2023, according to the county sheriff.',
		'Officer Dana Cole completed 310 patrols on the lake that summer.',
		'On June 4, 2022, the county opened a second boat station at Pine Cove.'
	].join('\n');
	// Every question of each sentence, as a teacher tapping the sentence sees them.
	const all = text.split('\n').slice(1).flatMap((line) => questionsAbout(text, { start: text.indexOf(line), end: text.indexOf(line) + line.length }, { articleDate: '2024-01-10' }).candidates);
	const asked = all.map((c) => `${c.question.prompt} → ${answerOf(c.question)}`).join('\n');

	it('asks "how many" with the verb turned round', () => {
		expect(asked).toMatch(/How many patrols did Officer Dana Cole complete on the lake[^→]*→ 310/);
	});

	it('asks "in what year" or "on what date" for a dated event, and keeps the source of a claim', () => {
		expect(asked).toMatch(/On what date did the county open a second boat station at Pine Cove\? → 2022-06-04/);
		for (const c of all.filter((c) => /57/.test(c.sentence.text))) expect(c.question.prompt).toMatch(/county sheriff/);
	});

	it('gives multiple-choice numbers in the answer’s own unit and form', () => {
		for (const c of all) {
			if (c.question.type !== 'multiple_choice' || !/^\d[\d,]*$/.test(answerOf(c.question))) continue;
			for (const choice of c.question.choices) expect(choice).toMatch(/^\d{1,3}(,\d{3})*$/);
		}
	});
});

describe('options of the same kind', () => {
	it('offers only women for a woman and never a person the article does not name', () => {
		const text = [
			'Chess Final',
			'Anna Kowalski beat Maria Santos in the women’s final in Oslo on Sunday.',
			'Kowalski said she had trained for 14 months.',
			'In the semi-final, Santos had beaten Elena Petrova, who has won two titles.',
			'Petrova said she would play again next year, and her coach, Lena Holm, agreed.',
			'The men’s final went to Ivan Petrov, who beat Marco Rossi; Petrov said he was tired.',
			'Rossi said he had expected to win after beating Tom Berg.'
		].join('\n');
		const r = generateQuestions(text, { articleDate: '2024-09-02', count: 40 });
		const named = new Set(['Anna Kowalski', 'Maria Santos', 'Elena Petrova', 'Lena Holm', 'Ivan Petrov', 'Marco Rossi', 'Tom Berg']);
		for (const c of [...r.candidates, ...r.more]) {
			const q = c.question;
			if (q.type !== 'multiple_choice') continue;
			const answer = q.choices[q.answer]!;
			if (!named.has(answer)) continue;
			for (const choice of q.choices) expect(named.has(choice)).toBe(true);
			if (['Anna Kowalski', 'Maria Santos', 'Elena Petrova', 'Lena Holm'].includes(answer)) for (const choice of q.choices) expect(['Ivan Petrov', 'Marco Rossi', 'Tom Berg']).not.toContain(choice);
		}
	});

	it('makes true/false statements false by what happened, never by a digit', () => {
		const text = 'Exports Report\nExports of steel from Vardia increased by 12% in 2023 to 4.1 million tonnes, the trade ministry said.\nThe ministry said imports of coal fell by 8% in the same year.';
		const falses = allCandidates(text, { articleDate: '2024-01-20' }).filter((c) => c.question.type === 'true_false' && c.question.answer === false);
		expect(falses.length).toBeGreaterThan(0);
		for (const c of falses) {
			// Figures as written, in order: a changed one is another figure altogether (by a third or
			// more), never the same one with a digit changed (12 → 13, 4.1 → 4.2).
			const figures = (s: string) => (s.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
			const asked = figures(c.question.prompt);
			const source = figures((c.question.provenance?.sentence ?? '').replace(/\(.*?\)/g, ''));
			expect(asked).toHaveLength(source.length);
			asked.forEach((n, i) => {
				if (n !== source[i]) expect(n / source[i]! <= 0.67 || n / source[i]! >= 1.5).toBe(true);
			});
		}
	});
});

describe('the teacher picks what to ask', () => {
	const text = 'Bridge Reopens\nThe Calder Bridge reopened on Saturday after a repair that cost $8.5 million and took 14 months.\nEngineers replaced 240 steel cables.';

	it('a tapped sentence gives its questions; a selected phrase gives questions with that phrase as the answer', () => {
		const at = text.indexOf('Engineers');
		const sentence = questionsAbout(text, { start: at, end: text.length }, { articleDate: '2024-05-06' });
		expect(sentence.candidates.length).toBeGreaterThan(0);
		const phrase = text.indexOf('240');
		const asked = questionsAbout(text, { start: phrase, end: phrase + 3 }, { articleDate: '2024-05-06' });
		expect(asked.candidates.length).toBeGreaterThan(0);
		for (const c of asked.candidates) expect(answerOf(c.question)).toMatch(/^240$/);
		const words = text.indexOf('steel cables');
		const free = questionsAbout(text, { start: words, end: words + 'steel cables'.length }, { articleDate: '2024-05-06' });
		expect(free.candidates.map((c) => `${c.question.prompt} → ${answerOf(c.question)}`)).toContain('Engineers replaced 240 ___. → steel cables');
	});

	it('says why when a selection gives nothing', () => {
		expect(questionsAbout(text, { start: 0, end: text.length }).error).toMatch(/within one sentence/);
		// "The" or "after a" alone is no answer worth a blank.
		const the = text.indexOf('The Calder');
		expect(questionsAbout(text, { start: the, end: the + 3 })).toEqual({ candidates: [], error: 'no question can be made with these words as the answer' });
		const after = text.indexOf('after a');
		expect(questionsAbout(text, { start: after, end: after + 7 })).toEqual({ candidates: [], error: 'no question can be made with these words as the answer' });
	});
});

// The seed article lives in shared/ beside the repository (it is not copied into the project).
describe('the seed article', () => {
	const text = readFileSync(SEED_ARTICLE, 'utf8');
	const r = generateQuestions(text, { articleDate: '2023-07-27', count: 60, includeRejected: true });
	const all = [...r.candidates, ...r.more];
	it('names Kyodo News for the Hwasong-18s at the exhibition', () => {
		for (const c of all.filter((c) => /Hwasong-18s/.test(c.sentence.text))) expect(c.question.prompt).toMatch(/Kyodo News/);
	});
	it('never says Voice of America identified the model', () => {
		for (const c of all) expect(c.question.prompt).not.toMatch(/Voice of America (claimed|said|reported|identified)[^.]*Hwasong/);
	});
	it('keeps "reportedly" and drops the caption', () => {
		for (const c of all) if (/reportedly/.test(c.sentence.text)) expect(c.question.prompt).toMatch(/reportedly/);
		expect(all.some((c) => c.sentence.text.includes('via AP'))).toBe(false);
	});
	it('offers no alias of the answer as a choice', () => {
		for (const c of all) {
			if (c.question.type !== 'multiple_choice') continue;
			const answer = c.question.choices[c.question.answer]!;
			if (answer === 'North Korea') expect(c.question.choices).not.toContain('Pyongyang');
			if (/^Kim Jong/.test(answer)) expect(c.question.choices.filter((x) => /^Kim\b/.test(x))).toEqual([answer]);
		}
	});
	it('validates as a set', () => {
		expect(validateQuestionSet(toQuestionSet(r, { title: 'Shoigu in Pyongyang', date: '2023-07-27' })).ok).toBe(true);
	});
});
