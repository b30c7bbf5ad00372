import Papa from 'papaparse';
import { laneKey } from './ownership';
import { isoDate, weekEnd, weekStart } from './quarter';
import { statusLabels, type Initiative, type Quarter } from './schema';

export interface ExportNames {
	lane: (key: string) => string;
	owner: (seatId: string) => string;
}

/**
 * CSV that project tools import as tasks (Asana, Jira, Linear, monday.com map these headers):
 * one row per initiative with Name, Section/Column (the lane), Assignee, Start Date and
 * Due Date (YYYY-MM-DD), Status, Dependencies (by name), Description, effort and outcome.
 */
export function roadmapToCsv(
	quarter: Quarter,
	initiatives: readonly Initiative[],
	names: ExportNames
): string {
	const title = new Map(initiatives.map((i) => [i.id, i.title]));
	const rows = initiatives.map((i) => ({
		Name: i.title,
		'Section/Column': names.lane(laneKey(i.audienceId)),
		Assignee: names.owner(i.ownerSeatId),
		'Start Date': isoDate(weekStart(quarter, i.startWeek)),
		'Due Date': isoDate(weekEnd(quarter, i.endWeek)),
		Status: statusLabels[i.status],
		Dependencies: i.dependsOn.map((d) => title.get(d) ?? d).join('; '),
		Description: i.outcome.metric
			? `Outcome: ${i.outcome.metric} from ${i.outcome.baseline ?? '?'} to ${i.outcome.target ?? '?'}${i.outcome.byDate ? ` by ${i.outcome.byDate}` : ''}`
			: 'Outcome: not defined yet',
		'Effort (h/week)': String(i.effortHoursPerWeek),
		'Start week': String(i.startWeek),
		'End week': String(i.endWeek),
		'Outcome metric': i.outcome.metric,
		Baseline: i.outcome.baseline === null ? '' : String(i.outcome.baseline),
		Target: i.outcome.target === null ? '' : String(i.outcome.target),
		'Outcome by': i.outcome.byDate ?? ''
	}));
	const fields = [
		'Name',
		'Section/Column',
		'Assignee',
		'Start Date',
		'Due Date',
		'Status',
		'Dependencies',
		'Description',
		'Effort (h/week)',
		'Start week',
		'End week',
		'Outcome metric',
		'Baseline',
		'Target',
		'Outcome by'
	];
	// A cell a spreadsheet would run as a formula gets a leading apostrophe.
	return Papa.unparse(
		{ fields, data: rows.map((r) => fields.map((f) => r[f as keyof typeof r])) },
		{ escapeFormulae: true }
	);
}
