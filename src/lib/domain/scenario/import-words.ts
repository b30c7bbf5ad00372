import type { ImportColumn, ImportField } from './import-columns';
import type { HeaderOf } from './import-fields';

/** How a field is named in messages when the file has no column for it (our export's names). */
const defaultHeaders: Partial<Record<ImportField, string>> = {
	person: 'name',
	managerId: 'manager_id',
	hoursPerWeek: 'hours_per_week',
	focusFactor: 'focus_factor',
	aiLevel: 'ai_level',
	annualCost: 'annual_cost',
	dottedLines: 'dotted_lines'
};

/** Names a field in messages by the header of the column that feeds it. */
export const headerNames =
	(columns: ImportColumn[]): HeaderOf =>
	(field) =>
		columns.find((c) => c.field === field)?.header || defaultHeaders[field] || field;
