import { describe, expect, it } from 'vitest';
import { detectFormat, importSet, MAX_JSON_DEPTH, type ImportResult } from '../../src/lib/formats/import';
import { answerText, validateQuestionSet, type QuestionSet } from '../../src/lib/formats/question-set';
import { exportSet } from '../../src/lib/formats/export';
import { builtin } from './builtin';

function ok(result: ImportResult): Extract<ImportResult, { ok: true }> {
	if (!result.ok) throw new Error(JSON.stringify(result.errors));
	expect(validateQuestionSet(result.set).ok).toBe(true);
	return result;
}

function errors(result: ImportResult) {
	if (result.ok) throw new Error('expected the import to fail');
	return result.errors;
}

describe('format detection', () => {
	it.each([
		['{"format":1}', 'json'],
		['::q1:: Is it? {T}', 'gift'],
		['// comment\nWhat? {=yes}', 'gift'],
		['#separator:tab\n#html:false\nfront\tback', 'anki'],
		['term\tdefinition\nother\tthing', 'quizlet'],
		['type\tprompt\tanswer\nflashcard\t"a\tb"\tc', 'tsv'],
		['prompt,answer\na,b', 'csv'],
		['prompt;answer\na;b', 'csv']
	])('%j is %s', (text, format) => {
		expect(detectFormat(text)).toBe(format);
	});
	it('knows nothing of plain prose', () => {
		expect(detectFormat('just some words')).toBeNull();
		expect(errors(importSet('just some words'))[0]?.message).toMatch(/cannot tell the file's format/);
	});
});

describe('CSV and TSV', () => {
	it('reads a header in any order, quoted fields with "" and new lines, and infers types', () => {
		const csv = [
			'Question,Answer,Choices,Explanation',
			'"Say ""hi""",hello,,"two',
			'lines"',
			'Capital of France?,Paris,Berlin | Paris | Rome,',
			'The sky is blue.,true,,',
			'The ___ is wet.,water,,'
		].join('\r\n');
		const { set, format } = ok(importSet(csv));
		expect(format).toBe('csv');
		expect(set.questions).toEqual([
			{ id: 'q1', type: 'flashcard', prompt: 'Say "hi"', answer: 'hello', explanation: 'two\r\nlines' },
			{ id: 'q2', type: 'multiple_choice', prompt: 'Capital of France?', choices: ['Berlin', 'Paris', 'Rome'], answer: 1 },
			{ id: 'q3', type: 'true_false', prompt: 'The sky is blue.', answer: true },
			{ id: 'q4', type: 'cloze', prompt: 'The ___ is wet.', answer: 'water' }
		]);
	});

	it('reads semicolons, choice columns and answers given by number or letter (Kahoot-style sheets)', () => {
		const csv = 'Question - max 120 characters;Answer 1;Answer 2;Answer 3;Correct answer(s)\nWhich?;a;b;c;2\nAnd?;x;y;z;C\n';
		const { set } = ok(importSet(csv));
		expect(set.questions.map((question) => question.type === 'multiple_choice' && question.choices[question.answer])).toEqual(['b', 'z']);
	});

	it('without a header, reads prompt, answer, explanation', () => {
		const { set } = ok(importSet('a,b,c\nd,e\n', { from: 'csv' }));
		expect(set.questions).toEqual([
			{ id: 'q1', type: 'flashcard', prompt: 'a', answer: 'b', explanation: 'c' },
			{ id: 'q2', type: 'flashcard', prompt: 'd', answer: 'e' }
		]);
	});

	it('reports an unbalanced quote with its line and column', () => {
		const result = errors(importSet('prompt,answer\nfine,ok\nbad,"never closed\nmore,rows\n'));
		expect(result).toEqual([{ line: 3, column: 5, message: expect.stringMatching(/unbalanced quote.*line 3, column 5/) }]);
	});

	it('counts lines inside quoted fields (LF, CRLF, CR) for later positions', () => {
		const result = errors(importSet('prompt,answer\r\n"a\r\nb\nc\rd",ok\r\nx,"open\r\n'));
		expect(result[0]).toMatchObject({ line: 6, column: 3 });
	});

	it('reports text after a closing quote that ran on over lines at the opening quote', () => {
		const result = errors(importSet('prompt,answer\n"a,b\nc,"d",e\n'));
		expect(result[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/unbalanced quote/) });
	});

	it('reports an unknown type at its cell, and every bad row at once', () => {
		const csv = 'type,prompt,answer\nessay,Write,\nflashcard,,x\nmultiple_choice,Pick,z\n';
		const result = errors(importSet(csv));
		expect(result).toEqual([
			{ line: 2, column: 1, message: expect.stringMatching(/unknown question type "essay"/) },
			{ line: 3, column: 11, message: 'the question (prompt) is empty' },
			{ line: 4, column: 17, message: 'a multiple-choice question needs its choices' },
			{ line: 4, column: 22, message: 'the answer "z" is not one of the choices' }
		]);
	});

	it('reports duplicate ids at the second one', () => {
		const result = errors(importSet('id,prompt,answer\nq1,a,b\nq1,c,d\n'));
		expect(result).toEqual([{ line: 3, message: 'the id "q1" repeats the id of line 2' }]);
	});

	it('with skipInvalid, keeps the good rows (ids unchanged) and lists the bad ones', () => {
		const result = ok(importSet('prompt,answer\na,b\n,missing prompt\nc,d\n', { skipInvalid: true }));
		expect(result.set.questions.map((question) => question.id)).toEqual(['q1', 'q3']);
		expect(result.skipped).toEqual([{ line: 3, column: 1, message: 'the question (prompt) is empty' }]);
	});

	it('names question and field when the schema refuses a row', () => {
		const result = errors(importSet('type,prompt,answer\ndate,When?,July 2023\n'));
		expect(result).toEqual([{ line: 2, column: 6, message: 'question "q1", field "answer": must be a date written YYYY, YYYY-MM or YYYY-MM-DD' }]);
	});
});

