import { readDecimal } from './import-values';

/** Pay as an HRIS writes it, read as an annual amount and the currency it names, if any. */
export interface Pay {
	/** Per year, in the currency as written (never converted). */
	annual: number;
	/** ISO 4217 code from a code or symbol in the cell or the currency column, or null. */
	currency: string | null;
	/** The period the cell gave, when not a year: the amount was multiplied up. */
	period: 'month' | 'week' | 'hour' | null;
}

const symbolCodes: [symbol: string, code: string][] = [
	['US$', 'USD'],
	['A$', 'AUD'],
	['C$', 'CAD'],
	['NZ$', 'NZD'],
	['R$', 'BRL'],
	['$', 'USD'],
	['€', 'EUR'],
	['£', 'GBP'],
	['¥', 'JPY'],
	['₹', 'INR'],
	['₩', 'KRW'],
	['zł', 'PLN']
];

const periods: [pattern: RegExp, period: Pay['period'], perYear: number | 'hours'][] = [
	[/^(year|yr|annum|annual|annually|p\.?a\.?|yearly)$/, null, 1],
	[/^(month|monthly|mo|mth)$/, 'month', 12],
	[/^(week|weekly|wk)$/, 'week', 52],
	[/^(hour|hourly|hr|h)$/, 'hour', 'hours']
];

/**
 * Reads "310000.00 USD", "$120,000", "€85.000,00", "120000 EUR / year", "$55.00 Hour" or a bare
 * number. Monthly, weekly and hourly amounts become annual (hourly × `hoursPerWeek` × 52 weeks).
 * Returns undefined when the cell is not an amount.
 */
export function readPay(raw: string, hoursPerWeek: number): Pay | undefined {
	let text = raw.trim();
	let perYear: number | 'hours' = 1;
	let period: Pay['period'] = null;
	const suffix = /\s*(?:\/|\bper\b|\ba\b|\ban\b)?\s*([a-z.]+)\s*$/i.exec(text);
	const match = suffix && periods.find(([p]) => p.test(suffix[1]!.toLowerCase()));
	if (suffix && match && suffix.index > 0) {
		text = text.slice(0, suffix.index);
		[, period, perYear] = match;
	}
	let currency: string | null = null;
	const code = /^([A-Z]{3})\s*|\s*([A-Z]{3})$/.exec(text);
	if (code) {
		currency = code[1] ?? code[2]!;
		text = text.replace(code[0], '');
	}
	for (const [symbol, iso] of symbolCodes) {
		if (!text.startsWith(symbol) && !text.endsWith(symbol)) continue;
		currency ??= iso;
		text = text.startsWith(symbol) ? text.slice(symbol.length) : text.slice(0, -symbol.length);
		break;
	}
	const amount = readDecimal(text.trim());
	if (!Number.isFinite(amount) || amount < 0) return undefined;
	const factor = perYear === 'hours' ? hoursPerWeek * 52 : perYear;
	return { annual: Math.round(amount * factor * 100) / 100, currency, period };
}

/** "usd", "US Dollar (USD)" → "USD"; null when no code is recognisable. */
export function readCurrency(raw: string): string | null {
	const code = /\b([A-Za-z]{3})\b\)?\s*$/.exec(raw.trim());
	if (code) return code[1]!.toUpperCase();
	return symbolCodes.find(([symbol]) => raw.trim() === symbol)?.[1] ?? null;
}
