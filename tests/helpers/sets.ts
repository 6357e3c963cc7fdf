/** Small question sets for storage and state tests. */
import type { Question, QuestionSet } from '../../src/lib/formats/question-set';

/** A set holding just `questions`, with a made-up source. */
export function tinySet(id: string, questions: Question[]): QuestionSet {
	return { format: 1, id, title: id[0]!.toUpperCase() + id.slice(1), language: 'en', source: { title: 'S', publisher: 'P', date: '2024-01-01' }, questions };
}
