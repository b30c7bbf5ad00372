import type { SimulationReport } from '$lib/domain/simulation/report';
import { breakdownKeys, type LeadTimeBreakdown } from '$lib/domain/simulation/schema';
import type { BarRow } from './bars';
import { HOURS_PER_DAY } from './format';
import { leadTimeRows, measured } from './lead-times';

export type Part = keyof LeadTimeBreakdown;

/** The parts in the order they stack, from the work itself to the time lost around it. */
export const parts: Part[] = [...breakdownKeys];

/**
 * How each part is drawn: an Okabe–Ito colour and a texture, so the parts read apart without
 * colour; `ink` is the colour of a value written on the part.
 */
export const partStyles: Record<
	Part,
	{ label: string; colour: string; texture: 'solid' | 'hatch' | 'cross' | 'dots'; ink: string }
> = {
	workHours: { label: 'Working on it', colour: '#0072b2', texture: 'solid', ink: '#fff' },
	queueHours: { label: 'Waiting in a queue', colour: '#a7afbd', texture: 'dots', ink: '#1b1f27' },
	handoffWaitHours: {
		label: 'Waiting after a hand-off',
		colour: '#e69f00',
		texture: 'hatch',
		ink: '#1b1f27'
	},
	reviewLatencyHours: {
		label: 'Waiting for review',
		colour: '#cc79a7',
		texture: 'solid',
		ink: '#1b1f27'
	},
	reworkHours: { label: 'Rework rounds', colour: '#d55e00', texture: 'cross', ink: '#fff' }
};

/** The fill of a part inside an SVG whose patterns carry the id prefix `prefix`. */
export const partFill = (part: Part, prefix: string) =>
	partStyles[part].texture === 'solid' ? partStyles[part].colour : `url(#${prefix}-${part})`;

const inDays = (b: LeadTimeBreakdown) =>
	Object.fromEntries(parts.map((p) => [p, b[p] / HOURS_PER_DAY])) as Record<Part, number>;

/**
 * Bars in working days: all templates first, then each template, one bar per scenario (A, then
 * B when compared). A template that finished no item in a scenario gets a bar with a note.
 */
export function breakdownRows(a: SimulationReport, b: SimulationReport | null): BarRow<Part>[] {
	const sides = b
		? ([
				['A', a],
				['B', b]
			] as const)
		: ([['A', a]] as const);
	const overall = sides.map(([side, r]): BarRow<Part> => ({
		key: `overall-${side}`,
		label: `${side}: ${r.scenario.name}`,
		group: 'All templates',
		...(r.overall.completedItems > 0
			? { parts: inDays(r.overall.leadTimeBreakdown) }
			: { parts: {}, note: 'no item finished' })
	}));
	const templates = leadTimeRows(a, b ?? a).flatMap((row) =>
		sides.map(([side]): BarRow<Part> => {
			const t = row[side];
			const name = side === 'A' ? a.scenario.name : b!.scenario.name;
			const base = { key: `${row.templateId}-${side}`, label: `${side}: ${name}`, group: row.name };
			if (!measured(t))
				return { ...base, parts: {}, note: t ? 'no item finished' : 'not run in this scenario' };
			return { ...base, parts: inDays(t.leadTimeBreakdown) };
		})
	);
	return [...overall, ...templates];
}
