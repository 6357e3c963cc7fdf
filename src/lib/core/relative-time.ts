/**
 * When something is next due, in words. Apart from the state layer's overview (which reads
 * storage) so that a study session's page, which only words a time, does not load the counting.
 */

/** "in 10 minutes", "tomorrow", "in 4 days": when something is next due, relative to now. */
export function relativeTime(time: number, now = Date.now()): string {
	const minutes = Math.round((time - now) / 60_000);
	if (minutes <= 0) return 'now';
	const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
	if (minutes < 60) return format.format(minutes, 'minute');
	const hours = Math.round(minutes / 60);
	if (hours < 24) return format.format(hours, 'hour');
	return format.format(Math.round(hours / 24), 'day');
}
