import type { ImportColumn } from './import-columns';
import type { JsonImport } from './import-json';
import type { ImportOutcome } from './import-run';
import type { FileIssue, ImportPreview, ImportRow } from './import-types';
import { errorCount } from './import-types';
import type { Design, SeatKind, Structure } from './schema';
import type { SeatSuggestion } from './suggest';

/** One row as the import screen shows it. */
export interface ImportRowView {
	line: number;
	name: string;
	title: string;
	/** The manager as written in the file (name, email or id). */
	manager: string;
	department: string;
	kind: SeatKind;
	craft: string;
	suggested: SeatSuggestion;
	kindFrom: ImportRow['kindFrom'];
	errors: string[];
}

/** What the import screen needs of a CSV preview or a JSON import; small enough to send. */
export interface ImportView {
	format: 'csv' | 'json';
	rows: ImportRowView[];
	/** Rows in the file; rows beyond the shown ones keep their suggested kinds. */
	rowCount: number;
	hiddenRows: number;
	fileErrors: FileIssue[];
	notes: string[];
	errorCount: number;
	errorRows: number;
	/** Every column of a CSV, the field it feeds and sample values: the mapping step. */
	columns: ImportColumn[];
	/** Set when the import is ready to save. */
	summary: {
		name: string;
		structure: Structure;
		seats: number;
		audiences: number;
		dottedLines: number;
	} | null;
}

const summaryOf = (design: Design | null): ImportView['summary'] =>
	design && {
		name: design.name,
		structure: design.structure,
		seats: design.seats.length,
		audiences: design.audiences.length,
		dottedLines: design.dottedLines.length
	};

/** The screen's view of either kind of import. */
export const viewOf = (outcome: ImportOutcome): ImportView =>
	outcome.format === 'csv' ? csvView(outcome.preview) : jsonView(outcome.json);

/** What the import screen shows after a preview or a refused save; `text` round-trips. */
export interface ImportResult {
	text: string;
	/** The file name, or "pasted text". */
	source: string;
	format: 'csv' | 'json';
	/** As typed; '' lets the file decide. */
	name: string;
	structure: Structure | '';
	view: ImportView;
}

/**
 * The screen's view of a CSV preview: every row when there are at most `maxRows`, else the first
 * `maxRows` rows with errors and the first `maxRows` / 2 others.
 */
export function csvView(preview: ImportPreview, maxRows = 500): ImportView {
	const all = preview.rows;
	let errorsLeft = maxRows;
	const shown =
		all.length <= maxRows
			? all
			: all.filter((r, i) => (r.errors.length > 0 ? errorsLeft-- > 0 : i < maxRows / 2));
	return {
		format: 'csv',
		rows: shown.map((r) => ({
			line: r.line,
			name: r.seat.personName ?? (r.seat.open ? 'Open seat' : ''),
			title: r.seat.title,
			manager: r.manager.name || r.manager.email || r.manager.id,
			department: r.department,
			kind: r.seat.kind,
			craft: r.seat.craft ?? '',
			suggested: r.suggested,
			kindFrom: r.kindFrom,
			errors: r.errors
		})),
		rowCount: all.length,
		hiddenRows: all.length - shown.length,
		fileErrors: preview.fileErrors,
		notes: preview.notes,
		errorCount: errorCount(preview),
		errorRows: all.filter((r) => r.errors.length > 0).length,
		columns: preview.columns,
		summary: summaryOf(preview.design)
	};
}

/** The screen's view of a JSON import: its errors by field path, or a summary of the design. */
export function jsonView(result: JsonImport): ImportView {
	const errors =
		'errors' in result
			? result.errors.map((e) => ({ line: null, message: `${e.path}: ${e.message}` }))
			: [];
	return {
		format: 'json',
		rows: [],
		rowCount: 'design' in result ? result.design.seats.length : 0,
		hiddenRows: 0,
		fileErrors: errors,
		notes: [],
		errorCount: errors.length,
		errorRows: 0,
		columns: [],
		summary: summaryOf('design' in result ? result.design : null)
	};
}
