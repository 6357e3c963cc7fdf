import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/lib/generate/analyze';
import { findDates, parseIsoDate } from '../../src/lib/generate/dates';
import { isAlias } from '../../src/lib/generate/distractors';
import { tidy } from '../../src/lib/generate/edits';
import { allCandidates, generateQuestions } from '../../src/lib/generate/index';
import { answerText } from '../../src/lib/formats/question-set';
import { splitParagraphs, splitSentences } from '../../src/lib/generate/text';
import { loadArticles } from './judged';

function sentencesOf(text: string): string[] {
	return splitParagraphs(text).flatMap((p) => splitSentences(p).map((s) => s.text));
}

/** Every candidate of one of the judged real articles (tests/fixtures/generator/), read with its own date. */
function fixtureCandidates(name: string) {
	const article = loadArticles().find((a) => a.name === name)!;
	return allCandidates(readFileSync(article.path, 'utf8'), article.date ? { articleDate: article.date } : {});
}

function mentions(text: string, date?: string) {
	return analyzeArticle(text, parseIsoDate(date)).sentences.flatMap((s) => s.mentions);
}

describe('sentence splitting', () => {
	it('breaks after a closing quotation mark', () => {
		expect(sentencesOf('The newspaper praised their “militant comradeship.” Shoigu offered Kim a letter.')).toEqual([
			'The newspaper praised their “militant comradeship.”',
			'Shoigu offered Kim a letter.'
		]);
	});
	it('splits on newlines first, so a caption without a full stop stays apart', () => {
		expect(sentencesOf('A caption with no stop\nThe next paragraph starts here.')).toHaveLength(2);
	});
	it('does not break after abbreviations', () => {
		expect(sentencesOf('The launch on Nov. 18, 2022 was watched by Dr. Lee from the U.S. embassy.')).toHaveLength(1);
	});
});

describe('names', () => {
	it('keeps hyphenated and Korean names whole, with titles apart', () => {
		const found = mentions('North Korean leader Kim Jong-un met Russian Defense Minister Sergei Shoigu. Kim Jong Un praised Kim Il Sung.');
		const people = found.filter((m) => m.kind === 'person');
		expect(people.map((m) => m.surface)).toEqual(['Kim Jong-un', 'Sergei Shoigu', 'Kim Jong Un', 'Kim Il Sung']);
		expect(people[2]!.name).toBe('Kim Jong-un');
	});
	it('reads a title after other words as a title, and a place before a name as a place', () => {
		const found = mentions('Environment Minister John Baird spoke first. Experiments Manager William Kerslake ran the tests. Ambassador Hamdullah Mohib said so. The ambassador to the United States Hamdullah Mohib was there.');
		expect(found.filter((m) => m.kind === 'person').map((m) => m.name)).toEqual(['John Baird', 'William Kerslake', 'Hamdullah Mohib', 'Hamdullah Mohib']);
	});
	it('takes a name with a first name the tagger does not know for a person when the article uses its surname alone', () => {
		const found = mentions('Theo Walcott scored after a pass from Abou Diaby. Minutes later, Diaby attempted to clear the ball, and Diaby was booked. Fans filled Millennium Stadium, and many left Millennium Stadium early.');
		const diaby = found.filter((m) => /Diaby/.test(m.surface));
		expect(diaby.map((m) => [m.kind, m.name])).toEqual([['person', 'Abou Diaby'], ['person', 'Abou Diaby'], ['person', 'Abou Diaby']]);
		// A stadium's name is not a person's, however often its last word stands alone.
		expect(found.filter((m) => m.kind === 'person').map((m) => m.name)).not.toContain('Millennium Stadium');
	});
	it('resolves a surname alone to the full name learned earlier', () => {
		const found = mentions('Yevgeny Prigozhin accused Sergei Shoigu of attacks. Shoigu has kept a low profile since Prigozhin left.');
		const shoigu = found.find((m) => m.surface === 'Shoigu')!;
		expect(shoigu.kind).toBe('person');
		expect(shoigu.name).toBe('Sergei Shoigu');
		expect(found.find((m) => m.surface === 'Prigozhin')?.name).toBe('Yevgeny Prigozhin');
	});
	it('reads news outlets and agencies as organisations', () => {
		const found = mentions('Voice of America reported it, Rodong Sinmun claimed it, and KCNA, AP, Reuters and Kyodo News also said so.');
		const orgs = found.filter((m) => m.kind === 'organization').map((m) => m.surface);
		expect(orgs).toEqual(expect.arrayContaining(['Voice of America', 'Rodong Sinmun', 'KCNA', 'AP', 'Reuters', 'Kyodo News']));
		expect(found.some((m) => m.kind === 'place' && m.surface === 'America')).toBe(false);
	});
	it('reads "X News" and "X Agency" patterns as organisations', () => {
		const found = mentions('Officials told Pacific News and the Baltic Press Agency that the vote was delayed.');
		expect(found.filter((m) => m.kind === 'organization').map((m) => m.surface)).toEqual(['Pacific News', 'Baltic Press Agency']);
	});
	it('keeps model names such as Hwasong-18 as one token', () => {
		const found = mentions('Kyodo News claimed they appeared to be Hwasong-18s, like the MQ 9 Reaper drone.');
		const models = found.filter((m) => m.kind === 'model');
		expect(models.map((m) => m.name)).toEqual(['Hwasong-18', 'MQ 9 Reaper']);
		expect(found.some((m) => m.kind === 'number')).toBe(false);
	});
});

describe('aliases are never distractors', () => {
	it('knows capitals, short forms and name variants', () => {
		expect(isAlias('Pyongyang', 'North Korea', 'place')).toBe(true);
		expect(isAlias('America', 'United States', 'place')).toBe(true);
		expect(isAlias('Kim', 'Kim Jong Un', 'person')).toBe(true);
		expect(isAlias('Kim Jong-un', 'Kim Jong Un', 'person')).toBe(true);
		expect(isAlias('KCNA', 'Korean Central News Agency', 'organization')).toBe(true);
		expect(isAlias('South Korea', 'North Korea', 'place')).toBe(false);
	});
	it('does not offer an alias of the answer among the choices', () => {
		const text = 'Missile Talks\nNorth Korea tested a missile near Pyongyang on Monday, officials in Seoul said.\nJapan and China protested to North Korea.\nThe United States, also called America, asked Japan, China and South Korea for talks in Geneva.';
		const r = generateQuestions(text, { count: 40, articleDate: '2024-03-05' });
		for (const c of [...r.candidates, ...r.more]) {
			if (c.question.type !== 'multiple_choice') continue;
			const answer = c.question.choices[c.question.answer]!;
			for (const other of c.question.choices) if (other !== answer) expect(isAlias(other, answer, 'place')).toBe(false);
		}
	});
});

describe('attribution', () => {
	const text = [
		'Voice of America did not identify the missiles shown to Sergei Shoigu at the exhibition in Pyongyang, but Japan’s Kyodo News claimed they appeared to be Hwasong-18s.',
		'The Hwasong-18 was first tested by North Korea in April 2023, according to Yonhap News Agency.',
		'Sergei Shoigu reportedly called North Korea’s army the strongest in the world during the visit to Pyongyang.'
	].join('\n');
	const result = generateQuestions(text, { count: 30, articleDate: '2023-07-27' });
	it('gives the Hwasong-18 claim to Kyodo News, never to Voice of America', () => {
		const about = result.candidates.filter((c) => c.sentence.text.includes('Kyodo'));
		expect(about.length).toBeGreaterThan(0);
		for (const c of about) {
			expect(c.question.attribution).toBe('Kyodo News');
			if (c.question.type !== 'true_false' || c.question.answer) expect(c.question.prompt).toMatch(/Kyodo News claimed/);
		}
	});
	it('keeps "according to" and "reportedly" in the prompt', () => {
		for (const c of result.candidates) {
			if (c.sentence.text.includes('Yonhap') && c.question.type !== 'true_false') expect(c.question.prompt).toMatch(/Yonhap/);
			if (c.sentence.text.includes('reportedly')) expect(c.question.prompt).toMatch(/reportedly/);
		}
	});
	it('gives a claim to the person named in apposition, not to the country before it', () => {
		const r = generateQuestions("Kenya's health minister, Susan Nakhumicha, said her country would consider adding the vaccine to its programme in 2025.", { count: 10 });
		expect(r.candidates.length).toBeGreaterThan(0);
		for (const c of r.candidates) expect(c.question.attribution).toBe('Susan Nakhumicha');
	});
	it('puts a trailing "according to X" in front of a real question', () => {
		const r = generateQuestions('Kim Jong-un personally greeted Sergei Shoigu in Pyongyang on his first visit, according to the state newspaper Rodong Sinmun.', { count: 20, types: ['short_answer'] });
		expect(r.candidates[0]?.question.prompt).toBe('According to Rodong Sinmun, who personally greeted Sergei Shoigu in Pyongyang on his first visit?');
	});
});

describe('a change worked out from the figures beside it', () => {
	it('is not the blank: "helped 5,150 families, surpassing its goal of 4,000 by ___" gives it away', () => {
		const text = "At the end of 2024, the county's Homes First program had helped 5,150 families move into homes, surpassing its goal of 4,000 by 28.8%.";
		const answers = allCandidates(text, { articleDate: '2025-01-10' }).map((c) => answerText(c.question));
		expect(answers.some((a) => /28\.8/.test(a))).toBe(false);
		expect(answers.some((a) => /5,?150/.test(a))).toBe(true);
	});
});

describe('a statement about a named thing the article describes', () => {
	it('is worth a true/false even when the name is its only one: "the Jovian moon Europa"', () => {
		const text = ['Probe Studies Ice', '', 'A new probe reached orbit around Jupiter in March 2024 after a six-year flight.', 'A thin layer of oxygen surrounds the Jovian moon Europa.'].join('\n');
		const statements = allCandidates(text, { articleDate: '2024-06-01' }).filter((c) => c.question.type === 'true_false' && c.question.prompt.includes('Europa'));
		expect(statements.map((c) => c.question.prompt)).toContain('A thin layer of oxygen surrounds the Jovian moon Europa.');
	});
});

describe('"the mission" after "each"', () => {
	it('stays any mission, not the one the article last named', () => {
		const text = ['Adapter Testing Begins', '', 'Engineers began testing a payload adapter for the Artemis IV mission in May 2024.', 'Every future rocket will use a payload adapter, and each will be customized to fit the mission’s needs and its cargo of 10 tons.'].join('\n');
		const prompts = allCandidates(text, { articleDate: '2024-06-01' }).map((c) => c.question.prompt).filter((p) => p.includes('customized'));
		expect(prompts.length).toBeGreaterThan(0);
		for (const prompt of prompts) expect(prompt).not.toMatch(/Artemis IV mission’s needs/);
	});
});

describe('wrong figures', () => {
	it('are never the leading digits of a figure beside the blank: not "17" by "17,000"', () => {
		const text = 'The Plains Health System covers 33 counties across 53,000 square miles and treats 17,000 patients a year.';
		const choices = allCandidates(text, { articleDate: '2025-01-10' }).flatMap((c) => (c.question.type === 'multiple_choice' && c.question.choices[c.question.answer] === '33' ? c.question.choices : []));
		expect(choices.length).toBeGreaterThan(0);
		expect(choices).not.toContain('17');
		expect(choices).not.toContain('53');
	});
});

describe('dates', () => {
	it('resolves relative dates with the article date', () => {
		const text = 'Kim Jong-un on Wednesday led Sergei Shoigu through an arms exhibition in Pyongyang.\nIn early July of this year North Korea published images of people without masks for the first time since 2020.';
		const r = generateQuestions(text, { count: 10, articleDate: '2023-07-27' });
		const prompts = r.candidates.map((c) => c.question.prompt).join('\n');
		expect(prompts).toMatch(/July 26, 2023/);
		expect(prompts).not.toMatch(/this year/);
	});
	/** The date a sentence's weekday stands for, read on Tuesday, November 19, 2024. */
	const weekday = (sentence: string) => findDates(sentence, parseIsoDate('2024-11-19')).find((d) => /day$/.test(d.text))?.value;
	it('a weekday is in the past unless the words before it look ahead; "next year" elsewhere does not count', () => {
		expect(weekday('Regulators on Tuesday approved a vaccine for use from early next year.')).toBe('2024-11-19');
		expect(weekday('The committee met on Friday.')).toBe('2024-11-15');
		expect(weekday('The minister will announce the result on Friday.')).toBe('2024-11-22');
		expect(weekday('The vote is scheduled for next Monday.')).toBe('2024-11-25');
	});
	it('a weekday that opens a clause looking ahead is the next one; one that opens a saying stays in the past', () => {
		expect(weekday('On Wednesday, the team and its coach are to travel to the capital.')).toBe('2024-11-20');
		expect(weekday('On Friday, the council will vote on the budget.')).toBe('2024-11-22');
		expect(weekday('On Monday, the mayor said the council will vote on the budget.')).toBe('2024-11-18');
		expect(weekday('On Monday, the river was expected to rise.')).toBe('2024-11-18');
	});
	it('drops sentences whose relative date cannot be anchored', () => {
		const r = generateQuestions('North Korea held an emergency meeting with Russian diplomats two weeks ago in Pyongyang.', { includeRejected: true });
		expect(r.candidates).toHaveLength(0);
		expect(r.rejected?.[0]?.reason).toMatch(/relative date/);
	});
});

describe('screening', () => {
	it('drops a leading "Despite this," and keeps the fact that stands alone', () => {
		const r = generateQuestions('Despite this, North Korea marks the signing of the armistice as a victory every July.', { count: 10 });
		expect(r.candidates.length).toBeGreaterThan(0);
		for (const c of r.candidates) expect(c.question.prompt).not.toMatch(/Despite this/);
	});
	const cases: Array<[string, RegExp]> = [
		['He said the Hwasong-18 could reach most points on Earth within 40 minutes.', /pronoun|earlier sentence/],
		['The two also discussed international justice with Sergei Shoigu in Pyongyang.', /earlier sentence/],
		['North Korean leader Kim Jong Un inspects a launch site in Pyongyang, North Korea. (Korean Central News Agency via AP)', /caption/],
		['“We will achieve big successes in the struggle for building a powerful country and army,” Kim said.', /quotation/]
	];
	for (const [sentence, reason] of cases) {
		it(`drops: ${sentence.slice(0, 40)}…`, () => {
			const r = generateQuestions(sentence, { includeRejected: true });
			expect(r.candidates).toHaveLength(0);
			expect(r.rejected?.map((x) => x.reason).join(' | ')).toMatch(reason);
		});
	}
});

describe('reading a sentence that leans on nothing', () => {
	it('ends a sentence after a time of day when a new clause follows, not before a day or a time zone', () => {
		expect(sentencesOf('The first fire was reported shortly after 6:25 a.m. Engine 1 responded with a crew of three.')).toHaveLength(2);
		expect(sentencesOf('The crew docked at 11:09 a.m. Monday, March 25, at the station.')).toHaveLength(1);
		expect(sentencesOf('The rocket lifted off at 8:36 a.m. EDT (6:36 p.m. Baikonur time) from Kazakhstan.')).toHaveLength(1);
	});
	it('drops a leading "Despite this problem," even where the clause parser gives up', () => {
		const r = generateQuestions('Pioneer 3 flew in 1958. Despite this problem, Pioneer 3 returned significant radiation data and discovered a second outer Van Allen belt around the Earth.', { count: 10 });
		const later = r.candidates.filter((c) => /Van Allen/.test(c.question.prompt) || /Van Allen/.test(String(c.question.type === 'cloze' ? c.question.answer : '')));
		expect(later.length).toBeGreaterThan(0);
		for (const c of later) expect(c.question.prompt).not.toMatch(/Despite|problem/);
	});
	it('reads "those who …" and "this time" as the sentence\'s own words, not a pointer back', () => {
		const r = generateQuestions('The veterans programme grew quickly. Former medics such as Collin Ray can now work at 120 VA hospitals, this time in health care, as those who served before them did.', { includeRejected: true, count: 10 });
		expect(r.rejected?.map((x) => x.reason).join(' | ') ?? '').not.toMatch(/earlier sentence/);
	});
});

describe('captions and terms', () => {
	it('drops a photo caption that gives people\'s places in the picture', () => {
		const r = generateQuestions('Harbor Chief Names Ferry Operator\n\nMorgan (left) and Reyes (right) on October 25, 2022.\n\nThe Harbor Agency on Monday chose Northwind Lines to run the island ferry from June 2023, replacing a contract that ran for 14 years.', { includeRejected: true, articleDate: '2022-10-28', count: 20 });
		expect(r.candidates.some((c) => /Morgan|Reyes/.test(c.question.prompt))).toBe(false);
		expect(r.rejected?.find((x) => /Morgan/.test(x.text))?.reason).toMatch(/caption/);
	});
	it('does not read "called for" as the name of something', async () => {
		const { allCandidates } = await import('../../src/lib/generate/index');
		const found = allCandidates('John Bodylski’s concept called for sending the aircraft on missions attached to satellites, and the idea is called a lifting body. The lifting body gets its lift from its shape, and a lifting body needs no wings. Engineers tested the lifting body at NASA Armstrong in 2023.');
		const terms = found.filter((c) => c.form === 'term').map((c) => (c.question.type === 'cloze' ? c.question.answer : ''));
		expect(terms.some((t) => /^for\b/.test(t))).toBe(false);
	});
});

describe('an agency’s standing paragraph', () => {
	it('leaves out who manages a mission for whom and the programme’s mission statement, but keeps the news beside them', () => {
		const text = [
			'Harbor Probe Reaches Orbit',
			'The Harbor probe reached orbit around Mars on May 3, 2024, after a 7-month cruise.',
			'The probe is managed by NASA’s Goddard Space Flight Center in Greenbelt, Maryland.',
			'Under NASA’s Artemis campaign, the agency will land the first woman, first person of color, and its first international partner astronaut on the Moon.',
			'As part of NASA’s Artemis campaign, the agency is working with SpaceX on a lander that will carry 4 astronauts.'
		].join('\n\n');
		const result = generateQuestions(text, { articleDate: '2024-05-04', includeRejected: true });
		const standing = (result.rejected ?? []).filter((r) => r.reason.startsWith('boilerplate: the organisation')).map((r) => r.text);
		expect(standing).toEqual([
			'The probe is managed by NASA’s Goddard Space Flight Center in Greenbelt, Maryland.',
			'Under NASA’s Artemis campaign, the agency will land the first woman, first person of color, and its first international partner astronaut on the Moon.'
		]);
		expect(result.candidates.some((c) => c.sentence.text.includes('SpaceX'))).toBe(true);
	});
});

describe('who claims it', () => {
	it('gives a finding to the researchers, not to the city they work in', async () => {
		const { allCandidates } = await import('../../src/lib/generate/index');
		const found = allCandidates('VA researchers from Seattle and Dallas found that Veterans are 40% more likely to complete treatment for PTSD when they also join Whole Health programs.');
		expect(found.length).toBeGreaterThan(0);
		for (const c of found) expect(c.question.attribution).toBe('VA researchers from Seattle and Dallas');
	});
});

describe('figures', () => {
	it('reads a unit joined by a hyphen ("an 11-year lull") and does not hint the answer with "an"', async () => {
		const { allCandidates } = await import('../../src/lib/generate/index');
		const found = allCandidates('South Korea restarted its loudspeaker broadcasts on 10 August after an 11-year lull, angering North Korea.', { articleDate: '2015-08-21' });
		const lull = found.find((c) => c.question.type === 'numeric' && c.question.answer === 11);
		expect(lull?.question.prompt).toMatch(/after a\(n\) ___-year lull/);
	});
	it('names what was counted by its last noun, past the adjectives ("856 emergency mental health referrals")', async () => {
		const { allCandidates } = await import('../../src/lib/generate/index');
		const found = allCandidates('Grantees of the Harbor Fund provided 856 emergency mental health referrals and 8,982 non-emergency referrals in 2024. The Harbor Fund paid for 12 new clinics, each 300 miles long apart from the next town.', { articleDate: '2025-01-10' });
		const typed = found.filter((c) => c.question.type === 'numeric').map((c) => (c.question.type === 'numeric' ? [c.question.answer, c.question.unit ?? ''] : []));
		expect(typed).toContainEqual([856, 'referrals']);
		expect(typed.some(([, unit]) => unit === 'emergency' || unit === 'non-emergency')).toBe(false);
	});
	it('makes a statement false with another figure of the same kind, never with a bound that stays true', async () => {
		const { allCandidates } = await import('../../src/lib/generate/index');
		const text = 'The Sun reaches a peak of activity called solar maximum roughly every 11 years, scientists at NASA said. Obese adults in England are more than 5 times more likely to develop diabetes, according to Public Health England.';
		const falseOnes = allCandidates(text).filter((c) => c.form === 'false-number');
		const sun = falseOnes.find((c) => /solar maximum/.test(c.question.prompt));
		expect(sun, 'a false version of the solar maximum figure').toBeDefined();
		expect(sun!.question.prompt).not.toMatch(/every 11 years/);
		expect(sun!.question.type === 'true_false' && sun!.question.answer).toBe(false);
		expect(sun!.question.explanation).toMatch(/11/);
		expect(falseOnes.some((c) => /more than \d+ times/.test(c.question.prompt))).toBe(false);
	});
});

describe('a statement denied, as a false version', () => {
	async function denied(text: string) {
		const { allCandidates } = await import('../../src/lib/generate/index');
		return allCandidates(text).filter((c) => c.form === 'false-denied').map((c) => c.question.prompt);
	}
	it('denies the main verb of a plain clause, with "do" where the verb has no auxiliary', async () => {
		expect(await denied('Pioneer 4 was the first American spacecraft to fly past the Moon in 1959.')).toEqual(['Pioneer 4 was not the first American spacecraft to fly past the Moon in 1959.']);
		expect(await denied('The Curiosity rover landed in Gale Crater on Mars in August 2012.')).toEqual(['The Curiosity rover did not land in Gale Crater on Mars in August 2012.']);
		expect(await denied('The cargo spacecraft Dragon will deliver BurstCube to the International Space Station in March 2024.')).toEqual(['The cargo spacecraft Dragon will not deliver BurstCube to the International Space Station in March 2024.']);
	});
	it('leaves alone what a denial would make unclear: two things said, a modal, a negation, a source', async () => {
		expect(await denied('John Bodylski submitted his idea to NASA and earned an innovation award in 2019.')).toEqual([]);
		expect(await denied('The Perseverance rover may reach the Jezero crater rim in 2025.')).toEqual([]);
		expect(await denied('The Pioneer 3 probe never reached the Moon in 1958.')).toEqual([]);
		expect(await denied('NASA said the Perseverance rover landed in the Jezero crater in 2021.')).toEqual([]);
		expect(await denied('Shawnta Ball’s journey with NASA started in 2002, and Ball arrived at Goddard in 2020.')).toEqual([]);
	});
	it('leaves alone a sentence that goes on as if it were so, or says only that something happened', async () => {
		expect(await denied('In the 52nd minute, Lena Moss scored from a volley in Oslo, putting Norway in the lead.')).toEqual([]);
		expect(await denied('Aaron Field graduated from Bristol University in 2004, where he studied physics.')).toEqual([]);
		expect(await denied('The fire spread to the roof in 2021 and Harbour Road was closed for a week.')).toEqual([]);
		expect(await denied('A heated final occurred at the Millennium Stadium in Cardiff in 2007.')).toEqual([]);
		expect(await denied('Lena Moss scored from a volley in Oslo in 2023.')).toEqual(['Lena Moss did not score from a volley in Oslo in 2023.']);
	});
});

describe('who speaks', () => {
	const rejected = (text: string) => generateQuestions(text, { articleDate: '2024-05-02', includeRejected: true }).rejected ?? [];
	it('reads a Roman numeral one after a name as a number, not as "I"', () => {
		const text = 'Harbor Lab Tests an Engine\nDuring the 50-minute ORBIS I flight on July 20, 1964, the Harbor thruster became the first ion engine to run in space.\nAfter World War I ended, the lab moved to Leeds in 1919.';
		expect(rejected(text).filter((r) => /first or second person/.test(r.reason))).toEqual([]);
		expect(allCandidates(text, { articleDate: '2024-05-02' }).some((c) => c.question.prompt.includes('ORBIS I flight'))).toBe(true);
	});
	it('reads "US" as the country, not as "us"', () => {
		const text = 'Student Invited to the White House\nUS President Barack Obama invited student Ahmed Mohamed to the White House on September 16, 2015.';
		expect(rejected(text).filter((r) => /first or second person/.test(r.reason))).toEqual([]);
	});
	it('still drops a sentence whose "I", "we" or "you" nobody names', () => {
		const text = 'Clinic Opens in Leeds\nThe Harbor Clinic opened in Leeds on May 1, 2024.\nWe expect 4,000 patients in 2025, and you can book online.';
		expect(rejected(text).find((r) => r.text.startsWith('We expect'))?.reason).toMatch(/first or second person/);
	});
});

describe('what the article counts', () => {
	it('asks the figure of "There are an estimated 11.9 million people …", which says something', () => {
		const text = 'Diabetes Risk Rises in Britain\nThe Harbor Trust published a survey of adults on March 1, 2016.\nThere are an estimated 11.9 million people at increased risk of developing Type 2 diabetes in the UK.';
		const asked = allCandidates(text, { articleDate: '2016-03-02' }).filter((c) => c.question.prompt.startsWith('There are an estimated ___'));
		expect(asked.length).toBeGreaterThan(0);
	});
	it('still drops "There are …" that counts nothing', () => {
		const text = 'Diabetes Risk Rises in Britain\nThe Harbor Trust published a survey of adults on March 1, 2016.\nThere are many reasons for the rise in Type 2 diabetes across the UK.';
		const result = generateQuestions(text, { articleDate: '2016-03-02', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('There are many'))?.reason).toMatch(/no subject of its own/);
	});
});

describe('"Both"', () => {
	it('names both things in "Both the district and the police …": nothing to lean on', () => {
		const text = 'Clock Arrest Questioned\nPolice in Irving arrested student Ahmed Mohamed on September 14, 2015.\nBoth the Irving Independent School District and the Irving Police Department have said that his religion was not a factor in 2015.';
		const result = generateQuestions(text, { articleDate: '2015-09-20', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('Both'))?.reason ?? '').not.toMatch(/leans on an earlier sentence/);
	});
	it('still leans in "Both groups …"', () => {
		const text = 'Sleep Study Ends\nResearchers at the Harbor Clinic split 50 patients into two groups in 2023.\n\nBoth groups wore the devices for 28 days in 2024.';
		const result = generateQuestions(text, { articleDate: '2024-06-01', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('Both groups'))?.reason).toMatch(/leans on an earlier sentence/);
	});
});

describe('something that happened to a person the article names', () => {
	it('is worth a true statement, though the name is the sentence’s only one', () => {
		const text = 'Veteran Beats Cancer\nSuzanne Clark served in the Army Reserve from 1988 to 1994.\nClark was diagnosed with triple-negative breast cancer, stage three.';
		const statements = allCandidates(text, { articleDate: '2024-05-02' }).filter((c) => c.form === 'true').map((c) => c.question.prompt);
		expect(statements.some((p) => /^Suzanne Clark was diagnosed with triple-negative breast cancer/.test(p))).toBe(true);
	});
	it('but not a habit or a wish of theirs', () => {
		const text = 'Veteran Beats Cancer\nSuzanne Clark served in the Army Reserve from 1988 to 1994.\nClark enjoys painting with friends at the weekend.';
		const statements = allCandidates(text, { articleDate: '2024-05-02' }).filter((c) => c.form === 'true').map((c) => c.question.prompt);
		expect(statements.some((p) => /painting/.test(p))).toBe(false);
	});
});

describe('a false version by another actor', () => {
	const falseActors = (text: string, date: string) => allCandidates(text, { articleDate: date }).filter((c) => c.form === 'false-actor').map((c) => c.question.prompt);
	it('takes the other side of the same part of the story, never a country from a built-in list', () => {
		const text = [
			'Harbor Press reports on the Kesh water dispute',
			'',
			'Talks between Kenya and Uganda over the Kesh River broke down on Monday, March 4, 2024.',
			'Kenya accused Uganda of building a dam on the river without telling its neighbours in 2023.',
			'Uganda said the dam would supply power to 200,000 homes by 2026.',
			'Tanzania offered on Tuesday to host new talks with Uganda in Arusha in April 2024.'
		].join('\n');
		const made = falseActors(text, '2024-03-05');
		// The swap is a country the article names: Kenya, Uganda or Tanzania.
		for (const prompt of made) expect(prompt.replace(/Kenya|Uganda|Tanzania/g, '')).not.toMatch(/Egypt|Ethiopia|Nigeria|South Africa|Somalia|Rwanda|Burundi|Sudan|Ghana|Morocco/);
	});
	it('never swaps the name the headline gives, which the title would give away', () => {
		const text = [
			'Portugal Signs Trade Deal with Tunisia',
			'',
			'Portugal signed a trade deal with Tunisia in Tunis on May 2, 2024.',
			'Spain and Italy signed similar deals with Morocco in 2023.'
		].join('\n');
		for (const prompt of falseActors(text, '2024-05-03')) expect(prompt).toMatch(/^Portugal signed/);
	});
	it('drops "the" before a country that does not take it', () => {
		const text = [
			'Asylum Claims Rule Changes',
			'',
			'Ministers from France and the UK met in Calais on February 2, 2023.',
			'The Home Office will decide asylum claims made in the UK within 20 working days from March 2023.'
		].join('\n');
		const made = falseActors(text, '2023-02-03');
		expect(made).toContain('The Home Office will decide asylum claims made in France within 20 working days from March 2023.');
		for (const prompt of made) expect(prompt).not.toMatch(/\bthe (?!UK\b|United\b)\p{Lu}/u);
	});
});

describe('a false version by an opposite word', () => {
	const opposites = (text: string) => allCandidates(text, { articleDate: '2024-06-20' }).filter((c) => c.form === 'false-opposite').map((c) => c.question.prompt);
	it('turns a won match into a lost one, but never "won a penalty kick" into "lost" one', () => {
		expect(opposites('Cup Report\nIn the 33rd minute of the match in Kazan on June 19, 2024, Tunisia won a penalty kick after a foul by Kyle Walker.')).toEqual([]);
		expect(opposites('Cup Report\nNorway won the final against Chile in Oslo on June 19, 2024 by two goals.').some((p) => /Norway lost the final/.test(p))).toBe(true);
	});
	it('leaves a verb alone when the sentence goes on from it ("…, leaving …")', () => {
		expect(opposites('Mars Report\nThe Orbis probe found in 2024 that Mars lost its global magnetic field long ago, leaving the Red Planet exposed to the solar wind.')).toEqual([]);
	});
});

describe('a false version by another date of the story', () => {
	const ARTICLE = [
		'Orbis Probes Reach the Moon',
		'',
		'On August 17, 1958, the Harbor Agency launched Orbis 1, which failed after 77 seconds.',
		'On March 3, 1959, the Harbor Agency launched Orbis 4 with the goal of photographing the Moon during a flyby.'
	].join('\n');
	const dated = (text: string) => allCandidates(text, { articleDate: '2024-01-10' }).filter((c) => c.form === 'false-date');
	it('moves an event to a day the article gives to another event', () => {
		const found = dated(ARTICLE).map((c) => c.question.prompt);
		expect(found).toContain('On August 17, 1958, the Harbor Agency launched Orbis 4 with the goal of photographing the Moon during a flyby.');
		for (const c of dated(ARTICLE)) expect(c.question.type === 'true_false' && c.question.answer).toBe(false);
	});
	it('leaves alone a statement with two dates, which one changed date could make contradict itself', () => {
		const text = ARTICLE + '\nThe Orbis concept was developed in 1952, and the agency has worked on it since 1955.';
		expect(dated(text).some((c) => c.question.prompt.includes('Orbis concept'))).toBe(false);
	});
});

