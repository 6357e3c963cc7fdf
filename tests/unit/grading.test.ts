import { describe, expect, it } from 'vitest';
import { checkAnswer, normalizeAnswer, parseDateAnswer, parseNumber, type AnswerKind, type CheckOptions, type Verdict } from '../../src/lib/core/grading';
import { readQuantities } from '../../src/lib/core/numbers';

const KIM_JONG_UN = ['Kim Jong Un', 'Kim Jong-un'];
const SHOIGU = ['Sergei Shoigu', 'Sergey Shoigu', 'Shoigu'];
const PRIGOZHIN = ['Yevgeny Prigozhin', 'Prigozhin'];
const LUKASHENKO = ['Alexander Lukashenko', 'Lukashenko'];
const RODONG = ['Rodong Sinmun'];
const VOA = ['Voice of America', 'VOA'];
const KYODO = ['Kyodo News', 'Kyodo'];
const HWASONG = ['Hwasong-18'];
const REAPER = ['MQ-9 Reaper', 'MQ-9'];
const ANNIVERSARY = ['70th anniversary'];
const JULY_2023 = ['2023-07'];
const ARMISTICE = ['1953-07-27'];

type Case = [given: string, accepted: string[], kind: AnswerKind, correct: boolean, how: Verdict['how'], options?: CheckOptions];

const ok = (given: string, accepted: string[], how: Verdict['how'], kind: AnswerKind = 'text', options?: CheckOptions): Case => [given, accepted, kind, true, how, options];
const no = (given: string, accepted: string[], kind: AnswerKind = 'text', how: Verdict['how'] = 'wrong', options?: CheckOptions): Case => [given, accepted, kind, false, how, options];

