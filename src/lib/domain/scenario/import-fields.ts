import { importFields, type ColumnIndex, type ImportField } from './import-columns';
import type { CsvRecord } from './import-read';
import type { ImportCorrection, ImportRow } from './import-types';
import {
	numberSpecs,
	placeholderNames,
	readKind,
	readNumber,
	readOpen,
	slug,
	unescape
} from './import-values';
import { aiLevelLabels, type Seat } from './schema';
import { suggestSeat } from './suggest';

/** The header a reader sees for a field, to name it in messages. */
export type HeaderOf = (field: ImportField) => string;

/** The cells of a record that Orgcraft reads, by field, trimmed and un-escaped. */
export function cellsOf(record: CsvRecord, index: ColumnIndex): ImportRow['cells'] {
	const cells: ImportRow['cells'] = {};
	for (const field of importFields) {
		const at = index[field];
		if (at !== undefined) cells[field] = unescape(record.cells[at] ?? '');
	}
	return cells;
}

/** The numeric seat fields; an unreadable cell adds an error and keeps the schema default. */
function numbersOf(cells: ImportRow['cells'], headerOf: HeaderOf, errors: string[]) {
	const number = (field: keyof typeof numberSpecs, fallback: number | undefined) => {
		const raw = cells[field] ?? '';
		if (raw === '') return fallback;
		const label = field === 'aiLevel' ? aiLevelLabels.indexOf(raw.toLowerCase() as never) : -1;
		const n = label >= 0 ? label : readNumber(raw, numberSpecs[field]);
		if (n === undefined)
			errors.push(`${headerOf(field)}: expected ${numberSpecs[field].expected}, not "${raw}"`);
		return n ?? fallback;
	};
	return {
		fte: number('fte', 1)!,
		hoursPerWeek: number('hoursPerWeek', 40)!,
		focusFactor: number('focusFactor', 0.5)!,
		aiLevel: number('aiLevel', 0) as Seat['aiLevel'],
		annualCost: number('annualCost', undefined)
	};
}

/** The person in the seat; an empty or placeholder name ("Open", "TBH") is an open seat. */
function personOf(cells: ImportRow['cells'], headerOf: HeaderOf, errors: string[]) {
	const named = cells.person || [cells.firstName, cells.lastName].filter(Boolean).join(' ');
	const placeholder = placeholderNames.test(named);
	const open = cells.open === undefined ? undefined : readOpen(cells.open);
	if (cells.open !== undefined && open === undefined)
		errors.push(`${headerOf('open')}: expected yes or no, not "${cells.open}"`);
	return {
		personName: placeholder || named === '' ? undefined : named,
		open: open ?? (placeholder || (named === '' && !cells.email))
	};
}

/**
 * Reads one record into a row: every cell parsed, the kind from the kind column when it names a
 * kind (else suggested from title and department), an error per unreadable cell. A correction
 * overrides kind and craft. The seat id and manager are set later (import-link.ts).
 */
export function readRow(
	line: number,
	cells: ImportRow['cells'],
	headerOf: HeaderOf,
	correction?: ImportCorrection
): ImportRow {
	const errors: string[] = [];
	const title = cells.title ?? '';
	if (title === '') errors.push(`${headerOf('title')}: missing; every person needs a job title`);
	const department = cells.department ?? '';
	const suggested = suggestSeat(title, department);
	const fileKind = readKind(cells.kind ?? '');
	const uncorrected = fileKind ?? suggested.kind;
	const craftCell = cells.craft === undefined ? suggested.craft : slug(cells.craft) || undefined;
	const craft = correction?.craft === undefined ? craftCell : correction.craft || undefined;
	const seat: Seat = {
		id: '',
		title,
		kind: correction?.kind ?? uncorrected,
		...personOf(cells, headerOf, errors),
		managerId: null,
		...numbersOf(cells, headerOf, errors),
		craft,
		audienceIds: (cells.audiences ?? '')
			.split(/[;,|]/)
			.map((a) => a.trim())
			.filter(Boolean),
		memberEmail: cells.email ? cells.email.toLowerCase() : undefined
	};
	return {
		line,
		cells,
		seat,
		manager: {
			id: cells.managerId ?? '',
			email: cells.managerEmail ?? '',
			name: cells.manager ?? ''
		},
		department,
		suggested,
		kindFrom:
			correction?.kind && correction.kind !== uncorrected
				? 'corrected'
				: fileKind
					? 'file'
					: 'suggested',
		...(correction ? { correction } : {}),
		errors
	};
}