describe('a portrait caption', () => {
	it('is left out: "Ana Ortiz of the Harbor Party; from file, 2015."', () => {
		const result = generateQuestions('Election Results\nAna Ortiz of the Harbor Party won the Leeds seat on May 2, 2024, with 41,000 votes.\n\nAna Ortiz of the Harbor Party; from file, 2015.', { articleDate: '2024-05-03', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.includes('from file'))?.reason).toBe('photo caption or credit line');
	});
});

describe('"after" turned to "before"', () => {
	it('is not offered when it counts time ("failed after 77 seconds")', () => {
		const found = allCandidates('Launch Report\nOn August 17, 1958, the Harbor Agency launched Orbis 1, which failed after 77 seconds.', { articleDate: '2024-01-10' });
		expect(found.some((c) => c.question.prompt.includes('before 77 seconds'))).toBe(false);
	});
});

describe('what a true/false statement leaves alone', () => {
	const statements = (text: string) => allCandidates(text, { articleDate: '2024-06-20' }).filter((c) => c.question.type === 'true_false').map((c) => c.question.prompt);
	it('never turns a condition around: "warns teams when radiation levels begin to rise"', () => {
		const found = statements('Mars Weather\nSince 2015, the Orbis orbiter has led an early warning system that lets the Harbor rover team know when radiation levels begin to rise.');
		expect(found.length).toBeGreaterThan(0);
		expect(found.some((p) => /begin to fall/.test(p))).toBe(false);
	});
	it('does not ask whether a chance was missed, or how a side started', () => {
		expect(statements('Cup Report\nIn the 20th minute, Marcus Berg missed a chance to put Sweden in the lead against Korea in Kazan.')).toEqual([]);
		expect(statements('Cup Report\nBelgium started the game in Sochi with attacking style, with early attempts from Romelu Lukaku and Dries Mertens.')).toEqual([]);
	});
	it('does not ask a mission statement: "landers are critical to deep space exploration"', () => {
		expect(statements('Moon Landers\nCommercial landers from the Harbor company are critical to deep space exploration, along with the Orbis rocket.')).toEqual([]);
		expect(statements('Telehealth Report\nNurse Ana Ortiz, one of five telehealth nurses at the Leeds clinic, is central to the program’s success.')).toEqual([]);
	});
});

describe('"she" after a sentence naming her husband', () => {
	it('is the woman named, as the husband cannot be "she"; "he" after "his son" is not named', () => {
		const she = allCandidates('Clinic Opens\nDr. Ana Ortiz opened a clinic in Leeds with her husband in 2019.\nShe treated 4,000 patients at the clinic in its first year.', { articleDate: '2024-05-02' });
		expect(she.some((c) => c.question.prompt.startsWith('Ana Ortiz treated') || c.question.prompt.includes('did Ana Ortiz treat'))).toBe(true);
		// (Asked at most with the sentence before in front, as the article tells it.)
		const he = allCandidates('Clinic Opens\nDr. Tom Reyes opened a clinic in Leeds with his son in 2019.\nHe treated 4,000 patients in its first year.', { articleDate: '2024-05-02' });
		expect(he.some((c) => /^Tom Reyes treated|did Tom Reyes treat/.test(c.question.prompt))).toBe(false);
	});
});

describe('"won" turned to "lost"', () => {
	const opposites = (text: string) => allCandidates(text, { articleDate: '2024-06-20' }).filter((c) => c.form === 'false-opposite').map((c) => c.question.prompt);
	it('only for a contest: never "lost the Man of the Match award"', () => {
		expect(opposites('Cup Report\nHarry Kane won the Man of the Match award after England beat Tunisia in Volgograd on June 18, 2024.').some((p) => /lost the Man of the Match/.test(p))).toBe(false);
		expect(opposites('Election Report\nVoters in Leeds elected a new council on May 2, 2024.\nThe Harbor Party won 12 seats in the election, four more than in 2019.').some((p) => /lost 12 seats/.test(p))).toBe(true);
		// Titles are won, not lost: "has lost two Champions League titles" is garbled.
		expect(fixtureCandidates('sport-08').some((c) => c.form === 'false-opposite' && /lost two Champions League titles/.test(c.question.prompt))).toBe(false);
	});
});

describe('a verb turned to its opposite', () => {
	const opposites = (name: string) => fixtureCandidates(name).filter((c) => c.form === 'false-opposite').map((c) => c.question.prompt);
	it('only with the figure it changed by: "was raised on the Bar Cross Ranch" and "gained fame" have no opposite', () => {
		expect(opposites('culture-04').some((p) => /lowered on the Bar Cross Ranch/.test(p))).toBe(false);
		expect(opposites('world-19').some((p) => /lost fame/.test(p))).toBe(false);
		expect(opposites('local-15').some((p) => /spending cuts around the same time expanded/.test(p))).toBe(false);
		expect(opposites('sport-02').some((p) => /output was decreased/.test(p))).toBe(false);
		// A comparison still turns around: "less than 1.1 million people have taken the quiz".
		expect(opposites('health-03').some((p) => /less than 1\.1 million/.test(p))).toBe(true);
	});
	it('not a difference between two figures the sentence gives: "recovering 96 balls – 22 more than Ajax"', () => {
		expect(opposites('sport-08').some((p) => /22 less than Ajax/.test(p))).toBe(false);
	});
});

describe('names and addresses', () => {
	it('keeps a sentence naming a company whose name ends in ".com", drops one giving an address', () => {
		const result = generateQuestions('Retail Report\nAmazon.com opened 12 new warehouses in Ohio in 2023, the Harbor Institute said in May 2024.\nRead the full report at harbor.org/retail before June 1, 2024.', { articleDate: '2024-05-20', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('Amazon.com'))).toBeUndefined();
		expect(result.rejected?.find((r) => r.text.startsWith('Read the full'))?.reason).toBeDefined();
	});
});

describe('"the final lap" of the race the article reports', () => {
	it('stands alone: a unit of the event, not a thing named before', () => {
		const race = allCandidates('Gordon Wins at Indianapolis\nJeff Gordon won the Brickyard 400 at Indianapolis on July 27, 2014.\n\nOn the final restart with 17 laps remaining, Gordon passed his teammate Kasey Kahne.', { articleDate: '2014-07-28' });
		expect(race.some((c) => c.question.prompt.startsWith('On the final restart with ___ laps remaining'))).toBe(true);
		// "The second probe" still needs the sentence before it.
		const probes = allCandidates('Probe Report\nThe Orbis probe reached Mars in 2021.\nThe second probe failed 40 miles above Mars.', { articleDate: '2024-01-10' }).filter((c) => c.question.prompt.includes('second probe'));
		expect(probes.length).toBeGreaterThan(0);
		for (const c of probes) expect(c.question.prompt).toMatch(/^The Orbis probe reached Mars in 2021\. /);
		// …and is not given the first one's name.
		for (const c of probes) expect(c.question.prompt).not.toMatch(/second probe Orbis/);
	});
});

describe('something that happened to "him", named by the rewrite', () => {
	it('is a true statement with his name in front', () => {
		const text = 'Protests in Seoul\nPresident Lee Myung-bak lifted the ban on beef imports from the Harbor Republic in April 2008.\nHe was forced to apologize in public, and all but one of his top advisers were fired.';
		expect(allCandidates(text, { articleDate: '2008-07-01' }).some((c) => c.form === 'true' && c.question.prompt.startsWith('Lee Myung-bak was forced to apologize'))).toBe(true);
	});
});

describe('a fact told before an "and" that turns to the reader', () => {
	it('is asked without its second half', () => {
		const text = 'Care for Women Veterans\nThe Harbor clinic opened in Leeds on May 1, 2024.\nWomen Veterans are the fastest-growing group of Veterans in Leeds and the clinic continues to expand services to meet your needs.';
		const found = allCandidates(text, { articleDate: '2024-05-02' }).map((c) => c.question.prompt);
		expect(found).toContain('Women Veterans are the fastest-growing group of Veterans in Leeds.');
		expect(found.some((p) => /your needs/.test(p))).toBe(false);
	});
	it('is still dropped when the reader comes before the "and"', () => {
		const result = generateQuestions('Care for Women Veterans\nThe Harbor clinic opened in Leeds on May 1, 2024.\nYou can book a visit at the Leeds clinic and the staff will call back within 2 days.', { articleDate: '2024-05-02', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('You can'))?.reason).toBeDefined();
	});
});

describe('"Since then"', () => {
	it('is asked only with the sentence that says when', () => {
		const text = 'A Career in Space\nAna Ortiz joined the Harbor Institute as an engineer in 2015. Since then, she has led 14 missions to the space station.';
		const asked = allCandidates(text, { articleDate: '2024-05-02' }).filter((c) => c.question.prompt.includes('led'));
		expect(asked.length).toBeGreaterThan(0);
		for (const c of asked) expect(c.question.prompt).toMatch(/^Ana Ortiz joined the Harbor Institute as an engineer in 2015\. Since then/);
	});
});

describe('a year that frames a study', () => {
	it('is never the blank: "10% of 2000 levels", "from 2000 to 2050"', () => {
		const text = 'Crops and Ozone\nA team from the Harbor Institute modelled crop yields from 2000 to 2050 in a study published in July 2014.\nYields fell by more than 10% of 2000 levels in every scenario the Harbor Institute tested.';
		const found = allCandidates(text, { articleDate: '2014-07-28' });
		expect(found.some((c) => c.question.type === 'date')).toBe(true);
		expect(found.filter((c) => 'answer' in c.question && /^(?:2000|2050)$/.test(String(c.question.answer))).map((c) => c.question.prompt)).toEqual([]);
	});
});

describe('"she" after a name used for a thing', () => {
	it('is never that name: "her new Epic Mickey outfit … she remained cheerful" is not about Epic Mickey', () => {
		const text = 'Fan Convention in Toronto\nThousands attended the Harbor Fan Expo in Toronto on September 3, 2016.\n\nEpic Mickey by The Katherinator. Image: Ana Ortiz.\n\nWe spoke with a cosplayer going by the name "The Katherinator". She was waiting in the gardens for a photographer to shoot her new Epic Mickey costume. With shoes as wide as a forearm, she remained cheerful in the crowds, 9 hours into wearing the outfit.';
		const found = allCandidates(text, { articleDate: '2016-09-07' }).map((c) => c.question.prompt);
		expect(found.some((p) => /Epic Mickey remained/.test(p))).toBe(false);
	});
});

describe('a disaster report', () => {
	const text = [
		'Crane Collapse at Harbor Mosque',
		'',
		'A storm yesterday caused a crane to fall into the Harbor Mosque in Port Vale, killing 107 people and wounding 238, according to Vardia’s Civil Defense Authority.',
		'The accident, which occurred yesterday afternoon, was caused by strong winds and heavy rain.',
		'Shares in the Tallis Building Company fell 12% to $4.10 after the collapse.'
	].join('\n');
	const all = allCandidates(text, { articleDate: '2015-09-12' });

	it('gives a claim to what the owner owns: "according to Vardia’s Civil Defense Authority"', () => {
		const sourced = all.filter((c) => c.question.provenance?.sentence?.includes('according to'));
		expect(sourced.length).toBeGreaterThan(0);
		for (const c of sourced) expect(c.question.attribution).toBe('Vardia’s Civil Defense Authority');
	});
	it('writes "yesterday afternoon" as the afternoon of the day before the dateline', () => {
		const prompts = all.filter((c) => c.question.provenance?.sentence?.startsWith('The accident')).map((c) => c.question.prompt);
		expect(prompts.length).toBeGreaterThan(0);
		for (const p of prompts) expect(p).toContain('on the afternoon of September 11, 2015');
	});
	it('turns a figure that fell around, never a crane that fell', () => {
		const opposites = all.filter((c) => c.form === 'false-opposite').map((c) => c.question.prompt);
		expect(opposites.some((p) => /rise into|rose into/.test(p))).toBe(false);
		// (The collapse named by the place the headline gives it, as the article writes it.)
		expect(opposites).toContain('Shares in the Tallis Building Company rose 12% to $4.10 after the collapse at the Harbor Mosque.');
	});
});

describe('a news story with photos, a history and plans', () => {
	const text = [
		'Shuttle Fleet Heads to Museums',
		'',
		'Wednesday, April 13, 2011',
		'',
		'Administrator Dana Reyes announces where the orbiters will be shown, at the Harbor Space Center. Image: Vardia Space Agency.',
		'',
		'Thousands of visitors came to the Harbor Grand Mosque near the launch site on April 10, 2011.',
		'',
		'The Vardia Space Agency celebrated the first shuttle launch Tuesday at an event at the Harbor Space Center.',
		'',
		'On April 12, 1981, the shuttle Aurora lifted off from the Harbor Space Center with two astronauts aboard.',
		'',
		'On October 3, 1985, the test shuttle Comet flew from the back of a jumbo jet over the Mojave Desert.',

		'',
		'File image of the shuttle Borealis lifting off before its last mission. Image: Vardia Space Agency.',
		'',
		'The shuttle Borealis, which will launch on its last flight on April 29, will go to the Lakeside Science Museum.',
		'',
		'Voters would then choose a museum for the shuttle early in 2012, the agency said.',
		'',
		'Construction began at the mosque in 2009 to enlarge the mosque for the pilgrims.',
		'',
		'The agency intends to build two hangars for the shuttles, although a poll found few people wanted them.'
	].join('\n');
	const result = generateQuestions(text, { articleDate: '2011-04-13', includeRejected: true });
	const all = allCandidates(text, { articleDate: '2011-04-13' });
	const prompts = all.map((c) => c.question.prompt);

	it('leaves photo captions alone: a credit line "Image: …" at the end, "File image of …" at the start', () => {
		const captions = (result.rejected ?? []).filter((r) => r.reason === 'photo caption or credit line').map((r) => r.text);
		expect(captions.some((t) => t.startsWith('Administrator Dana Reyes announces'))).toBe(true);
		expect(captions.some((t) => t.startsWith('File image of'))).toBe(true);
		expect(prompts.some((p) => /announces where|File image/.test(p))).toBe(false);
	});
	it('gives a weekday standing alone its "on" and the date', () => {
		expect(prompts).toContain('The Vardia Space Agency celebrated the first shuttle launch on April 12, 2011, at an event at the Harbor Space Center.');
	});
	it('dates a day ahead in the article’s year, though the story told of 1981 just before', () => {
		const dates = mentions(text, '2011-04-13').filter((m) => m.kind === 'date' && /^April (?:29|12, 1981)$/.test(m.surface)).map((m) => m.date);
		expect(dates).toEqual(['1981-04-12', '2011-04-29']);
	});
	it('asks "in what year" without a stray "early" or the source after the date, and with the sentence’s opening word in lower case', () => {
		const when = prompts.filter((p) => /in what year/i.test(p) && p.includes('choose a museum'));
		expect(when.length).toBeGreaterThan(0);
		for (const p of when) {
			expect(p).toBe('According to the agency, in what year would voters then choose a museum for the shuttle?');
		}
	});
	it('names "the mosque" once, as the one mosque the article names', () => {
		expect(prompts).toContain('Construction began at the Harbor Grand Mosque in 2009 to enlarge the mosque for the pilgrims.');
	});
	it('does not deny a statement that goes on with "although"', () => {
		expect(all.filter((c) => c.form === 'false-denied' && c.question.prompt.includes('hangars'))).toEqual([]);
	});
});

describe('a feature on an art donation', () => {
	const text = [
		'Museum Shows Donated Prints',
		'',
		'Tuesday, January 28, 2014',
		'',
		'The Harbor Gallery celebrated the Thursday opening of its show of prints by Vera Lund.',
		'',
		'Student Mia Ortiz said she skipped class Thursday night to attend the opening.',
		'',
		'Since 2007 the Lund Legacy Program has given over 28,000 Vera Lund photographs to university galleries.',
		'',
		'The 2007 start of the program coincided with the 20th anniversary of Lund’s death in 1987.',
		'',
		'All have received prints from the Lund Legacy Program.',
		'',
		'Writing in a blog post, critic Matthew Ingram dubbed the ongoing conflict involving the gallery "a small war".',
		'',
		'The show includes a portrait of Scientologist Tom Cruise from 1985, and one in 3 visitors came from Tallis City, which rose to number 3 in the region.'
	].join('\n');
	const result = generateQuestions(text, { articleDate: '2014-01-28', includeRejected: true });
	const all = allCandidates(text, { articleDate: '2014-01-28' });
	const prompts = all.map((c) => c.question.prompt);

	it('dates "Thursday night", and leaves "the Thursday opening" as written', () => {
		expect(prompts.some((p) => p.includes('skipped class on the night of January 23, 2014, to attend'))).toBe(true);
		expect(prompts.some((p) => p.includes('celebrated the on'))).toBe(false);
	});
	it('counts the photographs, past the name before them', () => {
		const typed = all.find((c) => c.question.type === 'numeric' && c.question.answer === 28000);
		expect(typed?.question.type === 'numeric' && typed.question.unit).toBe('photographs');
	});
	it('asks no figure the prompt gives away: an anniversary between two years, a number written again', () => {
		expect(all.some((c) => /___ anniversary/.test(c.question.prompt))).toBe(false);
		// …nor the year of the death, with the 2007 start and the 20th anniversary in the prompt.
		expect(all.some((c) => c.question.type === 'date' && /20th anniversary/.test(c.question.prompt))).toBe(false);
		expect(all.some((c) => /one in ___ visitors/i.test(c.question.prompt))).toBe(false);
	});
	it('drops "All have received …": it stands for a group named before', () => {
		expect((result.rejected ?? []).some((r) => r.text.startsWith('All have received') && /leans on an earlier sentence/.test(r.reason))).toBe(true);
	});
	it('takes a word that says what someone is apart from the name, and no object of "dubbed" for a term', () => {
		expect(all.some((c) => c.question.type === "cloze" && c.question.answer === "Scientologist Tom Cruise")).toBe(false);
		expect(all.some((c) => c.question.type === 'cloze' && /ongoing conflict/.test(c.question.answer))).toBe(false);
	});
});

describe('"the video" after "the Tom Cruise video"', () => {
	const text = [
		'Hackers Attack Church Website',
		'',
		'The Church of Scientology tried to remove the Tom Cruise video from YouTube in January 2008.',
		'Gawker.com kept hosting the video until the Vardia Court ruled in 2009.',
		'The campaign was run by the Harbor Project, led by Ana Ruiz since 2005.',
		'Ana Ruiz said the project’s panel of twelve met in Tallis in 2007.'
	].join('\n');
	const prompts = allCandidates(text, { articleDate: '2008-01-20' }).map((c) => c.question.prompt);

	it('writes the phrase the article used before, and names the project by its name', () => {
		expect(prompts.some((p) => p.includes('kept hosting the Tom Cruise video'))).toBe(true);
		expect(prompts.some((p) => /kept hosting the video\b/.test(p))).toBe(false);
		expect(prompts.some((p) => p.includes('the Harbor Project’s panel of twelve'))).toBe(true);
	});
});

describe('"24 hours ago"', () => {
	it('is a time the dateline cannot anchor: the sentence is left out, with the reason', () => {
		const text = 'Website Attacked\n\nAn Internet posting made just over 24 hours ago says the Harbor Church website is under attack by hackers from Tallis.\nThe Harbor Church website was attacked on Wednesday by a group called Anonymous, founded in 2003.';
		const result = generateQuestions(text, { articleDate: '2008-01-20', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('An Internet posting'))?.reason).toBe('time with no reference point ("24 hours ago")');
		expect(result.candidates.some((c) => c.question.prompt.includes('hours ago'))).toBe(false);
	});
});

describe('a quotation over several sentences', () => {
	it('leaves out the sentences between its opening and closing marks, though they carry no marks of their own', () => {
		const text = 'Museum Loses Shuttle Bid\n\nIn a statement, Governor Chris Gregoire said, "The Museum of Flight put a tremendous effort into its bid. As the home of the 747, which has carried shuttles for the last 30 years, Seattle would have been a perfect fit. I am disappointed."\n\nThe Museum of Flight in Seattle built a new hall for $12 million in 2010.';
		const result = generateQuestions(text, { articleDate: '2011-04-13', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('As the home of the 747'))?.reason).toBe('part of a longer quotation');
		expect(result.candidates.some((c) => c.question.prompt.includes('perfect fit'))).toBe(false);
		expect(result.candidates.some((c) => c.question.prompt.includes('new hall'))).toBe(true);
	});
});

describe('an air crash report and an asteroid study', () => {
	const text = [
		'Investigators Blame Crash on Pilot Error',
		'',
		'Wednesday, December 2, 2015',
		'',
		'The Airbus A320 was about 40 minutes from Surabaya when it vanished on December 28 over the Java Sea.',
		'',
		'Police were in attendance, with the Daily Record reporting five arrests, but no troubleImage: Iain Macdonald.',
		'',
		'The Rosetta probe flew past 21 Lutetia, an asteroid about 100 kilometres across, in 2010.',
		'',
		'As the spin rate increases due to the YORP effect, the rubble pile of asteroid 1950 DA may break apart within 50 years.',
		'',
		'The committee will publish its final report on December 20, the Tallis Safety Board said.'
	].join('\n');
	const result = generateQuestions(text, { articleDate: '2015-12-02', includeRejected: true });
	const all = allCandidates(text, { articleDate: '2015-12-02' });

	it('dates a day later in the year than the article, told in the past, to the year before', () => {
		const dated = all.filter((c) => c.question.type === 'date' && c.question.prompt.includes('vanished on ___'));
		expect(dated.length).toBeGreaterThan(0);
		for (const c of dated) expect(c.question.type === 'date' && c.question.answer).toBe('2014-12-28');
		// …and a day ahead stays in the article's year.
		expect(mentions(text, '2015-12-02').find((m) => m.surface === 'December 20')?.date).toBe('2015-12-20');
	});
	it('reads a credit run into the caption ("no troubleImage: Iain Macdonald.") as a caption', () => {
		expect(result.rejected?.find((r) => r.text.startsWith('Police were in attendance'))?.reason).toBe('photo caption or credit line');
	});
	it('asks no number that is part of a name ("21 Lutetia"), and no "effect" as a cause', () => {
		expect(all.some((c) => /of ___ Lutetia|past ___ Lutetia/.test(c.question.prompt))).toBe(false);
		expect(all.some((c) => c.question.type === 'cloze' && c.question.answer === 'effect')).toBe(false);
		expect(all.some((c) => c.question.prompt.includes('about ___ kilometres across'))).toBe(true);
	});
});

describe('a statement that says the headline again', () => {
	it('is no true/false question: the title answers it', () => {
		const text = 'English Language Consultancy Wins Business in Turkey\n\nThe English language consultancy has won deals with several businesses based in Turkey.\nThe consultancy opened an office in Istanbul in 2014 with 12 staff.';
		const prompts = allCandidates(text, { articleDate: '2015-07-09' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('has won deals') || p.includes('has not won deals'))).toBe(false);
		expect(prompts.some((p) => p.includes('office in Istanbul'))).toBe(true);
	});
	it('nor is most of the title with a word or two more: "The Hawker Hunter crashed into a busy road during the Shoreham Airshow"', () => {
		const trues = (name: string) => fixtureCandidates(name).filter((c) => c.form === 'true').map((c) => c.question.prompt);
		expect(trues('local-13').some((p) => p.startsWith('The Hawker Hunter crashed into a busy road'))).toBe(false);
		expect(trues('world-20').some((p) => p.startsWith('Debris believed to be part of an aircraft has washed ashore'))).toBe(false);
		// A lede that adds the news to the title stays: who was charged, when, with what.
		expect(trues('local-15').some((p) => p.startsWith('John Clark appeared at Glasgow Sheriff Court'))).toBe(true);
	});
});

describe('"an" before an acronym read from "U"', () => {
	it('becomes "a": "a UKTI market visit"', () => {
		const text = 'Consultancy Grows\n\nNick Keith joined an UKTI market visit to Istanbul in 2014.\nThe firm hired 12 staff in Ankara in 2015.';
		const prompts = allCandidates(text, { articleDate: '2015-07-09' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('joined a UKTI market visit'))).toBe(true);
		expect(prompts.some((p) => p.includes('an UKTI'))).toBe(false);
	});
});

describe('a paragraph whose last sentence introduces a quotation', () => {
	it('is body text up to that sentence, and the sentence itself is left out', () => {
		const text = 'Asteroid Held Together by Weak Forces\n\nA team of researchers from the Harbor Institute published its study in Nature in August 2014. The researchers found the asteroid spins once every 2.1 hours, faster than gravity alone allows. As Ben Rozitis, a co-author of the study, told Space.com:\n\n"We found the opposite of what we expected."';
		const result = generateQuestions(text, { articleDate: '2014-08-16', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('As Ben Rozitis'))?.reason).toBe('introduces a quotation or a list');
		expect(result.rejected?.some((r) => r.text.startsWith('A team of researchers') && /heading/.test(r.reason))).toBe(false);
		// "The researchers" are the ones the article placed before.
		expect(allCandidates(text, { articleDate: '2014-08-16' }).some((c) => c.question.prompt.startsWith('Researchers from the Harbor Institute found the asteroid spins once every'))).toBe(true);
	});
});

describe('a figure before a noun in the singular', () => {
	it('is a label, not a count: "the annual 420 event" asks nothing, "76 people" does', () => {
		const text = 'Crowds Gather in Glasgow\n\nThe Glasgow Social Club held its annual 420 event on Glasgow Green on April 20, 2014.\nAt least 76 people were arrested at a hotel in Glasgow in 2013.';
		const prompts = allCandidates(text, { articleDate: '2014-04-22' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('annual ___ event'))).toBe(false);
		expect(prompts.some((p) => p.includes('At least ___ people'))).toBe(true);
	});
});

describe('names that are not what they look like', () => {
	it('reads no "Two Amtrak" person from a sentence that opens with a number word', () => {
		const found = mentions('Train Crash in Cayce\n\nTwo Amtrak employees were killed on Sunday. Two cars left the rails. Two passengers were hurt. Amtrak said the train was late. Amtrak ran the line for 40 years.', '2018-02-07');
		expect(found.filter((m) => m.kind === 'person')).toEqual([]);
		expect(found.some((m) => m.surface === 'Two Amtrak')).toBe(false);
	});
	it('does not name "the space station" after "the Kepler space telescope": "space" is no head noun', () => {
		const text = 'Engineers Join Station Team\n\nThe Tallis Center ran the Kepler space telescope from Ames in 2012.\nThe Tallis Center has run software for the space station in Houston since 2020.';
		const prompts = allCandidates(text, { articleDate: '2023-10-01' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('Kepler space station'))).toBe(false);
	});
});

describe('"he said" after the one person the sentence names', () => {
	it('gives the claim to that person', () => {
		const text = 'Train Crash in Cayce\n\nAmtrak\u2019s chief executive, Richard Anderson, held the CSX railroad responsible for the crash; he said CSX controlled the switch in 2018.';
		const result = generateQuestions(text, { articleDate: '2018-02-07', includeRejected: true });
		expect(result.rejected?.some((r) => r.reason === 'a claim whose speaker is unclear')).toBe(false);
		expect(result.candidates.length).toBeGreaterThan(0);
		for (const c of result.candidates) expect(c.question.attribution).toBe('Richard Anderson');
	});
});

describe('", officials have said"', () => {
	it('is a claim the officials make, like ", officials said"', () => {
		const text = 'Crisis Grows at Plant\n\nThe crisis at the Harbor nuclear plant in Japan is now as severe as the disaster at Chernobyl in 1986, officials have said.';
		const result = generateQuestions(text, { articleDate: '2011-04-12', includeRejected: true });
		expect(result.rejected?.some((r) => r.reason === 'a claim whose speaker is unclear')).toBe(false);
		expect(result.candidates.some((c) => c.question.attribution === 'officials')).toBe(true);
	});
});

describe('a full sentence under a list of allegations', () => {
	it('is a fact the list gives, with the list’s source, while the items themselves stay items', () => {
		const text = [
			'Chip Maker Sues Rival',
			'',
			'Vardia Chips filed a lawsuit against Tallis Semiconductor on June 27, 2005, in a federal court in Delaware.',
			'',
			'According to the complaint, Tallis has kept its monopoly by, among other things:',
			'',
			'Forcing customers such as Orion and Harbor into exclusive deals in return for cash payments;',
			'',
			'Orion withdrew from the Vardia launch in September 2003.',
			'',
			'Then-Tallis CEO Craig Barrett threatened Orion’s chairman with "severe consequences" in 2003.'
		].join('\n');
		const result = generateQuestions(text, { articleDate: '2005-06-29', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('Forcing customers'))?.reason).toBe('list item, not a sentence');
		expect(result.rejected?.some((r) => r.text.startsWith('Orion withdrew') && r.reason === 'list item, not a sentence')).toBe(false);
		const prompts = allCandidates(text, { articleDate: '2005-06-29' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.startsWith('According to the complaint, Orion withdrew from the Vardia launch in'))).toBe(true);
		expect(prompts.some((p) => p.startsWith('According to the complaint, then-Tallis CEO Craig Barrett'))).toBe(true);
	});
});

describe('"the city" and "the damaged nuclear plant" in a disaster report', () => {
	const text = 'Crisis Deepens in Japan\n\nWorkers at the damaged Fukushima nuclear plant returned to work on Tuesday.\nA mudslide killed six people in the city of Iwaki on Monday.\nFire officials in the city said three people had been rescued from the mud on Monday.\nRadiation levels at the damaged nuclear plant rose 20% on Monday, officials said.';
	const prompts = allCandidates(text, { articleDate: '2011-04-12' }).map((c) => c.question.prompt);
	it('names the city the article named', () => {
		expect(prompts.some((p) => p.startsWith('Fire officials in Iwaki said'))).toBe(true);
		expect(prompts.some((p) => p.startsWith('Fire officials in the city said'))).toBe(false);
	});
	it('puts the plant’s name back into "the damaged nuclear plant"', () => {
		expect(prompts.some((p) => p.startsWith('Radiation levels at the damaged Fukushima nuclear plant rose'))).toBe(true);
	});
});

describe('a quotation after its speaker', () => {
	it('is asked as the speaker’s claim: "Senior researcher Mu Li said "it is reasonable to assume …""', () => {
		const text = 'Iodine Study Published\n\nSenior researcher Mu Li, of the University of Tallis, said "it is reasonable to assume that pregnant women in Vardia are also iodine deficient."';
		const prompts = allCandidates(text, { articleDate: '2006-02-23' }).map((c) => c.question.prompt);
		expect(prompts).toContain('According to Mu Li, it is reasonable to assume that pregnant women in Vardia are also iodine deficient.');
	});
	it('but not one that opens on a word pointing back ("They came because …")', () => {
		const text = 'Talks Open in Annapolis\n\nThe Tallis talks opened on Tuesday with 40 countries present.\n\n"They came because they need a strategic alliance with Vardia against Orion," said Sami Nour.';
		const prompts = allCandidates(text, { articleDate: '2007-11-28' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('strategic alliance'))).toBe(false);
	});
});