const cases: Case[] = [
	// Names: normalization
	ok('Kim Jong Un', KIM_JONG_UN, 'exact'),
	ok('  Kim Jong Un \n', KIM_JONG_UN, 'exact'),
	ok('kim jong un', KIM_JONG_UN, 'normalized'),
	ok('Kim Jong-un', KIM_JONG_UN, 'normalized'),
	ok('KIM JONG–UN', KIM_JONG_UN, 'normalized'),
	ok('Kim  Jong   Un.', KIM_JONG_UN, 'normalized'),
	ok('“Kim Jong Un”', KIM_JONG_UN, 'normalized'),
	ok('Kim Jong Un?', KIM_JONG_UN, 'normalized'),
	ok('Kim Jŏng Ŭn', KIM_JONG_UN, 'normalized'),
	ok('Kim Il-sung', ['Kim Il Sung'], 'normalized'),
	ok('Kim Jong Il', ['Kim Jong Il'], 'exact'),
	ok('Kim Jongun', KIM_JONG_UN, 'typo'),
	ok('Kim Jong Un & Putin', ['Kim Jong Un and Putin'], 'normalized'),
	ok('Shoigu', SHOIGU, 'alternative'),
	ok('Sergey Shoigu', SHOIGU, 'alternative'),
	ok('Sérgei Shoígu', SHOIGU, 'normalized'),
	ok('The Voice of America', VOA, 'normalized'),
	ok('VOA', VOA, 'alternative'),
	ok('kyodo', KYODO, 'alternative'),
	ok("P'yongyang", ['Pyongyang'], 'normalized'),
	ok('hwasong 18', HWASONG, 'normalized'),
	ok('mq9 reaper', REAPER, 'typo'),
	ok('MQ-9', REAPER, 'alternative'),
	ok('the 70th anniversary', ANNIVERSARY, 'normalized'),
	// Names: typos
	ok('Shoigy', SHOIGU, 'typo'),
	ok('Sergei Shoigy', SHOIGU, 'typo'),
	ok('Shoygu', SHOIGU, 'typo'),
	ok('Prigozin', PRIGOZHIN, 'typo'),
	ok('Yevgeni Prigozhin', PRIGOZHIN, 'typo'),
	ok('Lukashanko', LUKASHENKO, 'typo'),
	ok('Alexander Lukashenka', LUKASHENKO, 'typo'),
	ok('Pyongyng', ['Pyongyang'], 'typo'),
	ok('Rodong Simmun', RODONG, 'typo'),
	ok('Voice of Amerca', VOA, 'typo'),
	ok('Voice of Amerika', VOA, 'typo'),
	ok('Hwasung-18', HWASONG, 'typo'),
	ok('MQ-9 Raeper', REAPER, 'typo'),
	ok('Puttin', ['Putin'], 'typo'),
	ok('Bellarus', ['Belarus'], 'typo'),
	// Names: rejected
	no('Kim', KIM_JONG_UN),
	no('Kim Jong', KIM_JONG_UN),
	no('Jong Un', KIM_JONG_UN),
	no('Kim Jong Il', KIM_JONG_UN),
	no('Kim Il Sung', KIM_JONG_UN),
	no('Kim Yo Jong', KIM_JONG_UN),
	no('Kim Jong Eun', KIM_JONG_UN),
	no('Kim Jong Un and Putin', KIM_JONG_UN),
	no('Kim Jong Un, Putin', KIM_JONG_UN),
	no('<b>Kim Jong Un</b>', KIM_JONG_UN),
	no('Valery Gerasimov', SHOIGU),
	no('Shoi', SHOIGU),
	no('Sergei', SHOIGU),
	no('Yevgeny', PRIGOZHIN),
	no('Lukashenkov', LUKASHENKO),
	no('Rodong', RODONG),
	no('Minju Joson', RODONG),
	no('Voice of Russia', VOA),
	no('Voice America', VOA),
	no('Voice off America', VOA),
	no('Kyoto News', KYODO),
	no('Yonhap', KYODO),
	no('Pyongyang', ['Seoul']),
	// Models and codes: digits must match exactly
	no('Hwasong-17', HWASONG),
	no('Hwasong-15', HWASONG),
	no('Hwasong-81', HWASONG),
	no('Hwasong', HWASONG),
	no('Hwasong-18 ICBM', HWASONG),
	no('MQ-1 Predator', REAPER),
	no('MQ-1 Reaper', REAPER),
	no('RQ-9 Reaper', REAPER),
	no('MQ-9B Reaper', REAPER),
	no('Reaper', REAPER),
	no('71st anniversary', ANNIVERSARY),
	no('60th anniversary', ANNIVERSARY),
	no('70 anniversary', ANNIVERSARY),
	no('70th', ANNIVERSARY),
	// Likely confusions between real words
	no('Austria', ['Australia']),
	no('Australia', ['Austria']),
	no('Chile', ['China']),
	no('China', ['Chile']),
	no('Iraq', ['Iran']),
	no('Iran', ['Iraq']),
	no('Jason', ['Japan']),
	no('Prussia', ['Russia']),
	no('Russian', ['Russia']),
	no('Austrian', ['Austria']),
	no('Ireland', ['Iceland']),
	no('Slovakia', ['Slovenia']),
	no('Niger', ['Nigeria']),
	no('Belarul', ['Belarus']),
	// Numbers in text answers compare as numbers when both are whole numbers
	ok('seventieth', ['70th'], 'normalized'),
	ok('70', ['70th'], 'normalized'),
	ok('the 70th', ['70th'], 'normalized'),
	ok('1953.', ['1953'], 'normalized'),
	no('1935', ['1953']),
	no('953', ['1953']),
	no('71st', ['70th']),
	no('-5', ['5']),
	// Number answers
	ok('70', ['70'], 'exact', 'number'),
	ok('seventy', ['70'], 'normalized', 'number'),
	ok('70th', ['70'], 'normalized', 'number'),
	ok('Seventieth', ['70'], 'normalized', 'number'),
	ok('1,953', ['1953'], 'normalized', 'number'),
	ok('two thousand and nineteen', ['2019'], 'normalized', 'number'),
	ok('one thousand', ['1000'], 'normalized', 'number'),
	ok('1 000', ['1000'], 'normalized', 'number'),
	ok('a thousand', ['1000'], 'normalized', 'number'),
	ok('2.50', ['2.5'], 'normalized', 'number'),
	ok('minus five', ['-5'], 'normalized', 'number'),
	ok('−5', ['-5'], 'normalized', 'number'),
	ok('three million', ['3000000'], 'normalized', 'number', { tolerance: 100_000 }),
	ok('2.95 million', ['3000000'], 'normalized', 'number', { tolerance: 100_000 }),
	ok('72', ['70', '72'], 'alternative', 'number'),
	no('71', ['70'], 'number'),
	no('69', ['70'], 'number'),
	no('seventy-one', ['70'], 'number'),
	no('700', ['70'], 'number'),
	no('seventh', ['70'], 'number'),
	no('about 70', ['70'], 'number'),
	no('1935', ['1953'], 'number'),
	no('1954', ['1953'], 'number'),
	no('2091', ['2019'], 'number'),
	no('2018', ['2019'], 'number'),
	no('5', ['-5'], 'number'),
	no('25', ['2.5'], 'number'),
	no('2,5', ['2.5'], 'number'),
	no('100', ['1000'], 'number'),
	no('2.8 million', ['3000000'], 'number', 'wrong', { tolerance: 100_000 }),
	// Dates
	ok('2023-07', JULY_2023, 'exact', 'date'),
	ok('July 2023', JULY_2023, 'normalized', 'date'),
	ok('jul 2023', JULY_2023, 'normalized', 'date'),
	ok('Jul. 2023', JULY_2023, 'normalized', 'date'),
	ok('07/2023', JULY_2023, 'normalized', 'date'),
	ok('7/2023', JULY_2023, 'normalized', 'date'),
	ok('26 July 2023', JULY_2023, 'normalized', 'date'),
	ok('July 26, 2023', JULY_2023, 'normalized', 'date'),
	ok('26/7/2023', JULY_2023, 'normalized', 'date'),
	ok('2023-07-26', JULY_2023, 'normalized', 'date'),
	ok('the 26th of July, 2023', JULY_2023, 'normalized', 'date'),
	ok('July 2023', ['2023'], 'normalized', 'date'),
	ok('27 July 1953', ARMISTICE, 'normalized', 'date'),
	ok('July 27th, 1953', ARMISTICE, 'normalized', 'date'),
	ok('27.7.1953', ARMISTICE, 'normalized', 'date'),
	ok('July 1953', ['1953-06', '1953-07'], 'alternative', 'date'),
	no('June 2023', JULY_2023, 'date'),
	no('July 2022', JULY_2023, 'date'),
	no('2023', JULY_2023, 'date'),
	no('Jully 2023', JULY_2023, 'date'),
	no('2023-06', JULY_2023, 'date'),
	no('26/6/2023', JULY_2023, 'date'),
	no('7/26/2023', JULY_2023, 'date'),
	no('31 June 2023', JULY_2023, 'date'),
	no('2023-13', JULY_2023, 'date'),
	no('July', JULY_2023, 'date'),
	no('Summer 2023', JULY_2023, 'date'),
	no('2022', ['2023'], 'date'),
	no('23', ['2023'], 'date'),
	no('July 1953', ARMISTICE, 'date'),
	no('28 July 1953', ARMISTICE, 'date'),
	// Refused outright
	no('', KIM_JONG_UN, 'text', 'invalid'),
	no('   ', KIM_JONG_UN, 'text', 'invalid'),
	no('\n\t', ['70'], 'number', 'invalid'),
	no('Kim Jong Un '.repeat(500), KIM_JONG_UN, 'text', 'invalid'),
	no('x'.repeat(5000), KIM_JONG_UN, 'text', 'invalid'),
	no('7'.repeat(201), ['70'], 'number', 'invalid')
];

