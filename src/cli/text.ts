/** Plain-text building blocks of the CLI report: numbers with units and aligned tables. */

/** Working hours in a working day: lead times and waits are also shown in these days. */
export const HOURS_PER_DAY = 8;

const fixed = (digits: number) =>
	new Intl.NumberFormat('en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
const one = fixed(1);
const whole = fixed(0);

/** A figure with one decimal and thousands separators: 1,234.5 (−0.0 is shown as 0.0). */
export const num = (value: number): string => one.format(value === 0 ? 0 : value);

/** A whole figure with thousands separators: 1,235. */
export const int = (value: number): string => whole.format(value === 0 ? 0 : value);

/** Hours of work or waiting, one decimal: "12.5 h". */
export const hours = (value: number): string => `${num(value)} h`;

/** Working hours as 8-hour working days, one decimal: "1.6 d". */
export const days = (hoursValue: number): string => `${num(hoursValue / HOURS_PER_DAY)} d`;

/** A share 0–1 as a percentage with one decimal: "12.5%". */
export const percent = (share: number): string => `${num(share * 100)}%`;

/** A change with its sign: "+1.5", "−0.3", "0.0" (the minus is U+2212, as in prose). */
export function signed(value: number, format: (v: number) => string = num): string {
	const text = format(Math.abs(value));
	if (text === format(0)) return text;
	return `${value > 0 ? '+' : '−'}${text}`;
}

/** Cuts text to `width` characters, ending in an ellipsis when cut. */
export function clip(text: string, width: number): string {
	return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

export interface Column {
	header: string;
	/** Numbers align right; text left (the default). */
	align?: 'left' | 'right';
	/** Longer cells are cut with an ellipsis. */
	maxWidth?: number;
}

/**
 * Rows under a header line, each column as wide as its widest cell, two spaces apart, with a
 * rule under the header. Every line starts with `indent` spaces; no line ends in spaces.
 */
export function table(columns: Column[], rows: string[][], indent = 2): string[] {
	const cells = [columns.map((c) => c.header), ...rows].map((row) =>
		columns.map((c, i) => clip(row[i] ?? '', c.maxWidth ?? Infinity))
	);
	const widths = columns.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
	const pad = ' '.repeat(indent);
	const line = (row: string[]) =>
		(
			pad +
			columns
				.map((c, i) => {
					const cell = row[i] ?? '';
					const width = widths[i] ?? 0;
					return c.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
				})
				.join('  ')
		).trimEnd();
	const rule = pad + widths.map((w) => '─'.repeat(w)).join('  ');
	return [line(columns.map((c) => clip(c.header, c.maxWidth ?? Infinity))), rule].concat(
		cells.slice(1).map(line)
	);
}

/** Label–value lines with the values starting in one column: "  Throughput    12.5 per week". */
export function pairs(entries: [string, string][], indent = 2): string[] {
	const width = Math.max(...entries.map(([label]) => label.length));
	return entries.map(([label, value]) =>
		`${' '.repeat(indent)}${label.padEnd(width)}  ${value}`.trimEnd()
	);
}

/** A section title underlined to its length. */
export const heading = (title: string): string[] => [title, '─'.repeat(title.length)];

/** Width the report keeps within. */
export const WIDTH = 100;

/** Words filled into lines of at most `width` characters; the first line starts with `first`. */
export function wrap(text: string, first = '', rest = first, width = WIDTH): string[] {
	const lines: string[] = [];
	let line = first;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const start = line === first || line === rest;
		if (!start && line.length + 1 + word.length > width) {
			lines.push(line);
			line = rest + word;
		} else line += (start ? '' : ' ') + word;
	}
	lines.push(line);
	return lines;
}
