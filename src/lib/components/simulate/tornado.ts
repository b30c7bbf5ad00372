import { scaleLinear } from 'd3';
import type { SensitivityRow } from '$lib/domain/simulation/report';

export interface TornadoBar {
	row: SensitivityRow;
	/** Change of mean lead time against the base run when the assumption is 25% lower / higher. */
	low: number;
	high: number;
}

/** Relative change of `value` against `base`; 0 when the base is 0. */
const change = (value: number, base: number) => (base > 0 ? value / base - 1 : 0);

/** The rows as changes of mean lead time, the widest swing first. */
export function tornadoBars(rows: SensitivityRow[], baseLeadTimeHours: number): TornadoBar[] {
	return rows
		.map((row) => ({
			row,
			low: change(row.low.leadTimeMeanHours, baseLeadTimeHours),
			high: change(row.high.leadTimeMeanHours, baseLeadTimeHours)
		}))
		.sort(
			(a, b) =>
				Math.max(Math.abs(b.low), Math.abs(b.high)) - Math.max(Math.abs(a.low), Math.abs(a.high))
		);
}

export const TORNADO_ROW = 34;

/** A symmetric scale around 0 (the base run), at least ±5%, and each bar's y. */
export function layoutTornado(bars: TornadoBar[], left: number, right: number) {
	const reach = Math.max(0.05, ...bars.flatMap((b) => [Math.abs(b.low), Math.abs(b.high)]));
	const x = scaleLinear().domain([-reach, reach]).range([left, right]).nice();
	return {
		x,
		ys: bars.map((_, i) => 6 + i * TORNADO_ROW),
		height: 6 + bars.length * TORNADO_ROW + 26
	};
}
