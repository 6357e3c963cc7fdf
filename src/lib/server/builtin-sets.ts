/**
 * The built-in sets: every `questions/*.json`, validated at build time. An invalid file stops
 * the build with its name, the question and the field at fault.
 */
import { formatIssue, hashText, validateQuestionSet, type QuestionSet } from '$lib/formats/question-set';

export interface BuiltinSummary {
	id: string;
	title: string;
	description?: string;
	questionCount: number;
	/** Same hash storage keeps, to notice a changed set. */
	hash: string;
	source: QuestionSet['source'];
}

const files = import.meta.glob('/questions/*.json', { eager: true, import: 'default' });

function load(): QuestionSet[] {
	const sets: QuestionSet[] = [];
	const errors: string[] = [];
	for (const [path, raw] of Object.entries(files)) {
		const result = validateQuestionSet(raw);
		if (!result.ok) {
			for (const issue of result.issues) errors.push(`${path.slice(1)}: ${formatIssue(issue)}`);
			continue;
		}
		if (sets.some((set) => set.id === result.set.id)) errors.push(`${path.slice(1)}: set id "${result.set.id}" is used by another file`);
		sets.push(result.set);
	}
	if (errors.length > 0) throw new Error(`Invalid question set:\n${errors.join('\n')}`);
	return sets.sort((a, b) => a.title.localeCompare(b.title));
}

export const builtinSets: readonly QuestionSet[] = load();

export function summaries(): BuiltinSummary[] {
	return builtinSets.map((set) => ({
		id: set.id,
		title: set.title,
		description: set.description,
		questionCount: set.questions.length,
		hash: hashText(JSON.stringify(set)),
		source: set.source
	}));
}
