/** Presentation helpers shared by pages: how values read to a learner. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-07" reads "July 2023"; "2023-07-26" reads "26 July 2023". */
export function readableDate(value: string): string {
	const [year, month, day] = value.split('-');
	if (!month) return year ?? value;
	const name = MONTHS[Number(month) - 1] ?? month;
	return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