describe('checkAnswer', () => {
	it('has a large table, mostly answers that must be rejected', () => {
		const rejected = cases.filter(([, , , correct]) => !correct).length;
		expect(cases.length).toBeGreaterThanOrEqual(80);
		expect(rejected * 2).toBeGreaterThanOrEqual(cases.length);
	});

	it.each(cases)('%j against %j (%s) → correct %s, %s', (given, accepted, kind, correct, how, options) => {
		const verdict = checkAnswer(given, accepted, kind, options);
		expect({ correct: verdict.correct, how: verdict.how }).toEqual({ correct, how });
		expect(accepted).toContain(verdict.closest);
		if (how !== 'typo') expect(verdict.diff).toEqual([]);
	});

	it('defaults to text and tolerates no difference', () => {
		expect(checkAnswer('1935', ['1953']).how).toBe('wrong');
		expect(checkAnswer('71', ['70'], 'number', {}).reason).toBe('Numbers must match exactly');
	});

	it('accepts an answer 200 characters long and refuses one of 201', () => {
		expect(checkAnswer('a'.repeat(200), ['b']).how).toBe('wrong');
		expect(checkAnswer('a'.repeat(201), ['b'])).toMatchObject({ how: 'invalid', reason: 'Answer too long (over 200 characters)' });
	});

	it('says why', () => {
		expect(checkAnswer('Shoigy', ['Shoigu']).reason).toBe("Accepted with a typo: 'Shoigy' → 'Shoigu'");
		expect(checkAnswer('  ', ['Shoigu']).reason).toBe('Empty answer');
		expect(checkAnswer('Kim', KIM_JONG_UN).reason).toBe('Incomplete answer');
		expect(checkAnswer('Kim Jong Un and Putin', KIM_JONG_UN).reason).toBe('Extra words in the answer');
		expect(checkAnswer('Hwasong-17', HWASONG).reason).toBe('Numbers and codes must match exactly');
		expect(checkAnswer('2023', JULY_2023, 'date').reason).toBe('Give the month as well');
		expect(checkAnswer('June 2023', JULY_2023, 'date').reason).toBe('Wrong month');
		expect(checkAnswer('Jully 2023', JULY_2023, 'date').reason).toBe('Not a date I can read');
		expect(checkAnswer('2.8 million', ['3000000'], 'number', { tolerance: 100_000 }).reason).toBe('Not within ±100000');
	});

	it('names the accepted answer it matched or came closest to', () => {
		expect(checkAnswer('Prigozin', PRIGOZHIN).closest).toBe('Prigozhin');
		expect(checkAnswer('Yevgeni Prigozhin', PRIGOZHIN).closest).toBe('Yevgeny Prigozhin');
		expect(checkAnswer('Kyoto', KYODO).closest).toBe('Kyodo');
		expect(checkAnswer('Nothing like it', KYODO).closest).toBe('Kyodo News');
		expect(checkAnswer('71', ['50', '70'], 'number').closest).toBe('70');
		expect(checkAnswer('', KYODO).closest).toBe('Kyodo News');
	});

	it('has nothing to match when no answer is accepted', () => {
		expect(checkAnswer('Kim', [])).toMatchObject({ correct: false, how: 'wrong', closest: '' });
	});
});

