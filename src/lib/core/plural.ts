/** A count with its noun in the right number: "1 question", "2 questions", "0 questions". */
export function plural(count: number, one: string, many: string = `${one}s`): string {
	return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
