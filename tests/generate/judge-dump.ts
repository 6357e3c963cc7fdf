/**
 * Prints the generator's default output for a fixture article as a judged-file skeleton:
 * `npx tsx tests/generate/judge-dump.ts NAME DATE` — then judge each question by hand (acceptable + reason).
 */
import { readFileSync } from 'node:fs';
import { answerText } from '../../src/lib/formats/question-set';
import { generateQuestions } from '../../src/lib/generate/index';

const [name, articleDate] = process.argv.slice(2);
const text = readFileSync(`tests/fixtures/articles/${name}.txt`, 'utf8');
const result = generateQuestions(text, { seed: 1, articleDate });
const questions = result.candidates.map((c) => ({
	id: c.question.id,
	type: c.type,
	prompt: c.question.prompt,
	answer: answerText(c.question),
	...(c.question.type === 'multiple_choice' ? { choices: c.question.choices } : {}),
	...(c.question.attribution ? { attribution: c.question.attribution } : {}),
	acceptable: null,
	reason: ''
}));
console.log(JSON.stringify({ article: `${name}.txt`, articleDate, seed: 1, questions }, null, '\t'));
