import Papa from 'papaparse';
import type { SimulationReport, SimulationResponse } from './report';
import type { FlowStats } from './schema';

/** Column order of a simulation CSV export; `record` says whether a row is a seat or a template. */
export const reportCsvColumns = [
	'record',
	'side',
	'scenario',
	'id',
	'name',
	'person',
	'kind',
	'available_hours',
	'craft_hours',
	'handoff_hours',
	'review_hours',
	'rework_hours',
	'idle_hours',
	'outside_hours',
	'utilisation',
	'mean_queue_wait_hours',
	'per_quarter',
	'lead_time_mean_hours',
	'lead_time_p50_hours',
	'lead_time_p85_hours',
	'lead_time_p95_hours',
	'lead_time_work_hours',
	'lead_time_queue_hours',
	'lead_time_handoff_wait_hours',
	'lead_time_review_latency_hours',
	'lead_time_rework_hours',
	'throughput_per_week',
	'mean_wip',
	'handoffs_per_item',
	'handoff_wait_hours_per_item',
	'completed_items'
] as const;
type Column = (typeof reportCsvColumns)[number];
type Row = Partial<Record<Column, string | number>>;

/** Four decimals: enough for hours and shares, without floating-point noise. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

const flowCells = (f: FlowStats): Row => ({
	lead_time_mean_hours: round(f.leadTime.meanHours),
	lead_time_p50_hours: round(f.leadTime.p50Hours),
	lead_time_p85_hours: round(f.leadTime.p85Hours),
	lead_time_p95_hours: round(f.leadTime.p95Hours),
	lead_time_work_hours: round(f.leadTimeBreakdown.workHours),
	lead_time_queue_hours: round(f.leadTimeBreakdown.queueHours),
	lead_time_handoff_wait_hours: round(f.leadTimeBreakdown.handoffWaitHours),
	lead_time_review_latency_hours: round(f.leadTimeBreakdown.reviewLatencyHours),
	lead_time_rework_hours: round(f.leadTimeBreakdown.reworkHours),
	throughput_per_week: round(f.throughputPerWeek),
	mean_wip: round(f.meanWip),
	handoffs_per_item: round(f.handoffsPerItem),
	handoff_wait_hours_per_item: round(f.handoffWaitHoursPerItem),
	completed_items: round(f.completedItems)
});

function rowsOf(report: SimulationReport, side: 'base' | 'compare'): Row[] {
	const common = { side, scenario: report.scenario.name };
	const seats = report.perSeat.map((s): Row => ({
		...common,
		record: 'seat',
		id: s.seatId,
		name: s.title,
		person: s.person ?? '',
		kind: s.kind,
		available_hours: round(s.availableHours),
		craft_hours: round(s.hours.craft),
		handoff_hours: round(s.hours.handoff),
		review_hours: round(s.hours.review),
		rework_hours: round(s.hours.rework),
		idle_hours: round(s.hours.idle),
		outside_hours: round(s.outsideHours),
		utilisation: round(s.utilisation),
		mean_queue_wait_hours: round(s.meanQueueWaitHours)
	}));
	const templates = report.templates.map((t): Row => ({
		...common,
		record: 'template',
		id: t.templateId,
		name: t.name,
		per_quarter: round(t.perQuarter),
		...flowCells(t)
	}));
	const overall: Row = { ...common, record: 'overall', id: 'overall', name: 'All templates' };
	return [...seats, ...templates, { ...overall, ...flowCells(report.overall) }];
}

/**
 * The result as one CSV table (RFC 4180, CRLF): per scenario a row per seat (hours of the
 * measured window by category), a row per template and an overall row (lead times in working
 * hours; the lead_time_…_hours parts say where they go and sum to the mean). Cells that do not apply to a record are empty.
 */
export function reportToCsv(response: SimulationResponse): string {
	const rows = [
		...rowsOf(response, 'base'),
		...(response.compare ? rowsOf(response.compare.result, 'compare') : [])
	];
	return Papa.unparse(
		{
			fields: [...reportCsvColumns],
			data: rows.map((r) => reportCsvColumns.map((c) => r[c] ?? ''))
		},
		{ newline: '\r\n', escapeFormulae: true }
	);
}
