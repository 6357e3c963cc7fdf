import { describe, expect, it } from 'vitest';
import { validateQuestionSet } from '../../src/lib/formats/question-set';
import { allCandidates, generateQuestions, toQuestionSet } from '../../src/lib/generate/index';

/** An interview written for the test: an introduction naming the person, then questions and quoted answers. */
const INTERVIEW = [
	'A ranger’s long season on the coast',
	'',
	'Former Navy medic Sarah Mitchell now leads the volunteer ranger program at Cape Alder State Park, which trains retired service members to guide visitors.',
	'Why did you join the ranger program?',
	'“I grew up two miles from the park in Port Hollis. I trained as a wildlife technician at Oregon State University before I joined the Navy.”',
	'What does a typical day look like?',
	'“My mornings start at the lighthouse with the tide count. I worked at the Cape Alder visitor center for three summers before I became a lead ranger.”'
].join('\n');

describe('an interview’s quoted answers', () => {
	const candidates = allCandidates(INTERVIEW, { articleDate: '2025-06-01' });
	const prompts = candidates.map((c) => c.question.prompt);

	it('are read as the interviewed person’s facts, in the third person, without quote marks', () => {
		const fromAnswers = prompts.filter((p) => /Oregon State University|Port Hollis|___/.test(p) && /Mitchell/.test(p));
		expect(fromAnswers.length).toBeGreaterThan(0);
		for (const prompt of prompts) {
			expect(prompt).not.toMatch(/\bI\b|\b[Mm]y\b|[“”]/);
		}
	});

	it('ask for what the answers name', () => {
		const answers = candidates.map((c) => ('answer' in c.question ? String(c.question.answer) : ''));
		expect(answers).toEqual(expect.arrayContaining(['Oregon State University']));
	});

	it('stay out of an article that quotes several people without naming who speaks', () => {
		const unclear = INTERVIEW.replace('Former Navy medic Sarah Mitchell now leads', 'Two former medics now lead').replace(/Mitchell/g, 'the pair');
		expect(allCandidates(unclear, { articleDate: '2025-06-01' }).some((c) => /Oregon State/.test(c.question.prompt))).toBe(false);
	});
});

const LISTED = [
	'Flooding closes the river road',
	'',
	'Heavy rain closed the river road in Dunmore County on Tuesday, the county said.',
	'Crews from the Dunmore Fire Department, the Ashby Volunteer Fire Company and the Kellet Water Authority cleared debris overnight.',
	'The Harlow Police Department closed two bridges, and the Tarrant Fire Department posted detours.',
	'The road is expected to reopen on Friday after inspectors check the culverts.'
].join('\n');

describe('a list of names', () => {
	it('gives a select-all question: every listed name right, wrong options of the same kind from the article', () => {
		const list = allCandidates(LISTED, { articleDate: '2025-03-04' }).find((c) => c.question.type === 'select_all');
		expect(list).toBeDefined();
		const q = list!.question;
		if (q.type !== 'select_all') throw new Error('not select all');
		expect(q.prompt).toContain('___');
		expect(q.answer.map((i) => q.choices[i]).sort()).toEqual(['Ashby Volunteer Fire Company', 'Dunmore Fire Department', 'Kellet Water Authority']);
		const wrong = q.choices.filter((_, i) => !q.answer.includes(i));
		expect(wrong.length).toBeGreaterThanOrEqual(2);
		for (const name of wrong) expect(['Harlow Police Department', 'Tarrant Fire Department']).toContain(name);
	});

	it('is offered only when the teacher keeps the select-all type', () => {
		const types = generateQuestions(LISTED, { articleDate: '2025-03-04', types: ['cloze', 'true_false'], count: 20 }).candidates.map((c) => c.question.type);
		expect(types).not.toContain('select_all');
	});
});

const HISTORY = [
	'How the valley got its railway',
	'',
	'The Brennock Valley Railway was proposed by a group of mill owners in 1871.',
	'Work on the line began in March 1874 after two years of disputes over the route.',
	'Passenger trains reached Upper Brennock on June 2, 1878, carrying 240 people on the opening day.',
	'The railway was extended to the coast at Marrow Bay in 1903, doubling its length.',
	'Passenger services ended in 1962, and the track was lifted soon after.'
].join('\n');

