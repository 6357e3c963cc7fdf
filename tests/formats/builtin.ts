/** The built-in set, validated, for the format tests. */
import { readFileSync } from 'node:fs';
import { parseQuestionSet, type QuestionSet } from '../../src/lib/formats/question-set';

const parsed = parseQuestionSet(readFileSync(new URL('../../questions/shoigu-pyongyang-2023.json', import.meta.url), 'utf8'));
if (!parsed.ok) throw new Error('the built-in set is invalid');

export const builtin: QuestionSet = parsed.set;