describe('an aside between dashes that points back', () => {
	const text = 'Vardia Raises Its Alert\n\nThe flooding in Vardia has reached the scale of the 1998 disaster, officials said on Tuesday.\n\nA spokesperson for the Vardia Water Authority said officials had raised the alert to level four on the National Flood Scale—the same given to the 1998 disaster—because of rising rivers in 12 districts.';
	it('goes, and the sentence it sat in stands', () => {
		const prompts = allCandidates(text, { articleDate: '2011-04-12' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('on the National Flood Scale because of rising rivers'))).toBe(true);
		expect(prompts.some((p) => p.includes('the same given'))).toBe(false);
	});
	it('but an aside that names its own thing is left to the rewrite', () => {
		const plain = text.replace('the same given to the 1998 disaster', 'a scale set up in 2002');
		const prompts = allCandidates(plain, { articleDate: '2011-04-12' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('a scale set up in 2002'))).toBe(true);
	});
});

describe('a state true when the article was written ("now", "so far", "remain")', () => {
	const text = 'Floods Leave Thousands Homeless in Vardia\n\nHeavy rain flooded the river valleys of Vardia in March 2011.\n\nMore than 150,000 people remain displaced, living in emergency shelters.\n\nA petition by the Tallis Relief Fund now has more than 12,000 signatures.\n\nEstimates suggest 8000 families may be currently without power in the valleys.\n\nMinister Lena Orr said 40 schools are currently closed.';
	const prompts = allCandidates(text, { articleDate: '2011-04-12' }).map((c) => c.question.prompt);
	it('takes the article’s month and year in front, and the word that meant "at the time of writing" goes', () => {
		expect(prompts.some((p) => p.startsWith('As of April 2011, more than') && p.includes('remain displaced'))).toBe(true);
		expect(prompts.some((p) => p.startsWith('As of April 2011, a petition by the Tallis Relief Fund has more than'))).toBe(true);
		expect(prompts.some((p) => /\bnow has\b/.test(p))).toBe(false);
	});
	it('once, in a question too', () => {
		expect(prompts).toContain('As of April 2011, how many families do estimates suggest may be without power in the valleys?');
		expect(prompts.filter((p) => (p.match(/As of/g) ?? []).length > 1)).toEqual([]);
	});
	it('but not on what someone said, nor without the article’s date', () => {
		expect(prompts.some((p) => p.includes('As of') && p.includes('Lena Orr'))).toBe(false);
		const undated = allCandidates(text.replace('Heavy rain flooded the river valleys of Vardia in March 2011.\n\n', ''), {}).map((c) => c.question.prompt);
		expect(undated.some((p) => p.includes('As of'))).toBe(false);
	});
});

describe('numbers offered beside an answer written without a thousands comma', () => {
	it('are written the same way: "8000" among "12000", not "12,000"', () => {
		const text = 'Migrants Rescued off Vardia\n\nFishermen rescued 700 migrants off Vardia on Friday, May 15, 2015.\n\nEstimates suggest 8000 migrants may be at sea near Vardia after the rescue of May 15, 2015.';
		const choices = allCandidates(text, { articleDate: '2015-05-16' }).flatMap((c) => (c.question.type === 'multiple_choice' && c.question.choices.includes('8000') ? c.question.choices : []));
		expect(choices.length).toBeGreaterThan(0);
		expect(choices.filter((c) => /\d,\d{3}/.test(c))).toEqual([]);
	});
});

describe('a match report', () => {
	const text = [
		'Vardia Win the Tallis Bowl',
		'',
		'Tuesday, February 9, 2016',
		'',
		'On Sunday, the Vardia Hawks defeated the Orion Bears in Tallis Bowl 50 by a score of 24–10. The game, played at Harbor Stadium in Santa Clara, California in front of 71,088 spectators, marked the Hawks’ third Tallis Bowl victory and their first since 1999. Entering the game, the Bears had lost only once all season, while the Hawks won 12 of their 16 games.',
		'',
		'The Hawks scored first when linebacker Tom Reed stripped the ball from quarterback Sam Cole, and Jim Hart recovered it in the endzone. Singer Dana Bell performed the anthem before the game. Quarterback Sam Cole threw for 265 yards, and quarterback Ray Moss came on for the last drive.'
	].join('\n');
	const found = allCandidates(text, { articleDate: '2016-02-09' });
	const prompts = found.map((c) => c.question.prompt);
	it('asks the score a sentence ends on', () => {
		expect(found.some((c) => c.form === 'score' && answerText(c.question) === '24–10')).toBe(true);
	});
	it('names "the game" as the match the result was won in', () => {
		expect(prompts.some((p) => p.startsWith('Tallis Bowl 50, played at Harbor Stadium'))).toBe(true);
	});
	it('asks the wins of "12 of their 16 games", never the 16, with fewer than 16 on offer', () => {
		expect(prompts.some((p) => p.includes('won ___ of their 16 games'))).toBe(true);
		expect(prompts.some((p) => p.includes('of their ___ games'))).toBe(false);
		for (const c of found) if (c.question.type === 'multiple_choice' && c.question.prompt.includes('won ___ of their 16')) for (const choice of c.question.choices) expect(Number(choice)).toBeLessThan(16);
	});
	it('reads "in Santa Clara, California" as a place', () => {
		expect(mentions(text, '2016-02-09').find((m) => m.surface === 'Santa Clara')?.kind).toBe('place');
	});
	it('offers only linebackers beside "linebacker ___" (the Super Bowl 50 report offered a singer)', () => {
		const report = readFileSync('tests/fixtures/generator/corpus/sport-04.txt', 'utf8');
		const all = allCandidates(report, { articleDate: '2016-02-09' }).map((c) => c.question.prompt);
		expect(all.some((p) => p.includes('linebacker Von Miller'))).toBe(true);
		expect(all.filter((p) => /linebacker (?!Von Miller)\p{Lu}/u.test(p) || /from Santa Clara\b/.test(p))).toEqual([]);
	});
});

describe('a figure "more than ___"', () => {
	const text = 'Vardia Votes to Repeal Its Ban\n\nMore than 2.1 million people voted in the Vardia referendum on May 25, 2018.\n\nTurnout in the Vardia referendum was 64.1%, the highest in 20 years, officials said on May 26, 2018.';
	const found = allCandidates(text, { articleDate: '2018-05-27' });
	it('offers only larger figures, since a smaller one would be true as well', () => {
		const mc = found.filter((c) => c.question.type === 'multiple_choice' && c.question.prompt.startsWith('More than ___ people'));
		expect(mc.length).toBeGreaterThan(0);
		for (const c of mc) if (c.question.type === 'multiple_choice') for (const choice of c.question.choices) expect(parseFloat(choice)).toBeGreaterThanOrEqual(2.1);
		for (const c of found) if (c.form === 'false-number' && /^More than/.test(c.question.prompt)) expect(parseFloat(/More than ([\d.]+)/.exec(c.question.prompt)![1]!)).toBeGreaterThan(2.1);
	});
	it('a share is wrong by points, not by half again (no 96.1% beside a 64.1% turnout)', () => {
		const shares = found.flatMap((c) => (c.question.type === 'multiple_choice' && answerText(c.question) === '64.1%' ? c.question.choices.map(parseFloat) : []));
		expect(shares.length).toBe(4);
		for (const share of shares) expect(Math.abs(share - 64.1)).toBeLessThan(25);
		// Some below and some above: the answer is not told by being the lowest.
		expect(shares.some((share) => share < 64.1) && shares.some((share) => share > 64.1)).toBe(true);
	});
});

describe('"that number" after a figure', () => {
	it('leans on the sentence before', () => {
		const text = 'Ancient Gods Worshipped Again in Vardia\n\nAbout 100,000 people in Vardia worship the ancient gods, officials said on March 27, 2006.\n\nThe Tallis Church estimates that number is closer to 40,000.';
		const result = generateQuestions(text, { articleDate: '2006-03-27', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('The Tallis Church estimates'))?.reason).toMatch(/leans on an earlier sentence/);
	});
});

describe('"the conference" and "the quiz so far"', () => {
	it('name the one conference the article named, with its "the"', () => {
		const text = 'Talks Open at the Harbor Conference\n\nForty countries met at the Harbor Conference in Vardia on November 27, 2007.\n\nSecretary of State Lena Orr felt the conference was a success for Vardia.';
		const prompts = allCandidates(text, { articleDate: '2007-11-28' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('felt the Harbor Conference was a success'))).toBe(true);
	});
	it('name the quiz the article named just before', () => {
		const text = 'A Health Check for Vardia\n\nPeople in Vardia are urged to take the One You online quiz before the New Year.\n\nMore than 1.1 million people have taken the quiz so far, officials said on December 27, 2016.';
		const prompts = allCandidates(text, { articleDate: '2016-12-27' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('taken the One You online quiz'))).toBe(true);
	});
	it('"As of …" keeps the capital of a word the article writes with one ("Greek court")', () => {
		const text = 'Greek Court Rules on Worship\n\nGreek court has ruled that worshippers of the ancient Greek religion may now formally associate at archeological sites, officials confirmed.';
		const prompts = allCandidates(text, { articleDate: '2006-03-27' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.startsWith('As of March 2006, greek'))).toBe(false);
	});
});

describe('a match report’s score and plays', () => {
	it('asks no score the headline gives, and never "decreased the score"', () => {
		const text = 'Hawks Beat Bears 24–10\n\nOn Sunday, February 7, 2016, the Vardia Hawks defeated the Orion Bears by a score of 24–10.\n\nThe Hawks increased the score with Tom Reed kicking a 30-yard field goal in the third quarter.';
		const found = allCandidates(text, { articleDate: '2016-02-09' });
		expect(found.some((c) => c.form === 'score')).toBe(false);
		expect(found.some((c) => /decreased the score/.test(c.question.prompt))).toBe(false);
	});
	it('names "the game" in an opening phrase too: "Entering Tallis Bowl 50, …"', () => {
		const text = 'Hawks Win Tallis Bowl 50\n\nOn Sunday, February 7, 2016, the Vardia Hawks defeated the Orion Bears in Tallis Bowl 50 by a score of 24–10.\n\nEntering the game, the Bears had lost only once all season, while the Hawks won 12 of their 16 games.';
		const prompts = allCandidates(text, { articleDate: '2016-02-09' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.startsWith('Entering Tallis Bowl 50, the Bears'))).toBe(true);
	});
});

describe('"the event" in a story about one named event', () => {
	it('is named as that event', () => {
		const text = 'Lanterns Light Up Harbor City\n\nThe Harbor City Lantern Festival opened on Saturday, March 3, 2007, in front of 200,000 people.\n\nIn 2006, over 4 million visitors attended the event, the organisers said on March 4, 2007.';
		const prompts = allCandidates(text, { articleDate: '2007-03-05' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('attended the Harbor City Lantern Festival'))).toBe(true);
		expect(prompts.some((p) => p.includes('attended the event'))).toBe(false);
	});
});

describe('a far planet and its star', () => {
	const text = [
		'Astronomers Find the Hottest Planet Yet',
		'',
		'Thursday, June 8, 2017',
		'',
		'Astronomers at Tallis University announced the discovery of the planet Orbis-9b on June 5, 2017. The planet takes about 36 hours to orbit around its star, Orbis-9. Orbis-9 is about twice as hot as the Sun.',
		'',
		'About a year ago, observers at the Harbor Observatory noticed a drop of about 0.5% in Orbis-9’s brightness. This pattern was observed once every one and a half days, implying the planet passes between the star and Earth.',
		'',
		'The star is about 650 light years from Earth and about 300 million years old.'
	].join('\n');
	const found = allCandidates(text, { articleDate: '2017-06-08' });
	const prompts = found.map((c) => c.question.prompt);
	it('names "the star" as the planet’s own star, never the Sun', () => {
		expect(prompts.some((p) => /\bstar Sun\b|\bSun is about 650\b/.test(p))).toBe(false);
		expect(prompts.some((p) => p.startsWith('The star Orbis-9 is about'))).toBe(true);
	});
	it('measures "650 light years" in light years', () => {
		expect(found.some((c) => c.question.type === 'numeric' && c.question.unit === 'light years' && c.question.answer === 650)).toBe(true);
	});
	it('"About a year ago" becomes "Around 2016", not "About in 2016"', () => {
		expect(prompts.some((p) => p.startsWith('Around 2016, observers'))).toBe(true);
		expect(prompts.some((p) => /About in 2016/.test(p))).toBe(false);
	});
	it('leaves no "implying …" fragment when the clause before it leans', () => {
		expect(prompts.some((p) => /^Implying\b/.test(p))).toBe(false);
	});
});

describe('a story of a Scottish bill', () => {
	const text = [
		'Scottish legislature backs same-sex marriage',
		'',
		'Thursday, November 21, 2013',
		'',
		'If the legislation is passed, Scotland may start allowing same-sex couples to marry in 2015. Reverend Dr Tom Reed from the Church of Scotland said the church opposes the bill. In July 2013, the Marriage Bill passed into law in Westminster and will allow same-sex couples to marry in England and Wales.'
	].join('\n');
	const found = allCandidates(text, { articleDate: '2013-11-21' });
	it('asks no place the headline names by its adjective ("Scottish" gives Scotland)', () => {
		expect(found.some((c) => answerText(c.question) === 'Scotland')).toBe(false);
	});
	it('reads "Church of Scotland" as an organisation, offered only beside organisations', () => {
		expect(mentions(text, '2013-11-21').find((m) => m.surface === 'Church of Scotland')?.kind).toBe('organization');
		for (const c of found) if (c.question.type === 'multiple_choice' && answerText(c.question) === 'Church of Scotland') expect(c.question.choices).not.toContain('England');
	});
	it('blanks no half of "England and Wales", and no capitalised common noun ("the Marriage ___")', () => {
		expect(found.some((c) => /___ and Wales|England and ___|Marriage ___/.test(c.question.prompt))).toBe(false);
	});
	it('keeps the verb’s object in a question on the subject ("may start allowing …")', () => {
		const plain = allCandidates(text.replace('Scottish legislature backs same-sex marriage', 'Vote in Edinburgh'), { articleDate: '2013-11-21' });
		const who = plain.find((c) => c.form === 'who' && answerText(c.question) === 'Scotland');
		expect(who?.question.prompt).toBe('If the legislation is passed, which country may start allowing same-sex couples to marry in 2015?');
	});
});

describe('a count before a place-named noun, as of a weekday', () => {
	it('"As of Monday, over 200 New York City area bars …" asks the 200 bars, as of that Monday’s date', () => {
		const text = 'Bars Boycott Orion Vodka\n\nWednesday, August 7, 2013\n\nAs of Monday, over 200 New York City area bars and restaurants had committed to boycotting Orion vodka.';
		const found = allCandidates(text, { articleDate: '2013-08-07' });
		expect(found.some((c) => c.question.prompt === 'As of August 5, 2013, over ___ New York City area bars and restaurants had committed to boycotting Orion vodka.' && answerText(c.question).startsWith('200'))).toBe(true);
	});
});

describe('a vote in a parliament', () => {
	const text = 'Vardia backs equal marriage\n\nThursday, November 21, 2013\n\nMembers of the Vardia Parliament voted 98–15 in a free vote yesterday to approve the Marriage Bill, which seeks to legalise marriage between partners of the same sex and same-sex couples’ civil partnerships.\n\nLena Orr, the Vardia health secretary, said the bill "will create a more tolerant society in Vardia and will mean equal rights across the entire community".';
	const found = allCandidates(text, { articleDate: '2013-11-21' });
	it('"the same sex" and "same-sex" point back to nothing', () => {
		expect(found.some((c) => c.question.prompt.startsWith('Members of the Vardia Parliament voted'))).toBe(true);
	});
	it('asks the vote’s tally like a score', () => {
		expect(found.some((c) => c.form === 'score' && answerText(c.question) === '98–15' && c.question.prompt.includes('voted ___ in a free vote'))).toBe(true);
	});
	it('reads "X said the bill "will …"" as X’s claim, the quotation part of the sentence', () => {
		expect(found.some((c) => c.form === 'true' && c.question.prompt.startsWith('Lena Orr, the Vardia health secretary, said the bill'))).toBe(true);
	});
});

describe('a round figure and an opening swapped', () => {
	const text = 'A Quiz for Vardia\n\nTuesday, December 27, 2016\n\nMore than 200 people have taken the Harbor online quiz so far.';
	const found = allCandidates(text, { articleDate: '2016-12-27' });
	it('offers round figures beside a round answer', () => {
		const choices = found.flatMap((c) => (c.question.type === 'multiple_choice' && answerText(c.question) === '200' ? c.question.choices : []));
		expect(choices.length).toBe(4);
		for (const choice of choices) expect(Number(choice) % 100).toBe(0);
	});
	it('writes "less than" in lower case after "As of …" (a health campaign’s "More than 1.1 million people have taken the quiz so far")', () => {
		const campaign = readFileSync('tests/fixtures/generator/corpus/health-03.txt', 'utf8');
		const prompts = allCandidates(campaign, { articleDate: '2016-12-27' }).map((c) => c.question.prompt);
		expect(prompts).toContain('As of December 2016, less than 1.1 million people have taken the One You online quiz.');
		expect(prompts.some((p) => /, Less than/.test(p))).toBe(false);
	});
});

describe('"the hashtag"', () => {
	it('is named as the one hashtag the article gave', () => {
		const text = 'Student Inspires a Movement\n\nThe hashtag on Twitter, #StandWithSam, became a worldwide phenomenon on September 16, 2015.\n\nThe hashtag took on a life of its own, and was used on Twitter over one million times by September 17, 2015.';
		const prompts = allCandidates(text, { articleDate: '2015-09-18' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.startsWith('The hashtag #StandWithSam took on a life of its own'))).toBe(true);
	});
});

describe('an outbreak report and a trial report', () => {
	const outbreak = [
		'WHO declares outbreak an emergency',
		'',
		'Monday, August 11, 2014',
		'',
		'Geneva, Switzerland — The Tallis Health Organisation declared the Vardia fever outbreak an international emergency on August 8, 2014.',
		'',
		'So far three countries, Orion, Harbor and Vardia, have declared national emergencies in response to the outbreak. Health experts from the Tallis Medical Corps are currently working in 12 clinics to help bring the outbreak under control.'
	].join('\n');
	const found = allCandidates(outbreak, { articleDate: '2014-08-11' });
	const prompts = found.map((c) => c.question.prompt);
	it('leaves the place the story was filed from out of its first sentence', () => {
		expect(prompts.some((p) => p.startsWith('The Tallis Health Organisation declared'))).toBe(true);
		expect(prompts.some((p) => p.includes('Switzerland —'))).toBe(false);
	});
	it('"So far" goes for "As of August 2014", and "Health experts" are health experts', () => {
		expect(prompts.some((p) => p.startsWith('As of August 2014, three countries'))).toBe(true);
		expect(prompts.some((p) => /\bfar three\b/.test(p))).toBe(false);
		expect(prompts.some((p) => p.startsWith('As of August 2014, health experts'))).toBe(true);
	});
	it('asks no count the names after it count out ("three countries, Orion, Harbor and Vardia")', () => {
		expect(found.some((c) => answerText(c.question).startsWith('3') || answerText(c.question) === 'three')).toBe(false);
	});

	const trial = [
		'Jury chosen for Vardia trial',
		'',
		'Wednesday, May 24, 2017',
		'',
		'Of 11 jurors seated as of yesterday, ten were from Harbor County. Each legal team may strike seven jurors and three alternates regardless of their reasons. If convicted, Sam Cole, who is now 79 years old, could serve 10 years in prison. Judge Lena Orr has decided to sequester the jury for the trial, estimated at about two weeks.'
	].join('\n');
	const asked = allCandidates(trial, { articleDate: '2017-05-24' });
	it('writes "as of May 23, 2017", not "as of on"', () => {
		expect(asked.some((c) => c.question.prompt.includes('as of May 23, 2017'))).toBe(true);
		expect(asked.some((c) => /as of on\b/.test(c.question.prompt))).toBe(false);
	});
	it('asks no "how many" that drops a second count ("seven jurors and three alternates")', () => {
		expect(asked.some((c) => c.form === 'how-many' && /strike/.test(c.question.prompt))).toBe(false);
	});
	it('offers ages near the answer, and takes "about two weeks" as two', () => {
		for (const c of asked) if (c.question.type === 'multiple_choice' && answerText(c.question) === '79') for (const choice of c.question.choices) expect(Math.abs(Number(choice) - 79)).toBeLessThanOrEqual(10);
		const weeks = asked.find((c) => c.question.type === 'numeric' && c.question.answer === 2);
		expect(weeks).toBeDefined();
		expect(weeks?.question.type === 'numeric' ? weeks.question.tolerance ?? 0 : -1).toBe(0);
	});
});

describe('"Laso of Spain" in a results report', () => {
	it('is the athlete named before, not a place', () => {
		const text = 'Marathon ends the Games\n\nAlberto Suarez Laso won the T12 marathon on September 9, 2012. Gold medalist Laso of Spain used two guides during the race.';
		expect(mentions(text, '2012-09-10').find((m) => m.surface.startsWith('Laso'))?.kind).toBe('person');
	});
});

describe('a blank the rest of its sentence works out', () => {
	it('"Of ___ jurors seated, ten were white and one was black" is not asked; "at 8:25 a.m." adds nothing', () => {
		const text = 'Jury chosen for Vardia trial\n\nWednesday, May 24, 2017\n\nOf 11 jurors seated by Tuesday, ten were from Harbor County and one was from Orion County.\n\nA complement of 33 Raptor engines powered the Tallis booster from the pad at 8:25 a.m. on May 23, 2017.';
		const found = allCandidates(text, { articleDate: '2017-05-24' });
		expect(found.some((c) => answerText(c.question).startsWith('11'))).toBe(false);
		expect(found.some((c) => answerText(c.question).startsWith('33'))).toBe(true);
	});
	it('"aid workers from Europe and ___" is not asked', () => {
		const text = 'Outbreak in Vardia\n\nMonday, August 11, 2014\n\nHealth experts and aid workers from Europe and America are currently working to help bring the outbreak in Vardia under control.';
		const found = allCandidates(text, { articleDate: '2014-08-11' });
		expect(found.some((c) => ['Europe', 'America'].includes(answerText(c.question)))).toBe(false);
	});
});

describe('a count of states', () => {
	it('is offered with no more than 50 states', () => {
		const text = 'Grants Reach Veterans\n\nTuesday, September 9, 2025\n\nMore than $210 million has been given to 111 organizations in 46 states since September 2022, the Tallis grant program said.\n\nThe Tallis grant program gave awards to organizations in 46 states on September 8, 2025.';
		const choices = allCandidates(text, { articleDate: '2025-09-09' }).flatMap((c) => (c.question.type === 'multiple_choice' && answerText(c.question) === '46' ? c.question.choices.map(Number) : []));
		expect(choices.length).toBeGreaterThan(0);
		for (const choice of choices) expect(choice).toBeLessThanOrEqual(50);
	});
});

describe('a subject "the <noun>" after the article named it more fully', () => {
	it('takes the fuller phrase back: "The database" after "the NEMISIS database"', () => {
		const text = 'Security Papers Found in Ottawa\n\nA document detailing flaws in the NEMISIS database was found on an Ottawa street on August 20, 2008.\n\nThe database was unveiled in 2004 as the National Enforcement Management Information System.';
		const prompts = allCandidates(text, { articleDate: '2008-08-22' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.startsWith('The NEMISIS database was unveiled in'))).toBe(true);
	});
});

describe('a tournament report', () => {
	const text = [
		'Vardia Hawks win Tallis Series in Harbor City',
		'',
		'Friday, September 20, 2013',
		'',
		'The Vardia Hawks won the Tallis Series against the Orion Bears at Cathedral Square in Harbor City today.',
		'',
		'In Game Five, played under lights on Thursday, the Vardia Hawks proved too good for the Harbor Kings, winning 62-36. The Final game was therefore between the Vardia Hawks and the Orion Bears at 17:00 on today. Ryan Scott of the Orion Bears, however, scored 21 goals in the Final.'
	].join('\n');
	const prompts = allCandidates(text, { articleDate: '2013-09-20' }).map((c) => c.question.prompt);
	it('keeps "too" before an adjective, and drops a "therefore" or ", however," that points back', () => {
		expect(prompts.some((p) => p.includes('proved too good for the Harbor Kings'))).toBe(true);
		expect(prompts.some((p) => /\btherefore\b|\bhowever\b/.test(p))).toBe(false);
	});
	it('writes "on today" once: "at 17:00 on September 20, 2013"', () => {
		expect(prompts.some((p) => p.includes('at 17:00 on September 20, 2013'))).toBe(true);
		expect(prompts.some((p) => /\bon on\b/.test(p))).toBe(false);
	});
	it('states no headline again as true, its date and place aside', () => {
		const statements = allCandidates(text, { articleDate: '2013-09-20' }).filter((c) => c.question.type === 'true_false').map((c) => c.question.prompt);
		expect(statements.some((p) => p.startsWith('The Vardia Hawks won the Tallis Series against'))).toBe(false);
		// (Where it was played is no part of the headline: "at ___ in Harbor City" may be asked.)
		expect(prompts).toContain('The Vardia Hawks won the Tallis Series against the Orion Bears at ___ in Harbor City on September 20, 2013.');
	});
});

describe('an obituary of a singer', () => {
	const text = [
		'Vardia band The Hawks\' lead singer Dana Bell dies at 46',
		'',
		'Thursday, January 18, 2018',
		'',
		'On Monday, 46-year-old Dana Bell, lead singer of the Vardia rock band The Hawks, was found dead in Harbor City, her agent Sam Cole confirmed.',
		'',
		'In 2014, the singer was involved in an assault on a flight from Orion City to Vardia. In 2017, the Hawks tour of Europe was cancelled partway through as Dana Bell suffered from a back problem. To mark the band’s return, Dana Bell recorded 12 songs in 2009. Dana Bell is survived by three children and her former husband Tom Reed. The Hawks first played in Harbor City more than 20 years ago.'
	].join('\n');
	const found = allCandidates(text, { articleDate: '2018-01-18' });
	const prompts = found.map((c) => c.question.prompt);
	it('names "the singer" as the one singer the article has ("…, lead singer of …")', () => {
		expect(mentions(text, '2018-01-18').length).toBeGreaterThan(0);
		expect(prompts.some((p) => p.startsWith('In ___, Dana Bell was involved in an assault'))).toBe(true);
	});
	it('denies no sentence with its reason or purpose beside it', () => {
		expect(found.some((c) => c.form === 'false-denied' && /as Dana Bell suffered|^To mark/.test(c.question.prompt))).toBe(false);
	});
	it('asks no "how many" that drops what the count is joined to', () => {
		expect(found.some((c) => c.form === 'how-many' && /children/.test(c.question.prompt))).toBe(false);
		// (Nor a question whose subject was misread with the purpose in front: "did to mark …, Dana Bell record".)
		expect(prompts.some((p) => /did to mark/i.test(p))).toBe(false);
	});
	it('dates "more than 20 years ago" as "before January 1998" (more than 20 years before January 2018), and anchors "two decades ago" to the article’s date', () => {
		expect(prompts).toContain('The Hawks first played in Harbor City before January 1998.');
		expect(found.some((c) => c.form === 'false-opposite' && /less than 20 years ago/.test(c.question.prompt))).toBe(false);
		const decades = allCandidates(text.replace('more than 20 years ago', 'two decades ago'), { articleDate: '2018-01-18' }).map((c) => c.question.prompt);
		expect(decades.some((p) => p.startsWith('As of January 2018, the Hawks first played in ___ two decades ago'))).toBe(true);
	});
});

describe('a figure the sentence later says dropped or rose', () => {
	it('is offered only on the side the change leaves it ("___ of the market in 2009; this has dropped to 56 percent")', () => {
		const text = 'Vardia Browser Loses Ground\n\nMonday, March 7, 2011\n\nThe Vardia browser accounted for 70 percent of the market in 2009; this has dropped to approximately 56 percent today.';
		const choices = allCandidates(text, { articleDate: '2011-03-07' }).flatMap((c) => (c.question.type === 'multiple_choice' && answerText(c.question) === '70 percent' ? c.question.choices.map((x) => parseFloat(x)) : []));
		expect(choices.length).toBe(4);
		for (const choice of choices) expect(choice).toBeGreaterThan(56);
	});
});

describe('"the planet" in the story of a far planet, beside Jupiter', () => {
	it('is the planet the article found, by its catalogue name', () => {
		const text = 'Astronomers Find the Hottest Planet Yet\n\nThursday, June 8, 2017\n\nAstronomers at Tallis University announced the discovery of the planet Orbis-9b on June 5, 2017. Orbis-9b is three times the mass of Jupiter.\n\nThe planet’s surface is hotter than most stars, at more than 4,000 degrees.';
		const prompts = allCandidates(text, { articleDate: '2017-06-08' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.startsWith('The planet Orbis-9b’s surface is hotter'))).toBe(true);
		expect(prompts.some((p) => /planet Jupiter/.test(p))).toBe(false);
	});
});

describe('an obituary told of "he" and his wife', () => {
	const text = [
		'Poet Tom Reed dies, aged 70',
		'',
		'Friday, February 9, 2018',
		'',
		'Poet Tom Reed died on February 7, 2018, at his home in Vardia. After graduation in 1969, Tom Reed returned to his family’s ranch in 1971. In 1977, he married Elaine Parker. He sold the family ranch in 1988 due to financial strain. Tom Reed recently completed his memoir Harbor Nights, slated for release on June 5.'
	].join('\n');
	const found = allCandidates(text, { articleDate: '2018-02-09' });
	it('reads "He sold the ranch" as his, not as the woman the sentence before named', () => {
		expect(found.some((c) => /Elaine Parker sold/.test(c.question.prompt) || (c.question.type === 'ordering' && c.question.answer.some((item) => /Elaine Parker sold/.test(item))))).toBe(false);
		expect(found.some((c) => /Tom Reed sold the family ranch/.test(c.question.prompt))).toBe(true);
	});
	it('dates a release "slated for June 5" in the article’s year, not the story’s past', () => {
		const release = found.find((c) => c.question.type === 'date' && c.question.prompt.includes('slated for release'));
		expect(release?.question.type === 'date' ? release.question.answer : undefined).toBe('2018-06-05');
	});
});

describe('"the video" after "a Tom Cruise video"', () => {
	it('takes back the names the article gave it, after "a" as after "the"', () => {
		const text = 'Hackers Strike Tallis Church Website\n\nThe Tallis Church tried to remove a Tom Cruise video from the internet on January 15, 2008.\n\nThe church asked YouTube to take down the video on January 16, 2008, without success.';
		const prompts = allCandidates(text, { articleDate: '2008-01-18' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('take down the Tom Cruise video'))).toBe(true);
	});
});

describe('a figure run into its unit in the article ("almost 25years")', () => {
	it('writes the figure and its unit apart, in the statement and around the blank', () => {
		const text = 'Poet Tom Reed dies, aged 70\n\nFriday, February 9, 2018\n\nTom Reed wrote lyrics for the Vardia Band over almost 25years, from 1971 to 1995. The Vardia Band played its last concert in Harbor City in 1995.';
		const prompts = allCandidates(text, { articleDate: '2018-02-09' }).map((c) => c.question.prompt);
		expect(prompts.some((p) => p.includes('almost 25 years'))).toBe(true);
		expect(prompts.some((p) => /\d(?:years|miles)\b|___years/.test(p))).toBe(false);
	});
});