describe('numbers typed with their unit, currency or scale word', () => {
	const years = { unit: 'years', prompt: 'How many years after the armistice did the visit take place?' };
	const grade = (given: string, accepted: string[], options: CheckOptions) => {
		const verdict = checkAnswer(given, accepted, 'number', options);
		return { correct: verdict.correct, reason: verdict.reason };
	};

	it.each([
		['70 years', ['70'], years],
		['70 Years.', ['70'], years],
		['seventy years', ['70'], years],
		['70yrs', ['70'], years],
		['70 yr', ['70'], years],
		['3 yrs', ['3'], { unit: 'years' }],
		['36 months', ['3'], { unit: 'years' }],
		['1,189 m', ['1189'], { unit: 'm' }],
		['1,189 metres', ['1189'], { unit: 'metres' }],
		['1189m', ['1189'], { unit: 'meters' }],
		['1.189 km', ['1189'], { unit: 'm' }],
		['1 189 m', ['1189'], { unit: 'm' }],
		['$12 million', ['12'], { unit: 'million dollars' }],
		['12 million dollars', ['12'], { unit: 'million dollars' }],
		['US$12m', ['12'], { unit: 'million dollars' }],
		['$12,000,000', ['12'], { unit: 'million dollars' }],
		['12', ['12'], { unit: 'million dollars' }],
		['12000000', ['12'], { unit: 'million dollars' }],
		['USD 12 million', ['12'], { unit: 'million dollars' }],
		['$12 million', ['12000000'], { unit: 'dollars' }],
		['12 million dollars', ['12000000'], {}],
		['$12bn', ['12'], { unit: 'billion dollars' }],
		['12 bn dollars', ['12000000000'], { unit: '$' }],
		['19.3 trillion won', ['19.3'], { unit: 'trillion won' }],
		['5%', ['5'], { unit: 'percent' }],
		['5 per cent', ['5'], { unit: '%' }],
		['2 weeks', ['14'], { unit: 'days' }],
		['2 delegations', ['2'], { prompt: 'How many foreign delegations did Kim host at the concert?' }],
		['2 foreign delegations', ['2'], { prompt: 'How many foreign delegations did Kim host at the concert?' }],
		['12 million', ['12'], { prompt: 'Fill in the number: the deal was worth $____ million.' }],
		['$12 million', ['12'], { prompt: 'Fill in the number: the deal was worth $____ million.' }],
		['70 years', ['70'], { prompt: 'How many years after the armistice did the visit take place?' }],
		['3 missiles', ['3'], { unit: 'missiles' }],
		['3 missile', ['3'], { unit: 'missiles' }],
		['3 centuries', ['3'], { unit: 'century' }],
		['70 years later', ['70'], years],
		['3 years long', ['3'], { unit: 'years' }]
	])('%j is right for %j with %j', (given, accepted, options) => {
		expect(grade(given, accepted, options as CheckOptions).correct).toBe(true);
	});

	it.each([
		['70 days', ['70'], years, 'Wrong unit: the answer is in years, not days'],
		['70 months', ['70'], years, 'Numbers must match exactly'],
		['71 years', ['70'], years, 'Numbers must match exactly'],
		['7 years', ['70'], years, 'Numbers must match exactly'],
		['1,189 km', ['1189'], { unit: 'm' }, 'Numbers must match exactly'],
		['1,189 miles', ['1189'], { unit: 'm' }, 'Wrong unit: the answer is in metres, not miles'],
		['12 million euros', ['12'], { unit: 'million dollars' }, 'Wrong unit: the answer is in US dollars, not euros'],
		['€12 million', ['12'], { unit: 'million dollars' }, 'Wrong unit: the answer is in US dollars, not euros'],
		['£12m', ['12'], { unit: 'million dollars' }, 'Wrong unit: the answer is in US dollars, not pounds'],
		['12 dollars', ['12'], { unit: 'million dollars' }, 'Numbers must match exactly'],
		['12 billion dollars', ['12'], { unit: 'million dollars' }, 'Numbers must match exactly'],
		['12 thousand', ['12'], { unit: 'million dollars' }, 'Numbers must match exactly'],
		['2 countries', ['2'], { prompt: 'How many foreign delegations did Kim host at the concert?' }, 'Wrong unit: the question does not ask for countries'],
		['70 days', ['70'], { prompt: 'How many years after the armistice did the visit take place?' }, 'Wrong unit: the question does not ask for days'],
		['3 rockets', ['3'], { unit: 'missiles' }, 'Wrong unit: the answer is in missiles, not rockets'],
		['70 years ago and more', ['70'], years, 'Not a number I can read'],
		['70 later', ['70'], years, 'Wrong unit: the answer is in years, not later'],
		['years 70', ['70'], years, 'Not a number I can read']
	])('%j is wrong for %j with %j: %s', (given, accepted, options, reason) => {
		expect(grade(given, accepted, options as CheckOptions)).toEqual({ correct: false, reason });
	});

	it('says which answer with its unit was matched', () => {
		expect(checkAnswer('seventy years', ['70'], 'number', years)).toMatchObject({ how: 'normalized', closest: '70', reason: "Matches '70 years'" });
		expect(checkAnswer('72 yrs', ['70', '72'], 'number', years)).toMatchObject({ how: 'alternative', reason: "Matches the accepted alternative '72 years'" });
		expect(checkAnswer('3.05 million', ['3'], 'number', { unit: 'million', tolerance: 0.1 })).toMatchObject({ correct: true, reason: 'Within ±0.1 of 3 million' });
	});

	it('reads amounts the same in text answers, units included', () => {
		expect(checkAnswer('seventy years', ['70 years']).correct).toBe(true);
		expect(checkAnswer('$12m', ['12 million dollars']).correct).toBe(true);
		expect(checkAnswer('12am', ['12 am']).correct).toBe(true);
		expect(checkAnswer('70 days', ['70 years']).correct).toBe(false);
		expect(checkAnswer('12 pm', ['12 am']).correct).toBe(false);
		expect(checkAnswer('70', ['70 years']).correct).toBe(false);
	});

	it('reads "12m" both as 12 million and as 12 metres, and money as millions', () => {
		expect(readQuantities('12m')).toEqual([
			{ number: 12, scale: 1e6 },
			{ number: 12, scale: 1, unit: { kind: 'length', factor: 1, name: 'metres' } }
		]);
		expect(readQuantities('$12m')).toEqual([{ number: 12, scale: 1e6, unit: { kind: 'usd', factor: 1, name: 'US dollars' } }]);
		expect(readQuantities('three million five hundred thousand')).toEqual([{ number: 3_500_000, scale: 1 }]);
		expect(readQuantities('twelve million dollars')).toEqual([{ number: 12, scale: 1e6, unit: { kind: 'usd', factor: 1, name: 'US dollars' } }]);
		expect(readQuantities('Hwasong-18')).toEqual([]);
		expect(readQuantities('about 70')).toEqual([]);
	});
});

