/** Presentation helpers shared by pages: how values read to a learner. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-07" reads "July 2023"; "2023-07-26" reads "26 July 2023". */
export function readableDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (!month) return year ?? value;
	const name = MONTHS[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * Where `answer` stands in `sentence` as whole words, for highlighting: [before, answer, after],
 * or null. Case is ignored; "Japan" is found in "Japan's" but not inside "Japanese".
 */
export function highlight(sentence: string, answer: string): [string, string, string] | null {
	const needle = answer.trim();
	if (!needle) return null;
	const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Only an edge that is itself a letter or digit needs a word boundary beside it ("$12", "U.S.").
	const before = WORD_CHAR.test(needle[0]!) ? '(?<![\\p{L}\\p{N}\\p{M}])' : '';
	const after = WORD_CHAR.test(needle.at(-1)!) ? '(?![\\p{L}\\p{N}\\p{M}])' : '';
	const match = new RegExp(before + escaped + after, 'iu').exec(sentence);
	if (!match) return null;
	const end = match.index + match[0].length;
	return [sentence.slice(0, match.index), match[0], sentence.slice(end)];
}
