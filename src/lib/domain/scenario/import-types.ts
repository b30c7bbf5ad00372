import type { ImportColumn, ImportField, ImportMapping } from './import-columns';
import type { Design, Seat, SeatKind, Structure } from './schema';
import type { SeatSuggestion } from './suggest';

export interface ImportOptions {
	/** The scenario name; default "Imported org". */
	name?: string;
	/** The structure type; default inferred from the seat kinds (inferStructure). */
	structure?: Structure;
	/** Which column feeds which field, where the person chose (import-columns.ts). */
	mapping?: ImportMapping;
	/** A person's fixes of kind and craft, by file line. */
	corrections?: ImportCorrections;
}

/** A problem with the whole file, at a line when it has one (the header is line 1). */
export interface FileIssue {
	line: number | null;
	message: string;
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
	/** What the employment status column says, if anything (readStatus). */
	status: 'left' | 'open' | 'contractor' | null;
	/** The pay currency the row names, from the pay cell or the currency column. */
	currency: string | null;
	/** Audiences as listed, with their names where the cell gives them. */
	audiences: { id: string; name: string }[];
	/** Dotted lines from this seat, to a seat named by id, email or name, with a label. */
	dotted: { to: string; label: string }[];
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
	fileErrors: FileIssue[];
	/** Things done on the reader's behalf that they should know, such as audiences created. */
	notes: string[];
	columns: ImportColumn[];
	/** The header row as read, to map columns again. */
	header: string[];
	options: ImportOptions;
	/** The validated design, only when no row or file has an error. */
	design: Design | null;
}

/** Every error of a preview: file errors plus row errors. */
export const errorCount = (preview: ImportPreview) =>
	preview.fileErrors.length + preview.rows.reduce((n, r) => n + r.errors.length, 0);