describe('batch 12–13 of unseen articles: what a teacher rejected', () => {
	const prompts = (text: string, date = '2012-05-19') => allCandidates(text, { articleDate: date }).map((c) => c.question.prompt);
	it('reads "the nation Lai became …" as no nation called Lai, and "The nation’s former minister" is not made his', () => {
		const text = "Tycoon Lai sentenced to life\n\nSaturday, May 19, 2012\n\nA court in Harbor City sentenced tycoon Lai Changwen to life in prison on Friday. Lai fled to Canada in 1999, and after years abroad he was returned to the nation Lai became rich in. Fellow prisoners from the case include the city's deputy mayor. The nation's former trade minister, Li Bao, has a suspended death sentence.";
		const found = prompts(text);
		expect(found.some((p) => /nation Lai/.test(p))).toBe(false);
	});
	it('asks nothing of a sentence that says only that someone commented, not what', () => {
		const text = 'Pirates attack cargo ship\n\nSaturday, May 19, 2012\n\nPirates attacked the cargo ship Vardia Star off the coast of Mirland on Friday. Ali Noor, who said he was a spokesman for the pirates, commented on the incident. The crew fired flares and the pirates left after 20 minutes.';
		expect(prompts(text).some((p) => /commented on the incident/.test(p))).toBe(false);
	});
	it('leaves out an obituary’s list of the family, but keeps how many children', () => {
		const names = 'Singer Ama Reed dies at 76\n\nSaturday, May 19, 2012\n\nSinger Ama Reed died at her home in Harbor City on May 17, 2012. Ama Reed recorded 40 albums between 1961 and 2010. Ama Reed is survived by sons Clarence Reed, Edward Reed and Ted White.';
		expect(prompts(names).some((p) => /survived by/.test(p))).toBe(false);
		const count = names.replace('survived by sons Clarence Reed, Edward Reed and Ted White', 'survived by three children and her brother Sam Reed');
		expect(prompts(count).some((p) => /survived by/.test(p))).toBe(true);
	});
	it('asks a reported claim that opens on "this" only after the sentence it points at', () => {
		const text = 'Slow eggs\n\nSaturday, May 19, 2012\n\nThe eggs of the Vardia lizard took as long as six months to hatch, researchers at Harbor University found in 2011. According to the research team, this may be one reason why the lizards did not survive the cold period 12,000 years ago.';
		const found = prompts(text).filter((p) => /this may be one reason/.test(p));
		expect(found.length).toBeGreaterThan(0);
		for (const p of found) expect(p.startsWith('The eggs of the Vardia lizard took as long as six months')).toBe(true);
	});
	it('does not blank the total of "seven of the eight vessels", written in words', () => {
		const text = 'Pirates near Mirland\n\nSaturday, May 19, 2012\n\nSince the beginning of March, seven of the eight vessels seized by pirates have been near the Mirland islands, the navy of Mirland said on Friday.';
		const found = allCandidates(text, { articleDate: '2012-05-19' });
		expect(found.some((c) => c.question.prompt.includes('seven of the ___'))).toBe(false);
	});
	it('keeps "one of ___ siblings": the one is no count, the eight is the fact', () => {
		const text = 'Tycoon Wen sentenced to life\n\nSaturday, May 19, 2012\n\nA court in Harbor City sentenced Wen Dao to life in prison on Friday. Wen Dao was born as one of eight siblings in the village of Lumen in 1958.';
		expect(prompts(text).some((p) => p.includes('one of ___ siblings'))).toBe(true);
	});
	it('drops the "then" of "Tom Ward then resigned", which points at what came before', () => {
		const text = 'Carmaker chief quits\n\nSaturday, May 19, 2012\n\nThe carmaker Vardia Motors admitted on May 2, 2012, that it had cheated on emissions tests. Tom Ward then resigned on May 9, 2012, and was replaced by Ann Lee.';
		const found = prompts(text);
		expect(found.some((p) => /Tom Ward resigned/.test(p))).toBe(true);
		expect(found.some((p) => /Ward then resigned/.test(p))).toBe(false);
	});
	it('reads "Aretha Louise Reed" as one name when "Aretha" stands alone elsewhere, not "Louise Reed"', () => {
		const text = 'Singer Aretha Reed dies at 76\n\nSaturday, May 19, 2012\n\nSinger Aretha Reed died at her home in Harbor City on May 17, 2012. Aretha Louise Reed was born in Lumen on March 25, 1936. Her father was a preacher, and Aretha sang solos at his church when she was 10. Aretha recorded 40 albums between 1961 and 2010.';
		const found = prompts(text);
		expect(found.some((p) => /(?<!Aretha )Louise Reed/.test(p))).toBe(false);
		expect(found.some((p) => p.includes('Aretha ___'))).toBe(false);
		expect(found.some((p) => p.startsWith('Aretha Louise Reed was born in Lumen'))).toBe(true);
	});
	it('writes "a European", not "an European"', () => {
		const text = 'Carmaker fined\n\nSaturday, May 19, 2012\n\nVardia Motors was fined €2 million on Friday by an European court in Harbor City for cheating on emissions tests.';
		const found = prompts(text);
		expect(found.some((p) => /\ba European court\b/.test(p))).toBe(true);
		expect(found.some((p) => /\ban European\b/.test(p))).toBe(false);
	});
});

describe('true and false in balance, but not by a bare "not" or another actor', () => {
	// Judged blind, a statement made false by "did not" alone was accepted as is 12 times in 52 and
	// rejected 17 times ("obviously false", "reads awkwardly"); another actor swapped in was worse
	// ("Bruno Mars's two-point conversion"). Neither stands in for a true statement to balance the
	// answers; a changed figure, date or an opposite word does, down to a score of 0.3.
	const defaults = (name: string) => {
		const article = loadArticles().find((a) => a.name === name)!;
		return generateQuestions(readFileSync(article.path, 'utf8'), article.date ? { articleDate: article.date } : {}).candidates;
	};
	it('proposes no "did not" or other-actor statement in place of the true one on real articles', () => {
		for (const name of ['world-02', 'said-02', 'science-02', 'culture-01', 'sport-01', 'sport-04', 'said-03']) {
			expect(defaults(name).filter((c) => c.form === 'false-denied' || c.form === 'false-actor').map((c) => c.question.prompt)).toEqual([]);
		}
	});
	it('balances with another figure where the article gives one', () => {
		expect(defaults('said-03').filter((c) => c.form === 'false-number').map((c) => c.question.prompt)).toContain("Afghanistan is not one of the nations covered by President Donald Trump's travel ban, but teams from Sudan, Iran, Libya, and Yemen, which are covered, are among the 98 teams in the competition.");
	});
});


describe('an acronym for the headline’s words ("F1" under "Formula One …")', () => {
	it('is not the blank: the headline gives it away as surely as the long form', () => {
		// sport-07: "French Formula One (F1) driver …" under "Formula One driver … dies aged 25".
		const found = fixtureCandidates('sport-07');
		expect(found.filter((c) => c.question.type === 'cloze' && c.question.answer.includes('F1')).map((c) => c.question.prompt)).toEqual([]);
	});
});

describe('batch 14–15 of unseen articles: what a teacher rejected or had to edit', () => {
	const prompts = (text: string, date = '2012-12-04') => allCandidates(text, { articleDate: date }).map((c) => c.question.prompt);
	it('reads "They" as the two people the sentence before began with', () => {
		const text = 'Protesters lock themselves in a pipe\n\nTuesday, December 4, 2012\n\nTwo protesters, Sam Baker and Ann Lee, were arrested in Lumen, Texas, on Monday. According to their website, Baker and Lee entered the pipe at about 7:30 a.m. They went 25 feet into the pipe and took with them two barrels weighing 600 pounds each.';
		expect(prompts(text).some((p) => p.startsWith('Baker and Lee went') && /25|___/.test(p))).toBe(true);
	});
	it('keeps a main clause that ends in a comma ("Now Vardia is trying to slow its growth, fearful of …")', () => {
		const text = 'Vardia prices rise\n\nMonday, July 11, 2011\n\nConsumer prices in Vardia rose 6.4% in June, the statistics bureau said on Saturday. Now Vardia is attempting to slow its fast pace of growth, fearful of inflation, by raising interest rates five times since October 2010.';
		const found = prompts(text, '2011-07-11');
		expect(found.some((p) => /^As of July 2011, fearful/.test(p) || /^Fearful of inflation, by/.test(p))).toBe(false);
		expect(found.some((p) => p.includes('Vardia is attempting to slow its fast pace of growth'))).toBe(true);
	});
	it('writes "rose 65% from 2010", not "from in 2010"', () => {
		const text = 'Vardia prices rise\n\nMonday, July 11, 2011\n\nPork is a staple food in Vardia, and its price rose 65% from last year, the statistics bureau said on Saturday.';
		const found = prompts(text, '2011-07-11');
		expect(found.some((p) => p.includes('from 2010'))).toBe(true);
		expect(found.some((p) => p.includes('from in 2010'))).toBe(false);
	});
	it('never turns "dropped below $95" into "dropped above $95"', () => {
		const text = 'Oil prices\n\nMonday, July 11, 2011\n\nAs markets worried about inflation in Vardia, the price of oil dropped below US$95 a barrel on Monday.';
		const found = prompts(text, '2011-07-11');
		expect(found.some((p) => /dropped above|rose below|increased below/.test(p))).toBe(false);
	});
	it('does not blank "the United States" beside a state of it', () => {
		const text = 'Protesters lock themselves in a pipe\n\nTuesday, December 4, 2012\n\nTwo protesters in the United States were arrested on December 3, 2012, after they locked themselves inside a pipe in Winona, Texas.';
		expect(prompts(text).some((p) => p.includes('in the ___'))).toBe(false);
	});
	it('does not ask the days of "17 years and 285 days"', () => {
		const text = 'Vardia win the cup\n\nThursday, May 25, 2017\n\nAt the age of 17 years and 285 days, Tom Ward became the youngest player to play in the Lumen Cup final on May 24, 2017.';
		expect(prompts(text, '2017-05-25').some((p) => p.includes('17 years and ___ days'))).toBe(false);
	});
	it('does not turn "doubled Manchester’s lead" into "halved", which no goal does', () => {
		// sport-08: "… scored a goal just in front of Ajax's net, which doubled Manchester's lead."
		const found = fixtureCandidates('sport-08').map((c) => c.question.prompt);
		expect(found.some((p) => /halved Manchester/.test(p))).toBe(false);
	});
	it('dates "last Monday" from the article’s date', () => {
		const text = 'Leader recovering\n\nSunday, August 6, 2006\n\nThe condition of Vardia leader Tom Ward is satisfactory following surgery last Monday for intestinal bleeding, according to health minister Ann Lee.';
		expect(prompts(text, '2006-08-06').some((p) => p.includes('surgery on July 31, 2006, for intestinal bleeding') || p.includes('surgery on July 31, 2006 for intestinal bleeding'))).toBe(true);
	});
	it('writes "a woman" where the article slipped to "a women"', () => {
		const text = 'Cart injuries\n\nFriday, January 24, 2014\n\nIn Lumen, Vardia, a women died in 2013 as a result of a runaway shopping cart, the city hospital said.';
		const found = prompts(text, '2014-01-24');
		expect(found.some((p) => p.includes('a woman died'))).toBe(true);
		expect(found.some((p) => p.includes('a women'))).toBe(false);
	});
});

describe('a cup final’s lede: the result, dated, with its score', () => {
	const text = 'Vardia beat Lumen to win the Harbor Cup\n\nFriday, May 26, 2017\n\nOn Wednesday, in the Harbor Cup final, Vardia United defeated capital club Lumen FC 0–2 to win the Harbor Cup title and qualify for the Mirland Champions League group stage despite finishing sixth in the Premier League this season. Goals from Tom Baker in the first half and Sam Cole in the second half gave Vardia the win.';
	const found = allCandidates(text, { articleDate: '2017-05-26' });
	it('keeps a sentence whose "this season" the day it names dates', () => {
		expect(found.some((c) => c.question.prompt.startsWith('On May 24, 2017, in the Harbor Cup final'))).toBe(true);
	});
	it('reads "Lumen FC 0–2" as a club and a score, not a club called "Lumen FC 0"', () => {
		const short = allCandidates('Vardia win the Harbor Cup\n\nFriday, May 26, 2017\n\nVardia United defeated capital club Lumen FC 0–2 in the Harbor Cup final in Stockholm on May 24, 2017. Goals from Tom Baker and Sam Cole gave Vardia the win.', { articleDate: '2017-05-26' });
		expect(short.some((c) => c.question.prompt.includes('___–2') || (c.question.type === 'cloze' && /FC 0$/.test(String(c.question.answer))))).toBe(false);
		expect(short.some((c) => c.question.type === 'cloze' && String(c.question.answer) === 'Lumen FC')).toBe(true);
		expect(found.some((c) => c.question.prompt.includes('___–2') || (c.question.type === 'cloze' && /FC 0$/.test(String(c.question.answer))))).toBe(false);
	});
	it('asks the score of a long lede up to what the result won', () => {
		const score = found.find((c) => c.form === 'score');
		expect(score?.question.prompt).toBe('On May 24, 2017, in the Harbor Cup final, Vardia United defeated capital club Lumen FC ___ to win the Harbor Cup title.');
	});
});

describe('a cause the headline names', () => {
	it('is not the blank when all but one of its words are the headline’s ("a runaway shopping cart")', () => {
		// health-06: "… died in 2013, as a result of a runaway shopping cart" under "… shopping cart injuries rise …".
		const found = fixtureCandidates('health-06');
		expect(found.filter((c) => c.question.type === 'cloze' && /shopping cart/.test(String(c.question.answer))).map((c) => c.question.prompt)).toEqual([]);
	});
});

describe('a count of both sides beside a count of each', () => {
	it('asks neither: "booked six players – three players of each side" gives one from the other', () => {
		const text = 'Vardia win the Harbor Cup\n\nFriday, May 26, 2017\n\nVardia United beat Lumen FC 2–0 in the Harbor Cup final on May 24, 2017. A total of 32 fouls were committed in the match, and the referee booked six players – three players of each side received a yellow card.';
		const found = allCandidates(text, { articleDate: '2017-05-26' }).map((c) => c.question.prompt);
		expect(found.some((p) => /booked ___ players|– ___ players of each side/.test(p))).toBe(false);
	});
});

describe('a "we" inside a title', () => {
	it('does not cut a sentence at its "and" as if it turned to the reader, leaving a fragment', () => {
		const text = 'Singer Ama Reed dies at 46\n\nTuesday, January 16, 2018\n\nAma Reed joined the band Lumen as a teenager around 1989. Also featuring drummer Tom Baker, bassist Sam Cole and his brother Ned Cole, the band released their first album Why Can\'t We? in 1993.';
		const found = allCandidates(text, { articleDate: '2018-01-16' }).map((c) => c.question.prompt);
		expect(found.some((p) => /^(?:Also f|F)eaturing drummer Tom Baker, bassist Sam Cole\.$/.test(p))).toBe(false);
	});
});

describe('batch 16–17 of unseen articles: wrong keys', () => {
	it('never writes a number it cannot read ("two hundred years" was keyed "NaN")', () => {
		const text = 'Vardia celebrates its founding\n\nSaturday, September 18, 2010\n\nVardia is celebrating with events across the country. On Saturday, Vardia commemorated two hundred years since the First Junta of Vardia was formed in 1810.';
		const asked = allCandidates(text, { articleDate: '2010-09-18' }).filter((c) => c.question.prompt.includes('___ years since'));
		for (const c of asked) expect(JSON.stringify(c.question)).not.toContain('NaN');
		expect(asked.some((c) => c.question.type === 'numeric' && c.question.answer === 200)).toBe(true);
	});
	it('does not ask the 200 years of a Bicentennial: the word says the number', () => {
		const text = 'Vardia celebrates its Bicentennial\n\nSaturday, September 18, 2010\n\nVardia is celebrating its Bicentennial with events across the country. The Bicentennial commemorates two hundred years since the First Junta of Vardia was formed in 1810.';
		expect(allCandidates(text, { articleDate: '2010-09-18' }).some((c) => c.question.prompt.includes('___ years since'))).toBe(false);
	});
	it('dates "established on Thursday, and will stay until September 23" in the week before, not after', () => {
		const dates = findDates('The National Shoe Fair was established at the Ross Hotel on Thursday, and will stay in the town until September 23rd.', parseIsoDate('2010-09-18'));
		expect(dates.find((d) => d.text === 'Thursday')?.value).toBe('2010-09-16');
		const ahead = findDates('On Wednesday, Ward and his father are to travel to Lumen.', parseIsoDate('2015-09-19'));
		expect(ahead.find((d) => d.text === 'Wednesday')?.value).toBe('2015-09-23');
	});
	it('dates a match they "would play … on June 30" in the article’s year', () => {
		const dates = findDates("Vardia's win meant they would play their quarter-final match in Lumen against the hosts on June 30.", parseIsoDate('2006-06-24'));
		expect(dates.find((d) => d.text === 'June 30')?.value).toBe('2006-06-30');
	});
	it('counts "800,000 mainly diesel vehicles" in vehicles', () => {
		const found = mentions('The company announced on Tuesday that 800,000 mainly diesel vehicles may be affected.', '2015-11-04').filter((m) => m.kind === 'number');
		expect(found[0]?.quantity?.unit).toBe('vehicles');
	});
	it('reads a paragraph that ends "Image: Presidential Press and Information Office, Vardian Government." as a caption', () => {
		const text = 'Vardia bans protests\n\nTuesday, August 13, 2013\n\nVardian President Tom Baker in 2008, along with the Prime Minister, Sam Cole (left). Image: Presidential Press and Information Office, Vardian Government.\n\nVardia’s Interior Ministry confirmed on Monday that the police will enforce the new law during the 2014 Lumen Games.';
		expect(allCandidates(text, { articleDate: '2013-08-13' }).some((c) => c.question.prompt.includes('in 2008, along with'))).toBe(false);
	});
});

describe('the same day twice in what a question shows', () => {
	it('does not blank one when the other gives it ("from September 17th … earlier on Friday")', () => {
		const text = 'Vardia celebrates its Bicentennial\n\nSaturday, September 18, 2010\n\nThe Bicentennial takes place on a holiday from September 17th until 21st. President Tom Baker opened the official fairs earlier on Friday.';
		const found = allCandidates(text, { articleDate: '2010-09-18' });
		expect(found.filter((c) => c.question.type === 'date' && c.question.answer === '2010-09-17').map((c) => c.question.prompt)).toEqual([]);
	});
});

describe('"earlier this month"', () => {
	it('is written "in September 2010": earlier than the article, which the student does not see', () => {
		expect(findDates('Celebrations in Lumen started earlier this month.', parseIsoDate('2010-09-18')).map((d) => d.replacement)).toEqual(['in September 2010']);
		expect(findDates('The vote is expected later this month.', parseIsoDate('2010-09-18')).map((d) => d.replacement)).toEqual(['later in September 2010']);
	});
});

describe('batch 16–17: fragments and gestures', () => {
	const prompts = (text: string, date = '2013-08-17') => allCandidates(text, { articleDate: date }).map((c) => c.question.prompt);
	it('never makes "With RPG saying …" of a sentence whose main clause came before the comma', () => {
		const text = 'Airline sues papers\n\nSaturday, August 17, 2013\n\nA pilots group surveyed 1,000 pilots of Vardia Air in July 2013. Over 90% of those surveyed wanted a regulatory inquiry, with the group saying the survey results were passed to the airline and the Vardia Aviation Authority.';
		expect(prompts(text).some((p) => /^With the group saying/.test(p))).toBe(false);
		const alone = 'Airline sues papers\n\nSaturday, August 17, 2013\n\nVardia Air sued two newspapers in Lumen on August 15, 2013. With the pilots group saying the survey results were passed to the Vardia Aviation Authority on August 1, 2013.';
		expect(prompts(alone).some((p) => /^With the pilots group saying/.test(p))).toBe(false);
	});
	it('reads "Postcard released by the Vardian Government in 1910." as a caption', () => {
		const text = 'Vardia celebrates its Bicentennial\n\nSaturday, September 18, 2010\n\nVardia is celebrating its Bicentennial with events across the country on September 18, 2010.\n\nPostcard released by the Vardian Government in 1910.';
		expect(prompts(text, '2010-09-18').some((p) => p.startsWith('Postcard released'))).toBe(false);
	});
	it('does not make "raised his foot" false by "lowered"', () => {
		const text = 'Vardia beat Lumen\n\nSaturday, June 24, 2006\n\nVardia beat Lumen 2–1 in Berlin on June 24, 2006. A corner kick was swung in low to the near post; Tom Baker raised his foot, Sam Cole stuck out his neck and between them the ball sped past the keeper.';
		expect(prompts(text, '2006-06-24').some((p) => /lowered his foot/.test(p))).toBe(false);
	});
});

describe('a long name whose letters the headline gives ("World Health Organisation" under "WHO declares …")', () => {
	it('is not the blank', () => {
		const text = 'WHO declares Lumen fever outbreak an emergency\n\nMonday, August 11, 2014\n\nOn August 8, 2014, the World Health Organisation (WHO) stated the Lumen fever outbreak in Vardia is an international public health emergency. The outbreak has killed nearly 1,000 people since March 2014.';
		expect(allCandidates(text, { articleDate: '2014-08-11' }).some((c) => c.question.type !== 'true_false' && /World Health Organi[sz]ation/.test(String((c.question as { answer?: unknown }).answer ?? '')) || (c.question.type === 'multiple_choice' && /World Health/.test(c.question.choices[c.question.answer] ?? '')))).toBe(false);
	});
});

describe('a Chinese name, family name first', () => {
	it('accepts "Liu" for "Liu Liying", not the given name', () => {
		const text = 'Tycoon Lai sentenced to life\n\nSaturday, May 19, 2012\n\nA court in Xiamen sentenced tycoon Lai Changxing to life in prison on May 18, 2012. Liu Liying, head of the national inspection committee, took charge of the case in 1999.';
		const asked = allCandidates(text, { articleDate: '2012-05-19' }).filter((c) => c.question.type === 'cloze' && c.question.answer === 'Liu Liying');
		expect(asked.length).toBeGreaterThan(0);
		for (const c of asked) if (c.question.type === 'cloze') {
			expect(c.question.accepted ?? []).toContain('Liu');
			expect(c.question.accepted ?? []).not.toContain('Liying');
		}
	});
});

