import { seatKindLabels, type SeatKind } from '$lib/domain/scenario/schema';
import type { Mark } from './marks';
import { ink, kindColors } from './palette';
import { textWidth, type TextStyle } from './text';

const LEGEND: TextStyle = { size: 12 };

/** A one-line-per-row legend for exports: kinds present, open seats, dotted lines. */
export function legendMarks(
	kinds: SeatKind[],
	extras: { open: boolean; dotted: boolean },
	maxWidth: number
): { marks: Mark[]; height: number } {
	const items: { label: string; swatch: (x: number, y: number) => Mark }[] = kinds.map((kind) => ({
		label: seatKindLabels[kind],
		swatch: (x, y) => ({
			type: 'rect',
			x,
			y: y - 10,
			width: 12,
			height: 12,
			r: 3,
			fill: kindColors[kind]
		})
	}));
	if (extras.open)
		items.push({
			label: 'Open seat',
			swatch: (x, y) => ({
				type: 'rect',
				x,
				y: y - 10,
				width: 12,
				height: 12,
				r: 3,
				fill: ink.openCard,
				stroke: ink.openBorder,
				strokeWidth: 1.2,
				dash: [3, 2]
			})
		});
	if (extras.dotted)
		items.push({
			label: 'Dotted line',
			swatch: (x, y) => ({
				type: 'line',
				x1: x,
				y1: y - 4,
				x2: x + 16,
				y2: y - 4,
				stroke: ink.dotted,
				strokeWidth: 1.5,
				dash: [4, 3]
			})
		});
	const marks: Mark[] = [];
	let [x, y] = [0, 14];
	for (const item of items) {
		const width = 20 + textWidth(item.label, LEGEND) + 18;
		if (x > 0 && x + width > maxWidth) [x, y] = [0, y + 22];
		marks.push(item.swatch(x, y), {
			type: 'text',
			x: x + 20,
			y,
			text: item.label,
			style: LEGEND,
			fill: ink.soft
		});
		x += width;
	}
	return { marks, height: items.length ? y + 8 : 0 };
}
