/**
 * Content hashes of sets and answer keys. Apart from the schema so that storage, which every page
 * loads, does not bring the validator along.
 */
import type { Question } from './question-set';
import { unreachable } from '../core/unreachable';
import { fnv1a } from '../core/random';

/** FNV-1a over a string, as 8 hex digits: a cheap, stable content hash. */
export function hashText(text: string): string {
	return fnv1a(text).toString(16).padStart(8, '0');
}

/**
 * Hash of what makes a question's answer right: when it changes, the learner's progress on that
 * question no longer means anything and the card starts over. Rewording the prompt or the explanation does not count.
 */
export function answerKeyHash(question: Question): string {
	const key: unknown[] = [question.type];
	switch (question.type) {
		case 'multiple_choice':
			key.push(question.choices[question.answer]);
			break;
		case 'select_all':
			// The right options and the wrong ones, each in any order: reordering options keeps the progress.
			key.push(
				question.answer.map((index) => question.choices[index]).sort(),
				question.choices.filter((_, index) => !question.answer.includes(index)).sort()
			);
			break;
		case 'matching':
			// The pairs in any order: reordering them keeps the progress.
			key.push(question.items.map((item, index) => [item, question.answer[index]]).sort());
			break;
		case 'ordering':
			key.push(question.answer);
			break;
		case 'numeric':
			key.push(question.answer, question.tolerance ?? 0);
			break;
		case 'flashcard':
		case 'true_false':
		case 'short_answer':
		case 'cloze':
		case 'date':
			key.push(question.answer);
			break;
		default:
			unreachable(question);
	}
	return hashText(JSON.stringify(key));
}
