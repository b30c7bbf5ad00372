import Papa from 'papaparse';
import { joinList } from './csv-lists';
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
	'annual_cost',
	'dotted_lines'
] as const;

/**
 * The seats as CSV (RFC 4180 quoting, CRLF). A seat's audiences are listed as `id=Name` and its
 * dotted lines as `toSeatId=label`, separated by ";" (csv-lists.ts), so the file imports back whole
 * but for audiences nobody owns and audience segments, products and regions (JSON keeps those).
 */
export function designToCsv(design: Design): string {
	const titleOf = new Map(design.seats.map((s) => [s.id, s.title]));
	const audienceName = new Map(design.audiences.map((a) => [a.id, a.name]));
	const dottedFrom = new Map<string, Design['dottedLines']>();
	for (const l of design.dottedLines) {
		const from = dottedFrom.get(l.fromSeatId);
		if (from) from.push(l);
		else dottedFrom.set(l.fromSeatId, [l]);
	}
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
		audiences: joinList(
			s.audienceIds.map((id) => ({ key: id, text: audienceName.get(id) ?? null }))
		),
		ai_level: s.aiLevel,
		annual_cost: s.annualCost ?? '',
		dotted_lines: joinList(
			(dottedFrom.get(s.id) ?? []).map((l) => ({ key: l.toSeatId, text: l.label || null }))
		)
	}));
	return Papa.unparse(
		{ fields: [...csvColumns], data: rows.map((r) => csvColumns.map((c) => r[c])) },
		{ newline: '\r\n', escapeFormulae: true }
	);
}
