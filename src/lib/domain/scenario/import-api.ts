import { mappingOf, type ImportColumn } from './import-columns';
import type { ImportOutcome } from './import-run';
import type { Seat } from './schema';

/** Errors listed in one answer; `errorCount` gives the total. */
export const MAX_LISTED_ERRORS = 1_000;

/** One error as the API lists it: the file line (null for the whole file or a JSON field). */
export interface ImportError {
	line: number | null;
	/** For a JSON import: the field path, e.g. `seats[2].fte`. */
	path?: string;
	message: string;
}

/** The `preview` of `POST /api/v1/imports`: what the screen shows, as data. */
export interface ImportPreviewBody {
	format: 'csv' | 'json';
	/** The scenario name and structure the import would save. */
	name: string | null;
	structure: string | null;
	rowCount: number;
	/** The seats as read (valid or not), in file order. */
	seats: Seat[];
	errors: ImportError[];
	errorCount: number;
	notes: string[];
	/** field → header of every column read. */
	mapping: Record<string, string>;
	columns: ImportColumn[];
}

/**
 * The API's preview of an import: its seats, every error with its line (file errors first, then
 * rows in file order; at most MAX_LISTED_ERRORS), the notes and the column mapping.
 */
export function previewBody(outcome: ImportOutcome): ImportPreviewBody {
	const { design } = outcome;
	const base = { name: design?.name ?? null, structure: design?.structure ?? null };
	if (outcome.format === 'json') {
		const errors =
			'errors' in outcome.json
				? outcome.json.errors.map((e) => ({ line: null, path: e.path, message: e.message }))
				: [];
		return {
			format: 'json',
			...base,
			rowCount: design?.seats.length ?? 0,
			seats: design?.seats ?? [],
			errors: errors.slice(0, MAX_LISTED_ERRORS),
			errorCount: errors.length,
			notes: [],
			mapping: {},
			columns: []
		};
	}
	const { preview } = outcome;
	const errors: ImportError[] = [
		...preview.fileErrors,
		...preview.rows.flatMap((r) => r.errors.map((message) => ({ line: r.line, message })))
	];
	return {
		format: 'csv',
		...base,
		rowCount: preview.rows.length,
		seats: design?.seats ?? preview.rows.map((r) => r.seat),
		errors: errors.slice(0, MAX_LISTED_ERRORS),
		errorCount: errors.length,
		notes: preview.notes,
		mapping: mappingOf(preview.columns),
		columns: preview.columns
	};
}
