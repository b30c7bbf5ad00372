import { markCycles, markRoots, markSeatIssues } from './import-check';
import {
	applyMapping,
	describeColumns,
	expectedColumnsText,
	fieldsFromHeaders,
	hasManagerColumn,
	indexOf,
	missingOf,
	moveIdColumns,
	type ImportColumn
} from './import-columns';
import { cellsOf, readRow } from './import-fields';
import { guardOpenSeats } from './import-guard';
import {
	assignIds,
	indexRows,
	markDuplicates,
	resolveDotted,
	resolveManagers
} from './import-link';
import { importNotes } from './import-notes';
import { readCsv, type CsvRecord } from './import-read';
import { forEachSliced, TimeSlice } from './import-slice';
import type { FileIssue, ImportOptions, ImportPreview, ImportRow } from './import-types';
import { headerNames } from './import-words';
import { checkDesign } from './rules';
import { designSchema, type Audience, type Seat, type Structure } from './schema';

export type { ImportCorrection, ImportCorrections, ImportPreview, ImportRow } from './import-types';

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

/** Audiences named in the rows, with the names the cells give, owned by the first listing seat. */
function audiencesOf(rows: ImportRow[]): Audience[] {
	const audiences = new Map<string, Audience>();
	for (const row of rows)
		for (const { id, name } of row.audiences)
			if (!audiences.has(id))
				audiences.set(id, {
					id,
					name,
					segment: '',
					products: [],
					regions: [],
					ownerSeatId: row.seat.id
				});
	return [...audiences.values()];
}

/** The design fields besides seats, validated on their own: seats were checked row by row. */
const shellSchema = designSchema.omit({ seats: true });

/** Links, checks and, when nothing is wrong, assembles the design. */
async function build(
	records: CsvRecord[],
	columns: ImportColumn[],
	preview: ImportPreview,
	slice: TimeSlice
): Promise<ImportPreview> {
	const { options, fileErrors, notes } = preview;
	const headerOf = headerNames(columns);
	const index = indexOf(columns);
	const rows: ImportRow[] = (preview.rows = []);
	await forEachSliced(records, slice, (r) =>
		rows.push(readRow(r.line, cellsOf(r, index), headerOf, options.corrections?.[r.line]))
	);
	const idOfCell = await assignIds(rows, headerOf, slice);
	const rowIndex = indexRows(rows, await markDuplicates(rows, headerOf, slice), idOfCell);
	await slice.tick();
	const roots = await resolveManagers(rows, rowIndex, headerOf, slice);
	const dottedLines = resolveDotted(rows, rowIndex, headerOf);
	await markCycles(rows, slice);
	if (hasManagerColumn(columns)) markRoots(roots);
	await slice.tick();
	const guard = guardOpenSeats(rows, columns, records, headerOf);
	await slice.tick();
	fileErrors.push(...guard.fileErrors);
	await forEachSliced(rows, slice, (row) => markSeatIssues(row, headerOf));
	const audiences = audiencesOf(rows);
	notes.push(...importNotes(rows, audiences), ...guard.notes);
	await slice.tick();
	if (fileErrors.length > 0 || rows.some((r) => r.errors.length > 0)) return preview;
	const shell = shellSchema.safeParse({
		name: options.name?.trim() || 'Imported org',
		structure: options.structure ?? inferStructure(rows.map((r) => r.seat)),
		audiences,
		dottedLines
	});
	if (!shell.success) {
		preview.fileErrors = shell.error.issues.map((i) => ({
			line: null,
			message: `${i.path.join('.')}: ${i.message}`
		}));
		return preview;
	}
	const design = { ...shell.data, seats: rows.map((r) => r.seat) };
	await slice.tick();
	for (const issue of checkDesign(design)) {
		const row = issue.path[0] === 'seats' ? rows[Number(issue.path[1])] : undefined;
		if (issue.severity === 'warning') notes.push(issue.message);
		else if (row) row.errors.push(issue.message);
		else fileErrors.push({ line: null, message: issue.message });
	}
	if (fileErrors.length === 0 && rows.every((r) => r.errors.length === 0)) preview.design = design;
	return preview;
}

/**
 * Reads an org chart CSV (an HRIS export or our own export, designToCsv) into a preview: the
 * columns and the field each feeds (from headers, cell contents, or `options.mapping`), one row
 * per person with the seat it becomes and its errors, and file errors naming lines. `design` is
 * set only when nothing is wrong. Yields to the event loop every ~15 ms of work.
 */
export async function parseOrgCsv(
	text: string,
	options: ImportOptions = {},
	slice = new TimeSlice()
): Promise<ImportPreview> {
	const table = await readCsv(text, slice);
	const { header, records } = table;
	const auto = fieldsFromHeaders(header);
	const moved = moveIdColumns(header, auto, records);
	const mapped = options.mapping
		? applyMapping(header, auto, options.mapping)
		: { fields: auto, chosen: new Set<number>(), problems: [] };
	const columns = describeColumns(header, mapped.fields, mapped.chosen, moved, records);
	const fileErrors: FileIssue[] = [
		...table.fileErrors,
		...mapped.problems.map((message) => ({ line: 1, message }))
	];
	const preview: ImportPreview = {
		rows: [],
		fileErrors,
		notes: [...moved].flatMap(([at, note]) => (mapped.chosen.has(at) ? [] : [note])),
		columns,
		header,
		options,
		design: null
	};
	if (header.length === 0 || table.truncated) return preview;
	const missing = missingOf(indexOf(columns));
	if (missing) {
		const found = header
			.filter(Boolean)
			.map((h) => `"${h}"`)
			.join(', ');
		fileErrors.unshift({
			line: 1,
			message: `The header lacks ${missing}: expected ${expectedColumnsText}. Found ${found || 'no column names'}. Choose the fields in the column mapping, or rename the headers.`
		});
		return preview;
	}
	if (records.length === 0 && table.fileErrors.length === 0)
		fileErrors.push({
			line: 1,
			message: 'The file has a header but no rows of people: add one row per person under it.'
		});
	if (records.length > 1 && !hasManagerColumn(columns))
		fileErrors.push({
			line: 1,
			message:
				'No manager column: add one naming who each person reports to (manager, reports to, supervisor, manager email or manager id), or choose it in the column mapping.'
		});
	return build(records, columns, preview, slice);
}
