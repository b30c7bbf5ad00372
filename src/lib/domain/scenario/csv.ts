import Papa from 'papaparse';
import type { Design } from './schema';

/** Column order of a scenario CSV export; one row per seat. */
export const csvColumns = [
	'id',
	'title',
	'kind',
	'person_name',
	'open',
	'manager_id',
	'manager_title',
	'email',
	'fte',
	'hours_per_week',
	'focus_factor',
	'craft',
	'audiences',
	'ai_level',
	'annual_cost'
] as const;

/** The seats as CSV (RFC 4180 quoting, CRLF); audiences are listed by id, separated by ";". */
export function designToCsv(design: Design): string {
	const titleOf = new Map(design.seats.map((s) => [s.id, s.title]));
	const rows = design.seats.map((s) => ({
		id: s.id,
		title: s.title,
		kind: s.kind,
		person_name: s.personName ?? '',
		open: s.open ? 'yes' : 'no',
		manager_id: s.managerId ?? '',
		manager_title: s.managerId ? (titleOf.get(s.managerId) ?? '') : '',
		email: s.memberEmail ?? '',
		fte: s.fte,
		hours_per_week: s.hoursPerWeek,
		focus_factor: s.focusFactor,
		craft: s.craft ?? '',
		audiences: s.audienceIds.join(';'),
		ai_level: s.aiLevel,
		annual_cost: s.annualCost ?? ''
	}));
	return Papa.unparse(
		{ fields: [...csvColumns], data: rows.map((r) => csvColumns.map((c) => r[c])) },
		{ newline: '\r\n', escapeFormulae: true }
	);
}