describe('batch 18: an earthquake story', () => {
	const text = "Four aftershocks hit Vardia\n\nSunday, November 28, 2010\n\nFour strong aftershocks have occurred on today's early morning in Vardia. The fourth and strongest quake had a 5.6 magnitude in the Richter scale. No damage was reported.\n\nThe Lumen Geological Survey reported that the third quake had a magnitude of 5.4 and occurred at a depth of 35 kilometers.";
	const found = allCandidates(text, { articleDate: '2010-11-28' });
	it('asks the magnitude, written after the figure or before it', () => {
		expect(found.some((c) => c.question.prompt.includes('had a ___ magnitude'))).toBe(true);
		expect(found.some((c) => c.question.prompt.includes('a magnitude of ___'))).toBe(true);
	});
	it('asks "The fourth and strongest quake" after the sentence that counted four', () => {
		expect(found.some((c) => c.question.prompt.startsWith('Four strong aftershocks') && c.question.prompt.includes('The fourth and strongest quake'))).toBe(true);
	});
	it('writes "on today\'s early morning" as "in the early morning of November 28, 2010"', () => {
		expect(found.some((c) => c.question.prompt.includes('in the early morning of November 28, 2010'))).toBe(true);
		expect(found.some((c) => /2010['’]s/.test(c.question.prompt))).toBe(false);
	});
});

describe('"in the game" after "… victory over X in Game 1 of the 2010 Finals"', () => {
	it('names the match, without the weekday after it', () => {
		const text = 'Lumen beat Vardia in Game 1 of the Finals\n\nFriday, June 4, 2010\n\nIn basketball, Tom Baker hit a three-pointer late in the fourth quarter to lift the Lumen Hawks to a 102–89 victory over the Vardia Owls in Game 1 of the 2010 Harbor Finals Thursday night. Baker scored 30 points in the game to lead all scorers.';
		const found = allCandidates(text, { articleDate: '2010-06-04' }).map((c) => c.question.prompt);
		expect(found.some((p) => p.includes('points in Game 1 of the 2010 Harbor Finals to lead all scorers'))).toBe(true);
		expect(found.some((p) => /Finals Thursday/.test(p))).toBe(false);
	});
});

describe('the article’s subject under a fuller name', () => {
	it('is not the blank: "Aretha Louise Franklin" is the "Aretha Franklin" of the headline', () => {
		// culture-05: "Singer Aretha Franklin, 'queen of soul', dies aged 76"; "Aretha Louise Franklin was born in …".
		const found = fixtureCandidates('culture-05');
		expect(found.filter((c) => (c.question.type === 'cloze' || c.question.type === 'short_answer') && /Aretha/.test(String(c.question.answer))).map((c) => c.question.prompt)).toEqual([]);
		expect(found.filter((c) => c.question.type === 'multiple_choice' && /Aretha/.test(c.question.choices[c.question.answer] ?? '')).map((c) => c.question.prompt)).toEqual([]);
	});
});

describe('"yesterday\'s vote"', () => {
	it('is "the vote on November 27, 2010", not "on November 27, 2010\'s vote"', () => {
		expect(findDates("Yesterday's vote was close.", parseIsoDate('2010-11-28')).map((d) => d.replacement)).toEqual(['the vote on November 27, 2010']);
	});
});

describe('"the prison" after "Peterhead prison has been replaced with the “super prison” HMP Grampian"', () => {
	it('is never named Peterhead, the prison replaced', () => {
		const text = 'Inmate accused of murder in Lumen prison\n\nTuesday, March 25, 2014\n\nThe nation’s sex offenders were, until recently, usually all held at Peterhead. Peterhead prison has been replaced with the £140 million "super prison" HMP Grampian, built next door to the Peterhead site. Men, women, and young offenders are all held at the prison for the first time at a Vardian jail and the first inmates arrived this month.';
		const found = allCandidates(text, { articleDate: '2014-03-25' }).map((c) => c.question.prompt);
		expect(found.some((p) => /held at the prison Peterhead|held at Peterhead for the first time/.test(p))).toBe(false);
	});
});

describe('a count the list after it spells out ("all three major trophies – the A Cup, the B Cup and the C Cup")', () => {
	it('is neither the blank nor changed to make a false statement', () => {
		const text = 'Vardia win the Harbor Cup\n\nFriday, May 26, 2017\n\nVardia United beat Lumen FC 2–0 in the Harbor Cup final on May 24, 2017. Vardia became the fifth team after Lumen, Mirland and Kesta to win all three major Harbor trophies – Harbor Cup Winners\' Cup, the Harbor Cup (now the Champions Cup) and Harbor Shield.';
		const found = allCandidates(text, { articleDate: '2017-05-26' });
		expect(found.filter((c) => /all ___ major|all (?:two|four|five|six|seven|eight|nine) major/.test(c.question.prompt)).map((c) => c.question.prompt)).toEqual([]);
	});
});

describe('"the fifth team after A, B and C"', () => {
	it('is not made false by "before": a rank among those named, not a time', () => {
		const text = 'Vardia win the Harbor Cup\n\nFriday, May 26, 2017\n\nVardia United beat Lumen FC 2–0 in the Harbor Cup final on May 24, 2017. Vardia became the fifth team after Lumen, Mirland, Kesta and Ardo to win the Harbor Cup twice in a row.';
		expect(allCandidates(text, { articleDate: '2017-05-26' }).some((c) => /fifth team before/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 21: an obituary, a bridge collapse, a cup final and a deputy (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('passes a "she" on through the sentences about her, never to the man named beside her', () => {
		// "She was briefly under arrest with her husband, when he was accused of conspiring against
		// Nasser … As an exile in France, she longed …": the exile is not Nasser (a wrong key, found blind).
		expect(prompts('culture-08').some((p) => /Nasser (?:did not )?longed?/.test(p))).toBe(false);
		const text = 'Poet Ada Marsh dies at 90\n\nThursday, April 5, 2012\n\nThe poet Ada Marsh died on Monday in Paris.\n\nIn 1940, Ada Marsh married the painter Leo Brant. She was arrested with her husband when he was accused of plotting against Omar Farid. In exile in France, she wrote her best-known book, "Salt", in 1950.';
		const found = allCandidates(text, { articleDate: '2012-04-05' }).map((c) => c.question.prompt);
		expect(found.some((p) => /Omar Farid wrote/.test(p))).toBe(false);
	});
	it('writes "the city of Istanbul" as it is, never "Istanbul of Istanbul"', () => {
		const text = 'Ada Marsh Dies at 90\n\nThe poet Ada Marsh died in Istanbul on Monday.\n\nThe city of Istanbul held a service for Ada Marsh in 2012.\n\nAda Marsh moved to Rome in 1950 and wrote 40 poems about the city of Istanbul.';
		const found = allCandidates(text, { articleDate: '2024-06-20' }).map((c) => c.question.prompt);
		expect(found.some((p) => /Istanbul of Istanbul/.test(p))).toBe(false);
		expect(found.some((p) => /the city of Istanbul/.test(p))).toBe(true);
	});
	it('takes a name and what it is doing, with no verb of its own, for a photo caption', () => {
		expect(prompts('culture-08').some((p) => /departing from the backdoor/.test(p))).toBe(false);
		const result = generateQuestions('Old Palace Reopens\n\nThe Harbor Palace reopened to visitors on May 2, 2024, after a repair that took six years.\n\nQueen Ada (left) waving from the balcony of the Harbor Palace in 1922.\n\nThe palace drew 40,000 visitors in its first week.', { articleDate: '2024-05-09', includeRejected: true });
		expect(result.rejected?.find((r) => r.text.startsWith('Queen Ada'))?.reason).toMatch(/caption/);
	});
	it('asks no part of a total the others give: "a 22-strong team …, comprising six …, five … and eleven …"', () => {
		expect(prompts('local-16').some((p) => /22-strong team/.test(p) && /___/.test(p))).toBe(false);
	});
	it('asks "how many" with a finite verb only: not "how many metres do … describes breaking swim"', () => {
		expect(prompts('local-16').some((p) => /^How many metres/.test(p))).toBe(false);
	});
	it('never blanks the club the headline calls by its short name ("Bayern beats …" over "Bayern Munich")', () => {
		expect(fixtureCandidates('sport-11').some((c) => /___ defeated DFB Pokal/.test(c.question.prompt))).toBe(false);
	});
	it('names the match a lede named first ("in the German DFL-Supercup final, … defeated"), once a sentence, never in "man of the match"', () => {
		const found = prompts('sport-11');
		expect(found.some((p) => p.startsWith('Dortmund had ___ ball possession in the German DFL-Supercup final'))).toBe(true);
		expect(found.some((p) => (p.match(/German DFL-Supercup final/g) ?? []).length > 1 && !p.startsWith('On August 5'))).toBe(false);
		expect(found.some((p) => /man of the German/.test(p))).toBe(false);
	});
	it('dates "Until yesterday," as "Until August 5, 2017,", not "Until on …"', () => {
		const found = prompts('sport-11');
		expect(found.some((p) => /Until on/.test(p))).toBe(false);
		expect(found.some((p) => p.startsWith('Until August 5, 2017, both Bayern and Borussia had'))).toBe(true);
	});
	it('does not make "denounced before the Committees" false by "after": in front of, not a time', () => {
		expect(fixtureCandidates('world-21').some((c) => c.form === 'false-opposite' && /denounced after the Committees/.test(c.question.prompt))).toBe(false);
	});
	it('does not deny "is a lawyer and member of …": not the one, or not the other?', () => {
		expect(prompts('world-21').some((p) => /is not a lawyer and member/.test(p))).toBe(false);
	});
	it('dates a weekday after a comma: "from a heart attack, Monday and was buried" is "on April 2, 2012, and"', () => {
		expect(prompts('culture-08').some((p) => /heart attack, on April 2, 2012, and was buried/.test(p))).toBe(true);
	});
	it('asks nothing of a substitution: "Rode was substituted in for Dahoud", "Chadli replaced Witsel" in the 90th minute', () => {
		expect(prompts('sport-11').some((p) => /substituted in for/.test(p))).toBe(false);
		expect(prompts('sport-01').some((p) => /Chadli replaced Axel Witsel|substituted Park Joo-Ho/.test(p))).toBe(false);
		// A player carried off and replaced is a story of its own.
		expect(prompts('sport-02').some((p) => /taken off in a stretcher/.test(p))).toBe(true);
	});
	it('states no "rescue teams continue to look for survivors" as a fact', () => {
		expect(fixtureCandidates('local-16').some((c) => c.form === 'true' && /continue to look for survivors/.test(c.question.prompt))).toBe(false);
	});
	it('keeps what a sentence tells before a colon and its quotation: "Coe … rejected the call for a boycott or relocation: "…"', () => {
		expect(prompts('world-18').some((p) => p.startsWith('Lord Sebastian Coe, head of the British Olympic Association,') && !/["“]/.test(p))).toBe(true);
		// Not when the colon only brings in the words ("…, an aerospace engineer at Iowa State University in Ames, noted:"),
		// nor when the sentence goes on after the quotation ("…," he instructed the first set of 11 potential jurors).
		expect(prompts('science-03').some((p) => /in Ames, noted\.$/.test(p))).toBe(false);
		expect(prompts('local-09').some((p) => /was present for jury selection/.test(p))).toBe(false);
	});
	it('blanks no first half of a longer name its letters stand for: "UK Trade and Investment (UKTI)"', () => {
		expect(prompts('business-01').some((p) => /___ and Investment/.test(p))).toBe(false);
	});
});

describe('batch 22: a Mars launch, a warship sunk and a day of Euro 2016 (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('never blanks the headline\'s "InSight" written in full, "InSight Mars" lander', () => {
		expect(prompts('science-12').some((p) => /NASA's ___ lander/.test(p))).toBe(false);
	});
	it('asks no term a word of the prompt begins: "Mars Cube One … known as ___" (cubesats)', () => {
		expect(prompts('science-12').some((p) => /Mars Cube One miniature spacecraft known as ___/.test(p))).toBe(false);
	});
	it('blanks no cause that begins "being …": "due to densely populated areas ___" (being located downrange)', () => {
		expect(prompts('science-12').some((p) => /populated areas ___/.test(p))).toBe(false);
	});
	it('writes a word the article doubled once: "from from Vandenberg"', () => {
		const found = prompts('science-12');
		expect(found.some((p) => /\bfrom from\b/.test(p))).toBe(false);
		expect(found.some((p) => /launch the spacecraft from Vandenberg/.test(p))).toBe(true);
	});
	it('leaves out "There, rockets were sent eastward …" and what onlookers saw', () => {
		const found = prompts('science-12');
		expect(found.some((p) => /^There, /.test(p))).toBe(false);
		expect(found.some((p) => /^Spectators in Lompoc|^People along the coast|^People in Orange County/.test(p))).toBe(false);
	});
	it('never blanks a name cut short before its particle: "Marcos Aparecido ___ dos Santos"', () => {
		expect(fixtureCandidates('world-13').some((c) => /___ dos Santos/.test(c.question.prompt))).toBe(false);
	});
	it('does not deny a noun read as the verb: "the announcement of military patrols"', () => {
		expect(prompts('world-22').some((p) => /military does not patrol/.test(p))).toBe(false);
	});
	it('asks no name holding the country the prompt gives by its adjective: "A South Korean … corvette of the ___" (Republic of Korea Navy)', () => {
		expect(prompts('world-22').some((p) => /South Korean .*corvette of the ___/.test(p))).toBe(false);
	});
});

describe('batch 23: Egypt\'s economy, a bus shooting, a tomb and a downed jet (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('dates "January 25 last year" in that year, and a day later in the sentence after it (two wrong keys, found blind)', () => {
		const dates = fixtureCandidates('business-10').filter((c) => c.question.type === 'date' && /Revolution began/.test(c.question.prompt)).map((c) => [c.question.prompt.includes('began on ___') ? 'began' : 'resigned', 'answer' in c.question ? c.question.answer : '']);
		expect(dates).toContainEqual(['began', '2011-01-25']);
		expect(dates).toContainEqual(['resigned', '2011-02-11']);
		expect(findDates('The war began on March 20, 2010, and ended on May 5.', parseIsoDate('2012-06-01')).map((d) => d.value)).toEqual(['2010-03-20', '2010-05-05']);
		// A day before the dated one is no later day: "On Tuesday, investigators took charge of debris washed
		// ashore on May 31" is May 31 of the article's year (a wrong key, found blind, when it was not).
		expect(findDates('On Tuesday, investigators took charge of debris washed ashore on May 31.', parseIsoDate('2015-08-13')).map((d) => d.value)).toContain('2015-05-31');
		// …nor a day the sentence looks ahead to, from a report dated years before.
		expect(findDates('The report, published on March 3, 2009, says the plant will open on June 1.', parseIsoDate('2012-05-20')).map((d) => d.value)).toEqual(['2009-03-03', '2012-06-01']);
	});
	it('never makes "he" the man the sentence names after it: not "Natan-Zada succeeded in pinning Natan-Zada" (a wrong key, found blind)', () => {
		expect(prompts('local-17').some((p) => /Natan-Zada succeeded in pinning Eden Natan-Zada|Natan-Zada succeeded in pinning Natan-Zada/.test(p))).toBe(false);
	});
	it('leaves no subject a figure once the lead is dropped: not "28 began struggling with the gunman"', () => {
		expect(prompts('local-17').some((p) => /^28 began/.test(p))).toBe(false);
	});
	it('asks no figure the headline gives in words: "killing ___ Israeli Arabs" under "Four Israeli Arabs killed …"', () => {
		expect(prompts('local-17').some((p) => /killing ___ Israeli Arabs/.test(p))).toBe(false);
	});
	it('asks no "in what year did … account for … but fell …"', () => {
		expect(prompts('business-10').some((p) => /did Tourism in Egypt account for .* but fell/i.test(p))).toBe(false);
	});
	it('offers no century after the article\'s own', () => {
		const century = fixtureCandidates('science-13').find((c) => c.question.type === 'multiple_choice' && /until the ___ century/.test(c.question.prompt));
		expect(century).toBeDefined();
		const choices = century!.question.type === 'multiple_choice' ? century!.question.choices : [];
		expect(choices.every((c) => Number.parseInt(c, 10) <= 21)).toBe(true);
	});
});

describe('batch 24: a gender report, a bill in the Lords and air strikes on Gaza (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('reads "the poorest 20%" as a group, not a figure to ask or change', () => {
		expect(prompts('business-11').some((p) => /(?:poorest|bottom) 30%/.test(p))).toBe(false);
	});
	it('leaves out a comparison with nothing to compare, and "The number" the sentence before gave', () => {
		const found = prompts('business-11');
		expect(found.some((p) => /times as high\.$/.test(p))).toBe(false);
		expect(found.some((p) => /^The number is much lower/.test(p))).toBe(false);
	});
	it('does not end a sentence at a rank: "Gaza police chief Maj. Gen. Tawfiq Jaber"', () => {
		expect(prompts('world-24').some((p) => /Maj\.$/.test(p))).toBe(false);
		expect(prompts('world-24').some((p) => /Maj\. Gen\. Tawfiq Jaber/.test(p))).toBe(true);
	});
	it('blanks no first part of a name that goes on after its "\'s": "the ___\'s Chorus"', () => {
		expect(prompts('local-18').some((p) => /___['’]s Chorus/.test(p))).toBe(false);
	});
	it('asks no date that is the article\'s own day', () => {
		expect(fixtureCandidates('world-24').some((c) => c.question.type === 'date' && 'answer' in c.question && c.question.answer === '2008-12-27')).toBe(false);
	});
});

describe('batch 25: a ferry trial, plane debris, an airport attack and a referendum (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const choices = (name: string, pattern: RegExp) =>
		fixtureCandidates(name)
			.filter((c) => pattern.test(c.question.prompt) && 'choices' in c.question)
			.map((c) => (c.question as { choices: string[] }).choices);
	it('reads a craft named after its kind as no person, and "he" as the captain before it', () => {
		const text = 'Ferry captain jailed\n\nMonday, July 28, 2008\n\nThe court in Safaga gave its verdicts on Sunday. Convicted was Salaheddin Gomaa, captain of nearby ferry Saint Catherine. He was jailed for six months after the court found he did not come to the aid of the sinking ship.';
		expect(mentions(text, '2008-07-28').find((m) => m.surface === 'Saint Catherine')?.kind).not.toBe('person');
		const found = allCandidates(text, { articleDate: '2008-07-28' }).map((c) => c.question.prompt);
		expect(found.some((p) => /^Salaheddin Gomaa was jailed/.test(p))).toBe(true);
		expect(found.some((p) => /^Saint Catherine was jailed/.test(p))).toBe(false);
	});
	it('denies no participle read as the verb: "the six defendants accused of manslaughter … have been cleared"', () => {
		expect(prompts('world-25').some((p) => /did not accuse/.test(p))).toBe(false);
		const text = 'Trial ends\n\nMonday, July 28, 2008\n\nFive of the six defendants accused of manslaughter over the fire have been cleared of all charges by the court in Safaga.';
		expect(allCandidates(text, { articleDate: '2008-07-28' }).some((c) => /\bnot\b/.test(c.question.prompt))).toBe(false);
	});
	it('offers no whole smaller than the part before it: "killed 1,034 of around ___ passengers"', () => {
		const sets = choices('world-25', /1,034 of around ___/);
		expect(sets.length).toBeGreaterThan(0);
		for (const set of sets) for (const choice of set) expect(Number(choice.replace(/,/g, ''))).toBeGreaterThan(1034);
	});
	it('takes figures from the article only when written to the answer\'s decimals: no "41.0%" beside 84.6%', () => {
		const sets = choices('world-28', /turnout of ___/);
		expect(sets.length).toBeGreaterThan(0);
		for (const set of sets) for (const choice of set) expect(choice).toMatch(/^\d+\.[1-9]%$/);
	});
	it('asks no share the others make up to the whole: "55% voted against and ___ voted for"', () => {
		const found = prompts('world-28');
		expect(found.some((p) => /55% voted against and ___|___ voted against and 45%/.test(p))).toBe(false);
		expect(found.some((p) => /turnout of ___/.test(p))).toBe(true);
	});
	it('leaves out "this had narrowed" further in a sentence, and a "Promising that …" with nobody promising', () => {
		const found = prompts('world-28');
		expect(found.some((p) => /this had narrowed/.test(p))).toBe(false);
		expect(found.some((p) => /^(?:Promising that|Northern Ireland, and)/.test(p))).toBe(false);
	});
	it('asks nothing of polling hours or of how a witness was heard', () => {
		expect(prompts('world-28').some((p) => /^Polling stations opened/.test(p))).toBe(false);
		expect(prompts('world-27').some((p) => /testified via videolink/.test(p))).toBe(false);
	});
	it('blanks no base of a rate ("$0.64 for every ___"), and keeps "Indian" capitalised in a question', () => {
		const found = prompts('business-11');
		expect(found.some((p) => /for every ___/.test(p))).toBe(false);
		expect(found.some((p) => /\bindian women\b/.test(p))).toBe(false);
		expect(found.some((p) => /How much money do Indian women earn/.test(p))).toBe(true);
	});
});

describe('batch 26: a Champions League match, a workers\' factory, a tobacco-ad call and a conference (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('leaves out "Some noted …", "Some claim …" and "One piece appears …": who and which, said before', () => {
		const found = prompts('world-26');
		expect(found.some((p) => /^(?:Some noted|Some claim|One piece appears)\b/.test(p))).toBe(false);
	});
	it('asks no end of a range the other end gives ("around six or ___ TV crews"), nor how many crews came', () => {
		expect(prompts('culture-09').some((p) => /TV crews/.test(p))).toBe(false);
		const text = 'Flood relief\n\nMonday, May 6, 2024\n\nVolunteers filled between six or seven hundred sandbags on the Ouse embankment at York on Sunday.';
		expect(allCandidates(text, { articleDate: '2024-05-06' }).some((c) => /six or ___/.test(c.question.prompt))).toBe(false);
	});
	it('asks no count that the names after "including" nearly list out (nine of ten countries)', () => {
		expect(prompts('health-07').some((p) => /reside in ___ countries including/.test(p))).toBe(false);
	});
	it('asks no date worked out from another in the sentence ("May 30, one day before … held on ___")', () => {
		expect(prompts('health-07').some((p) => /one day before[^.]*___/.test(p))).toBe(false);
	});
	it('writes "This year\'s World No Tobacco Day" as "The 2008 World No Tobacco Day", not "In 2008\'s"', () => {
		const found = prompts('health-07');
		expect(found.some((p) => /\bIn 2008['’]s\b/.test(p))).toBe(false);
		expect(found.some((p) => /^The 2008 World No Tobacco Day focuses/.test(p))).toBe(true);
		expect(prompts('said-03')).toContain('The 2017 theme was water security.');
	});
	it('credits a quotation to the person a title names ("said WHO Regional Director for Africa Luis Sambo")', () => {
		const found = prompts('health-07');
		expect(found.some((p) => /^According to Luis Sambo, the WHO appeals/.test(p))).toBe(true);
		expect(found.some((p) => /According to World Health Organization/.test(p))).toBe(false);
	});
	it('reads a name the article says a thing is known as ("the factory is widely known as Zanon") as the thing', () => {
		const found = prompts('business-12');
		expect(found.some((p) => /workers of Luis Zanon/.test(p))).toBe(false);
		expect(found.some((p) => /workers of Zanon/.test(p))).toBe(true);
	});
	it('does not end a question at the comma between two words of one phrase ("in an ongoing, highly politicized …")', () => {
		expect(prompts('business-12').some((p) => /in an ongoing\?$/.test(p))).toBe(false);
	});
	it('ends a name at "for" ("Cristiano Ronaldo for United" is Ronaldo, playing for United)', () => {
		const found = prompts('sport-13');
		expect(found.some((p) => /Ronaldo for United, and Ronaldo/.test(p))).toBe(false);
	});
	it('asks nothing of a near miss ("the next chance fell to …", "a curling shot almost fooled …")', () => {
		const found = prompts('sport-13');
		expect(found.some((p) => /chance fell to|almost fooled|saved well/.test(p))).toBe(false);
	});
	it('blanks no term the headline gives ("better known as ___ 2008" under "Wikimania 2008 opens …")', () => {
		const terms = fixtureCandidates('culture-09').filter((c) => c.form === 'term');
		expect(terms.some((c) => /better known as ___/.test(c.question.prompt))).toBe(false);
	});
	it('dates a weekday that is the subject ("Thursday saw the start of …") and leaves out the publisher\'s note about itself', () => {
		const found = prompts('culture-09');
		expect(found.some((p) => /^July 17, 2008 saw the start/.test(p))).toBe(true);
		expect(found.some((p) => /^Thursday saw/.test(p))).toBe(false);
		expect(found.some((p) => /is a project of the Wikimedia Foundation|^This article mentions/.test(p))).toBe(false);
	});
});

describe('batch 27 and re-judging: softball, a charity climb, a comic-strip lawsuit and a Pride march (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('names "the conference" as the headline does when the article says it is better known so ("Wikimania 2008")', () => {
		const found = prompts('culture-09');
		expect(found.some((p) => /^Wikimania 2008 received over ___ submissions/.test(p))).toBe(true);
		expect(found.some((p) => /^The International Wikimedia Conference received/.test(p))).toBe(false);
	});
	it('takes no quotation that ends a clause begun outside it ("told the BBC the planet KELT-9b "is about …"")', () => {
		expect(prompts('science-06').some((p) => /^According to [^,]+, is about/.test(p))).toBe(false);
	});
	it('keeps the comma after a full date in a phrase ("on the night of July 17, 2015, at age 25")', () => {
		expect(prompts('sport-07').some((p) => /July 17, 2015 at age 25/.test(p))).toBe(false);
	});
});

describe('batch 27: a softball series, a charity climb, a comic-strip lawsuit and a Pride march (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('asks nothing of an inning told play by play ("was walked", "bunted out", "the inning ended")', () => {
		const found = prompts('sport-14');
		expect(found.some((p) => /was walked|bunted|inning ended|wild pitch allowed|started on second/.test(p))).toBe(false);
	});
	it('keeps the lede that tells the result ("victories in the first two games of their test series"), dated', () => {
		expect(prompts('sport-14').some((p) => /^On the night of March 21, 2012, the Japan women's national softball team picked up victories/.test(p))).toBe(true);
	});
	it('writes "25 years ago in 1993" once, as "in 1993"', () => {
		const found = prompts('local-19');
		expect(found.some((p) => /in 1993, in 1993/.test(p))).toBe(false);
		expect(found.some((p) => /decriminalised in the Irish Republic in 1993, and/.test(p))).toBe(true);
	});
	it('dates a day an announcement tells in the present as to come, and asks no end of a span of days (two wrong keys, found blind)', () => {
		expect(findDates('Participants climb or hike up the highest point in their state sometime during May 23–31.', parseIsoDate('2009-04-22')).map((d) => d.value)).toContain('2009-05-23');
		expect(findDates('Participants can take part by running or cycling on September 19 or 20.', parseIsoDate('2009-04-22')).map((d) => d.value)).toContain('2009-09-19');
		// A day told in the past is still the latest before the article.
		expect(findDates('The plane vanished on December 28.', parseIsoDate('2015-08-09')).map((d) => d.value)).toContain('2014-12-28');
		expect(fixtureCandidates('health-08').some((c) => c.question.type === 'date' && /___\s*(?:–|or)\s*\d/.test(c.question.prompt))).toBe(false);
	});
	it('blanks no figure of a list written with its currency ("either $90, $180, or ___")', () => {
		expect(prompts('health-08').some((p) => /either (?:___, \$180|\$90, ___|\$90, \$180, or ___)/.test(p))).toBe(false);
	});
	it('leaves out "Each amount is …" and "This 10-day climb …": which, the sentence before said', () => {
		const found = prompts('health-08');
		expect(found.some((p) => /^(?:Each amount|This 10-day climb)\b/.test(p))).toBe(false);
	});
	it('leaves out that someone spoke briefly, gave a rundown of statistics, or what the presentations included', () => {
		const found = prompts('culture-09');
		expect(found.some((p) => /spoke briefly|gave a rundown|^(?:Other )?Presentations included/.test(p))).toBe(false);
	});
	it('reads the kind a word or two into an appositive ("the Bibliotheca Alexandrina, a modern library")', () => {
		const text = 'Conference opens\n\nFriday, July 18, 2008\n\nThe meeting is being held in the Bibliotheca Alexandrina, a modern library with a grand hall, in Alexandria. One of the projects hosted by the library is a mirror of the Internet Archive, which keeps copies of old web pages.';
		const found = allCandidates(text, { articleDate: '2008-07-18' }).map((c) => c.question.prompt);
		expect(found.some((p) => /hosted by the Bibliotheca Alexandrina/.test(p))).toBe(true);
	});
	it('turns no "times larger than" into "times smaller than"', () => {
		expect(prompts('science-06').some((p) => /times smaller than/.test(p))).toBe(false);
	});
	it('reads "Costa Rican" as a nationality, never a name to offer', () => {
		const offered = fixtureCandidates('culture-10').flatMap((c) => ('choices' in c.question ? (c.question as { choices: string[] }).choices : []));
		expect(offered).not.toContain('Costa Rican');
	});
});

describe('batch 28: the Grammys, a tribal-areas bill and a captivity sentence (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('says no true statement that is the headline\'s news again: its subject, its verb and its figure', () => {
		const found = prompts('culture-11');
		expect(found).not.toContain('David Bowie posthumously won five Grammys.');
		expect(found.some((p) => /^On February 12, 2017, British singer Adele (?:did not )?won? five Grammy Awards[^_]*\.$/.test(p))).toBe(false);
	});
	it('asks no count its breakdown adds up to, nor a part the total and the other parts give', () => {
		const found = prompts('world-29');
		expect(found.some((p) => /adds ___ new seats|21 new seats — ___ general/.test(p))).toBe(false);
		expect(found.some((p) => /^The Federally Administered Tribal Areas Reforms Bill adds 21 new seats/.test(p))).toBe(true);
	});
	it('blanks no currency\'s letters ("raise ___$5,000")', () => {
		expect(prompts('health-08').some((p) => /___\$/.test(p))).toBe(false);
	});
});

describe('batch 29: an emperor\'s abdication law, a Pride shelter, a cardinal\'s funding threat and a president\'s claim (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('leaves out who attended, named, and when a parade began or ended', () => {
		const found = prompts('local-21');
		expect(found.some((p) => /one of the attendees|began at 2:30 PM|ended at around 5 PM/.test(p))).toBe(false);
		expect(prompts('world-18').some((p) => /Stephen Fry attended a protest/.test(p))).toBe(false);
	});
	it('leaves out a sentence in another language', () => {
		expect(prompts('local-21').some((p) => /Daarom pleit ik/.test(p))).toBe(false);
	});
	it('leaves out "a similar …" and "related events" with nothing to be similar or related to', () => {
		expect(prompts('local-21').some((p) => /^A similar refuge programme|related events/.test(p))).toBe(false);
	});
	it('dates "Saturday\'s Brussels Pride" as the Brussels Pride on its day', () => {
		const found = prompts('local-21');
		expect(found.some((p) => /Saturday['’]s Brussels Pride/.test(p))).toBe(false);
		expect(found.some((p) => /^The Brussels Pride on May 19, 2018, was the 23rd/.test(p))).toBe(true);
	});
	it('blanks no ward number ("Chicago ___ ward alderman"), nor a count an ordinal beside it gives ("his third wife")', () => {
		expect(prompts('local-22').some((p) => /___ ward/.test(p))).toBe(false);
		expect(prompts('world-31').some((p) => /who has ___ current wives/.test(p))).toBe(false);
	});
});

describe('re-judging after batch 29', () => {
	it('reads no kind past an appositive\'s head ("TEPCO, the operator of the plant" is no plant)', () => {
		expect(fixtureCandidates('science-05').some((c) => /the plant TEPCO/.test(c.question.prompt))).toBe(false);
	});
	it('credits no quotation that opens on a "he" it does not name ("One day, he came into the senior center")', () => {
		expect(fixtureCandidates('va-10').some((c) => /^According to [^,]+, One day, he/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 30: a press-freedom appeal, three Euro 2016 matches, a downed airliner and a carpark fire (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('leaves out who was booked and when, and a failed attempt; a booking that gave a penalty stays', () => {
		expect(prompts('sport-15').some((p) => /yellow card|booked in the|were booked/.test(p))).toBe(false);
		const found = prompts('sport-01');
		expect(found.some((p) => /Kim Shin-Wook was shown a yellow card|attempt in the 18th minute failed/.test(p))).toBe(false);
		expect(found.some((p) => /Kyle Walker was booked for his bad foul, and Ferjani Sassi scored from the penalty spot/.test(p))).toBe(true);
	});
	it('leaves out a win told again as league points ("collected three points")', () => {
		expect(prompts('sport-15').some((p) => /three points/.test(p))).toBe(false);
	});
	it('drops an opening that counts from the sentence before ("Within a couple of minutes,", "In response")', () => {
		const found = prompts('sport-15');
		expect(found.some((p) => /^Within a couple of minutes/.test(p))).toBe(false);
		expect(found.some((p) => /^(?:In the Germany–Ukraine match, )?Schweinsteiger scored the second goal as Germany won/.test(p))).toBe(true);
		expect(prompts('world-24').some((p) => /^In response (?!to)/.test(p))).toBe(false);
	});
	it('writes "an unidentified", "an unoccupied", and still "a unit", "a unique"', () => {
		expect(prompts('world-33').some((p) => /by an unidentified party/.test(p))).toBe(true);
		expect(prompts('world-33').some((p) => /\ba unidentified\b/.test(p))).toBe(false);
		expect(prompts('world-24').some((p) => /damaging an unoccupied house/.test(p))).toBe(true);
		const text = 'Army unit honoured\n\nMonday, May 7, 2012\n\nAn unit of the Harbor City army won an unique award on Sunday, the first given to an unit of its size in 40 years.';
		const found = generateQuestions(text, { articleDate: '2012-05-07', count: 10 }).candidates.map((c) => c.question.prompt);
		expect(found.some((p) => /\ba unique award\b/.test(p))).toBe(true);
		expect(found.some((p) => /\ban (?:unit|unique)\b/i.test(p))).toBe(false);
	});
	it('names "the flight" as the headline and the lede do ("Malaysia Airlines Flight 17")', () => {
		expect(prompts('world-33').some((p) => /^Malaysia Airlines Flight 17, which departed Amsterdam/.test(p))).toBe(true);
		expect(prompts('world-33').some((p) => /^The flight, which departed/.test(p))).toBe(false);
	});
	it('reads "all of them" after "According to X," as pointing back, and "Many attendees" too', () => {
		const found = prompts('local-23');
		expect(found.some((p) => /almost all of them were destroyed|^Many attendees/.test(p))).toBe(false);
	});
	it('keeps a sentence anchored by its event\'s name ("The final evening of the four-day Liverpool International Horse Show") and "over the last two years"', () => {
		const found = prompts('local-23');
		expect(found.some((p) => /^The final evening of the four-day Liverpool International Horse Show/.test(p))).toBe(true);
		expect(found.some((p) => /^Mayor Joe Anderson tweeted that cuts to fire services over the last/.test(p))).toBe(true);
		// ("in the last four minutes" of a match still points back.)
		expect(prompts('sport-06').some((p) => /^This time Australia rotated its players/.test(p))).toBe(false);
	});
});

describe('batch 31: leaked cables on Iran, a Pacific tsunami alert, food prices and poverty, a hacked church website (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('says which match a report of several matches means, from the section\'s heading ("Group C — Germany 2–0 Ukraine")', () => {
		const found = prompts('sport-15');
		expect(found.some((p) => /^In the Germany–Ukraine match, Shkodran Mustafi opened the scoring/.test(p))).toBe(true);
		expect(found.some((p) => /^Poland won the match against Northern Ireland with stronger ball possession/.test(p))).toBe(true);
		const sport01 = prompts('sport-01');
		expect(sport01.some((p) => /^In the 62nd minute of the Sweden–Korea Republic match, Kim Min-Woo conceded a penalty which the match referee Joel Aguilar/.test(p))).toBe(true);
		expect(sport01.some((p) => /^In the Tunisia–England match, Harry Kane won the Budweiser Man of the Match award/.test(p))).toBe(true);
		// (A report of one match has no such sections: its match is the article's own.)
		expect(prompts('sport-04').some((p) => /–\S+ match,/.test(p))).toBe(false);
	});
	it('keeps "Bahrain" a country after "King Hamad of Bahrain"', () => {
		expect(prompts('world-34').some((p) => /Hamad of Bahrain, Eastern Saudi Arabia/.test(p))).toBe(false);
	});
	it('drops "Shortly after the incident," whole and "However;", and leaves out "During the interview," with no interview named', () => {
		const found = prompts('tech-04');
		expect(found.some((p) => /^The incident, /.test(p))).toBe(false);
		expect(found.some((p) => /^Adam Lanza shot himself/.test(p))).toBe(true);
		expect(found.some((p) => /^(?:However;\s*)?During the interview/i.test(p))).toBe(false);
	});
	it('reads "over the last year" as the year before, not a calendar year, and "since last June" as "since June 2010"', () => {
		const found = prompts('business-13');
		expect(found.some((p) => /over the in 2010|last June 2010/.test(p))).toBe(false);
		expect(found.some((p) => /food prices have risen ___ over the last year, pushing 44 million more people into poverty since June 2010/.test(p))).toBe(true);
	});
});

describe('re-judging after batch 31', () => {
	it('dates "Sunday night\'s vote" as the vote on the night of its day', () => {
		const [found] = findDates('Sunday night\'s vote was close.', parseIsoDate('2010-11-30'));
		expect(found?.replacement).toBe('The vote on the night of November 28, 2010');
	});
	it('dates a weekday an impact is expected on as one to come ("expected in Sydney from 8:45am local time, Sunday there")', () => {
		const found = fixtureCandidates('world-35').map((c) => c.question.prompt).filter((p) => /8:45am local time/.test(p));
		expect(found.length).toBeGreaterThan(0);
		expect(found.every((p) => /on February 28, 2010/.test(p))).toBe(true);
		const [sunday] = findDates('The storm was expected to reach the coast on Sunday.', parseIsoDate('2010-02-27'));
		expect(sunday?.value).toBe('2010-02-21');
	});
	it('states a lede of up to 48 words as true or false (other sentences stay at 40)', () => {
		const found = fixtureCandidates('local-23').filter((c) => c.question.type === 'true_false').map((c) => c.question.prompt);
		expect(found.some((p) => /^A fire on the night of December 31, 2017, in the seven-storey carpark for the Echo Arena/.test(p))).toBe(true);
	});
	it('names a topic by the headline only with the whole name ("Space Agency" of "Orbis Space Agency" is no name)', () => {
		const text = 'Space Agency Tests Rover\nThe rover Dune crossed 4.2 miles of desert in a test run by the Orbis Space Agency on Friday.\nThe agency plans to launch the rover to Mars in 2029.';
		const found = generateQuestions(text, { articleDate: '2024-02-10', count: 40 }).candidates.map((c) => c.question.prompt);
		expect(found.some((p) => /^Space Agency plans/.test(p))).toBe(false);
	});
	it('keeps a name\'s capital after "As of …," ("Wikileaks, so far, have released" → "As of November 2010, Wikileaks have released")', () => {
		expect(fixtureCandidates('world-34').some((c) => /^As of November 2010, Wikileaks have released under 300/.test(c.question.prompt))).toBe(true);
	});
});

describe('batch 32: a helicopter collision, a fine for a video, a death-penalty ruling and diverted famine aid (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('names "The King", "the Prince" as the article titled them ("King Hamad of Bahrain")', () => {
		const found = prompts('world-34');
		expect(found.some((p) => /^King Hamad of Bahrain did welcome the prospect of India/.test(p))).toBe(true);
		expect(found.some((p) => /^Crown Prince Mohammed bin Zayed Al Nahyan asserted Iran/.test(p))).toBe(true);
		expect(found.some((p) => /^The (?:King|Prince)\b/.test(p))).toBe(false);
	});
	it('dates "On Monday, Mark Meechan …" ("Monday, Mar…" is no date in March)', () => {
		const found = prompts('local-24');
		expect(found.some((p) => /^On April 23, 2018, Mark Meechan of Scotland was fined/.test(p))).toBe(true);
		expect(found.some((p) => /^On Monday\b/.test(p))).toBe(false);
	});
	it('drops "Simultaneously," and leaves out "One such aid worker"', () => {
		expect(prompts('local-24').some((p) => /Simultaneously/.test(p))).toBe(false);
		expect(prompts('world-37').some((p) => /^One such/.test(p))).toBe(false);
	});
	it('makes no "less than one subject" of "more than one subject"', () => {
		expect(prompts('local-25').some((p) => /less than one subject/.test(p))).toBe(false);
	});
	it('does not end a sentence at the "v." of a case ("Ron Briggs v. Brown")', () => {
		expect(sentencesOf('The court wrote in its opinion for the case, Ron Briggs v. Brown, that the law stands. It was signed by five justices.')).toHaveLength(2);
		expect(prompts('local-25').some((p) => /Briggs v\.$/.test(p))).toBe(false);
	});
});

describe('re-judging after batch 32', () => {
	it('reads "Graphic representation of …", "Map of …" as a caption', () => {
		expect(fixtureCandidates('world-35').some((c) => /^Graphic representation of/.test(c.question.prompt))).toBe(false);
		expect(fixtureCandidates('world-34').some((c) => /^Map of the Strait/.test(c.question.prompt))).toBe(false);
	});
	it('reads no "them" as the one person a title named ("The Queen will welcome them" → left out), and a plural noun before as "they"', () => {
		const text = 'Zuma visits Britain\nZuma arrived in London on Tuesday for a state visit to Queen Elizabeth II.\nThe Queen will welcome them at the Horse Guards Parade and take them to Buckingham Palace thereafter.';
		const found = generateQuestions(text, { articleDate: '2010-03-05', count: 40 }).candidates.map((c) => c.question.prompt);
		expect(found.some((p) => /welcome them/.test(p))).toBe(false);
		expect(fixtureCandidates('local-10').some((c) => /^Phillip Chan related anecdotes where he was bitten by sharks/.test(c.question.prompt))).toBe(true);
	});
});

describe('batch 33: phosphorus bomb claims, a prime minister resigns, a campaigner dies, the largest protest (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('reads "Sarah Brady, pictured far right in 2006Image: White House." as a caption', () => {
		expect(prompts('local-26').some((p) => /pictured far right|Image:/.test(p))).toBe(false);
	});
	it('writes "last August" as "in August 2014" ("died at the age of 73 in August 2014"), "by voters last November" as "by voters in November 2016"', () => {
		expect(prompts('local-26').some((p) => /^James Brady died at the age of 73 in August 2014\.$/.test(p))).toBe(true);
		expect(prompts('local-25').some((p) => /by voters in November 2016/.test(p))).toBe(true);
		expect(prompts('business-13').some((p) => /since June 2010/.test(p))).toBe(true);
	});
});

