import type { ImportColumn, ImportField } from './import-columns';
import type { Design, Seat, SeatKind, Structure } from './schema';
import type { SeatSuggestion } from './suggest';

export interface ImportOptions {
	/** The scenario name; default "Imported org". */
	name?: string;
	/** The structure type; default inferred from the seat kinds (inferStructure). */
	structure?: Structure;
}

/** A person's fix to one row: a kind, and a craft ('' clears it). */
export interface ImportCorrection {
	kind?: SeatKind;
	craft?: string;
}

/** Corrections by 1-based file line. */
export type ImportCorrections = Record<number, ImportCorrection>;

/** How the manager of a row is written in the file; resolved by id, then email, then name. */
export interface ManagerRef {
	id: string;
	email: string;
	name: string;
}

export interface ImportRow {
	/** 1-based line in the file where the row starts, counting the header as line 1. */
	line: number;
	/** The cells Orgcraft reads, by field, as written (trimmed). */
	cells: Partial<Record<ImportField, string>>;
	/** The seat this row becomes; fields may be invalid while `errors` is not empty. */
	seat: Seat;
	manager: ManagerRef;
	department: string;
	/** The kind and craft suggested from the title and department. */
	suggested: SeatSuggestion;
	/** Where `seat.kind` came from. */
	kindFrom: 'file' | 'suggested' | 'corrected';
	correction?: ImportCorrection;
	errors: string[];
}

export interface ImportPreview {
	rows: ImportRow[];
	/** Problems with the whole file (header, size, quoting); no design while any remain. */
	fileErrors: string[];
	/** Things done on the reader's behalf that they should know, such as audiences created. */
	notes: string[];
	columns: ImportColumn[];
	options: ImportOptions;
	/** The validated design, only when no row or file has an error. */
	design: Design | null;
}

/** Every error of a preview: file errors plus row errors. */
export const errorCount = (preview: ImportPreview) =>
	preview.fileErrors.length + preview.rows.reduce((n, r) => n + r.errors.length, 0);
