import { markCycles, markRoots, markSeatIssues } from './import-check';
import {
	expectedColumnsText,
	hasManagerColumn,
	mapColumns,
	type ImportColumn,
	type ImportField
} from './import-columns';
import { cellsOf, readRow, type HeaderOf } from './import-fields';
import { assignIds, markDuplicates, resolveManagers } from './import-link';
import { readCsv } from './import-read';
import type { ImportCorrections, ImportOptions, ImportPreview, ImportRow } from './import-types';
import { checkDesign } from './rules';
import { designSchema, type Audience, type Seat, type Structure } from './schema';

export type { ImportCorrection, ImportCorrections, ImportPreview, ImportRow } from './import-types';

/** How a field is named in messages when the file has no column for it (our export's names). */
const defaultHeaders: Partial<Record<ImportField, string>> = {
	person: 'name',
	managerId: 'manager_id',
	hoursPerWeek: 'hours_per_week',
	focusFactor: 'focus_factor',
	aiLevel: 'ai_level',
	annualCost: 'annual_cost'
};

const headerNames =
	(columns: ImportColumn[]): HeaderOf =>
	(field) =>
		columns.find((c) => c.field === field)?.header || defaultHeaders[field] || field;

/**
 * The structure a set of seats suggests: two-tower when any GTM or custodian seat exists,
 * functional with any functional lead, solo when one employed seat remains, else custom.
 */
export function inferStructure(seats: Pick<Seat, 'kind'>[]): Structure {
	const kinds = new Set(seats.map((s) => s.kind));
	if (['head-of-gtm', 'gtm-marketer', 'craft-custodian'].some((k) => kinds.has(k as Seat['kind'])))
		return 'two-tower';
	if (kinds.has('functional-lead')) return 'functional';
	const employed = seats.filter((s) => s.kind !== 'fractional' && s.kind !== 'agency');
	return employed.length === 1 ? 'solo' : 'custom';
}

/** Audiences named in the rows, created with their id as name and the first listing seat as owner. */
function audiencesOf(rows: ImportRow[]): Audience[] {
	const audiences = new Map<string, Audience>();
	for (const { seat } of rows)
		for (const id of seat.audienceIds)
			if (!audiences.has(id))
				audiences.set(id, {
					id,
					name: id,
					segment: '',
					products: [],
					regions: [],
					ownerSeatId: seat.id
				});
	return [...audiences.values()];
}

/** Links, checks and, when nothing is wrong, assembles the design. */
function build(
	inputs: { line: number; cells: ImportRow['cells']; correction?: ImportRow['correction'] }[],
	columns: ImportColumn[],
	fileErrors: string[],
	options: ImportOptions
): ImportPreview {
	const headerOf = headerNames(columns);
	const rows = inputs.map((i) => readRow(i.line, i.cells, headerOf, i.correction));
	const idOfCell = assignIds(rows, headerOf);
	const roots = resolveManagers(rows, markDuplicates(rows, headerOf), idOfCell, headerOf);
	markCycles(rows);
	if (hasManagerColumn(columns)) markRoots(roots);
	for (const row of rows) markSeatIssues(row, headerOf);
	const audiences = audiencesOf(rows);
	const notes =
		audiences.length > 0
			? [
					`Audiences ${audiences.map((a) => `"${a.id}"`).join(', ')} come from the audiences column and are created with their id as name; rename them and add segments, products and regions on the scenario page.`
				]
			: [];
	const preview: ImportPreview = { rows, fileErrors, notes, columns, options, design: null };
	if (fileErrors.length > 0 || rows.some((r) => r.errors.length > 0)) return preview;
	const seats = rows.map((r) => r.seat);
	const parsed = designSchema.safeParse({
		name: options.name?.trim() || 'Imported org',
		structure: options.structure ?? inferStructure(seats),
		seats,
		audiences
	});
	if (!parsed.success) {
		preview.fileErrors = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		return preview;
	}
	for (const issue of checkDesign(parsed.data)) {
		const row = issue.path[0] === 'seats' ? rows[Number(issue.path[1])] : undefined;
		if (issue.severity === 'warning') notes.push(issue.message);
		else if (row) row.errors.push(issue.message);
		else preview.fileErrors.push(issue.message);
	}
	if (preview.fileErrors.length === 0 && rows.every((r) => r.errors.length === 0))
		preview.design = parsed.data;
	return preview;
}

/**
 * Reads an org chart CSV (an HRIS export or our own export, designToCsv) into a preview: one row
 * per person with the seat it becomes, its suggested kind and its errors, plus file errors.
 * `design` is set only when nothing is wrong.
 */
export function parseOrgCsv(text: string, options: ImportOptions = {}): ImportPreview {
	const table = readCsv(text);
	const { columns, index, missing } = mapColumns(table.header);
	const fileErrors = [...table.fileErrors];
	const empty = { rows: [], notes: [], columns, options, design: null };
	if (fileErrors.length > 0 && table.header.length === 0) return { ...empty, fileErrors };
	if (missing) {
		const found = table.header
			.filter(Boolean)
			.map((h) => `"${h}"`)
			.join(', ');
		fileErrors.unshift(
			`The first line must be a header naming the columns; it lacks ${missing}. Expected ${expectedColumnsText}. Found ${found || 'no column names'}.`
		);
		return { ...empty, fileErrors };
	}
	if (table.records.length === 0)
		fileErrors.push('The file has a header but no rows of people: add one row per person.');
	if (table.records.length > 1 && !hasManagerColumn(columns))
		fileErrors.push(
			'No manager column: add one naming who each person reports to (manager, reports to, supervisor, manager email or manager id).'
		);
	const inputs = table.records.map((r) => ({ line: r.line, cells: cellsOf(r, index) }));
	return build(inputs, columns, fileErrors, options);
}

/**
 * The preview again with people's corrections of kind and craft applied (by file line) and every
 * check re-run; earlier corrections stay unless overridden. Lines not in the file are ignored.
 */
export function applyCorrections(
	preview: ImportPreview,
	corrections: ImportCorrections
): ImportPreview {
	const inputs = preview.rows.map((row) => {
		const correction = { ...row.correction, ...corrections[row.line] };
		return Object.keys(correction).length > 0
			? { line: row.line, cells: row.cells, correction }
			: { line: row.line, cells: row.cells };
	});
	// Corrections touch kind and craft only, which no file-level check depends on.
	return build(inputs, preview.columns, [...preview.fileErrors], preview.options);
}
