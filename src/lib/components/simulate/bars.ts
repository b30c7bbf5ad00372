import { scaleLinear, stack } from 'd3';
import type { Category } from './categories';

/** One bar: its label, optional group (drawn as a heading above its first bar) and its parts. */
export interface BarRow<K extends string = Category> {
	key: string;
	label: string;
	group?: string;
	/** Written after the bar instead of its total, e.g. "62% busy". */
	note?: string;
	parts: Partial<Record<K, number>>;
}

export interface PlacedSegment<K extends string = Category> {
	category: K;
	x: number;
	width: number;
	value: number;
}

export interface PlacedBar<K extends string = Category> {
	row: BarRow<K>;
	y: number;
	total: number;
	segments: PlacedSegment<K>[];
	/** The y of the group heading drawn above this bar, when it starts a group. */
	groupY: number | null;
}

export const BAR = 20;
const GAP = 6;
const GROUP = 24;

/**
 * Horizontal stacked bars: d3.stack puts the categories end to end in order, a linear scale from
 * 0 to `max` (default: the longest bar) maps hours to x between `left` and `right`.
 */
export function layoutBars<K extends string = Category>(
	rows: BarRow<K>[],
	categories: K[],
	left: number,
	right: number,
	max?: number
) {
	const values = rows.map((r) =>
		Object.fromEntries(categories.map((c) => [c, Math.max(0, r.parts[c] ?? 0)]))
	);
	const series = stack<Record<string, number>>().keys(categories)(values);
	const totals = values.map((v) => categories.reduce((t, c) => t + v[c]!, 0));
	const x = scaleLinear()
		.domain([0, max ?? Math.max(1, ...totals)])
		.range([left, right])
		.nice();
	let y = 4;
	const bars: PlacedBar<K>[] = rows.map((row, i) => {
		const starts = i === 0 ? row.group !== undefined : row.group !== rows[i - 1]!.group;
		const groupY = starts && row.group !== undefined ? y : null;
		if (groupY !== null) y += GROUP;
		const bar: PlacedBar<K> = {
			row,
			y,
			total: totals[i]!,
			groupY,
			segments: series
				.map((s, c) => ({
					category: categories[c]!,
					x: x(s[i]![0]),
					width: Math.max(0, x(s[i]![1]) - x(s[i]![0])),
					value: s[i]![1] - s[i]![0]
				}))
				.filter((s) => s.value > 0)
		};
		y += BAR + GAP;
		return bar;
	});
	return { x, bars, height: y + 30 };
}

/** A label cut to about `chars` characters with an ellipsis, for an SVG text that cannot wrap. */
export const clip = (label: string, chars: number) =>
	label.length <= chars ? label : `${label.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;

/** Characters of 12px text that fit in `px` pixels, erring on the short side. */
export const charsIn = (px: number) => Math.max(4, Math.floor(px / 7));

/** A label on at most two lines of about `chars` characters, broken between words. */
export function wrap(label: string, chars: number): string[] {
	if (label.length <= chars) return [label];
	const words = label.split(' ');
	let first = '';
	while (words.length > 0 && `${first} ${words[0]}`.trim().length <= chars)
		first = `${first} ${words.shift()}`.trim();
	if (first === '') return [clip(label, chars)];
	return [first, clip(words.join(' '), chars)];
}
