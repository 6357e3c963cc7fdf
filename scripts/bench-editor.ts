/**
 * The set editor's cost on the largest set the format allows (5,000 questions):
 * - editor_keystroke_ms_5000: one keystroke's work (the draft serialised for the autosave
 *   check, and the edited question validated on its own), median of 50.
 * - editor_save_check_ms_5000: validating the whole draft before saving, median of 7.
 */
import { blankQuestion, draftIssues, emptySet, questionIssues, type SetDraft } from '../src/lib/core/editing';

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function bigDraft(count: number): SetDraft {
	const draft = emptySet('bench', 'q0', '2024-01-01');
	draft.title = 'Bench';
	draft.source = { title: 'Source', publisher: 'Desk', date: '2024-01-01', url: '' };
	draft.questions = Array.from({ length: count }, (_, i) => {
		const type = (['short_answer', 'multiple_choice', 'numeric', 'true_false'] as const)[i % 4]!;
		const question = blankQuestion(type, `q${i}`);
		question.prompt = `Question number ${i} about a fact reported in the article?`;
		question.answer = type === 'numeric' ? String(i) : `Answer ${i}`;
		question.choices = type === 'multiple_choice' ? [`A${i}`, `B${i}`, `C${i}`, `D${i}`] : [];
		question.explanation = 'An explanation of a sentence or two, as sets usually have.';
		return question;
	});
	return draft;
}

export function benchEditor(): Record<string, number> {
	const draft = bigDraft(5000);
	const keystrokes: number[] = [];
	for (let i = 0; i < 50; i++) {
		const question = draft.questions[i * 97]!;
		const start = performance.now();
		question.prompt += 'x';
		JSON.stringify(draft);
		questionIssues(question, draft.facts);
		keystrokes.push(performance.now() - start);
	}
	const checks: number[] = [];
	for (let i = 0; i < 7; i++) {
		const start = performance.now();
		const issues = draftIssues(draft);
		checks.push(performance.now() - start);
		if (issues.length > 0) throw new Error(`bench draft is invalid: ${issues[0]!.message}`);
	}
	return {
		editor_keystroke_ms_5000: Number(median(keystrokes).toFixed(2)),
		editor_save_check_ms_5000: Number(median(checks).toFixed(1))
	};
}