describe('Quizlet', () => {
	it('reads term TAB definition lines, quotes as plain characters', () => {
		const { set, format } = ok(importSet('"Bonjour"\tHello\nMerci\tThank you\n'));
		expect(format).toBe('quizlet');
		expect(set.questions.map((question) => [question.prompt, question.answer])).toEqual([
			['"Bonjour"', 'Hello'],
			['Merci', 'Thank you']
		]);
	});

	it('reads custom separators', () => {
		const { set } = ok(importSet('cat - Katze; dog - Hund;bird - Vogel', { from: 'quizlet', quizlet: { termSeparator: ' - ', cardSeparator: ';' } }));
		expect(set.questions.map((question) => question.answer)).toEqual(['Katze', 'Hund', 'Vogel']);
	});

	it('reports a card without a separator', () => {
		expect(errors(importSet('a\tb\nno separator here\n', { from: 'quizlet' }))).toEqual([
			{ line: 2, column: 1, message: 'no tab between term and definition' }
		]);
	});
});

describe('Anki notes export', () => {
	it('reads #separator, #html, #columns and the notetype, deck and tags columns; HTML becomes text', () => {
		const text = [
			'#separator:Pipe',
			'#html:true',
			'#notetype column:1',
			'#deck column:2',
			'#tags column:5',
			'#columns:Notetype|Deck|Front|Back|Tags',
			'Basic|World::Capitals|What is the capital of <b>France</b>?|Paris<br>(since 508)|geo europe',
			'Basic|World::Capitals|Tom &amp; Jerry: <script>alert(1)</script>who chases?|&lt;b&gt;Tom&lt;/b&gt;|'
		].join('\n');
		const { set, format } = ok(importSet(text));
		expect(format).toBe('anki');
		expect(set.title).toBe('Capitals');
		expect(set.questions).toEqual([
			{ id: 'q1', type: 'flashcard', prompt: 'What is the capital of France?', answer: 'Paris\n(since 508)', tags: ['geo', 'europe'] },
			{ id: 'q2', type: 'flashcard', prompt: 'Tom & Jerry: who chases?', answer: '<b>Tom</b>' }
		]);
	});

	it('keeps markup as literal text when #html:false', () => {
		const { set } = ok(importSet('#separator:tab\n#html:false\n<i>x</i>\t<b>y</b>\n'));
		expect(set.questions[0]).toMatchObject({ prompt: '<i>x</i>', answer: '<b>y</b>' });
	});

	it('turns a cloze note into a cloze question', () => {
		const { set, notes } = ok(importSet('#separator:tab\n#html:false\n#columns:Text\tBack Extra\n{{c1::Paris::city}} is the capital of {{c2::France}}.\tsince 508\n'));
		expect(set.questions[0]).toEqual({ id: 'q1', type: 'cloze', prompt: '____ is the capital of France.', answer: 'Paris', explanation: 'since 508' });
		expect(notes[0]?.message).toMatch(/several deletions/);
	});

	it('refuses an unknown separator', () => {
		expect(errors(importSet('#separator:weird\na\tb\n'))[0]?.message).toMatch(/unknown #separator "weird"/);
	});

	it('a prompt starting with "#word:" goes out quoted and comes back, first after the headers or anywhere', () => {
		const hashed: QuestionSet = {
			...builtin,
			facts: undefined,
			questions: [
				{ id: 'h1', type: 'short_answer', prompt: '#trending: which word led?', answer: 'armistice' },
				{ id: 'h2', type: 'short_answer', prompt: 'Which city?', answer: 'Pyongyang' },
				{ id: 'h3', type: 'flashcard', prompt: '#2 on the list?', answer: '#3' }
			]
		};
		const file = exportSet(hashed, 'anki');
		expect((file.data as string).split('\n')[6]).toBe('"#trending: which word led?"\tarmistice\t');
		const { set, notes } = ok(importSet(file.data, { filename: file.filename }));
		expect(set.questions.map((question) => [question.prompt, answerText(question)])).toEqual([
			['#trending: which word led?', 'armistice'],
			['Which city?', 'Pyongyang'],
			['#2 on the list?', '#3']
		]);
		expect(notes).toEqual([]);
	});

	it('reports each line it does not use: a line starting with "#" is a comment to Anki, not a note', () => {
		const { set, notes } = ok(importSet('#separator:tab\n#html:false\n#word: not a header\tx\nfront\tback\n# a comment\n'));
		expect(set.questions).toEqual([{ id: 'q1', type: 'flashcard', prompt: 'front', answer: 'back' }]);
		expect(notes).toEqual([
			{ line: 3, message: '"#word: not a header\tx" starts with "#", which Anki reads as a comment (or a header it does not know): not imported' },
			{ line: 5, message: '"# a comment" starts with "#", which Anki reads as a comment (or a header it does not know): not imported' }
		]);
	});
});

describe('Moodle GIFT', () => {
	const gift = String.raw`// A comment line
$CATEGORY: $course$/top/Korean War

::Capital::[markdown]What is the **capital**? {=Pyongyang =Pyeongyang#Also right =%50%Seoul####It is *Pyongyang*.}

::Armistice:: The war ended with a peace treaty. {F#Wrong#Right}

::Year:: In which year did the fighting stop? {#1953}

::Range:: How many years did it last? {#2..4}

::Tol:: Anniversary? {#70:1}

Sergei Shoigu is Russia's {~foreign =defense ~finance} minister.

::Pairs:: Match each person to a role. {
  =Shoigu -> Defense minister
  =Kim Jong-un -> Leader
  =Li Hongzhong -> Vice-chair
}

::Esc:: Escaped \{ \} \= \~ \# \: characters {=a\=b}

::Html::[html]<p>Is <b>this</b> &amp; <script>alert(1)</script>text?</p> {TRUE}

A description without an answer.
`;

	it('reads every question type, titles, formats, feedback, escapes and comments', () => {
		const result = ok(importSet(gift));
		expect(result.format).toBe('gift');
		expect(result.set.title).toBe('Korean War');
		expect(result.set.questions).toEqual([
			{ id: 'Capital', type: 'short_answer', prompt: 'What is the capital?', answer: 'Pyongyang', accepted: ['Pyeongyang'], explanation: 'It is Pyongyang.' },
			// The first feedback follows a wrong answer (here True), the second a right one.
			{ id: 'Armistice', type: 'true_false', prompt: 'The war ended with a peace treaty.', answer: false, choiceFeedback: ['Wrong', 'Right'] },
			{ id: 'Year', type: 'numeric', prompt: 'In which year did the fighting stop?', answer: 1953 },
			{ id: 'Range', type: 'numeric', prompt: 'How many years did it last?', answer: 3, tolerance: 1 },
			{ id: 'Tol', type: 'numeric', prompt: 'Anniversary?', answer: 70, tolerance: 1 },
			{ id: 'q6', type: 'multiple_choice', prompt: "Sergei Shoigu is Russia's ____ minister.", choices: ['foreign', 'defense', 'finance'], answer: 1 },
			{ id: 'Pairs', type: 'matching', prompt: 'Match each person to a role.', items: ['Shoigu', 'Kim Jong-un', 'Li Hongzhong'], answer: ['Defense minister', 'Leader', 'Vice-chair'] },
			{ id: 'Esc', type: 'short_answer', prompt: 'Escaped { } = ~ # : characters', answer: 'a=b' },
			{ id: 'Html', type: 'true_false', prompt: 'Is this & text?', answer: true }
		]);
		expect(result.notes.map((note) => note.message)).toEqual([
			'"Capital": the feedback on the answer "Pyeongyang" was left out: a typed answer has one explanation',
			'"Capital": partly right answers ("Seoul") are not accepted: Factdrill marks an answer right or wrong',
			expect.stringMatching(/without an answer block/)
		]);
	});

	it('keeps the feedback of each choice, apart from the general feedback', () => {
		const { set, notes } = ok(
			importSet(
				String.raw`::Capital:: Which city is the capital of North Korea? {
	~Seoul#No: Seoul is the capital of South Korea.
	=Pyongyang#Yes, since 1948.
	~Kaesong
	####Pyongyang lies on the Taedong River.
}

::Treaty:: The war ended with a peace treaty. {FALSE#No: only an armistice was signed.#Right: there was no treaty.}`,
				{ from: 'gift' }
			)
		);
		expect(set.questions).toEqual([
			{
				id: 'Capital',
				type: 'multiple_choice',
				prompt: 'Which city is the capital of North Korea?',
				choices: ['Seoul', 'Pyongyang', 'Kaesong'],
				answer: 1,
				choiceFeedback: ['No: Seoul is the capital of South Korea.', 'Yes, since 1948.', ''],
				explanation: 'Pyongyang lies on the Taedong River.'
			},
			{
				id: 'Treaty',
				type: 'true_false',
				prompt: 'The war ended with a peace treaty.',
				answer: false,
				choiceFeedback: ['No: only an armistice was signed.', 'Right: there was no treaty.']
			}
		]);
		expect(notes).toEqual([]);
	});

	it('no longer shows the right choice\'s feedback as the explanation of every answer', () => {
		const { set } = ok(importSet('::q:: Capital? {~Seoul#No. =Pyongyang#Yes.}', { from: 'gift' }));
		expect(set.questions[0]).not.toHaveProperty('explanation');
		expect(set.questions[0]).toMatchObject({ choiceFeedback: ['No.', 'Yes.'] });
	});

	it('a missing-word short answer becomes a cloze', () => {
		const { set } = ok(importSet('Shoigu handed {=Kim Jong-un =Kim} a letter from Putin.'));
		expect(set.questions[0]).toEqual({ id: 'q1', type: 'cloze', prompt: 'Shoigu handed ____ a letter from Putin.', answer: 'Kim Jong-un', accepted: ['Kim'] });
	});

	it('reports an unclosed brace at the brace, a stray one where it is', () => {
		expect(errors(importSet('::a:: Fine? {T}\n\n::b:: Broken {=x ~y\n\n::c:: Also fine {F}'))).toEqual([
			{ line: 3, column: 14, message: 'unbalanced brace: the answer block opened at line 3, column 14 is never closed' }
		]);
		expect(errors(importSet('::a:: Fine? {T}\n\nStray } here {=x}', { from: 'gift' }))).toEqual([
			{ line: 3, column: 7, message: 'unbalanced brace: a } at line 3, column 7 with no { before it' }
		]);
		expect(errors(importSet('::a:: Nested {=x {y}}', { from: 'gift' }))[0]).toMatchObject({ line: 1, column: 18 });
	});

	it('refuses what the set cannot hold: essays, several right answers', () => {
		const result = errors(importSet('::e:: Write an essay. {}\n\n::m:: Pick two. {=a =b ~c}', { from: 'gift' }));
		expect(result).toEqual([
			{ line: 1, column: 23, message: expect.stringMatching(/essay/) },
			{ line: 3, column: 17, message: expect.stringMatching(/2 right answers/) }
		]);
	});
});

describe('native JSON', () => {
	const base = JSON.stringify({ ...builtin, facts: undefined, questions: builtin.questions.slice(0, 3).map(({ provenance: _p, ...q }) => q) }, null, '\t');

	it('imports a valid set unchanged', () => {
		expect(ok(importSet(base)).set).toEqual(JSON.parse(base));
	});

	it('reports an unknown type at the question, naming question and field', () => {
		const text = base.replace('"type": "flashcard"', '"type": "essay"');
		const result = errors(importSet(text));
		const line = text.split('\n').findIndex((row) => row.includes('"id": "q-tour-host"'));
		expect(result).toEqual([{ line, column: 3, message: expect.stringMatching(/^question "q-tour-host", field "type": must be one of flashcard/) }]);
	});

	it('reports a duplicate id at the second question', () => {
		const set = JSON.parse(base) as QuestionSet;
		set.questions[2]!.id = set.questions[0]!.id;
		const text = JSON.stringify(set, null, 2);
		const result = errors(importSet(text));
		const secondLine = text.split('\n').findLastIndex((row) => row.includes(`"id": "${set.questions[0]!.id}"`));
		expect(result).toEqual([{ line: secondLine, column: 5, message: expect.stringMatching(/field "id": repeats the id of question #1/) }]);
	});

	it('with skipInvalid leaves out the bad question only', () => {
		const result = ok(importSet(base.replace('"type": "flashcard"', '"type": "essay"'), { skipInvalid: true }));
		expect(result.set.questions).toHaveLength(2);
		expect(result.skipped[0]?.message).toMatch(/field "type"/);
	});

	it('reports a syntax error with its line and column', () => {
		expect(errors(importSet('{\n  "format": 1,\n  "id": oops\n}'))).toEqual([{ line: 3, column: 9, message: 'not valid JSON: unexpected "o"' }]);
		expect(errors(importSet('{"format": 1, "id": "x"'))[0]?.message).toBe('not valid JSON: the text ends before the JSON does');
	});

	it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels before parsing it`, () => {
		const deep = '['.repeat(100_000) + ']'.repeat(100_000);
		expect(errors(importSet(deep))).toEqual([{ line: 1, column: MAX_JSON_DEPTH + 1, message: expect.stringMatching(/nested deeper than 64 levels/) }]);
		const deepInSet = base.replace('"language": "en"', `"language": "en", "x": ${'{"a":'.repeat(80)}1${'}'.repeat(80)}`);
		expect(errors(importSet(deepInSet))[0]?.message).toMatch(/nested deeper/);
	});
});

describe('bad files', () => {
	it('refuses an empty file', () => {
		expect(errors(importSet(''))).toEqual([{ message: 'the file is empty' }]);
		expect(errors(importSet(' \n\t\n'))).toEqual([{ message: 'the file is empty' }]);
	});

	it('refuses binary data: NUL bytes or bytes that are not UTF-8', () => {
		expect(errors(importSet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))[0]).toMatchObject({ line: 1, column: 5, message: expect.stringMatching(/binary/) });
		expect(errors(importSet(new Uint8Array([0x61, 0x2c, 0x62, 0x0a, 0xff, 0xfe, 0x2c, 0x63])))[0]).toMatchObject({ line: 2, column: 1, message: expect.stringMatching(/not UTF-8/) });
	});

	it('refuses more than 20 MB', () => {
		const huge = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61);
		expect(errors(importSet(huge))[0]?.message).toMatch(/20\.0 MB; at most 20 MB/);
	});

	it('keeps HTML and script as text in every format that does not declare HTML', () => {
		const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const csv = ok(importSet(`prompt,answer\n"${evil}",ok\n`));
		expect(csv.set.questions[0]?.prompt).toBe(evil);
		const gift = ok(importSet(`::x:: ${evil} {=ok}`));
		expect(gift.set.questions[0]?.prompt).toBe(evil);
		const quizlet = ok(importSet(`${evil}\tok\n`, { from: 'quizlet' }));
		expect(quizlet.set.questions[0]?.prompt).toBe(evil);
	});

	it('gives stable ids: the same file imports to the same ids', () => {
		const text = 'a\tb\nc\td\n';
		expect(ok(importSet(text)).set).toEqual(ok(importSet(text)).set);
		expect(ok(importSet(text, { today: '2024-02-02' })).set.source.date).toBe('2024-02-02');
	});
});
