import { describe, expect, it } from 'vitest';
import { barLayout, heatmapLayout } from '../../src/lib/components/charts/layout';

describe('chart geometry', () => {
	it('scales bars to the largest value, zero bars have no height', () => {
		const layout = barLayout(
			[
				{ key: 'a', value: 0, title: 'a', label: 'A' },
				{ key: 'b', value: 5, title: 'b', label: 'B' },
				{ key: 'c', value: 10, title: 'c', label: 'C' }
			],
			{ width: 300, height: 114 }
		);
		expect(layout.max).toBe(10);
		expect(layout.bars.map((bar) => bar.height)).toEqual([0, 50, 100]);
		expect(layout.bars.map((bar) => bar.x)).toEqual([10, 110, 210]);
		expect([layout.first, layout.last]).toEqual(['A', 'C']);
	});

	it('puts days in week columns, Monday on top, with levels by share of the busiest day', () => {
		// 2024-06-05 is a Wednesday.
		const layout = heatmapLayout([
			{ date: '2024-06-05', count: 0 },
			{ date: '2024-06-06', count: 1 },
			{ date: '2024-06-07', count: 4 },
			{ date: '2024-06-08', count: 2 },
			{ date: '2024-06-09', count: 3 },
			{ date: '2024-06-10', count: 4 }
		]);
		expect(layout.cells[0]).toMatchObject({ x: 0, y: 22, level: 0 });
		expect(layout.cells.at(-1)).toMatchObject({ date: '2024-06-10', x: 11, y: 0, level: 4, title: '2024-06-10: 4 reviews' });
		expect(layout.cells.map((cell) => cell.level)).toEqual([0, 1, 4, 2, 3, 4]);
		expect(layout.width).toBe(22);
	});
});
