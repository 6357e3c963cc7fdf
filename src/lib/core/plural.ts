/**
 * A whole number as English writes it, "1,200": digits grouped by hand, since building the first
 * Intl number format (what `toLocaleString('en')` does) costs a phone tens of milliseconds of the
 * page's start, where the home page lists its counts. Other numbers go through Intl.
 */
export function formatCount(count: number): string {
	return Number.isSafeInteger(count) ? String(count).replace(/\B(?=(\d{3})+$)/g, ',') : count.toLocaleString('en');
}

/** A count with its noun in the right number: "1 question", "2 questions", "0 questions". */
export function plural(count: number, one: string, many: string = `${one}s`): string {
	return `${formatCount(count)} ${count === 1 ? one : many}`;
}