describe('re-judging after batch 33', () => {
	it('never blanks the person the headline names by role ("Egyptian prime minister steps down" over "Ahmed Shafik, Egypt\'s acting prime minister, has resigned")', () => {
		expect(fixtureCandidates('world-39').some((c) => /___ (?:had received|was appointed)|^Who was appointed to his position/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 34: a blind football match, a fine under a new law, a summoned ex-president, a warning to Kenya (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('lets "her" point to "A woman" told by a noun before it ("A woman in Spain has been fined €800 after posting a photograph to her Facebook account …")', () => {
		expect(prompts('local-28').some((p) => /^(?:A woman in Spain has been fined ___ after posting a photograph to her Facebook account|How much money has a woman in Spain been fined)/.test(p))).toBe(true);
		// (Still no "her" with no one before it.)
		const text = 'Fines\n\nMonday, August 17, 2015\n\nThe council met on Monday. The committee fined her €800 for posting a photograph of a police car.';
		expect(allCandidates(text, { articleDate: '2015-08-17' }).some((c) => /fined her/.test(c.question.prompt))).toBe(false);
	});
	it('reads a name in quotation marks as no quotation, and gives a day and month near the article’s date their year ("On July 1, 2015, the "Citizens\' Security law" went into effect")', () => {
		expect(prompts('local-28')).toContain('On July 1, 2015, the "Citizens\' Security law" went into effect.');
		const text = 'A new law\n\nMonday, August 17, 2015\n\nThe Vardia parliament passed the Harbor Act in a close vote. By July 1 the Harbor Act was in force across the whole of Vardia, officials said. The Harbor Act was first proposed on March 3, 2012. The earlier Dock Act had come into force on February 3, before the war.';
		const found = allCandidates(text, { articleDate: '2015-08-17' }).map((c) => c.question.prompt);
		expect(found.some((p) => p.startsWith('By July 1, 2015, the Harbor Act was in force'))).toBe(true);
		// (Not a day far from the article's, whose year would be a guess.)
		expect(found.some((p) => /February 3, 20/.test(p))).toBe(false);
	});
	it('reads "Virginia Álvarez, who wrote the report" as a person, and a place name before a surname as a first name only then', () => {
		const found = mentions('Report\n\nMonday, August 17, 2015\n\nVirginia Álvarez, who wrote the report, noted that the police had fined 40 people. The march went from Virginia Park to the Virginia Museum.', '2015-08-17');
		expect(found.find((m) => m.name === 'Virginia Álvarez')?.kind).toBe('person');
		expect(found.some((m) => m.kind === 'person' && /Museum/.test(m.name))).toBe(false);
	});
	it('asks about the former prime minister taken into custody "this afternoon", dated, with "the Egyptian public prosecutor said" as its source', () => {
		expect(prompts('world-40').some((p) => /^On the afternoon of April 10, 2011, the former prime minister of Egypt, Ahmed Nazif, was taken into custody for (?:___|15) days/.test(p))).toBe(true);
	});
	it('asks nothing of a shot off the post, a missed shot, attacks with "nothing on the scoreboard" or a caution, and says whom "Brazil won 1–0" against', () => {
		const found = prompts('sport-16');
		expect(found.some((p) => /goal post|missed the goal|nothing on the scoreboard|looking threatening|cautioned him/.test(p))).toBe(false);
		expect(found).toContain('Brazil won ___ against China, topping Group B.');
	});
});

describe('batch 35: a rocket test, a driver’s death, troops in Poland, a school shooting (unseen, judged blind)', () => {
	const candidates = (name: string) => fixtureCandidates(name);
	it('dates a day a week after the article, told with no verb in the past, to come ("moves towards office on January 20" is January 20, 2017)', () => {
		const dated = candidates('world-42').filter((c) => c.question.type === 'date' && /moves towards office on ___/.test(c.question.prompt));
		expect(dated.length).toBeGreaterThan(0);
		expect(dated.every((c) => String(c.question.type === 'date' && c.question.answer) === '2017-01-20')).toBe(true);
		// (A day told in the past stays the latest before the article.)
		expect(findDates('The plane vanished on January 20 over the sea.', parseIsoDate('2017-01-13'))[0]?.value).toBe('2016-01-20');
	});
	it('never turns "before the US Senate" into "after the US Senate", and drops a sentence whose "this was" points back', () => {
		const prompts = candidates('world-42').map((c) => c.question.prompt);
		expect(prompts.some((p) => /after the US Senate/.test(p))).toBe(false);
		expect(prompts.some((p) => /said this was/.test(p))).toBe(false);
		// ("…; this has dropped to 56 percent" points inside its own sentence.)
		expect(fixtureCandidates('business-04').some((c) => /; this has dropped/.test(c.question.prompt))).toBe(true);
	});
	it('never makes a statement false by a figure the rewrite took out ("nearly 3 minutes (96 seconds)")', () => {
		expect(candidates('science-14').some((c) => /\(\d+ seconds\)/.test(c.question.prompt))).toBe(false);
	});
	it('never turns "won the race, though he did not celebrate" into "lost the race, though …"', () => {
		expect(candidates('sport-17').some((c) => /lost the race, though/.test(c.question.prompt))).toBe(false);
	});
	it('anchors "In recent months" to the article’s date ("In the months before January 2017, tension has mounted …")', () => {
		expect(candidates('world-42').some((c) => c.question.prompt.startsWith('In the months before January 2017, tension has mounted further'))).toBe(true);
	});
});

describe('re-judging after batch 35', () => {
	it('reads "A Turkish F-4 Phantom jet, from file." as a photo caption', () => {
		expect(fixtureCandidates('world-23').some((c) => /from file/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 36: three Euro 2016 matches, an earthquake in Turkey, arrests over a coup plot, an interview (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('writes the time that follows a named match in lower case ("In the Spain–Turkey match, three minutes after half time, …")', () => {
		expect(prompts('sport-18').some((p) => p.startsWith('In the Spain–Turkey match, three minutes after half time'))).toBe(true);
		expect(prompts('sport-18').some((p) => /match, Three/.test(p))).toBe(false);
	});
	it('asks nothing of who met whom ("President Abdullah Gul met with Besir Atalay"), but keeps a meeting where something was agreed or a first meeting', () => {
		expect(prompts('world-43').some((p) => /\bmet with\b/.test(p))).toBe(false);
		const text = 'Talks\n\nMonday, January 12, 2009\n\nPresident Ana Vardi met with Prime Minister Tomas Reed on January 10, 2009, and agreed to hold early elections in March.';
		expect(allCandidates(text, { articleDate: '2009-01-12' }).some((c) => /agreed to hold early elections/.test(c.question.prompt))).toBe(true);
		// ("Maxi Rodriguez met the descending ball …" is no meeting.)
		expect(prompts('sport-09').some((p) => /met the descending ball/.test(p))).toBe(true);
	});
	it('drops "40 other aftershocks followed shortly": others than the one told before', () => {
		expect(prompts('science-15').some((p) => /other aftershocks followed/.test(p))).toBe(false);
	});
});

describe('batch 37: a cholera outbreak, a goalkeeper’s transfer, a vote for military action, a Champions League exit (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('leaves "the club" as it is when the sentence named its own club ("Since moving to Juventus, … matches for the club", not "for the club Paris Saint-Germain")', () => {
		expect(prompts('sport-19').some((p) => /matches for the club Paris Saint-Germain/.test(p))).toBe(false);
		expect(prompts('sport-19').some((p) => /Since moving to Juventus, .* matches for the club\./.test(p))).toBe(true);
	});
	it('writes "earlier today" as the article’s date alone ("bowed out of the Champions League on March 6, 2007")', () => {
		expect(prompts('sport-20').some((p) => /bowed out of the Champions League on March 6, 2007/.test(p))).toBe(true);
		expect(prompts('sport-20').some((p) => /earlier on March 6/.test(p))).toBe(false);
	});
});

describe('re-reading the E verdicts before batch 38', () => {
	const choices = (name: string, pattern: RegExp) => fixtureCandidates(name).find((c) => pattern.test(c.question.prompt) && c.question.type === 'multiple_choice')?.question as { choices: string[] } | undefined;
	it('offers round shares beside a round one ("fell by over ___": 60, 70 and 80 percent, not 56, 61 and 67)', () => {
		expect(choices('business-10', /foreign reserves fell by over ___/)?.choices.slice().sort()).toEqual(['50 percent', '60 percent', '70 percent', '80 percent']);
		// Near the top, by fives: "over 80%" gets 85, 90 and 95.
		expect(choices('local-15', /drug use at over ___/)?.choices.slice().sort()).toEqual(['80%', '85%', '90%', '95%']);
	});
});

describe('batch 38: a satire taken as fact, a director’s withdrawal, journalists killed, plans against Iran, a travel ban, a presidential trip, an arms sale, death sentences (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const people = (text: string, date?: string) => mentions(text, date).filter((m) => m.kind === 'person').map((m) => m.surface);
	it('ends a body’s name before the name of the one who holds a post in it ("the Iraqi Armed Forces Hussein Rashid Mohammed"), so "He interrupted the judge" is not given to Saddam Hussein', () => {
		expect(prompts('world-51').some((p) => /Saddam Hussein interrupted/.test(p))).toBe(false);
		expect(people('Trial\n\nSunday, June 24, 2007\n\nFormer deputy director of operations for the Iraqi Armed Forces Hussein Rashid Mohammed was the third to be sentenced.')).toContain('Hussein Rashid Mohammed');
		expect(people('Statement\n\nWednesday, January 10, 2018\n\nIsraeli Minister of the Interior Arye Derry issued a statement on the ban.')).toEqual(['Arye Derry']);
	});
	it('keeps the small article of an Arabic surname in the name ("Ali Hassan al-Majid", "Mohammed Oreibi al-Khalifa")', () => {
		expect(people('Verdict\n\nSunday, June 24, 2007\n\nA cousin of Saddam Hussein, Ali Hassan al-Majid, was sentenced on Saturday. Judge Mohammed Oreibi al-Khalifa read the verdict.')).toEqual(['Saddam Hussein', 'Ali Hassan al-Majid', 'Mohammed Oreibi al-Khalifa']);
	});
	it('reads "the former Baath Party" as a name, not as pointing back, so the lede is asked', () => {
		expect(prompts('world-51').some((p) => /Ali Hassan al-Majid, known as "Chemical Ali", was sentenced to death/.test(p))).toBe(true);
	});
	it('reads "U.S. President George W. Bush" as a person, and "President Yayi" as the Yayi Boni named before', () => {
		expect(people('Trip\n\nSaturday, February 16, 2008\n\nU.S. President George W. Bush began his trip in Benin, where he met with President Yayi Boni. President Yayi said he and President Bush discussed cotton.')).toEqual(['George W. Bush', 'Yayi Boni', 'Yayi', 'Bush']);
		expect(prompts('world-49').some((p) => /^President Yayi Boni said he and President George W\. Bush discussed/.test(p))).toBe(true);
	});
	it('asks nothing of a correspondent’s sign-on ("VOA’s David Gollust reports from the State Department") nor of a "here" that is the dateline’s place', () => {
		expect(prompts('world-50').some((p) => /reports from the State Department|\bhere\b/.test(p))).toBe(false);
	});
	it('dates "Monday’s announcement sets in motion …" ("The announcement on January 14, 2008, sets …"), and a visit someone "has sent" a minister to make on Monday is to come', () => {
		expect(prompts('world-50').some((p) => p.startsWith('The announcement on January 14, 2008, sets in motion'))).toBe(true);
		expect(prompts('world-49').some((p) => /Condoleezza Rice to visit the country on February 18, 2008/.test(p))).toBe(true);
	});
	it('writes "in February this year" once ("in February 2010 with …", not "in February 2010, in 2010, with …")', () => {
		expect(prompts('world-34').some((p) => p.startsWith('A meeting in February 2010 with Kuwaiti Interior Minister'))).toBe(true);
		expect(prompts('world-34').some((p) => /in 2010, in 2010|February 2010, in 2010/.test(p))).toBe(false);
	});
	it('drops "In a separate incident," and keeps the fact', () => {
		expect(prompts('culture-12').some((p) => p.startsWith('Christians forwarded a story on the Internet from The Onion'))).toBe(true);
		expect(prompts('culture-12').some((p) => /separate incident/.test(p))).toBe(false);
	});
	it('does not join "the Olympics" to the name after it, nor read "Summer Olympics" as a person', () => {
		expect(people('Games\n\nFriday, February 15, 2008\n\nSteven Spielberg quit as adviser to the 2008 Summer Olympics. United Kingdom Minister for the Olympics Tessa Jowell rejected such calls.')).toEqual(['Steven Spielberg', 'Tessa Jowell']);
	});
	it('never blanks whose administration it is ("The ___ administration notified Congress") nor a country the headline names by its adjective ("pro-Palestinian")', () => {
		expect(fixtureCandidates('world-50').some((c) => c.question.type !== 'true_false' && answerText(c.question) === 'Bush')).toBe(false);
		expect(fixtureCandidates('world-48').some((c) => c.question.type !== 'true_false' && answerText(c.question) === 'Palestine')).toBe(false);
	});
});

describe('re-judging after batch 38', () => {
	it('asks nothing of "Minister of the Interior Arye Derry issued a statement: "…"" once the words after the colon are cut', () => {
		expect(fixtureCandidates('world-48').some((c) => /issued a statement/.test(c.question.prompt))).toBe(false);
	});
	it('reads a name set beside a role as a person’s ("another journalist, Rehmatullah Daparkhel, …"), so "Daparkhel" alone is written in full', () => {
		expect(fixtureCandidates('world-47').some((c) => c.question.prompt === 'The whereabouts of Rehmatullah Daparkhel, kidnapped on ___, is still unknown.')).toBe(true);
	});
});

describe('batch 39: an earthquake off Sumatra, a refugee report, a bail hearing, protests in Moscow (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('dates "last Sunday’s polls" in an article of a Sunday to the week before, "last" and all (the wrong key: "in last the polls on December 11, 2011")', () => {
		expect(prompts('world-53').some((p) => p.startsWith('Although United Russia were declared victors in the polls on December 4, 2011,'))).toBe(true);
		expect(prompts('world-53').some((p) => /last the polls|polls on December 11/.test(p))).toBe(false);
	});
	it('dates a weekday that is the subject ("Tuesday was a tumultuous day" → "August 19, 2008 was …")', () => {
		expect(prompts('local-30').some((p) => p.startsWith('August 19, 2008 was a tumultuous day in the Khadr household'))).toBe(true);
	});
	it('drops a "however" inside the sentence and a leading "Earlier,"', () => {
		expect(prompts('science-16').some((p) => p === 'Thai Meteorological Department deputy chief Somchai Baimoung stated that no warning had yet been issued.')).toBe(true);
		expect(prompts('local-30').some((p) => /credibility, asking RCMP officer/.test(p))).toBe(true);
		const text = 'Quake\n\nWednesday, April 11, 2012\n\nAn 8.6 magnitude earthquake struck off Sumatra on April 11, 2012. Earlier, the tremors of a smaller quake were felt as far away as Bangkok in Thailand.';
		expect(allCandidates(text, { articleDate: '2012-04-11' }).some((c) => c.question.prompt.startsWith('The tremors of a smaller quake were felt as far away as'))).toBe(true);
	});
	it('writes "the Islamic Centre" as the Salaheddin Islamic Centre named before, but never a post for a place ("the Member of Scottish Parliament")', () => {
		expect(prompts('local-30').some((p) => /manager of the Salaheddin Islamic Centre/.test(p))).toBe(true);
		expect(prompts('local-08').some((p) => /the Member of Scottish Parliament/.test(p))).toBe(false);
	});
});

describe('re-judging after batch 39', () => {
	it('asks for no year the prompt writes elsewhere ("… movements in ___, … since the courts last heard his plea for bail in 2005")', () => {
		expect(fixtureCandidates('local-30').some((c) => c.question.type === 'date' && /movements in ___/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 40: a mercenary’s trial, the Iran nuclear deal, Basra, a visit to Israel, a rocket launch, a Champions League match, two news digests (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const people = (text: string, date?: string) => mentions(text, date).filter((m) => m.kind === 'person').map((m) => m.surface);
	it('reads "the Chairman and Chief Executive of Arianespace" as a post, so "thanked Arianespace" is not rewritten "thanked of Arianespace"', () => {
		expect(people('Launch\n\nMonday, July 7, 2008\n\nJean Yves Le Gall, the Chairman and Chief Executive of Arianespace, thanked the launch team. Phillip Father, the President of ProtoStar, thanked Arianespace for the launch.')).toEqual(['Jean Yves Le Gall', 'Phillip Father']);
		expect(prompts('science-17').some((p) => /thanked of|President ___|___ for the launch/.test(p))).toBe(false);
	});
	it('writes "van Nistelrooy" in full as Ruud van Nistelrooy (not "van Ruud van Nistelrooy") and "Mr. Bush" as George W. Bush (not "Mr. George W. Bush")', () => {
		expect(prompts('sport-21').some((p) => p.startsWith('Ruud van Nistelrooy stepped up to the spot'))).toBe(true);
		expect(prompts('sport-21').some((p) => /van Ruud/.test(p))).toBe(false);
		expect(prompts('world-57').some((p) => /reporters traveling with the president that George W\. Bush is not coming/.test(p))).toBe(true);
		expect(prompts('world-57').some((p) => /Mr\. George/.test(p))).toBe(false);
	});
	it('drops "consequently" and "further" inside the sentence, and a leading "Next," or "Once everything settled,"', () => {
		expect(prompts('sport-21').some((p) => p.startsWith('Marco van Bommel was given his second yellow'))).toBe(true);
		expect(prompts('world-56').some((p) => p.startsWith('Major-General Kevin Bergner said that the fighting in Basra'))).toBe(true);
		expect(prompts('world-54').some((p) => p.startsWith('According to Danny Fitzsimons, he fired a third shot'))).toBe(true);
		expect(prompts('sport-21').concat(prompts('world-54')).some((p) => /consequently|further said|^Next,|^Once everything/.test(p))).toBe(false);
	});
	it('never accepts a capital for its country ("a press conference in London" is no answer for the United Kingdom)', () => {
		const accepted = (name: string) => fixtureCandidates(name).flatMap((c) => ('accepted' in c.question ? c.question.accepted ?? [] : []));
		expect(accepted('world-55')).not.toContain('London');
		expect(accepted('business-08')).not.toContain('Stockholm');
	});
	it('blanks no one place of a list ("United States, ___, China, France, and Russia")', () => {
		expect(fixtureCandidates('world-55').some((c) => /United States, ___|___, United Kingdom, China/.test(c.question.prompt))).toBe(false);
	});
	it('keeps the sentence’s own preposition ("over the past week" → "over the week before August 5, 2010") and no comma before "alone"', () => {
		expect(prompts('business-14').some((p) => /lost orders for ___ jets over the week before August 5, 2010/.test(p))).toBe(true);
		expect(prompts('business-14').some((p) => /over in the week/.test(p))).toBe(false);
		expect(prompts('sport-22').some((p) => /killed in Afghanistan in August 2009 alone and 196/.test(p))).toBe(true);
	});
	it('asks no "how many" whose second verb keeps a figure of its own ("How many orders has Boeing gained for the 787 and lost 32?")', () => {
		expect(prompts('business-14').some((p) => /^How many orders has Boeing gained for the 787/.test(p))).toBe(false);
		expect(prompts('business-14').some((p) => p === 'Boeing has gained ___ orders for the 787 and lost 32 in 2010.')).toBe(true);
	});
	it('never asks or changes a number the article uses as a name (the Boeing 787), nor reads "the Eurostar 2000 bus" as a year', () => {
		const business = fixtureCandidates('business-14');
		expect(business.some((c) => answerText(c.question) === '787' || /dropped (?!787)\d+ orders/.test(c.question.prompt))).toBe(false);
		expect(fixtureCandidates('science-17').some((c) => /early 2000\b/.test(c.question.prompt))).toBe(false);
		// (A count of people of a kind is a count: "over 345 Muslim pilgrims".)
		expect(fixtureCandidates('world-08').some((c) => answerText(c.question) === '345')).toBe(true);
	});
	it('turns "which was lost in a launch failure" into no "which was won"', () => {
		expect(prompts('science-17').some((p) => /was won in/.test(p))).toBe(false);
	});
	it('reads a name with a post after the comma as a person’s ("Cemil Cicek, deputy Prime Minister of Turkey")', () => {
		expect(people('Quake\n\nTuesday, March 9, 2010\n\nAn earthquake struck eastern Turkey. Cemil Cicek, deputy Prime Minister of Turkey has left for the disaster area.', '2010-03-09')).toEqual(['Cemil Cicek']);
	});
	it('reads a digest’s "A compilation of brief news reports for Thursday, August 5, 2010." as its dateline, no fact', () => {
		const result = generateQuestions(readFileSync('tests/fixtures/generator/corpus/business-14.txt', 'utf8'));
		expect(result.details.date).toBe('2010-08-05');
		expect(allCandidates(readFileSync('tests/fixtures/generator/corpus/business-14.txt', 'utf8')).some((c) => /compilation of brief news/.test(c.question.prompt))).toBe(false);
	});
	it('treats the heading over a digest’s story as its title: nothing it says is asked again ("Nagasaki holds ceremony on 64th anniversary …", "Three bombs explode in Majorca")', () => {
		expect(fixtureCandidates('sport-22').some((c) => answerText(c.question) === '64th' || /^Three bombs have exploded/.test(c.question.prompt))).toBe(false);
		expect(fixtureCandidates('business-14').some((c) => answerText(c.question) === '600th')).toBe(false);
	});
	it('asks no "who" of a sentence that opens with a comparison ("Like President George W. Bush, who kept …?")', () => {
		expect(prompts('world-57').some((p) => /^Like President George W\. Bush, who\b/.test(p))).toBe(false);
	});
});

describe('re-judging after batch 40', () => {
	it('drops a leading "Specifically,"', () => {
		expect(fixtureCandidates('local-20').some((c) => c.question.prompt.startsWith('Both parents faced twelve counts of torture'))).toBe(true);
		expect(fixtureCandidates('local-20').some((c) => /^Specifically/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 41: Lockerbie, a freed hostage, a Canadian on death row, St. Patrick’s Day at the White House, a basketball game, a news digest (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('dates a month still to come after "before the start of …" ("the league in October" is October 2012 in September 2012: the wrong key)', () => {
		expect(prompts('sport-23').some((p) => /Basketball League in October 2012\b/.test(p))).toBe(true);
		expect(prompts('sport-23').some((p) => /October 2011/.test(p))).toBe(false);
	});
	it('dates a weekday after a name ("visited the White House Monday to commemorate …"), and "Sunday nightfall" as "nightfall on April 15, 2007"', () => {
		expect(prompts('world-61').some((p) => /visited the White House on March 17, 2008, to commemorate/.test(p))).toBe(true);
		expect(prompts('culture-14').some((p) => /risen to 39 by nightfall on April 15, 2007, including/.test(p))).toBe(true);
		// ("Monday to Friday" is still a span of days, not a date.)
		expect(findDates('The office opens Monday to Friday.', parseIsoDate('2008-03-19')).every((d) => !d.replacement)).toBe(true);
	});
	it('leaves "the Kohail brothers" as the family, not one of them by name, and a possessive that points ahead to its name ("her third public event …, Betancourt condemned")', () => {
		expect(prompts('world-60').some((p) => /the Kohail brothers/.test(p))).toBe(true);
		expect(prompts('world-60').some((p) => /Mohamed Kohail brothers/.test(p))).toBe(false);
		expect(prompts('world-59').some((p) => p.startsWith('At a press conference, her third public event'))).toBe(true);
	});
	it('makes no false year by one digit ("2009" → "2000") nor moves the start of a "since" span', () => {
		expect(prompts('world-60').some((p) => /Since the beginning of (?!2009)\d{4}/.test(p))).toBe(false);
	});
	it('ranks moments of play told by the clock ("with 6:33 left in the first") below the game’s facts', () => {
		const clock = /\d:\d\d (?:left|remaining)|\d+ seconds? (?:left|remaining)|left in the (?:first|second|third|fourth|quarter|half)/;
		const result = generateQuestions(readFileSync('tests/fixtures/generator/corpus/sport-23.txt', 'utf8'), { articleDate: '2012-09-29' });
		expect(result.candidates.filter((c) => clock.test(c.question.prompt)).length).toBeLessThanOrEqual(1);
	});
});

describe('re-judging after batch 41', () => {
	it('accepts "King" for Martin Luther King Jr., never "Jr."; drops "subsequently" inside the sentence', () => {
		const king = fixtureCandidates('culture-05').find((c) => answerText(c.question) === 'Martin Luther King Jr.');
		expect(king && 'accepted' in king.question ? king.question.accepted : []).toEqual(['King']);
		expect(fixtureCandidates('sport-04').some((c) => /subsequently/.test(c.question.prompt))).toBe(false);
	});
});

describe('batch 42: six news digests — Mumbai and the world’s oldest person, Gaza and the gas crisis, Nigeria’s election, a shuttle launch, Asiana’s fine, a waist study (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dated = (sentence: string, date: string) => findDates(sentence, parseIsoDate(date)).map((d) => d.replacement);
	it('dates a month after "Once … in November, … will begin" as the one to come (the wrong key: November 2013 in an article of February 2014)', () => {
		expect(prompts('business-15').some((p) => /ends hostilities in November 2014\b/.test(p))).toBe(true);
		expect(prompts('business-15').some((p) => /November 2013/.test(p))).toBe(false);
	});
	it('dates "over a year ago" from the article’s month ("before November 2007", never "before 2007": the wrong key)', () => {
		expect(dated("Edna Parker, who became the world's oldest person over a year ago, has died.", '2008-11-28')).toEqual(['before November 2007']);
		expect(dated('He left about a year ago.', '2008-11-28')).toEqual(['around 2007']);
		expect(prompts('world-62').some((p) => /oldest person before 2007/.test(p))).toBe(false);
	});
	it('writes "for this evening" as "for the evening of June 8, 2007", never "for on the evening"', () => {
		expect(dated('Forecasters predicted good weather for this evening.', '2007-06-08')).toEqual(['the evening of June 8, 2007']);
		expect(prompts('science-18').some((p) => /for on the/.test(p))).toBe(false);
	});
	it('drops a sentence whose "there" is a place named only before ("24 to 30 hostages were still killed there"), and keeps one that names it', () => {
		expect(prompts('world-62').some((p) => /killed there/.test(p))).toBe(false);
		expect(prompts('world-62').some((p) => p.startsWith('Indian forces stormed the Oberoi Trident hotel, freeing over 200 hostages there'))).toBe(true);
	});
	it('offers no figure that the prompt itself rules out: below the start of a rise, above the whole, past 100% with the other shares, or the story’s headline figure', () => {
		const options = (name: string, pattern: RegExp) => fixtureCandidates(name).filter((c) => c.question.type === 'multiple_choice' && pattern.test(c.question.prompt)).map((c) => (c.question as { choices: string[] }).choices);
		const price = options('world-63', /from US\$179\.50 per 1,000 cubic meters to ___/);
		expect(price.length).toBeGreaterThan(0);
		for (const choices of price) for (const c of choices) expect(Number(c.replace(/[$,]/g, ''))).toBeGreaterThan(179.5);
		for (const choices of options('world-63', /___ of Austria's natural gas comes from Russia and only 18%/)) for (const c of choices) expect(parseFloat(c)).toBeLessThanOrEqual(82);
		for (const choices of options('world-63', /killing more than ___ Palestinians/)) expect(choices).not.toContain('40');
		for (const choices of options('business-15', /Of 307 on board/)) for (const c of choices) expect(Number(c.replace(/,/g, '')) || 0).toBeLessThan(307);
	});
	it('makes no false statement from another story’s year in a digest ("a 1929 work" is no time for a 2007 inquiry), nor turns "after the crash" into "before"', () => {
		expect(prompts('health-10').some((p) => /first disclosed in 1929|a 2007 work/.test(p))).toBe(false);
		expect(prompts('business-15').some((p) => /families before Asiana Airlines Flight 214 crashed/.test(p))).toBe(false);
		// (Within one story a year is still another time: "arrested in 1975", the year of the Nobel prize, for 1980.)
		expect(prompts('world-19').some((p) => /arrested in 1975/.test(p))).toBe(true);
	});
	it('blanks neither a place its apposition names ("in ___, the capital of Iraq") nor the rest of a name ("People’s ___")', () => {
		expect(prompts('world-64').some((p) => /___, the capital of Iraq|People's ___/.test(p))).toBe(false);
	});
	it('leaves out a sentence that says only that someone commented on the findings', () => {
		expect(prompts('health-10').some((p) => /commented on the findings/.test(p))).toBe(false);
	});
});

describe('batch 43: Taiwan–China flights, a refinery blast, a tornado in Atlanta, swine flu, a smartphone OS company, a World Cup round (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('dates a weekday that is the article’s own as that day, even when it was scheduled ("events scheduled to occur Saturday have been cancelled": the wrong key, a week on)', () => {
		expect(prompts('local-32').some((p) => /scheduled to occur on March 15, 2008, have been cancelled/.test(p))).toBe(true);
		expect(prompts('local-32').some((p) => /March 22, 2008/.test(p))).toBe(false);
		// ("next Saturday" is still the week after.)
		expect(findDates('The parade will be held next Saturday.', parseIsoDate('2008-03-15')).map((d) => d.value)).toEqual(['2008-03-22']);
	});
	it('gives no year to "next year" told in the past ("was the second next year": the wrong key, "the second in 2010")', () => {
		expect(prompts('local-31').some((p) => /second in 2010|second next year/.test(p))).toBe(false);
		expect(findDates('The plant will open next year.', parseIsoDate('2009-11-08')).map((d) => d.value)).toEqual(['2010']);
	});
	it('drops what leans on the sentence before: "is less optimistic" (than whom?), "The action was taken …", "The South Americans won the match"', () => {
		expect(prompts('business-16').some((p) => /less optimistic/.test(p))).toBe(false);
		expect(prompts('health-11').some((p) => /^The action was taken/.test(p))).toBe(false);
		expect(prompts('sport-24').some((p) => /^The South Americans/.test(p))).toBe(false);
	});
	it('asks no count that the list after it gives away ("the ___ links — direct postal, telephone, and airline links")', () => {
		expect(fixtureCandidates('business-16').some((c) => /the ___ links/.test(c.question.prompt))).toBe(false);
	});
	it('keeps the headline’s bound on a figure ("cases top 1,000": no option below 1,000 for 1,003), and no comma between a month and "said"', () => {
		const infections = fixtureCandidates('health-11').filter((c) => c.question.type === 'multiple_choice' && /___ confirmed infections/.test(c.question.prompt));
		expect(infections.length).toBeGreaterThan(0);
		for (const c of infections) for (const choice of (c.question as { choices: string[] }).choices) expect(Number(choice.replace(/,/g, ''))).toBeGreaterThan(1000);
		expect(prompts('business-16').some((p) => /officials in January 2005, said/.test(p))).toBe(false);
		// (A full date keeps its comma: "on September 28, 2012, reported".)
		expect(prompts('culture-12').some((p) => /on September 28, 2012, reported/.test(p))).toBe(true);
	});
});

describe('re-judging after batch 43', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('never blanks a name whose own word the story’s heading gives ("Blackwater Worldwide" under "Blackwater may pay financial penalties …")', () => {
		expect(fixtureCandidates('health-10').some((c) => answerText(c.question) === 'Blackwater Worldwide')).toBe(false);
	});
	it('never asks the country or state a named place is in ("in Erbil, ___", "Nagasaki, ___")', () => {
		expect(prompts('culture-14').some((p) => /Erbil, ___/.test(p))).toBe(false);
		expect(prompts('sport-22').some((p) => /Nagasaki, ___/.test(p))).toBe(false);
	});
	it('drops the span after "since its independence" rather than write "since its independence before October 1964"', () => {
		expect(prompts('world-41').some((p) => /since its independence, was carried out/.test(p))).toBe(true);
		expect(prompts('world-41').some((p) => /independence before/.test(p))).toBe(false);
	});
});

describe('batches 44 and 45: a digest of April 2007, Ahmadinejad at Columbia, the Concorde trial, Fukushima’s tanks, wheelchair curling, a Eurovision boycott call, Anjouan, China’s floods, a digest of January 2012, HIV’s origin, two football reports (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('dates a weekday inside the subject as past, whatever the verb after it looks ahead to ("the attacks in Kano on Friday … is expected to rise": the wrong key, a week on)', () => {
		expect(prompts('world-69').some((p) => /Kano on January 20, 2012/.test(p))).toBe(true);
		expect(prompts('world-69').some((p) => /January 27, 2012/.test(p))).toBe(false);
		// (A weekday that opens its clause still looks ahead with it.)
		expect(findDates('On Wednesday, the two are to travel to New York.', parseIsoDate('2015-09-19')).map((d) => d.value)).toEqual(['2015-09-23']);
	});
	it('reads "he" after an opening clause as that clause’s subject ("As Cristiano Ronaldo led Portugal, he equalled Figo’s record": the wrong key gave it to Szalai, named before)', () => {
		expect(prompts('sport-27').some((p) => /Szalai equalled/.test(p))).toBe(false);
		expect(prompts('sport-27').some((p) => /As Cristiano Ronaldo led Portugal, he equalled the record/.test(p))).toBe(true);
	});
	it('asks no count the words after it restrict ("three team members who competed at the 2010 Games": the wrong key, "How many team members does Sweden’s team have?") nor one the list after them gives away', () => {
		expect(prompts('sport-25').some((p) => /How many team members does Sweden's team have|Sweden's team has ___ team members/.test(p))).toBe(false);
	});
	it('asks no year that dates a participle ("found traces of the genome collected in 1960" was not found in 1960), nor a question whose tenses are at odds ("does … had been suspended")', () => {
		expect(prompts('health-12').some((p) => /In what year did scientists find/.test(p))).toBe(false);
		expect(prompts('sport-25').some((p) => /does [^?]*had been/.test(p))).toBe(false);
	});
	it('makes no false statement by moving an edition’s year ("at the 2010 Summer Paralympics", no such games; "part of the 2006 … team", which may be true too)', () => {
		const statements = fixtureCandidates('sport-25').filter((c) => c.form === 'false-date').map((c) => c.question.prompt);
		expect(statements.some((p) => /2010 Summer Paralympics|2006 gold medal|1988 Games/.test(p))).toBe(false);
		// (A year that is no edition still makes one: "after taking up the sport in 2013".)
		expect(statements.some((p) => /taking up the sport in 2013/.test(p))).toBe(true);
	});
	it('never gives words to the one they were said to ("Talking to Al Jazeera on Sunday he said, "[m]y resignation …"": the wrong key, "According to Al Jazeera, …"), nor asks a quotation with an editor’s bracket', () => {
		expect(prompts('world-69').some((p) => /According to Al Jazeera|\[m\]y/.test(p))).toBe(false);
	});
	it('reads "a Continental plane" as the airline’s plane, so "The plane" is never written "The plane Continental" (it was Concorde)', () => {
		expect(prompts('business-17').some((p) => /plane Continental/.test(p))).toBe(false);
	});
	it('never blanks whom a speaker told ("Speaking to news site ___, the mayor said …")', () => {
		expect(prompts('culture-15').some((p) => /Speaking to news site ___/.test(p))).toBe(false);
	});
	it('names what a sentence points to: "the Iranian president" (Mahmoud Ahmadinejad, so "he" after it stands), "the University" (Columbia University), "at the site" and "the power plant’s" (the Fukushima Nuclear Power Plant)', () => {
		expect(prompts('world-66').some((p) => /thanks to Columbia University/.test(p))).toBe(true);
		expect(prompts('science-19').some((p) => /at the Fukushima Nuclear Power Plant continue to leak/.test(p))).toBe(true);
		expect(prompts('science-19').some((p) => /from the Fukushima Nuclear Power Plant's coolant system/.test(p))).toBe(true);
		const text = 'Ahmadinejad speaks\n\nIranian President Mahmoud Ahmadinejad spoke at Columbia University in New York on Monday to 600 students.\n\nThe Iranian president attacked American imperialism in 2007, when he was mayor of Tehran.';
		expect(allCandidates(text, { articleDate: '2007-09-25' }).some((c) => /^Mahmoud Ahmadinejad attacked American imperialism/.test(c.question.prompt))).toBe(true);
	});
	it('asks no figure the headline gives in other words ("more than ___ people" evacuated under "over 550 thousand evacuated")', () => {
		expect(prompts('world-68').some((p) => /evacuate more than ___ people/.test(p))).toBe(false);
	});
	it('drops "a string of similar incidents" (similar to what?) and never makes "United States-South Korea" (of a free trade agreement) the false actor for Iran', () => {
		expect(prompts('business-17').some((p) => /similar incidents/.test(p))).toBe(false);
		expect(prompts('world-65').some((p) => /inquiry to United States-South Korea/.test(p))).toBe(false);
	});
	it('dates "last night" as the night before the article ("losing 2-0 to Seattle Sounders on last night")', () => {
		expect(prompts('sport-26').some((p) => /Seattle Sounders on the night of May 23, 2008\./.test(p))).toBe(true);
		expect(findDates('The team lost to Seattle last night.', parseIsoDate('2008-05-24')).map((d) => [d.value, d.replacement])).toEqual([['2008-05-23', 'on the night of May 23, 2008']]);
	});
	it('asks no score of a list of three or more past the lede (the round robin’s earlier days), and never turns "lost 2–0" into "gained 2–0"', () => {
		expect(prompts('sport-25').some((p) => /Russia beat China ___|defeated Norway ___|Canada defeated Sweden ___/.test(p))).toBe(false);
		expect(prompts('sport-27').some((p) => /gained 2–0/.test(p))).toBe(false);
		// (The lede's list is the day's news: "Iceland defeated Austria ___, Hungary drew against Portugal 3–3, …".)
		expect(prompts('sport-12').some((p) => /Iceland defeated Austria ___/.test(p))).toBe(true);
	});
});


describe('batches 46 and 47: Binyam Mohamed’s torture ruling, Baghdad’s car bombs, uranium for India, the El Paso shooting, a policeman’s insurance fraud, Jupiter’s new moons, sleeping sickness, Italy out of the World Cup, USA Gymnastics’ board, a Ryanair pilot, the CFPB in a shutdown, New York Fashion Week (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => d.value);
	it('dates "On Friday, USA Gymnastics issued a statement that it will comply" as the Friday before, and "By February 28 … must be seated" in the year to come (the wrong keys: February 2, 2018 and 2017-02-28)', () => {
		expect(prompts('sport-29').some((p) => /^On January 26, 2018, USA Gymnastics/.test(p))).toBe(true);
		expect(prompts('sport-29').some((p) => /February 2, 2018/.test(p))).toBe(false);
		expect(fixtureCandidates('sport-29').some((c) => c.question.type === 'date' && /must be seated/.test(c.question.prompt) && c.question.answer === '2017-02-28')).toBe(false);
		expect(dates('By February 28 a new interim board must be seated.', '2018-01-29')).toEqual(['2018-02-28']);
		// (A weekday whose own clause looks ahead still does.)
		expect(dates('On Wednesday, the two are to travel to New York.', '2015-09-19')).toEqual(['2015-09-23']);
	});
	it('never gives "his" to someone the article names only later ("His final destination … was Guantánamo Bay" was Binyam Mohamed’s, not Ivan Lewis’s), and reads "last February" in February as the year before', () => {
		expect(prompts('world-70').some((p) => /Ivan Lewis’s final destination|Ivan Lewis was released/.test(p))).toBe(false);
		expect(dates('He was released last February without charge.', '2010-02-10')).toEqual(['2009-02']);
	});
	it('reads "he" after "a policeman" in the same sentence as that policeman, so the lede ("jailed a policeman for ten months after he was convicted") is asked', () => {
		expect(prompts('local-34').some((p) => /jailed a policeman for ___ months/.test(p))).toBe(true);
	});
	it('makes no false figure the sentence already gives, nor changes a whole against its part ("Of the nine satellites …, nine were retrograde")', () => {
		const statements = fixtureCandidates('science-20').filter((c) => c.form === 'false-number').map((c) => c.question.prompt);
		expect(statements.some((p) => /^Of the \w+ satellites discovered by the team, nine/.test(p))).toBe(false);
		expect(fixtureCandidates('local-09').some((c) => c.form === 'false-number' && /^Out of the \d+ potential jurors/.test(c.question.prompt))).toBe(false);
		// (Nor an option: the whole asked for is more than the nine after it, and not nine itself.)
		const whole = fixtureCandidates('science-20').filter((c) => c.question.type === 'multiple_choice' && /^Of the ___ satellites/.test(c.question.prompt));
		expect(whole.length).toBeGreaterThan(0);
		const counts = ['nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
		for (const c of whole) if (c.question.type === 'multiple_choice') expect(c.question.choices.every((x) => counts.indexOf(x) > 0)).toBe(true);
	});
	it('never turns a capitalised word into its opposite ("their Fall 2008 lines" → "Rise 2008"), and keeps the capital of a quotation’s proper noun ("According to Scott Sheppard, Jupiter is …")', () => {
		expect(prompts('culture-16').some((p) => /Rise 2008/.test(p))).toBe(false);
		expect(prompts('science-20').some((p) => /According to Scott Sheppard, Jupiter is like/.test(p))).toBe(true);
		expect(prompts('science-20').some((p) => /jupiter/.test(p))).toBe(false);
	});
	it('drops a sentence that leans on the list before it ("Ally Bank … have 4 each", "Among others, labels …") and one that tells only who witnessed it', () => {
		expect(prompts('business-19').some((p) => /have \d each/.test(p))).toBe(false);
		expect(prompts('culture-16').some((p) => /^Among others/.test(p))).toBe(false);
		expect(prompts('world-71').some((p) => /was a witness/.test(p))).toBe(false);
	});
	it('never blanks the county or region after a town ("Great Yarmouth, ___", "Peebles, ___, Scotland") nor the city "DC" gives away', () => {
		expect(prompts('local-34').some((p) => /Great Yarmouth, ___/.test(p))).toBe(false);
		expect(prompts('world-54').some((p) => /Peebles, ___/.test(p))).toBe(false);
		expect(prompts('science-20').some((p) => /in ___, DC/.test(p))).toBe(false);
		// (The town itself may still be asked: "in ___, NC".)
		expect(prompts('va-08').some((p) => /in ___, NC/.test(p))).toBe(true);
	});
	it('keeps the date a count holds as of in a how-many question ("As of July 2018, how many known satellites does Jupiter have?": it was asked without it)', () => {
		expect(prompts('science-20')).toContain('As of July 2018, how many known satellites does Jupiter have?');
		expect(prompts('science-20')).not.toContain('How many known satellites does Jupiter have?');
	});
	it('asks no how-many with a second count joined on ("how many Mexican nationals were killed in the attack, and seven more were injured?")', () => {
		expect(prompts('local-33').some((p) => /how many Mexican nationals were killed in the attack, and seven more/.test(p))).toBe(false);
		// (Two numbers that name one thing stay: "as an Expedition 70 and 71 flight engineer".)
		expect(prompts('nasa-01')).toContain('How many months will Tracy C. Dyson spend aboard the International Space Station as an Expedition 70 and 71 flight engineer?');
	});
	it('asks a finding whose names are all in its subject, told in the past ("Research teams from the universities of Georgia and Glasgow discovered the mechanism …": the article gave no question at all)', () => {
		expect(generateQuestions(readFileSync('tests/fixtures/generator/corpus/health-13.txt', 'utf8'), { articleDate: '2010-09-01' }).candidates.some((c) => /^Research teams from the universities of Georgia and Glasgow discovered/.test(c.question.prompt))).toBe(true);
		// (Not an evaluation of one person: "Patil-Sabale appreciates any event …" stays unasked.)
		expect(allCandidates('Profile\n\nAnima Patil-Sabale appreciates any event that brings people together.', { articleDate: '2024-05-01' })).toEqual([]);
	});
	it('keeps options within what the world allows: no minute of a match past 90, no more nations than there are', () => {
		const minutes = fixtureCandidates('sport-28').filter((c) => c.question.type === 'multiple_choice' && /After ___ minutes/.test(c.question.prompt));
		expect(minutes.length).toBeGreaterThan(0);
		for (const c of minutes) if (c.question.type === 'multiple_choice') expect(c.question.choices.every((x) => Number(x) <= 90)).toBe(true);
		const nations = fixtureCandidates('world-72').filter((c) => c.question.type === 'multiple_choice' && /sovereign nations/.test(c.question.prompt));
		expect(nations.length).toBeGreaterThan(0);
		for (const c of nations) if (c.question.type === 'multiple_choice') expect(c.question.choices.every((x) => Number(x.replace(/,/g, '')) <= 195)).toBe(true);
	});
});

describe('batches 48 and 49: Gaddafi’s money for Sarkozy, the London conference on Yemen, the "Birther King", a bombing at Bodh Gaya, a Caribbean plane crash, a US climate report, a self-folding robot, the Dakar Rally cancelled, Jimmie Johnson’s seventh title, investment in farming, the India–China border treaty, James Gunn fired (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => d.value);
	it('dates what was agreed for the next few months ahead ("donors … have agreed to meet again … in February", in January 2010: the wrong key said 2009)', () => {
		expect(prompts('world-74').some((p) => /Riyadh, in February 2010/.test(p))).toBe(true);
		expect(prompts('world-74').some((p) => /February 2009/.test(p))).toBe(false);
		// (A month most of a year off is still the one before: "agreed to a ceasefire in December", in January.)
		expect(dates('The two sides agreed to a ceasefire in December.', '2010-01-28')).toEqual(['2009-12']);
	});
	it('asks no year of an infinitive or of a participle with its agent ("writing the third movie … reportedly to be released in 2020", "required by a law passed by the United States Congress in 1990")', () => {
		expect(prompts('culture-17').some((p) => /in what year had James Gunn been writing/i.test(p))).toBe(false);
		expect(prompts('science-21').some((p) => /In what year are the National Climate Assessments required/.test(p))).toBe(false);
		// (A phrase with "to" stays: "bring the digital clock he made to school on September 14".)
		expect(prompts('said-02').some((p) => /^On what date did Ahmed Mohamed bring the digital clock he made to school/.test(p))).toBe(true);
	});
	it('asks no count a list after it adds up to ("___ layers: copper wires in the middle, then two layers of paper (…), and two outer layers")', () => {
		expect(prompts('tech-06').some((p) => /consists of ___ layers/.test(p))).toBe(false);
	});
	it('asks no count the years beside it give away ("___ straight championships from 2006 to 2010": five)', () => {
		expect(prompts('sport-31').some((p) => /___ straight championships from 2006 to 2010/.test(p))).toBe(false);
	});
	it('never reads "his 80th Cup race" as a race called Cup, so "sixth in this race" is not written "sixth in the race Cup"', () => {
		expect(prompts('sport-31').some((p) => /the race Cup/.test(p))).toBe(false);
		expect(prompts('sport-12').some((p) => /the tournament Euro/.test(p))).toBe(false);
	});
	it('keeps "Vol." inside a title ("Guardians of the Galaxy Vol. 3"), so no question ends on it', () => {
		expect(sentencesOf('Gunn was fired from Guardians of the Galaxy Vol. 3 on Friday. Disney owns Marvel.')).toEqual(['Gunn was fired from Guardians of the Galaxy Vol. 3 on Friday.', 'Disney owns Marvel.']);
	});
});

describe('batches 50 and 51: Baghdad’s market bombings, Bahrain’s protests, Egypt’s Internet shutdown, Kim Jong Nam’s trial, an Argentine death camp, Super Bowl XLVII, a near collision over Indiana, New Jersey’s governor on a closed beach, Robben’s retirement, the Oscar nominations, PIA’s ATR flights (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => d.value);
	it('reads a bare surname several people share as the one the headline names ("Kim" in a story headed "… Kim Jong Nam was killed …", which also names Kim Jong Un: six wrong keys named Kim Jong Un as the man killed)', () => {
		expect(prompts('world-79').some((p) => /Kim Jong Un['’]s death|the dying Kim Jong Un|killing Kim Jong Un|Kim Jong Un died/.test(p))).toBe(false);
		expect(prompts('world-79').some((p) => /killing Kim Jong Nam\.$/.test(p))).toBe(true);
		// (Without a headline that names one of them, the most mentioned, as before.)
		const kims = mentions('Kim Jong Un met Kim Yo Jong. Kim Jong Un spoke. Later Kim left.').filter((m) => m.surface === 'Kim');
		expect(kims.map((m) => m.name)).toEqual(['Kim Jong Un']);
	});
	it('never turns a weekday that names a kind of thing into a date ("the call to Friday prayers" was written "the call to on February 1, 2008, prayers")', () => {
		expect(prompts('world-76').some((p) => /call to on /.test(p))).toBe(false);
		expect(prompts('world-78').some((p) => /2011, prayers/.test(p))).toBe(false);
		expect(dates('Crowds gathered after Friday prayers.', '2011-01-28')).toEqual([]);
		// (A weekday that is a day still is: "after Friday, the talks resumed".)
		expect(dates('The talks resumed after Friday.', '2011-01-28')).toEqual(['2011-01-28']);
	});
	it('never dates a group named after a day ("the February 14 Youth Coalition" was written "the February 14, 2012 Youth Coalition")', () => {
		expect(prompts('world-77').some((p) => /February 14, 2012 Youth Coalition/.test(p))).toBe(false);
		expect(dates('A march by the February 14 Youth Coalition was stopped.', '2012-02-15')).toEqual([]);
		expect(dates('The march was on February 14 and police stopped it.', '2012-02-15')).toEqual(['2012-02-14']);
	});
	it('asks no year of the second of two verbs ("In what year is the Ghazl market only open on Fridays and had remained popular despite two attacks?")', () => {
		expect(prompts('world-76').some((p) => /^In what year is the Ghazl market/.test(p))).toBe(false);
	});
	it('takes "responded with …", "responded by …" for deeds, not words ("Attributed to: Ravens" for a touchdown drive)', () => {
		const drive = fixtureCandidates('sport-32').filter((c) => /3 play touchdown drive/.test(c.question.prompt));
		expect(drive.length).toBeGreaterThan(0);
		for (const c of drive) expect(c.question.attribution).toBeUndefined();
	});
	it('reads "a 56 yard pass" in yards, and gives a figure its article ("a 11 yard run", and the article’s own "a hour" and "down down")', () => {
		const typed = fixtureCandidates('sport-32').filter((c) => c.question.type === 'numeric' && /___ yard pass to Jacoby Jones/.test(c.question.prompt));
		expect(typed.length).toBeGreaterThan(0);
		for (const c of typed) expect(answerText(c.question)).toBe('56 yards');
		expect(prompts('sport-32').some((p) => /\ba (?:8|11|18)\b|\ban (?:[1-79]|1[02-79])\d* /.test(p))).toBe(false);
		expect(['a 11 yard run', 'an 6 yard run', 'a 8-year-old', 'a 18,000 crowd', 'an 180 km drive', 'a 80 percent rise', 'in the space of a hour', 'a house', 'after going down down the field', 'he had had enough'].map(tidy)).toEqual(['An 11 yard run', 'A 6 yard run', 'An 8-year-old', 'An 18,000 crowd', 'A 180 km drive', 'An 80 percent rise', 'In the space of an hour', 'A house', 'After going down the field', 'He had had enough']);
	});
	it('keeps the last item of a list with its sentence: "testified Kim Jong Nam’s blood, liver and other tissues appeared to have been depleted of cholinesterase" was cut to "blood, liver."', () => {
		expect(prompts('world-79').some((p) => /blood, liver\.$/.test(p))).toBe(false);
		expect(prompts('world-79')).toContain('Dr. Norashikin Othman of Hospital Kuala Lumpur testified Kim Jong Nam\'s blood, liver and other tissues appeared to have been depleted of cholinesterase.');
	});
	it('never blanks a passer-by asked for a comment ("One visitor to Atlantic City, New Jersey — ___ — told the press")', () => {
		expect(prompts('local-39').some((p) => /One visitor to Atlantic City, New Jersey — ___/.test(p))).toBe(false);
		const found = (role: string) => allCandidates(`Beach\n\nThe dolphin was found on Monday by Matt Jenkins, ${role}, who called the coastguard.`, { articleDate: '2017-07-06' }).map((c) => c.question.prompt);
		expect(found('a local resident').some((p) => /by ___, a local resident/.test(p))).toBe(false);
		// (Someone the article names for their work is asked: "by ___, a lifeguard".)
		expect(found('a lifeguard').some((p) => /by ___, a lifeguard/.test(p))).toBe(true);
	});
	it('asks no day a thing was said or held as of ("The Civil Aviation Authority announced inspections on ___", "airworthy as of ___")', () => {
		expect(prompts('business-22').some((p) => /announced inspections on ___|as of ___|PIA said on ___/.test(p))).toBe(false);
		// (The day of the event itself stays: "a team … reached Islamabad on ___".)
		expect(prompts('business-22').some((p) => /reached Islamabad on ___/.test(p))).toBe(true);
	});
	it('never blanks a place inside a longer name ("Lion and ___ by the Sea received six nominations")', () => {
		expect(prompts('culture-18').some((p) => /___ by the Sea/.test(p))).toBe(false);
	});
});

describe('batches 52 and 53: Federer’s fifth Wimbledon title, Mugabe "prepared to fight", the Hunger Games salute in Thailand, a campus shooting, Brazil’s midair collision report, Libya’s visa row, Chelsea’s FA Cup, UN workers kidnapped in Somalia, the Newark by-election, a plane crash in Congo, Farage in Edinburgh (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => d.replacement);
	it('never names the match a "who" clause recalls as the one reported ("The 2007 French Open final was very evenly contested throughout all five sets", of the Wimbledon final: a wrong key)', () => {
		expect(prompts('sport-34').some((p) => /^The 2007 French Open final was very evenly contested/.test(p))).toBe(false);
	});
	it('anchors "less than a month ago" to the article’s day, not a month ("after June 2007" in an article of July 9, 2007: a wrong key)', () => {
		expect(prompts('sport-34').some((p) => /after June 2007/.test(p))).toBe(false);
		expect(dates('He lost in the final less than a month ago.', '2007-07-09')).toEqual(['less than a month before July 9, 2007']);
		expect(dates('It closed more than two months ago.', '2007-07-09')).toEqual(['more than two months before July 9, 2007']);
		// (An "about" keeps the month: "around June 2007".)
		expect(dates('It closed about a month ago.', '2007-07-09')).toEqual(['around June 2007']);
	});
	it('asks no count the headline gives as an ordinal ("Borg’s record of ___ straight Wimbledon titles" under "Federer wins fifth Wimbledon title")', () => {
		expect(prompts('sport-34').some((p) => /record of ___ straight|record of (?!five)\w+ straight/.test(p))).toBe(false);
	});
	it('never turns "lost to" into "won to", nor "won the most votes but failed" into a loss', () => {
		expect(prompts('sport-34').some((p) => /\bwon to\b/.test(p))).toBe(false);
		expect(prompts('world-80').some((p) => /lost the most votes/.test(p))).toBe(false);
	});
	it('reads a nationality noun before a name as no part of it ("Spaniard Rafael Nadal", "Briton Murray Watson")', () => {
		const nadal = fixtureCandidates('sport-34').filter((c) => c.question.type === 'cloze' && /Nadal/.test(answerText(c.question)));
		expect(nadal.length).toBeGreaterThan(0);
		for (const c of nadal) expect(answerText(c.question)).toBe('Rafael Nadal');
	});
	it('asks no set’s score of a list of them or of a tiebreak, nor the count of sets the list gives ("in ___ sets, 7-6, 4-6, 7-6, 2-6, 6-2")', () => {
		expect(prompts('sport-34').some((p) => /___, 4-6, 7-6|in ___ sets, 7-6|in a tiebreak, ___/.test(p))).toBe(false);
		// (Nor "all twelve games" made "all two games" beside "6-all".)
		expect(prompts('sport-34').some((p) => /for all (?!twelve|___)\w+ games/.test(p))).toBe(false);
	});
	it('drops a list’s entry with no verb ("Patrick Korellias, a student in the class at the time of the shooting." was asked true or false)', () => {
		expect(prompts('local-40').some((p) => /^Patrick Korellias, a student in the class/.test(p))).toBe(false);
		// (A sentence whose verb the tagger misses stays: "The Netherlands beat Cameroon, securing Group E's first place.")
		expect(prompts('sport-28').some((p) => /^The Netherlands beat ___, securing Group E/.test(p))).toBe(true);
	});
	it('reads a flight’s number as no year ("Gol Transportes Aéreos Flight 1907" was made false as "Flight 2006")', () => {
		expect(prompts('local-41').some((p) => /Flight 2006/.test(p))).toBe(false);
		expect(mentions('Gol Transportes Aéreos Flight 1907 crashed in 2006.').filter((m) => m.kind === 'year').map((m) => m.surface)).toEqual(['2006']);
	});
	it('reads Congo as a country, so "the plane" is never written "the plane Congo", and never blanks the end of "the Democratic Republic of the Congo"', () => {
		expect(prompts('local-42').some((p) => /the plane Congo/i.test(p))).toBe(false);
		expect(prompts('health-12').some((p) => /Democratic Republic of (?:the ___|Cameroon)/.test(p))).toBe(false);
	});
	it('names "the roundabout" after the one the article named ("Pearl Roundabout" was read as a person)', () => {
		expect(prompts('world-77')).toContain('Since the Bahraini uprising in ___, Pearl Roundabout became a touchstone of opposition.');
	});
});

describe('batch 54: Ronaldo’s penalty in the FA Cup, the 2018 World Cup quarter-finals, an ammunition contract, Hamas’s truce, the Sixties Scoop settlement, the US on Iran, China’s report on the US (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => [d.text, d.value]);
	it('reads a weekday before a day written first as that day ("On Tuesday, 16 December, an Israeli court …" was dated the article’s Tuesday, December 23)', () => {
		expect(prompts('world-85').some((p) => /On December 2[13], 2008, (?:___|1[46] December)/.test(p))).toBe(false);
		expect(dates('On Tuesday, 16 December, an Israeli court sentenced him.', '2008-12-23')).toEqual([['16 December', '2008-12-16']]);
	});
	it('reads "ABC’s This Week" as a programme, not a week ("was on ABC’s in the week of November 13, 2007")', () => {
		expect(prompts('world-87').some((p) => /ABC's in the week of/.test(p))).toBe(false);
		// (A sentence that opens "Last Year …" still means the year before.)
		expect(dates('Last Year over 4 million visitors came.', '2007-02-20')).toEqual([['Last Year', '2006']]);
	});
	it('asks nothing of a chance that came to nothing ("the Portuguese midfielder’s strike flew just wide", "Berg’s attempt … was blocked by Pickford")', () => {
		expect(prompts('sport-36').some((p) => /flew (?:just )?wide/.test(p))).toBe(false);
		expect(prompts('sport-37').some((p) => /was blocked by Pickford|missed a chance to open the scoring/.test(p))).toBe(false);
		// (A goal is asked: "Ronaldo … scored from the penalty spot".)
		expect(prompts('sport-36').some((p) => /penalty/.test(p))).toBe(true);
	});
});

describe('batch 55: the London conference on Afghanistan, Argentina’s 2007 election, Israel’s settlement plan, the Flight 253 charges, Kenya’s power sharing, Swedish journalists on trial in Ethiopia (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => [d.text, d.value]);
	it('dates a weekday still to come after "would" or before "will" ("the conference on Thursday will outline …" in Monday’s paper is the coming Thursday)', () => {
		expect(prompts('world-89').some((p) => /January 21, 2010/.test(p))).toBe(false);
		expect(dates('Brown says that the conference on Thursday will outline projections on forces.', '2010-01-25')).toEqual([['Thursday', '2010-01-28']]);
		expect(prompts('world-93').some((p) => /would resume on February 22, 2008/.test(p))).toBe(false);
		expect(dates('Mr. Annan said the negotiations would resume Friday on long-term issues.', '2008-02-28')).toEqual([['Friday', '2008-02-29']]);
		// (A weekday of what was done stays the one before: "the talks ended Friday" in Thursday’s paper.)
		expect(dates('The talks ended Friday without a deal.', '2008-02-28')).toEqual([['Friday', '2008-02-22']]);
	});
	it('reads "Mrs Kirchner" as the woman of that name the headline gives, not her husband named last', () => {
		expect(prompts('world-90').some((p) => /Néstor Kirchner (?:consistently|'s husband)/.test(p))).toBe(false);
		expect(prompts('world-90').some((p) => /Cristina Kirchner consistently used her first name/.test(p))).toBe(true);
	});
	it('never blanks the one "also" says shares what someone named before is ("Clinton is also a lawyer and a senator …")', () => {
		expect(prompts('world-90').some((p) => /^(?:___ is a lawyer|Who is a lawyer)/.test(p))).toBe(false);
	});
	it('finds the man a headline describes without his name, and writes his name for "the man", "the Nigerian national"', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'world-92')!.path, 'utf8'), '2009-12-27');
		expect(found.some((m) => m.kind === 'person' && m.name === 'Umar Farouk Abdulmutallab')).toBe(true);
		expect(prompts('world-92').some((p) => /^Umar Farouk Abdulmutallab, who comes from a prominent Nigerian family, was read the charges/.test(p))).toBe(true);
		expect(prompts('world-92').some((p) => /accuses Umar Farouk Abdulmutallab of bringing/.test(p))).toBe(true);
		expect(prompts('world-92').some((p) => /^The man, who comes|the Nigerian national/.test(p))).toBe(false);
	});
	it('asks nothing of who sat in an audience ("Amongst the crowded court audience were 18 Swedish journalists …")', () => {
		expect(prompts('world-94').some((p) => /court audience/.test(p))).toBe(false);
	});
	it('asks of a lede its source names by what it is ("…, according to exit polls of the national media agencies"), with "today’s Presidential elections" dated as the elections', () => {
		expect(prompts('world-90').some((p) => /won over ___ of votes in the Presidential elections on October 28, 2007, in Argentina, according to exit polls/.test(p))).toBe(true);
		expect(prompts('world-90').some((p) => /in on October/.test(p))).toBe(false);
	});
	it('keeps a lede said "in his monthly news conference" (no media logistics), and "a conference on … and another on …" leans on nothing before it', () => {
		expect(prompts('world-89').some((p) => /^British prime minister Gordon Brown said in his monthly news conference on January 25, 2010, that a conference on the war in Afghanistan and another/.test(p))).toBe(true);
	});
	it('mends the article’s doubled "a" across a quotation mark (calling the signing a "a triumph …")', () => {
		expect(tidy('He called the signing a "a triumph for peace."')).toBe('He called the signing "a triumph for peace."');
		expect(prompts('world-93').some((p) => /a "a triumph/.test(p))).toBe(false);
	});
});

describe('batch 56: Croatia against England in 2018, AC Milan against Celtic, big-wave surfing at Pichilemu, Japan against the ACT at softball, the 2003 literacy survey, Zimbabwe’s 2008 election, the Hindu Kush earthquake, the anti-Brexit march (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('leaves "she" unresolved after a player known by her number ("Number 15 for Japan opened the inning … She was tagged out" is no one the article names)', () => {
		expect(prompts('sport-41').some((p) => /Aimee Murch was tagged out/.test(p))).toBe(false);
		// (Murch, named as the ACT’s pitcher, is still asked.)
		expect(prompts('sport-41').some((p) => /pitching for the ACT/.test(p))).toBe(true);
	});
	it('asks nothing of a header over the bar, a save that was "easy pickings", an equaliser tried in vain, or an offside', () => {
		expect(prompts('sport-38').some((p) => /tried to equalise soon after|caught offside/.test(p))).toBe(false);
		expect(prompts('sport-39').some((p) => /headed a good chance over the bar|easy pickings/.test(p))).toBe(false);
		expect(prompts('sport-35').some((p) => /was caught offside/.test(p))).toBe(false);
	});
	it('asks nothing of how an event was filmed ("A helicopter flew overhead, recording and photographing the surfers")', () => {
		expect(prompts('sport-40').some((p) => /helicopter/i.test(p))).toBe(false);
	});
	it('never asks a match’s 90 minutes ("As ___ minutes approached, … and the game entered extra time")', () => {
		expect(prompts('sport-39').some((p) => /As ___ minutes approached/.test(p))).toBe(false);
	});
	it('offers an earthquake’s magnitude only magnitudes that can be, near it and on both sides (no 12.2 beside 7.6)', () => {
		const choices = fixtureCandidates('world-96').filter((c) => /magnitude of ___/.test(c.question.prompt) && c.question.type === 'multiple_choice').flatMap((c) => (c.question as { choices: string[] }).choices.map(Number));
		expect(choices.length).toBeGreaterThan(0);
		expect(choices.every((v) => v <= 9.5 && Math.abs(v - 7.6) <= 2)).toBe(true);
		expect(choices.some((v) => v > 7.6) && choices.some((v) => v < 7.6)).toBe(true);
	});
	it('drops the "then" after the name a clause opens with ("Maldini then had a header"), not the one joining two verbs ("killed his mother Nancy then went")', () => {
		expect(prompts('sport-39').some((p) => /^(?:Maldini|Celtic) then had/.test(p))).toBe(false);
		expect(prompts('sport-39').some((p) => /^Maldini had a header at the Celtic net/.test(p))).toBe(true);
		expect(prompts('tech-04').some((p) => /killed his mother Nancy then went into/.test(p))).toBe(true);
	});
	it('never asks a count a long list after it gives ("The ___ competing surfers were: Köhl Christensen, Carlos Burle, …", 23 names under 24)', () => {
		expect(prompts('sport-40').some((p) => /The ___ competing surfers were/.test(p))).toBe(false);
	});
	it('gives a saying joined by "and" to the verb before it that verb’s subject ("Tom Watson called the deal "lousy" and said …" is not said by Brexit)', () => {
		const watson = fixtureCandidates('local-44').filter((c) => /"lousy"/.test(c.question.prompt));
		expect(watson.length).toBeGreaterThan(0);
		expect(watson.some((c) => c.question.attribution === 'Brexit')).toBe(false);
	});
});

describe('batches 57 and 58: Israel’s Gaza ceasefire, a Pichilemu hacienda, NATO in Wales, Euro 2016’s twelfth day, Atlantis lands in California, Thatcher’s death, Cuban medical diplomas, the Sirius Star, unrest in Iran (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('opens a standings sentence under a match’s heading "After the … match", and an event in it "In the … match"', () => {
		expect(prompts('sport-42').some((p) => /^After the Northern Ireland–Germany match, Germany have qualified/.test(p))).toBe(true);
		expect(prompts('sport-42').some((p) => /^In the Northern Ireland–Germany match, Germany have qualified/.test(p))).toBe(false);
		expect(prompts('sport-42').some((p) => /^In the Czech Republic–Turkey match, Turkey struck early/.test(p))).toBe(true);
	});
	it('accepts the family name a man with two goes by ("Errázuriz" for Francisco Javier Errázuriz Talavera, whom the article calls "Errázuriz Talavera")', () => {
		const q = fixtureCandidates('local-45').find((c) => (c.question as { answer?: unknown }).answer === 'Francisco Javier Errázuriz Talavera')!.question as { accepted?: string[] };
		expect(q.accepted).toContain('Errázuriz');
		expect(q.accepted).toContain('Talavera');
	});
	it('asks nothing of a nickname alone ("Errázuriz Talavera is known by its nickname, Fra Fra")', () => {
		expect(prompts('local-45').some((p) => /nickname/.test(p))).toBe(false);
	});
	it('reads "member states met" as a noun and its verb, not someone who "states" ("Leaders from NATO member states met in Wales …" is no claim of NATO’s)', () => {
		const met = fixtureCandidates('world-98').filter((c) => /member states met in Wales/.test(c.question.prompt));
		expect(met.length).toBeGreaterThan(0);
		expect(met.some((c) => c.question.attribution)).toBe(false);
	});
	it('writes the woman a story is headed by for a "she" the men the sentence names cannot be ("Tony Blair acknowledged how she changed British politics")', () => {
		expect(prompts('world-99').some((p) => /Former Prime Minister ___ acknowledged how Margaret Thatcher changed British politics/.test(p))).toBe(true);
		expect(prompts('world-99').some((p) => /acknowledged how she changed/.test(p))).toBe(false);
	});
	it('drops "Others were more negative about …": others than whom the sentence does not say', () => {
		expect(prompts('world-99').some((p) => /^Others\b/.test(p))).toBe(false);
	});
	it('reads "the Helsinki Accords" as an agreement, no city to swap for Moscow ("their tiny Helsinki Accords apartment")', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'world-19')!.path, 'utf8'), '2011-06-19');
		expect(found.some((m) => m.kind === 'place' && /Helsinki Accords/.test(m.name))).toBe(false);
		expect(prompts('world-19').some((p) => /Helsinki Accords apartment/.test(p))).toBe(false);
	});
	it('states a lede whose "would" is what was announced ("… held a press conference to announce that Israel would observe a unilateral ceasefire …")', () => {
		expect(prompts('world-97').some((p) => /Ehud Olmert held a press conference to announce that Israel would observe a unilateral ceasefire/.test(p))).toBe(true);
	});
	it('never swaps out a country the headline names by its adjective ("… in Argentina" → "… in United States" under "… Argentinian presidential elections")', () => {
		expect(fixtureCandidates('world-90').some((c) => c.form === 'false-actor' && /elections on October 28, 2007, in (?!Argentina)/.test(c.question.prompt))).toBe(false);
	});
	it('reads "Baroness Thatcher" and "Lady Thatcher" as Margaret Thatcher, titled, not two more women', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'world-99')!.path, 'utf8'), '2013-04-08');
		expect(new Set(found.filter((m) => m.kind === 'person' && /Thatcher/.test(m.name)).map((m) => m.name))).toEqual(new Set(['Margaret Thatcher']));
	});
	it('never asks a count of games a score beside it adds up to ("went on serve for all ___ games … 6-all")', () => {
		expect(prompts('sport-34').some((p) => /for all ___ games/.test(p))).toBe(false);
	});
	it('never asks where a named site is ("postpone its landing at the Kennedy Space Center in ___")', () => {
		expect(prompts('science-23').some((p) => /Kennedy Space Center in ___/.test(p))).toBe(false);
	});
});

