import { max, rollup, scaleBand, scaleLinear } from 'd3';
import { addIsoWeeks, isoWeekOf, isoWeeksBetween, type IsoWeek } from '../conversations/weeks';
import type { RunView } from './run-view';

/** One ISO week of delivery: steps planned due that week against steps completed in it. */
export interface PaceWeek {
	week: IsoWeek;
	/** Steps whose due date as planned at the start falls in the week. */
	planned: number;
	/** Steps finished (done) in the week. */
	completed: number;
	/** Running totals from the first week shown. */
	plannedToDate: number;
	completedToDate: number;
}

/** At most this many weeks: the latest ones, so the table and chart stay readable. */
export const PACE_WEEKS = 16;

/**
 * Delivery pace by ISO week over `runs` (cancelled runs left out): steps planned due each week
 * (plan due date, not the moved one) against steps completed that week (their done date), with
 * running totals; the weeks from the first to the last with either, at most PACE_WEEKS.
 */
export function paceOf(runs: readonly RunView[], keep: (ownerSeatId: string | null) => boolean) {
	const steps = runs
		.filter((r) => r.state !== 'cancelled')
		.flatMap((r) => r.steps.filter((s) => keep(s.owner.seatId)));
	const planned = rollup(
		steps,
		(v) => v.length,
		(s) => isoWeekOf(s.plannedDue)
	);
	const done = rollup(
		steps.filter((s) => s.status === 'done' && s.doneAt),
		(v) => v.length,
		(s) => isoWeekOf(s.doneAt!.slice(0, 10))
	);
	const weeks = [...planned.keys(), ...done.keys()].sort();
	if (weeks.length === 0) return [];
	const span = isoWeeksBetween(weeks[0]!, weeks.at(-1)!);
	const first = span >= PACE_WEEKS ? addIsoWeeks(weeks.at(-1)!, 1 - PACE_WEEKS) : weeks[0]!;
	const out: PaceWeek[] = [];
	let p = 0;
	let c = 0;
	for (const w of weeks.filter((w) => w < first)) {
		p += planned.get(w) ?? 0;
		c += done.get(w) ?? 0;
	}
	for (let w = first; w <= weeks.at(-1)!; w = addIsoWeeks(w, 1)) {
		p += planned.get(w) ?? 0;
		c += done.get(w) ?? 0;
		out.push({
			week: w,
			planned: planned.get(w) ?? 0,
			completed: done.get(w) ?? 0,
			plannedToDate: p,
			completedToDate: c
		});
	}
	return out;
}

/** Bars of the pace chart, in SVG user units. */
export interface PaceChart {
	width: number;
	height: number;
	bars: {
		week: IsoWeek;
		kind: 'planned' | 'completed';
		x: number;
		y: number;
		w: number;
		h: number;
	}[];
	labels: { week: IsoWeek; x: number }[];
	top: number;
}

/** Lays out the pace chart: a pair of bars (planned, completed) per week on a shared count axis. */
export function paceChart(pace: readonly PaceWeek[], width = 640, height = 180): PaceChart {
	const axis = 20;
	const x = scaleBand<string>()
		.domain(pace.map((p) => p.week))
		.range([0, width])
		.padding(0.2);
	const top = Math.max(1, max(pace, (p) => Math.max(p.planned, p.completed)) ?? 1);
	const y = scaleLinear()
		.domain([0, top])
		.range([height - axis, 8]);
	const half = x.bandwidth() / 2;
	const bars = pace.flatMap((p) =>
		(['planned', 'completed'] as const).map((kind, i) => ({
			week: p.week,
			kind,
			x: (x(p.week) ?? 0) + i * half,
			y: y(p[kind]),
			w: half,
			h: height - axis - y(p[kind])
		}))
	);
	return {
		width,
		height,
		bars,
		labels: pace.map((p) => ({ week: p.week, x: (x(p.week) ?? 0) + half })),
		top
	};
}