describe('an article’s timeline', () => {
	const ordering = allCandidates(HISTORY, { articleDate: '2024-09-10' }).filter((c) => c.question.type === 'ordering');

	it('gives an ordering question of dated events, told without their dates, earliest first', () => {
		expect(ordering).toHaveLength(1);
		const q = ordering[0]!.question;
		if (q.type !== 'ordering') throw new Error('not ordering');
		expect(q.answer.length).toBeGreaterThanOrEqual(3);
		expect(q.answer.length).toBeLessThanOrEqual(5);
		for (const item of q.answer) expect(item).not.toMatch(/\b1[89]\d\d\b|\b(?:March|June)\b/);
		const order = ['proposed', 'Work on the line began', 'Passenger trains reached', 'extended to the coast', 'Passenger services ended'];
		const positions = q.answer.map((item) => order.findIndex((words) => item.includes(words)));
		expect(positions.every((p) => p >= 0)).toBe(true);
		expect(positions).toEqual([...positions].sort((a, b) => a - b));
		expect(q.explanation).toMatch(/1871|1874|1878|1903|1962/);
	});

	it('needs three events on dates that can be told apart', () => {
		const two = HISTORY.split('\n').slice(0, 4).join('\n');
		expect(allCandidates(two, { articleDate: '2024-09-10' }).some((c) => c.question.type === 'ordering')).toBe(false);
	});
});

describe('a teacher who picks only the new types', () => {
	it('gets the ordering question when only ordering is chosen, and the select-all one when only select all is', () => {
		const ordering = generateQuestions(HISTORY, { articleDate: '2024-09-10', types: ['ordering'] }).candidates;
		expect(ordering.map((c) => c.question.type)).toEqual(['ordering']);
		const selectAll = generateQuestions(LISTED, { articleDate: '2025-03-04', types: ['select_all'] }).candidates;
		expect(selectAll.length).toBeGreaterThan(0);
		expect(selectAll.every((c) => c.question.type === 'select_all')).toBe(true);
	});
});

describe('an order the words give away', () => {
	it('is not asked: "the first attempt", or numbered names in sequence', () => {
		const numbered = HISTORY.replace('Work on the line began', 'Work on Section 1 began').replace('The railway was extended', 'Section 2 was extended');
		expect(allCandidates(numbered, { articleDate: '2024-09-10' }).some((c) => c.question.type === 'ordering')).toBe(false);
		const ordinal = HISTORY.replace('Passenger trains reached', 'The first trains reached');
		expect(allCandidates(ordinal, { articleDate: '2024-09-10' }).some((c) => c.question.type === 'ordering')).toBe(false);
	});
});

const COUNCIL = [
	'Council votes to close the harbour road at night',
	'',
	'The Dunmore town council voted 7–2 on Tuesday to close the harbour road to cars between 10 p.m. and 6 a.m. from March 1.',
	'Mayor Ellen Ward said the night closure would cut noise for about 400 homes along the water.',
	'Shop owner Patrick Doyle said late deliveries to the fish market could no longer use the quickest route.',
	'Councillor Maria Santos, who voted against the plan, said the police had not been asked for advice.',
	'Harbour master Tom Reilly said boats would still be able to unload at the north quay all night.',
	'The closure will be reviewed after six months.'
].join('\n');

describe('several people, each with a claim of their own', () => {
	const said = () => allCandidates(COUNCIL, { articleDate: '2025-02-12' }).filter((c) => c.question.type === 'matching');

	it('give a "who said what" matching question: each claim without its speaker, matched to the person', () => {
		expect(said()).toHaveLength(1);
		const q = said()[0]!.question;
		if (q.type !== 'matching') throw new Error('not matching');
		const pairs = Object.fromEntries(q.items.map((item, i) => [q.answer[i]!, item]));
		expect(Object.keys(pairs).map((name) => name.replace(/^Councillor /, ''))).toEqual(['Ellen Ward', 'Patrick Doyle', 'Maria Santos', 'Tom Reilly']);
		expect(pairs['Ellen Ward']).toBe('The night closure would cut noise for about 400 homes along the water.');
		expect(pairs['Tom Reilly']).toBe('Boats would still be able to unload at the north quay all night.');
		for (const item of q.items) expect(item).not.toMatch(/said|Ward|Doyle|Santos|Reilly/);
		expect(validateQuestionSet(toQuestionSet({ candidates: said() }, { title: 'Harbour road', date: '2025-02-12' })).ok).toBe(true);
	});

	it('leave out a claim that names another speaker or leans on its neighbours, and need three people', () => {
		const leaning = COUNCIL.replace('said late deliveries to the fish market', 'said it meant late deliveries to the fish market').replace('said the police had not been asked', 'said Ward had not asked the police');
		expect(allCandidates(leaning, { articleDate: '2025-02-12' }).some((c) => c.question.type === 'matching')).toBe(false);
	});

	it('is offered when the teacher picks only matching', () => {
		expect(generateQuestions(COUNCIL, { articleDate: '2025-02-12', types: ['matching'] }).candidates.map((c) => c.question.type)).toEqual(['matching']);
	});
});

