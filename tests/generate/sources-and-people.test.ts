/**
 * Who a sentence is about and who says it: the rewrites that let a fact stand alone, on short
 * articles shaped like the real ones that showed each failure.
 */
import { describe, expect, it } from 'vitest';
import { allCandidates, generateQuestions } from '../../src/lib/generate/index';
import { typedTolerance } from '../../src/lib/generate/forms';

function prompts(text: string, date = '2024-05-01'): string[] {
	const result = generateQuestions(text, { articleDate: date });
	return [...result.candidates, ...result.more].map((c) => c.question.prompt);
}

function reasons(text: string, date = '2024-05-01'): string[] {
	return (generateQuestions(text, { articleDate: date, includeRejected: true }).rejected ?? []).map((r) => `${r.reason} | ${r.text}`);
}

const PROFILE = [
	'Space Center Celebrates Heritage Month: Anima Patil-Sabale',
	'',
	'Anima Patil-Sabale has been shooting for the stars since she was a little girl growing up in India. Patil-Sabale studied physics in Mumbai before joining NASA in 2010. Patil-Sabale also worked as a software engineer for a bank in Mumbai.',
	'',
	'Her first NASA job was supporting the Kepler space telescope at the Ames Research Center in California. In 2015, she was selected to serve as commander for the HERA Campaign 2 Mission 3 analog study.'
].join('\n');

describe('a profile whose headline names its protagonist', () => {
	it('reads "she" and "her" after a sentence about her as the protagonist', () => {
		const all = prompts(PROFILE);
		expect(all.some((p) => /Anima Patil-Sabale was selected to serve as commander/.test(p))).toBe(true);
		expect(all.some((p) => /Anima Patil-Sabale’s first NASA job/.test(p))).toBe(true);
	});

	it('does not read "his" as the protagonist when someone the name finder could not place came just before', () => {
		const text = [
			'Jeff Gordon Wins the Brickyard 400',
			'',
			'Jeff Gordon won the Brickyard 400 at Indianapolis Motor Speedway on Sunday, July 27, 2014. Jeff Gordon led 33 laps. Jeff Gordon passed Kasey Kahne with 17 laps left.',
			'',
			'The race was named for a Green Beret veteran. Walding, who served in Iraq with the Green Berets, lost his lower leg after being shot. His name was chosen for the race as part of the Crown Royal "Your Hero Name Here" program in 2014.'
		].join('\n');
		expect(prompts(text, '2014-07-28').some((p) => /Jeff Gordon’s name was chosen/.test(p))).toBe(false);
		expect(reasons(text, '2014-07-28').some((r) => /^leans on an earlier sentence \("His"\)/.test(r))).toBe(true);
	});
});

describe('quotations', () => {
	it('names the speaker given after "said", past a title or a role', () => {
		const text = [
			'Agency Tests Fuel Storage in Orbit',
			'',
			'The agency will test storing cryogenic fuel in orbit during a flight in March 2025. “Storing and transferring cryogenic propellant in orbit has never been attempted on this scale before,” said Jeremy Kenny, project manager at the Marshall Space Flight Center. “Lunar dust gets into gaskets, seals and hatches on every crewed mission to the surface,” said Dr. Charles Buhler, a physicist at the Kennedy Space Center.'
		].join('\n');
		const all = prompts(text, '2024-12-01');
		expect(all.some((p) => p.startsWith('According to Jeremy Kenny, storing and transferring cryogenic propellant'))).toBe(true);
		expect(all.some((p) => p.startsWith('According to Charles Buhler, lunar dust gets into gaskets'))).toBe(true);
	});

	it('takes no claim from a saying denied: "officials have not said why …, but the ambassador says …"', async () => {
		const { findAttribution } = await import('../../src/lib/generate/attribution');
		const { analyzeArticle } = await import('../../src/lib/generate/analyze');
		const text = 'Citing privacy rules, city officials have not said why the permit was refused, but council member Ana Ruiz says the noise report was late.';
		const sentence = analyzeArticle(text, undefined).sentences[0]!;
		expect(findAttribution(sentence).claims.map((c) => c.source)).toEqual(['Ana Ruiz']);
	});
});

describe('numbers', () => {
	it('asks for "two billion people" as a figure, and keeps "a million" as a figure of speech', () => {
		const text = [
			'Iodine Deficiency Returns',
			'',
			'More than two billion people around the world live in areas prone to iodine deficiency, the World Health Organization reported in March 2009. A million families could notice the change in their salt within a year, the report from the World Health Organization said.'
		].join('\n');
		const numeric = allCandidates(text, { articleDate: '2009-03-10' }).map((c) => c.question).filter((q) => q.type === 'numeric');
		expect(numeric.some((q) => q.type === 'numeric' && q.answer === 2_000_000_000)).toBe(true);
		expect(numeric.some((q) => q.type === 'numeric' && q.answer === 1_000_000)).toBe(false);
	});

	it('does not take a name after the counted noun as the unit', () => {
		const text = [
			'Telehealth Reaches Rural Veterans',
			'',
			'The West Texas VA Health Care System runs clinics in Big Spring and Odessa. In an area spanning 33 counties across 53,000 square miles, WTVAHCS serves more than 56,000 Veterans, of whom about 17,000 receive care through its telehealth program.'
		].join('\n');
		const units = new Map(allCandidates(text, { articleDate: '2024-05-01' }).flatMap(({ question: q }) => (q.type === 'numeric' ? [[q.answer, q.unit]] : [])));
		expect(units.get(53_000)).toBe('miles');
		expect(units.get(33)).toBe('counties');
	});

	it('gives an exact figure no one holds to the last digit a margin, and a count to learn none', () => {
		expect(typedTolerance(63_696, false, '63,696')).toBe(600);
		expect(typedTolerance(2.325, false, '2.325')).toBe(0.05);
		expect(typedTolerance(856, false, '856')).toBe(0);
		expect(typedTolerance(45_000, false, '45,000')).toBe(0);
		expect(typedTolerance(200, true, '200')).toBe(10);
	});
});

