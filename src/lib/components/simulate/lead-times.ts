import { scaleLinear } from 'd3';
import type { SimulationReport, TemplateResult } from '$lib/domain/simulation/report';
import { HOURS_PER_DAY } from './format';

export type Side = 'A' | 'B';

/** One template's lead time in each scenario (null where it did not run there). */
export interface LeadTimeRow {
	templateId: string;
	name: string;
	A: TemplateResult | null;
	B: TemplateResult | null;
}

/** The templates of both reports, A's order first, joined by id. */
export function leadTimeRows(a: SimulationReport, b: SimulationReport): LeadTimeRow[] {
	const inB = new Map(b.templates.map((t) => [t.templateId, t]));
	const rows: LeadTimeRow[] = a.templates.map((t) => ({
		templateId: t.templateId,
		name: t.name,
		A: t,
		B: inB.get(t.templateId) ?? null
	}));
	const seen = new Set(rows.map((r) => r.templateId));
	for (const t of b.templates)
		if (!seen.has(t.templateId))
			rows.push({ templateId: t.templateId, name: t.name, A: null, B: t });
	return rows;
}

/** Did the template complete any item, so that its percentiles mean something? */
export const measured = (t: TemplateResult | null): t is TemplateResult =>
	t !== null && t.completedItems > 0 && Number.isFinite(t.leadTime.p95Hours);

export const ROW = 16;
const PAIR_GAP = 4;
const GROUP_GAP = 14;

/** A scale in working days from 0 to the longest p95, and the y of each template's pair of rows. */
export function layoutLeadTimes(rows: LeadTimeRow[], left: number, right: number) {
	const p95s = rows.flatMap((r) => [r.A, r.B].filter(measured).map((t) => t.leadTime.p95Hours));
	const x = scaleLinear()
		.domain([0, Math.max(1, ...p95s) / HOURS_PER_DAY])
		.range([left, right])
		.nice();
	const pairHeight = ROW * 2 + PAIR_GAP;
	const placed = rows.map((row, i) => ({
		row,
		y: 4 + i * (pairHeight + GROUP_GAP),
		ys: {
			A: 4 + i * (pairHeight + GROUP_GAP),
			B: 4 + i * (pairHeight + GROUP_GAP) + ROW + PAIR_GAP
		}
	}));
	return { x, placed, height: 4 + rows.length * (pairHeight + GROUP_GAP) + 24 };
}
