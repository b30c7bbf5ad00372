import { splitList } from './csv-lists';
import { importFields, type ColumnIndex, type ImportField } from './import-columns';
import { readCurrency, readPay } from './import-pay';
import type { CsvRecord } from './import-read';
import type { ImportCorrection, ImportRow } from './import-types';
import {
	numberSpecs,
	placeholderNames,
	readKind,
	readNumber,
	readOpen,
	readStatus,
	slug,
	unescape
} from './import-values';
import { aiLevelLabels, idSchema, type Seat } from './schema';
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
	const hoursPerWeek = number('hoursPerWeek', 40)!;
	const payCell = cells.annualCost ?? '';
	const pay = payCell === '' ? undefined : readPay(payCell, hoursPerWeek);
	if (payCell !== '' && (pay === undefined || pay.annual > numberSpecs.annualCost.max))
		errors.push(
			`${headerOf('annualCost')}: expected ${numberSpecs.annualCost.expected}, not "${payCell}"`
		);
	const currencyCell = cells.currency ?? '';
	return {
		numbers: {
			fte: number('fte', 1)!,
			hoursPerWeek,
			focusFactor: number('focusFactor', 0.5)!,
			aiLevel: number('aiLevel', 0) as Seat['aiLevel'],
			annualCost: pay && pay.annual <= numberSpecs.annualCost.max ? pay.annual : undefined
		},
		currency: (currencyCell && readCurrency(currencyCell)) || pay?.currency || null
	};
}

/**
 * The person in the seat; an empty or placeholder name ("Open", "TBH"), a vacancy or a leaver
 * status is an open seat. "Okafor, Dana" gives way to first and last name columns.
 */
function personOf(
	cells: ImportRow['cells'],
	status: ImportRow['status'],
	headerOf: HeaderOf,
	errors: string[]
) {
	const firstLast = [cells.firstName, cells.lastName].filter(Boolean).join(' ');
	const full = cells.person ?? '';
	const named =
		full && !(full.includes(',') && cells.firstName && cells.lastName) ? full : firstLast;
	const placeholder = placeholderNames.test(named);
	const open = cells.open === undefined ? undefined : readOpen(cells.open);
	if (cells.open !== undefined && open === undefined)
		errors.push(`${headerOf('open')}: expected yes or no, not "${cells.open}"`);
	const vacant = status === 'left' || status === 'open';
	return {
		personName: placeholder || vacant || named === '' ? undefined : named,
		open: open ?? (placeholder || vacant || (named === '' && !cells.email))
	};
}

/** Audiences as listed: "smb", "smb=SMB companies" or a name ("Mid market" → id "mid-market"). */
const audiencesOf = (cell: string) =>
	splitList(cell).map(({ key, text }) => {
		const id = text !== null || idSchema.safeParse(key).success ? key : slug(key).slice(0, 64);
		return { id, name: text || key };
	});

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
	const status = readStatus(cells.status ?? '');
	const guessed = suggestSeat(title, department);
	const suggested = status === 'contractor' ? { kind: 'fractional' as const } : guessed;
	const { numbers, currency } = numbersOf(cells, headerOf, errors);
	const audiences = audiencesOf(cells.audiences ?? '');
	const fileKind = readKind(cells.kind ?? '');
	const uncorrected = fileKind ?? suggested.kind;
	const craftCell = cells.craft === undefined ? suggested.craft : slug(cells.craft) || undefined;
	const craft = correction?.craft === undefined ? craftCell : correction.craft || undefined;
	const person = personOf(cells, status, headerOf, errors);
	const seat: Seat = {
		id: '',
		title,
		kind: correction?.kind ?? uncorrected,
		...person,
		managerId: null,
		...numbers,
		craft,
		audienceIds: audiences.map((a) => a.id),
		// A leaver's seat stays, open, without their email.
		memberEmail: cells.email && status !== 'left' ? cells.email.toLowerCase() : undefined
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
		status,
		currency,
		audiences,
		dotted: splitList(cells.dottedLines ?? '').map((e) => ({ to: e.key, label: e.text ?? '' })),
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