describe('time and wording', () => {
	const CREW = [
		'Trio to Join the Space Station',
		'',
		'Three crew members will launch on Saturday, March 23, 2024, to the International Space Station. Tracy C. Dyson will spend six months aboard the station as an Expedition 70 and 71 flight engineer, returning to Earth in September with two Roscosmos cosmonauts.'
	].join('\n');

	it('puts a bare month in a sentence that looks ahead in the coming year', () => {
		const all = allCandidates(CREW, { articleDate: '2024-03-22' }).map((c) => c.question.prompt);
		expect(all.some((p) => p.includes('September 2024'))).toBe(true);
		expect(all.some((p) => p.includes('September 2023'))).toBe(false);
	});

	it('keeps "Expedition 70 and 71" whole when a question ends at the rest of the clause', () => {
		const howMany = allCandidates(CREW, { articleDate: '2024-03-22' }).find((c) => c.form === 'how-many');
		expect(howMany?.question.prompt).toBe('How many months will Tracy C. Dyson spend aboard the International Space Station as an Expedition 70 and 71 flight engineer?');
	});
});

describe('what a quiz leaves alone, and what it keeps', () => {
	const NOTICE = [
		'Asylum Interviews Scrapped',
		'',
		'The Home Office will scrap face-to-face interviews for asylum seekers from five countries in 2023, officials said on Thursday. Dial 988 then Press 1, chat online at the crisis line, or text 838255 for help. Jennifer Kunz’s biography is available online, and file images are available from the image library.'
	].join('\n');

	it('drops instructions to the reader and notes on where the pictures are', () => {
		const dropped = reasons(NOTICE, '2023-02-23');
		expect(dropped).toContain('a call to action, not a fact | Dial 988 then Press 1, chat online at the crisis line, or text 838255 for help.');
		expect(dropped.some((r) => r.startsWith('media or event logistics | Jennifer Kunz’s biography'))).toBe(true);
	});

	it('drops how long an event runs: a visitor\'s detail, not the news', () => {
		const fair = ['Harbour Fair Opens', '', 'The Dunmore Harbour Fair opened on Saturday with 120 stalls from 14 countries. The fair runs through March 11, 2025, at the old fish market.'].join('\n');
		expect(reasons(fair, '2025-03-02')).toContain('media or event logistics | The fair runs through March 11, 2025, at the old fish market.');
	});

	it('keeps a claim that ends ", officials said" with its source', () => {
		const kept = prompts(NOTICE, '2023-02-23').filter((p) => p.includes('scrap face-to-face interviews'));
		expect(kept.length).toBeGreaterThan(0);
		expect(kept.every((p) => p.includes('officials said'))).toBe(true);
	});
});

describe('results', () => {
	it('asks for the score of each result in a list, with the sentence’s opening in front', () => {
		const text = [
			'World Cup: Sweden, Belgium and England Win',
			'',
			'Yesterday, day five of the 2018 FIFA World Cup, Sweden defeated South Korea 1 – 0; Belgium defeated debutants Panama 3 – 0; and Tunisia lost 1 – 2 to England, with a late goal from Harry Kane.'
		].join('\n');
		const scores = allCandidates(text, { articleDate: '2018-06-19' }).filter((c) => c.form === 'score').map((c) => c.question);
		expect(scores.map((q) => q.prompt)).toEqual([
			'On June 18, 2018, day five of the 2018 FIFA World Cup, Sweden defeated South Korea ___.',
			'On June 18, 2018, day five of the 2018 FIFA World Cup, Belgium defeated debutants Panama ___.',
			'On June 18, 2018, day five of the 2018 FIFA World Cup, Tunisia lost ___ to England, with a late goal from Harry Kane.'
		]);
		const belgium = scores[1]!;
		expect(belgium.type === 'cloze' && belgium.answer).toBe('3 – 0');
		expect(belgium.type === 'cloze' && belgium.accepted).toEqual(expect.arrayContaining(['3–0', '3 to 0', '0–3']));
	});

	it('reads no score in a time of day or a list of numbers', () => {
		const text = ['City Council Votes', '', 'The council won approval for the budget 7-2 at the 7:30 p.m. meeting on May 3, 2024, after the mayor held 3-4 hearings.'].join('\n');
		const scores = allCandidates(text, { articleDate: '2024-05-04' }).filter((c) => c.form === 'score').map((c) => c.question.type === 'cloze' && c.question.answer);
		expect(scores).toEqual(['7-2']);
	});
});

describe('the study an article reports on', () => {
	const STUDY = [
		'Iodine Deficiency Returns to Australia',
		'',
		'The results of the Australian National Iodine Nutrition Study, published in the Medical Journal of Australia in March 2006, showed that children in mainland Australia are borderline iodine deficient. Professor Cres Eastman, director of the National Iodine Nutrition study, called for iodised salt in bread.',
		'',
		'The report says the decline in iodine intake appears to be due to changes in the dairy industry, where chlorine cleaners replaced iodine cleaners.'
	].join('\n');

	it('names "the report" as the one study the article introduced, and asks the cause it gives', () => {
		const cause = allCandidates(STUDY, { articleDate: '2006-03-20' }).find((c) => c.form === 'cause');
		expect(cause?.question.prompt).toBe('The Australian National Iodine Nutrition Study says the decline in iodine intake appears to be due to changes in the ___, where chlorine cleaners replaced iodine cleaners.');
		expect(cause?.question.type === 'cloze' && cause.question.answer).toBe('dairy industry');
	});
});
