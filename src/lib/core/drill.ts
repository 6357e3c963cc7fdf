/** "Drill these": the hardest questions of each set as a link to a study session over just them. */

export interface DrillLink {
	setId: string;
	count: number;
	href: string;
}

/** One link per set, questions in the order given, suspended ones left out. */
export function drillLinks(questions: ReadonlyArray<{ setId: string; questionId: string; suspended: boolean }>): DrillLink[] {
	const bySet = new Map<string, string[]>();
	for (const question of questions) {
		if (question.suspended) continue;
		const ids = bySet.get(question.setId) ?? [];
		ids.push(question.questionId);
		bySet.set(question.setId, ids);
	}
	return [...bySet].map(([setId, ids]) => ({
		setId,
		count: ids.length,
		href: `/study?id=${encodeURIComponent(setId)}&drill=${ids.map(encodeURIComponent).join(',')}`
	}));
}