describe('typo diff', () => {
	const diffOf = (given: string, accepted: string[]) => checkAnswer(given, accepted).diff;

	it('marks a substituted letter', () => {
		expect(diffOf('Shoigy', ['Shoigu'])).toEqual([
			{ text: 'Shoig', ok: true },
			{ text: 'y', ok: false }
		]);
	});

	it('marks the letter after a missing one', () => {
		expect(diffOf('Pyongyng', ['Pyongyang'])).toEqual([
			{ text: 'Pyongy', ok: true },
			{ text: 'n', ok: false },
			{ text: 'g', ok: true }
		]);
	});

	it('marks an extra letter', () => {
		expect(diffOf('Puttin', ['Putin'])).toEqual([
			{ text: 'Pu', ok: true },
			{ text: 't', ok: false },
			{ text: 'tin', ok: true }
		]);
	});

	it('marks both letters of a swap', () => {
		expect(diffOf('MQ-9 Raeper', REAPER)).toEqual([
			{ text: 'MQ-9 R', ok: true },
			{ text: 'ae', ok: false },
			{ text: 'per', ok: true }
		]);
	});

	it('covers the typed text as typed: case, accents, quotes and spaces kept', () => {
		expect(diffOf('  "Sérgei  SHOIGY" ', SHOIGU)).toEqual([
			{ text: '"Sérgei  SHOIG', ok: true },
			{ text: 'Y', ok: false },
			{ text: '"', ok: true }
		]);
	});

	it('keeps a combining accent with its letter', () => {
		const diff = diffOf('Shoigy\u0301', ['Shoigu']);
		expect(diff).toEqual([
			{ text: 'Shoig', ok: true },
			{ text: 'y\u0301', ok: false }
		]);
	});

	it('always reassembles the trimmed answer', () => {
		for (const [given, accepted] of [
			['Sergei Shoigy', SHOIGU],
			['Kim Jongun', KIM_JONG_UN],
			['Alexander Lukashenka', LUKASHENKO],
			['Voice of Amerca', VOA],
			[' mq9 reaper ', REAPER]
		] as const) {
			const verdict = checkAnswer(given, [...accepted]);
			expect(verdict.how).toBe('typo');
			expect(verdict.diff.map((segment) => segment.text).join('')).toBe(given.trim());
			expect(verdict.diff.some((segment) => !segment.ok)).toBe(true);
		}
	});
});