describe('batches 59 and 60: Georgia’s 2008 election, Lula and Uribe, Cheney in Israel, the Kurds against the Islamic State, Bush on a Palestinian state, the Ogaden rebels (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const dates = (text: string, date: string) => findDates(text, parseIsoDate(date)).map((d) => [d.text, d.value]);
	it('dates the month of a promise in the year to come ("promising … to double pensions in October", in January 2008, is October 2008)', () => {
		expect(prompts('world-102').some((p) => /double pensions in October 2007/.test(p))).toBe(false);
		expect(dates('Saakashvili has campaigned on a slogan, promising - among other things - to double pensions in October.', '2008-01-04')).toEqual([['October', '2008-10']]);
		// (A month a promise was made in stays the one before: "The minister promised in March that …".)
		expect(dates('The minister promised in March that the report was finished.', '2008-05-04')).toEqual([['March', '2008-03']]);
	});
	it('dates a weekday after a timetable’s present tense ahead ("The president leaves Tuesday for Israel", in Saturday’s paper, is the Tuesday to come)', () => {
		expect(prompts('world-106').some((p) => /leaves on January 1, 2008/.test(p))).toBe(false);
		expect(dates('The president leaves Tuesday for Israel and the West Bank.', '2008-01-05')).toEqual([['Tuesday', '2008-01-08']]);
		expect(dates('The president left Tuesday for Israel.', '2008-01-05')).toEqual([['Tuesday', '2008-01-01']]);
	});
	it('drops "For his part," as it does "Meanwhile,"', () => {
		expect(prompts('world-102').some((p) => /^For his part/.test(p))).toBe(false);
	});
	it('finds the man after a ministry of more words than one ("Minister of Foreign Relations Celso Amorim" is Celso Amorim, never "Relations Celso Amorim")', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'world-103')!.path, 'utf8'), '2005-01-20');
		expect(found.some((m) => m.kind === 'person' && m.name === 'Celso Amorim')).toBe(true);
		expect(found.some((m) => /^Relations\b/.test(m.name))).toBe(false);
	});
	it('takes no "named and now face" for a term ("Six individuals were named and now face travel bans")', () => {
		expect(fixtureCandidates('world-105').some((c) => /and now face/i.test(String((c.question as { answer?: unknown }).answer)))).toBe(false);
	});
	it('states nothing the headline says with a title and a first name added ("United States Vice President Dick Cheney met with Israeli and Palestinian leaders on March 23, 2008" under "Cheney meets with Israeli and Palestinian leaders")', () => {
		expect(prompts('world-104').some((p) => /Dick Cheney met with Israeli and Palestinian leaders on March 23, 2008\.$/.test(p))).toBe(false);
	});
});

