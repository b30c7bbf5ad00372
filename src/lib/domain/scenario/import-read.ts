import Papa from 'papaparse';
import { MAX_SEATS } from './schema';

/** One data row of a CSV file and the 1-based line it starts on, counting the header as line 1. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	fileErrors: string[];
}

const newlines = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Splits CSV text into a header and records with a real CSV parser: BOM stripped, CRLF or LF,
 * quoted fields with commas, quotes and line breaks, blank lines skipped, delimiter detected.
 * Stops after MAX_SEATS + 1 records and says so.
 */
export function readCsv(input: string): CsvTable {
	const text = input.replace(/^\uFEFF/, '');
	const table: CsvTable = { header: [], records: [], fileErrors: [] };
	if (text.trim() === '') {
		table.fileErrors.push('The file is empty: expected a header row and one row per person.');
		return table;
	}
	let seen = 0;
	let line = 1;
	let tooMany = false;
	Papa.parse<string[]>(text, {
		skipEmptyLines: 'greedy',
		step: (result, parser) => {
			// `line` is the line at `seen`; skipped blank lines and the row's own breaks come next.
			const end = result.meta.cursor;
			const slice = text.slice(seen, end);
			const before = newlines(slice.replace(/(\r\n|\r|\n)$/, ''));
			const inside = result.data.reduce((n, cell) => n + newlines(cell), 0);
			const start = Math.max(line, line + before - inside); // an unclosed quote ends in a break
			line += newlines(slice);
			seen = end;
			for (const e of result.errors)
				if (e.code !== 'UndetectableDelimiter')
					table.fileErrors.push(`Line ${start}: ${e.message.toLowerCase()}; check its quotes (")`);
			if (table.header.length === 0) table.header = result.data.map((c) => c.trim());
			else if (table.records.length < MAX_SEATS)
				table.records.push({ line: start, cells: result.data });
			else {
				tooMany = true;
				parser.abort();
			}
		}
	});
	if (tooMany)
		table.fileErrors.push(
			`The file has more than ${MAX_SEATS.toLocaleString('en')} rows of people; a scenario holds at most ${MAX_SEATS.toLocaleString('en')} seats. Split the file by department.`
		);
	return table;
}