describe('normalizeAnswer', () => {
	it.each([
		['  The  “Kim Jong–un”! ', 'kim jong un'],
		['Kim Jong-Un', 'kim jong un'],
		['Sérgei Shoígu', 'sergei shoigu'],
		['«Rodong Sinmun»', 'rodong sinmun'],
		["Korea's", 'koreas'],
		['U.S.', 'us'],
		['Washington, D.C.', 'washington dc'],
		['2.5', '2.5'],
		['1,000', '1,000'],
		['R&D', 'r and d'],
		['A-10 Warthog', 'a 10 warthog'],
		['an Antonov', 'antonov'],
		['The', 'the'],
		['<b>Kim</b>', '<b>kim</b>'],
		['...', '']
	])('%j → %j', (text, expected) => {
		expect(normalizeAnswer(text)).toBe(expected);
	});
});

describe('parseNumber', () => {
	it.each([
		['70', 70],
		['seventy', 70],
		['70th', 70],
		['seventieth', 70],
		['Seventy-five', 75],
		['seventy-fifth', 75],
		['twenty first', 21],
		['one hundred and twenty', 120],
		['a hundred', 100],
		['one hundredth', 100],
		['twelve hundred', 1200],
		['two thousand', 2000],
		['two thousand and nineteen', 2019],
		['three million', 3_000_000],
		['three million five hundred thousand', 3_500_000],
		['1,000', 1000],
		['1 000', 1000],
		['10,000,000', 10_000_000],
		['2.5', 2.5],
		['2.5 million', 2_500_000],
		['-4', -4],
		['−4', -4],
		['minus four', -4],
		['1st', 1],
		['2nd', 2],
		['third', 3],
		['eighth', 8],
		['twelfth', 12],
		['zero', 0],
		['the 70th', 70],
		['1953.', 1953]
	])('%j → %d', (text, expected) => {
		expect(parseNumber(text)).toBe(expected);
	});

	it.each(['', 'Kim', 'seventy seventy', 'five five', 'thousand', 'and', 'a', 'one hundred and', 'zero five', 'first first', 'thousand million', 'million thousand million', '1,00', '12,3456', '1,000 000', '2,5', '2.5th', '2nd million', 'MQ-9', '7/2023', 'nineteen fifty-three', 'about 70'])(
		'%j → null',
		(text) => {
			expect(parseNumber(text)).toBeNull();
		}
	);
});

