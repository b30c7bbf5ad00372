import { scaleTime, timeMonday } from 'd3';
import { addDays, format, parseISO } from 'date-fns';
import type { CalendarDate } from './calendar';
import type { StepStatus } from './run-context';

/** What the timeline draws of a step. */
export interface TimelineStep {
	id: string;
	name: string;
	start: CalendarDate;
	due: CalendarDate;
	status: StepStatus;
}

export interface Bar {
	id: string;
	label: string;
	x: number;
	y: number;
	width: number;
	critical: boolean;
	status: StepStatus;
}

export interface Timeline {
	width: number;
	height: number;
	bars: Bar[];
	ticks: { x: number; label: string }[];
	launch: { x: number; label: string };
	today: { x: number } | null;
	rowHeight: number;
	labelWidth: number;
}

const LABEL = 180;
const ROW = 28;
const AXIS = 24;

/**
 * The run's timeline in pixels for a chart `width` px wide: one bar per step from its first to
 * its last working day (inclusive), Monday ticks, the launch day and today. d3 computes the
 * scale; the component only draws.
 */
export function timelineLayout(
	steps: readonly TimelineStep[],
	critical: ReadonlySet<string>,
	launchDate: CalendarDate,
	today: CalendarDate,
	width = 760
): Timeline {
	const dates = steps.flatMap((s) => [s.start, s.due]).concat(launchDate);
	const first = parseISO(dates.sort()[0]!);
	const last = addDays(parseISO(dates.at(-1)!), 1);
	const x = scaleTime()
		.domain([first, last])
		.range([LABEL, width - 8]);
	const px = (d: Date) => Math.round(x(d) * 10) / 10;
	const bars = steps.map((s, i) => {
		const from = px(parseISO(s.start));
		return {
			id: s.id,
			label: s.name,
			x: from,
			y: AXIS + i * ROW,
			width: Math.max(4, px(addDays(parseISO(s.due), 1)) - from),
			critical: critical.has(s.id),
			status: s.status
		};
	});
	const now = parseISO(today);
	return {
		width,
		height: AXIS + steps.length * ROW + 8,
		bars,
		ticks: x.ticks(timeMonday.every(1)!).map((d) => ({ x: px(d), label: format(d, 'd MMM') })),
		launch: {
			x: px(parseISO(launchDate)),
			label: `Launch ${format(parseISO(launchDate), 'd MMM')}`
		},
		today: now >= first && now <= last ? { x: px(now) } : null,
		rowHeight: ROW,
		labelWidth: LABEL
	};
}
