import { fmt } from './drivers';

/** A table cell: pipes escaped, line breaks flattened. */
export const cell = (v: string | number) =>
	String(v)
		.replace(/\|/g, '\\|')
		.replace(/\s*\n\s*/g, ' ');

/** A Markdown table: a header row, the divider and one row per entry. */
export function table(head: string[], rows: (string | number)[][]): string[] {
	return [
		`| ${head.map(cell).join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
	];
}

/** Hours for reading: "4.4 h". */
export const h = (n: number) => `${fmt(n)} h`;
