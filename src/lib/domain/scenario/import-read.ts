import Papa from 'papaparse';
import { binaryLine, saveAsText } from './import-decode';
import { TimeSlice } from './import-slice';
import type { FileIssue } from './import-types';
import { MAX_SEATS } from './schema';

/** One data row of a CSV file and the 1-based line it starts on, counting the header as line 1. */
export interface CsvRecord {
	line: number;
	cells: string[];
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	fileErrors: FileIssue[];
	/** True when the file had more rows than a scenario holds and reading stopped. */
	truncated: boolean;
}

const newlines = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;
const count = (n: number) => n.toLocaleString('en');

/**
 * Splits CSV text into a header and records with a real CSV parser: BOM stripped, CRLF or LF,
 * quoted fields with commas, quotes and line breaks, blank lines skipped, delimiter detected.
 * Stops at record MAX_SEATS + 1 and says so, naming its line. Pauses between time slices.
 */
export async function readCsv(input: string, slice = new TimeSlice()): Promise<CsvTable> {
	const text = input.replace(/^\uFEFF/, '');
	const table: CsvTable = { header: [], records: [], fileErrors: [], truncated: false };
	if (text.trim() === '') {
		table.fileErrors.push({
			line: null,
			message: 'The file is empty: expected a header row and one row per person.'
		});
		return table;
	}
	const binary = binaryLine(text);
	if (binary !== null) {
		table.fileErrors.push({
			line: binary,
			message: `binary data (control characters) starts here, so this is not a CSV text file. ${saveAsText}`
		});
		return table;
	}
	// Papa's cursor counts from where it last resumed; `base` is that point in `text`.
	let base = 0;
	let seen = 0;
	let line = 1;
	await new Promise<void>((resolve) => {
		Papa.parse<string[]>(text, {
			skipEmptyLines: 'greedy',
			complete: () => resolve(),
			step: (result, parser) => {
				// `line` is the line at `seen`; skipped blank lines and the row's own breaks come next.
				const end = base + result.meta.cursor;
				const chunk = text.slice(seen, end);
				const before = newlines(chunk.replace(/(\r\n|\r|\n)$/, ''));
				const inside = result.data.reduce((n, cell) => n + newlines(cell), 0);
				const start = Math.max(line, line + before - inside); // an unclosed quote ends in a break
				line += newlines(chunk);
				seen = end;
				for (const e of result.errors)
					if (e.code !== 'UndetectableDelimiter')
						table.fileErrors.push({
							line: start,
							message: `${e.message.toLowerCase()}; check its quotes (")`
						});
				if (table.header.length === 0) table.header = result.data.map((c) => c.trim());
				else if (table.records.length < MAX_SEATS)
					table.records.push({ line: start, cells: result.data });
				else {
					table.fileErrors.push({
						line: start,
						message: `the file has more than ${count(MAX_SEATS)} rows of people (this is row ${count(MAX_SEATS + 1)}); a scenario holds at most ${count(MAX_SEATS)} seats. Split the file, by department say, and import each part.`
					});
					table.truncated = true;
					parser.abort();
					return;
				}
				if (slice.due) {
					parser.pause();
					base = seen;
					void (async () => {
						await slice.pause();
						parser.resume();
					})();
				}
			}
		});
	});
	return table;
}