describe('key facts no question covered in batches 55 to 60 (from the judges’ lists)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('asks a toll counted in words at the start ("Twelve students died in the rush …"), not only a count of a subject ("Three crew members boarded …")', () => {
		expect(prompts('world-96').some((p) => /^(?:___ students died|How many students died) in the rush/.test(p))).toBe(true);
	});
	it('names "the game" of a report on one match as its headline does ("AC Milan 1-0 Celtic": "The AC Milan–Celtic game continued …", where before the sentence was dropped)', () => {
		expect(prompts('sport-39').some((p) => /The AC Milan–Celtic game continued/.test(p))).toBe(true);
	});
	it('never makes a match’s minutes false with its half or its whole ("Celtic still had 90 minutes to equalize")', () => {
		const minutes = fixtureCandidates('sport-39').filter((c) => /minutes to equalize/.test(c.question.prompt));
		expect(minutes.length).toBeGreaterThan(0);
		expect(minutes.some((c) => /still had (?:90|45) minutes/.test(c.question.prompt) || ((c.question as { choices?: string[] }).choices ?? []).some((x) => x === '90' || x === '45'))).toBe(false);
	});
	it('names the headline’s thing by the place the headline puts it in, once ("the shooting" under "… shooting at Northern Illinois University", "the series" under "… Tri-Nations Series in Sydney"), not a verb’s particle away ("shutting the rocket down")', () => {
		expect(prompts('local-40').some((p) => /when the shooting at (?:the )?Northern Illinois University occurred/.test(p))).toBe(true);
		expect(prompts('sport-06').some((p) => /of the series in Sydney/.test(p))).toBe(true);
		expect(prompts('science-14').some((p) => /the rocket in Texas down/.test(p))).toBe(false);
	});
	it('names "the two journalists" as the lede did ("The two Swedish journalists face fifteen years in prison …"), where before the sentence was dropped', () => {
		expect(prompts('world-94').some((p) => /the two Swedish journalists face (?:___ years|fifteen years)? ?in prison|How many years do the two Swedish journalists face/i.test(p))).toBe(true);
	});
});

describe('batches 61 and 62: the Helios crash, Ghana’s run-off, Israel’s 2013 election, Kiribati’s solar funding, Mozambique’s 2009 election, the OECD adult skills survey, the FARC capture, Peres and Netanyahu, Labour’s poll lead, the Newsweek apology, Bush in Egypt (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('knows a man the article names only by title and surname ("President Bush … Mr. Bush") by the full name the headline gives him (a title there is no first name), so "He ended it in Egypt" is never Hosni Mubarak', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'world-117')!.path, 'utf8'), '2008-01-16');
		expect(found.some((m) => m.kind === 'person' && m.name === 'George Bush' && m.surface === 'Bush')).toBe(true);
		expect(prompts('world-117').some((p) => /^Hosni Mubarak (?:ended|said it is important|called for Syria)|Hosni Mubarak’s visit to Egypt/.test(p))).toBe(false);
		expect(prompts('world-117').some((p) => /^President George Bush began his Middle East tour in ___/.test(p))).toBe(true);
		// (A surname the article also writes after a first name is that person's: no second "Ahmadinejad".)
		const titled = mentions('Iranian President Mahmoud Ahmadinejad spoke in New York. President Ahmadinejad was asked about Israel. Later, President Ahmadinejad left.', '2007-09-25');
		expect(new Set(titled.filter((m) => m.kind === 'person').map((m) => m.name))).toEqual(new Set(['Mahmoud Ahmadinejad']));
		// (A title in the headline is no first name: "President Bush urges …" gives no "President President Bush".)
		expect(prompts('world-106').some((p) => /President President/.test(p))).toBe(false);
		expect(prompts('world-30').some((p) => /Emperor Emperor/.test(p))).toBe(false);
	});
	it('leaves an "it" unresolved when only the "He" before it was named ("George Bush ended it in Egypt")', () => {
		expect(prompts('world-117').some((p) => /ended it in/.test(p))).toBe(false);
	});
	it('keeps "As a result of" whole ("Of Yesh Atid winning ___ seats" was left when "As a result" went)', () => {
		expect(prompts('world-110').some((p) => /^Of Yesh Atid/.test(p))).toBe(false);
		expect(prompts('world-110').some((p) => /^As a result of Yesh Atid winning ___ seats/.test(p))).toBe(true);
	});
	it('asks "how many seats do Likud have", never "do likud it" (a party’s name keeps its capital after "As of …")', () => {
		expect(prompts('world-110')).toContain('As of January 2013, how many seats do Likud have in the Knesset?');
	});
	it('never splits "days of national mourning" in a question ("How many days of national has … declared mourning?")', () => {
		expect(prompts('world-108').some((p) => /days of national has/.test(p))).toBe(false);
	});
	it('drops a comparison ending on its comparative with nothing to compare ("Only Finland … and Australia and the Netherlands … are higher.")', () => {
		expect(prompts('science-24').some((p) => /are higher\.$/.test(p))).toBe(false);
	});
	it('asks for no one country of a long list that opens on "the" ("comparable to ___, the Czech Republic, Estonia, Finland, …")', () => {
		expect(prompts('science-24').some((p) => /comparable to ___, the Czech Republic/.test(p))).toBe(false);
	});
	it('never turns "rejected" into "approved" beside the reason for rejecting ("approved the results …, alleging fraud")', () => {
		expect(prompts('world-112').some((p) => /approved the results of .*alleging fraud/.test(p))).toBe(false);
	});
	it('drops "that offer", "That person" whose offer or person the sentence before names', () => {
		expect(prompts('world-110').some((p) => /that offer/.test(p))).toBe(false);
		expect(prompts('world-108').some((p) => /^That person/.test(p))).toBe(false);
	});
	it('knows "Leading Renamo member Joaquim Marungo" as a person, so the "He" after his quotation is never the president', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'world-112')!.path, 'utf8'), '2009-11-13');
		expect(found.some((m) => m.kind === 'person' && m.name === 'Joaquim Marungo')).toBe(true);
		expect(prompts('world-112').some((p) => /^Armando Guebuza (?:rejected|approved) the electoral body/.test(p))).toBe(false);
	});
	it('does not make a quotation that ends a clause of the writer’s a saying of its own ("told MacKinnon and Millar they had committed "the brutal murder of …"")', () => {
		expect(prompts('local-14').some((p) => /^According to (?:Lord )?Kinclaven, the brutal murder/.test(p))).toBe(false);
		const text = 'Two men jailed for Stornoway murder\n\nFriday, June 28, 2013\n\nJudge Kenneth Miller ordered both men to serve at least eighteen years in prison. Kenneth Miller told them they had committed "the brutal murder of a young man who was only 16 years of age".';
		expect(allCandidates(text, { articleDate: '2013-06-28' }).some((c) => /^According to Kenneth Miller, the brutal murder/.test(c.question.prompt))).toBe(false);
	});
});

describe('key facts and small edits batches 61 and 62 left (from the judges’ lists and reasons)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('ends no sentence inside brackets after a time ("at 09:04 UTC (12:04 p.m. EEST) near Grammatiko"), so a crash’s lede is asked', () => {
		expect(sentencesOf('The plane crashed at 09:04 UTC (12:04 p.m. EEST) near Grammatiko, north of Athens. All on board died.')).toEqual([
			'The plane crashed at 09:04 UTC (12:04 p.m. EEST) near Grammatiko, north of Athens.',
			'All on board died.'
		]);
		expect(prompts('world-108').some((p) => /^A Helios airliner with (?:___|115) passengers/.test(p))).toBe(true);
	});
	it('writes "last week’s deadly protests" as "the deadly protests in the week before May 17, 2005", not "the week before May 17, 2005’s deadly protests"', () => {
		expect(prompts('world-116').some((p) => /2005['’]s deadly/.test(p))).toBe(false);
		expect(prompts('world-116').some((p) => /victims of the deadly protests in the week before May 17, 2005/.test(p))).toBe(true);
	});
	it('puts a "today" made a date in the simple past ("On February 20, 2009, … Shimon Peres selected …", not "has selected"), but not a total to date', () => {
		expect(prompts('world-114').some((p) => /On February 20, 2009, .*has selected/.test(p))).toBe(false);
		expect(prompts('world-114').some((p) => /On February 20, 2009, .*selected Likud leader/.test(p))).toBe(true);
		// ("As of January 7, 2009, the total death toll has increased to …" keeps its perfect.)
		expect(prompts('world-63').some((p) => /As of January 7, 2009, the total death toll increased/.test(p))).toBe(false);
	});
});

describe('batches 63 and 64: Basra airstrikes, an Iranian’s asylum case, reactions to bin Laden’s death, Baghdad’s bombs, the double agent at Khost, Finland’s marriage law, a helicopter crash in Cranbrook, two under-17 World Cup matches, the 2018 last 16, Georgia’s first rugby win (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	const statements = (name: string) => fixtureCandidates(name).filter((c) => c.question.type === 'true_false');
	it('never takes the speaker’s uncle for the speaker ("Kazemi’s uncle told CNN: …" is not Kazemi’s saying)', () => {
		expect(prompts('world-119').some((p) => /^According to Mehdi Kazemi, under torture/.test(p))).toBe(false);
		const said = fixtureCandidates('world-119').find((c) => c.question.type === 'matching');
		expect(JSON.stringify(said?.question ?? {})).not.toMatch(/torture and pressure[^\]]*Mehdi Kazemi|Mehdi Kazemi[^\]]*torture and pressure/);
	});
	it('resolves no "it" that stands for what follows ("Due to his medical background, it is believed his mission was …" was "United States is believed")', () => {
		expect(prompts('world-122').some((p) => /United States is believed/.test(p))).toBe(false);
	});
	it('asks no country a capital, a town and its province, or a continent gives away ("Baghdad, the capital of ___", "Cranbrook, British Columbia, ___ on May 13, 2008", "Finland becomes the 12th country in ___")', () => {
		expect(prompts('world-121').some((p) => /the capital of ___/.test(p))).toBe(false);
		expect(prompts('local-46').some((p) => /British Columbia, ___/.test(p))).toBe(false);
		expect(prompts('world-123').some((p) => /12th country in ___/.test(p))).toBe(false);
	});
	it('drops a leading "In contrast," as it does "However,"', () => {
		expect(prompts('world-123').some((p) => /^In contrast/.test(p))).toBe(false);
		expect(prompts('world-123').some((p) => /^Archbishop Kari Mäkinen from the Evangelical Lutheran Church of Finland welcomed/.test(p))).toBe(true);
	});
	it('makes no false statement the rest of the sentence contradicts or makes absurd ("lost the match … with a 72nd minute try", "eliminated …, having won all their matches", "began creating chances before …")', () => {
		const texts = statements('sport-46').filter((c) => c.question.type === 'true_false' && c.question.answer === false).map((c) => c.question.prompt);
		expect(texts.some((p) => /lost the match for Romania with a|eliminated from Pool D, having won|lost their first match[^.]*victory/.test(p))).toBe(false);
		expect(statements('sport-43').some((c) => /began creating chances before/.test(c.question.prompt) && c.question.type === 'true_false' && c.question.answer === false)).toBe(false);
	});
	it('denies no statement whose "not" could fall on the result or the means ("have not qualified … by defeating Ghana 3-2")', () => {
		expect(prompts('sport-44').some((p) => /have not qualified/.test(p))).toBe(false);
	});
	it('asks no attempts "blocked or stopped" ("Isco and Diego Costa attempted goal …")', () => {
		expect(prompts('sport-45').some((p) => /attempted goal/.test(p))).toBe(false);
	});
	it('offers only later minutes after "in the 52nd minute and ___ minute", and mends "3-2.."', () => {
		const later = fixtureCandidates('sport-44').filter((c) => /52nd minute and ___ minute/.test(c.question.prompt) && c.question.type === 'multiple_choice');
		expect(later.length).toBeGreaterThan(0);
		for (const c of later) for (const choice of (c.question as { choices: string[] }).choices) expect(Number.parseInt(choice, 10)).toBeGreaterThan(52);
		expect(prompts('sport-44').some((p) => /3-2\.\./.test(p))).toBe(false);
	});
	it('drops a "however" between a subject and its verb ("Florin Corodeanu however won the match")', () => {
		expect(prompts('sport-46').some((p) => /Corodeanu however/.test(p))).toBe(false);
	});
});

describe('batches 65 and 66: the last Obama–Romney debate, the Flight 253 suspect in Yemen, Cyclone Gonu, Madagascar’s president resigns, the 2007 internet crime report, the Euro 2016 final, sitting volleyball in London, the 2018 Champions League final, Argentina 6–0 Serbia and Montenegro, a police helicopter crash in Slovakia (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('reads no date in a name ("The Tonight Show", "told CIO Today")', () => {
		expect(prompts('world-124').some((p) => /The on October/.test(p))).toBe(false);
		expect(prompts('tech-07').some((p) => /told CIO on/.test(p))).toBe(false);
		expect(findDates('He appeared on The Tonight Show with Jay Leno and told USA Today he would win.', parseIsoDate('2012-10-25'))).toEqual([]);
	});
	it('asks no year a change’s other year gives away ("losses … in 2007, a $40 million increase from ___")', () => {
		expect(prompts('tech-07').some((p) => /increase from ___|^In ___, .*increase from 2006/.test(p))).toBe(false);
	});
	it('knows a substituted player as a person, so the "He" two sentences after "Bayern Munich signing Renato Sanches" is never Cristiano Ronaldo', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'sport-47')!.path, 'utf8'), '2016-07-12');
		expect(found.some((m) => m.kind === 'person' && m.name === 'Renato Sanches')).toBe(true);
		expect(prompts('sport-47').some((p) => /Cristiano Ronaldo won the SOCAR Young Player/.test(p))).toBe(false);
	});
	it('drops the article’s slip "His led his former club" rather than reading "His" as a name’s', () => {
		expect(prompts('sport-49').some((p) => /Klopp[’']s led|Zidane[’']s led/.test(p))).toBe(false);
	});
	it('names no other club for "the club" when the sentence names its own ("Real Madrid’s manager … as the club’s manager")', () => {
		expect(prompts('sport-49').some((p) => /the club Borussia Dortmund/.test(p))).toBe(false);
	});
	it('never makes "finally won" "finally lost"', () => {
		expect(prompts('sport-47').some((p) => /finally lost/.test(p))).toBe(false);
	});
	it('never turns "After" into "Before" where ages or "finally" order the two ("Before Cristiano Ronaldo played his first Euro match aged 19 in 2004, Portugal finally won … aged 31")', () => {
		expect(prompts('sport-47').some((p) => /^Before Cristiano Ronaldo played his first Euro match/.test(p))).toBe(false);
	});
	it('takes no "called some statements made by U.S. officials overstated" for a term ("called ___")', () => {
		expect(fixtureCandidates('world-125').some((c) => /^some statements/i.test(String((c.question as { answer?: unknown }).answer)))).toBe(false);
	});
	it('names "the match" of a report headed "Portugal beats France 1-0" as the Portugal–France game, and asks no shots "missed"', () => {
		expect(prompts('sport-47').some((p) => /^Had France won the Portugal–France game/.test(p))).toBe(true);
		expect(prompts('sport-47').some((p) => /missed their shots/.test(p))).toBe(false);
	});
});

describe('batches 67 and 68: the UN on Kashmir, South Ossetia, the Copenhagen attacks, revenge killings in Karachi, the Taipei plane crash, the Portland train stabbings, the Asian Cup night the lights failed, the 2018 Europa League final (unseen, judged blind)', () => {
	const prompts = (name: string) => fixtureCandidates(name).map((c) => c.question.prompt);
	it('knows "Jeremy Christian" and then "Christian has come to the attention of police" as the man, so "He was convicted …" is never the victim', () => {
		const found = mentions(readFileSync(loadArticles().find((a) => a.name === 'local-48')!.path, 'utf8'), '2017-05-29');
		expect(found.some((m) => m.kind === 'person' && m.name === 'Jeremy Christian' && m.surface === 'Christian')).toBe(true);
		expect(prompts('local-48').some((p) => /Fletcher (?:was convicted|showed up to a right-wing|was wearing a U\.S\. flag|attended a number of alt-right)/.test(p))).toBe(false);
		// ("Christian groups condemned it" stays no one.)
		expect(mentions('Man held\n\nJeremy Christian was arrested on Saturday. Christian groups condemned the attack.', '2017-05-29').some((m) => m.surface === 'Christian' && m.kind === 'person')).toBe(false);
	});
	it('names no referee for "the referee" of another match in a round-up', () => {
		expect(prompts('sport-51').some((p) => /sent from the sidelines by Mark Shield/.test(p))).toBe(false);
	});
	it('writes "This week’s wave of violence and attacks began …" as "The wave of violence and attacks in the week of August 7, 2010, began …"', () => {
		expect(prompts('world-131').some((p) => /2010['’]s wave/.test(p))).toBe(false);
		expect(prompts('world-131').some((p) => /^The wave of violence and attacks in the week of August 7, 2010, began/.test(p))).toBe(true);
	});
	it('gives a quotation to the one who said it, not the one who reported it ("The BBC … reported that senior MQM leader Babar Ghauri had said: "…"")', () => {
		expect(prompts('world-131').some((p) => /^According to (?:the )?BBC, every MQM activist/.test(p))).toBe(false);
	});
	it('keeps a main clause whose comma is missing after an opening phrase ("Following the first night of revenge attacks and arson the MQM accused …")', () => {
		expect(prompts('world-131').some((p) => /^The (?:Awami National Party|___), of supporting/.test(p))).toBe(false);
	});
	it('asks no club a headline names by its place ("Olympique de Marseille" under "Atlético Madrid beats Marseille 3-0")', () => {
		expect(prompts('sport-52').some((p) => /defeated French team ___/.test(p))).toBe(false);
	});
	it('never turns the "after" of a cause into "before" ("awarded Saudi Arabia a penalty kick before Malek Mouath was adjudged to have been fouled")', () => {
		expect(prompts('sport-51').some((p) => /penalty kick before Malek Mouath/.test(p))).toBe(false);
	});
	it('reads no quotation with no one it is said of ("Sickened by shooting at free speech event in Copenhagen.")', () => {
		expect(prompts('world-130').some((p) => /According to Nick Clegg, sickened/.test(p))).toBe(false);
	});
});

describe('the wrong keys of batches 61 to 68, as a class', () => {
	it('gives no "He" to the headline’s man past a name the finder does not know as a person ("Torvan Mellis became the youngest painter on the shortlist. He turned 19 in March. He won the public vote")', () => {
		const text = 'Martin Keller wins the Brandt Prize\n\nSaturday, May 4, 2019\n\nMartin Keller won the Brandt Prize on Friday. Keller, a painter from Leipzig, said he was surprised. Keller has painted for forty years.\n\nTorvan Mellis became the youngest painter on the shortlist. He turned 19 in March. He won the public vote as well.';
		const found = allCandidates(text, { articleDate: '2019-05-04' }).map((c) => c.question.prompt);
		expect(found.some((p) => /Martin Keller (?:won|lost) the public vote|Martin Keller turned 19/.test(p))).toBe(false);
		// (The man the article keeps returning to is still "he" where no one else was named.)
		expect(found.some((p) => /^Martin Keller said he was surprised|Keller, a painter from Leipzig, said/.test(p))).toBe(true);
	});
});
