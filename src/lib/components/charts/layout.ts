/** Geometry for the hand-drawn SVG charts: pure, so a Node test can check it. */
import type { DayCount } from '$lib/core/stats';

export interface Bar {
	key: string;
	value: number;
	/** Shown on hover and in the table, e.g. "Tue 11 Jun: 4 due". */
	title: string;
	label: string;
}

export function barLayout(bars: readonly Bar[], size: { width: number; height: number }) {
	const max = Math.max(1, ...bars.map((bar) => bar.value));
	const slot = size.width / Math.max(1, bars.length);
	return {
		max,
		first: bars[0]?.label ?? '',
		last: bars.at(-1)?.label ?? '',
		bars: bars.map((bar, index) => {
			const height = bar.value > 0 ? Math.max(2, (bar.value / max) * (size.height - 14)) : 0;
			return { key: bar.key, title: bar.title, x: index * slot + slot * 0.1, width: slot * 0.8, y: size.height - height, height };
		})
	};
}

/** Weeks as columns (Monday on top), 11 px a cell; levels 0–4 by quartiles of the busiest day. */
export function heatmapLayout(days: readonly DayCount[]) {
	const max = Math.max(0, ...days.map((day) => day.count));
	const firstWeekday = days.length > 0 ? (new Date(`${days[0]!.date}T00:00:00Z`).getUTCDay() + 6) % 7 : 0;
	const cells = days.map((day, index) => {
		const position = index + firstWeekday;
		const level = day.count === 0 ? 0 : Math.min(4, Math.ceil((day.count / max) * 4));
		return { date: day.date, x: Math.floor(position / 7) * 11, y: (position % 7) * 11, level, title: `${day.date}: ${day.count} review${day.count === 1 ? '' : 's'}` };
	});
	const weeks = Math.ceil((days.length + firstWeekday) / 7);
	return { cells, width: Math.max(11, weeks * 11), height: 77 };
}
