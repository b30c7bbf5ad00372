import type { ImportField } from './import-headers';
import { aiLevelLabels, seatKindLabels, seatKinds, type SeatKind } from './schema';

/** Reading single cells of an org CSV: text, numbers, yes/no and seat kinds. */

/** Our export prefixes `'` to cells that a spreadsheet would run as a formula (csv.ts); undo it. */
export const unescape = (cell: string) => cell.trim().replace(/^'(?=[=+\-@\t\r])/, '');

/** "Product Marketing" → "product-marketing"; also used for seat ids (see import-link.ts). */
export const slug = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

const kindByKey = new Map<string, SeatKind>(
	seatKinds.flatMap((k) => [
		[k, k],
		[slug(seatKindLabels[k]), k]
	])
);

/** The seat kind a cell names, by id or label in any case ("GTM Marketer"), or undefined. */
export const readKind = (cell: string) => kindByKey.get(slug(cell));

/** Names HRIS systems put in a vacant position. */
export const placeholderNames =
	/^(open|vacant|vacancy|tbh|tbd|to be hired|open role|open position|hiring|new hire)$/i;

export interface NumberSpec {
	min: number;
	max: number;
	/** True when `min` itself is not allowed. */
	aboveMin?: boolean;
	integer?: boolean;
	percent?: boolean;
	expected: string;
}

/** Accepted range and wording per numeric column; ranges match seatSchema. */
export const numberSpecs = {
	fte: {
		min: 0,
		max: 1,
		aboveMin: true,
		percent: true,
		expected: 'a number above 0 and at most 1, such as 0.5 or 50%'
	},
	hoursPerWeek: {
		min: 0,
		max: 80,
		aboveMin: true,
		expected: 'hours above 0 and at most 80, such as 40'
	},
	focusFactor: {
		min: 0,
		max: 1,
		percent: true,
		expected: 'a share from 0 to 1, such as 0.5 or 50%'
	},
	aiLevel: {
		min: 0,
		max: 3,
		integer: true,
		expected: `0, 1, 2 or 3 (or ${aiLevelLabels.join(', ')})`
	},
	annualCost: {
		min: 0,
		max: 100_000_000,
		expected: 'an amount of 0 or more, such as 95000, "$95,000" or "95000.00 USD"'
	}
} satisfies Partial<Record<ImportField, NumberSpec>>;

/**
 * Digits with thousands separators and a decimal mark in either convention: "120,000",
 * "85.000,00", "1 234.5", "310000.00". A lone comma followed by exactly three digits is read as
 * thousands, a lone point as the decimal mark. NaN when it is not a number.
 */
export function readDecimal(raw: string): number {
	const text = raw.replace(/[\s'\u00a0\u202f]/g, '');
	if (!/^-?[\d.,]*\d[\d.,]*$/.test(text)) return NaN;
	const last = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
	if (last < 0) return Number(text);
	const mark = text[last]!;
	const once = text.indexOf(mark) === last;
	const thousands =
		!once || (mark === ',' && text.length - last - 1 === 3 && !text.slice(0, last).includes('.'));
	const decimalAt = thousands && !(text.includes('.') && text.includes(',')) ? -1 : last;
	const whole = (decimalAt < 0 ? text : text.slice(0, decimalAt)).replace(/[.,]/g, '');
	return Number(decimalAt < 0 ? whole : `${whole}.${text.slice(decimalAt + 1)}`);
}

/** A number in the spec's range ("50%" → 0.5, "$95,000" → 95000), or undefined. */
export function readNumber(raw: string, spec: NumberSpec): number | undefined {
	const percent = spec.percent && raw.endsWith('%');
	const cleaned = raw.replace(/%$/, '').replace(/^[^\d.,-]+/, '');
	const n = cleaned === '' ? NaN : readDecimal(cleaned) / (percent ? 100 : 1);
	const inRange = spec.aboveMin ? n > spec.min : n >= spec.min;
	if (!Number.isFinite(n) || !inRange || n > spec.max) return undefined;
	return spec.integer && !Number.isInteger(n) ? undefined : n;
}

/** yes/no, true/false, 1/0, x or empty; undefined for anything else. */
export function readOpen(raw: string): boolean | undefined {
	if (/^(yes|y|true|1|x|open)$/i.test(raw)) return true;
	if (/^(no|n|false|0|)$/i.test(raw)) return false;
	return undefined;
}

/**
 * What an employment status says about the seat: 'left' (terminated, inactive: the seat stays,
 * open), 'open' (a vacancy), 'contractor' (suggests a fractional seat) or null (active, on leave,
 * full- or part-time, or anything else).
 */
export function readStatus(raw: string): 'left' | 'open' | 'contractor' | null {
	const text = raw.trim().toLowerCase();
	if (/terminat|\binactive\b|former|leaver|\bleft\b|separated|withdrawn|retired/.test(text))
		return 'left';
	if (placeholderNames.test(text) || /^(vacant|requisition|open position)$/.test(text))
		return 'open';
	if (/contract|contingent|freelanc|external|consultant|\btemp(orary)?\b/.test(text))
		return 'contractor';
	return null;
}