describe('parseDateAnswer', () => {
	it.each([
		['2023', { year: 2023 }],
		['2023-07', { year: 2023, month: 7 }],
		['2023-07-26', { year: 2023, month: 7, day: 26 }],
		['July 2023', { year: 2023, month: 7 }],
		['JUL 2023', { year: 2023, month: 7 }],
		['Sept. 2023', { year: 2023, month: 9 }],
		['07/2023', { year: 2023, month: 7 }],
		['7/2023', { year: 2023, month: 7 }],
		['26 July 2023', { year: 2023, month: 7, day: 26 }],
		['26th July, 2023', { year: 2023, month: 7, day: 26 }],
		['the 26th of July 2023', { year: 2023, month: 7, day: 26 }],
		['July 26, 2023', { year: 2023, month: 7, day: 26 }],
		['Jul 26 2023', { year: 2023, month: 7, day: 26 }],
		['26/7/2023', { year: 2023, month: 7, day: 26 }],
		['1/2/2023', { year: 2023, month: 2, day: 1 }],
		['29 February 2024', { year: 2024, month: 2, day: 29 }]
	])('%j → %j', (text, expected) => {
		expect(parseDateAnswer(text)).toEqual(expected);
	});

	it.each(['', 'July', 'Jully 2023', 'Julyy 2023', '23', '7/26/2023', '31 June 2023', '29 February 2023', '2023-13', '2023-00', '0000', 'Summer 2023', '2023 July', 'next Tuesday', '26 July'])('%j → null', (text) => {
		expect(parseDateAnswer(text)).toBeNull();
	});
});
