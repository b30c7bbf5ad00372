import { describe, expect, it } from 'vitest';
import { parseOrgCsv } from './import-csv';
import { decodeImport } from './import-decode';
import { TimeSlice } from './import-slice';

const header = 'Employee ID,Worker,Business Title,Manager';
const people = (n: number, managerOf: (i: number) => string) =>
	Array.from({ length: n }, (_, i) => `WD${i},Person ${i},Writer,${managerOf(i)}`);

describe('bad input: nothing is built and the message names the line', () => {
	it('a header without rows', async () => {
		const preview = await parseOrgCsv(`${header}\r\n`);
		expect(preview.fileErrors).toEqual([
			{
				line: 1,
				message: 'The file has a header but no rows of people: add one row per person under it.'
			}
		]);
		expect(preview.design).toBeNull();
	});

	it('50,000 rows: reading stops at row 20,001, the message names its line, and the parse yields', async () => {
		const rows = people(50_000, (i) => (i ? `Person ${i >> 2}` : ''));
		const slice = new TimeSlice(5);
		const preview = await parseOrgCsv([header, ...rows].join('\n'), {}, slice);
		expect(preview.fileErrors).toEqual([
			{
				line: 20_002,
				message: expect.stringContaining(
					'the file has more than 20,000 rows of people (this is row 20,001)'
				)
			}
		]);
		expect(preview.rows).toEqual([]);
		expect(preview.design).toBeNull();
		expect(slice.pauses).toBeGreaterThan(0);
	}, 120_000);

	it('20,000 rows are read in slices that give the event loop back', async () => {
		const rows = people(20_000, (i) => (i ? `Person ${i >> 2}` : ''));
		const slice = new TimeSlice(5);
		const preview = await parseOrgCsv([header, ...rows].join('\n'), {}, slice);
		expect(preview.fileErrors).toEqual([]);
		expect(preview.design?.seats).toHaveLength(20_000);
		expect(slice.pauses).toBeGreaterThan(2);
	}, 120_000);

	it.each([
		[
			[0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0],
			'is an Excel workbook (.xlsx) or another zip archive'
		],
		[[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'is an old Excel workbook (.xls)'],
		[[...Buffer.from('name,title\nDana,CMO\n'), 0x00, 0x13, 0x9f], 'line 3 holds binary data']
	])('a binary file (%j)', (bytes, message) => {
		const result = decodeImport(new Uint8Array(bytes), '"org.csv"');
		expect(result).toEqual({
			error: expect.stringContaining(
				`"org.csv" ${message}`.replace('"org.csv" line', '"org.csv" is not a text file: line')
			)
		});
	});

	it('binary data in pasted text', async () => {
		const preview = await parseOrgCsv(`${header}\nWD1,Dana,CMO,\n\u0000\u0001\u0002garbage`);
		expect(preview.fileErrors).toEqual([
			{ line: 3, message: expect.stringContaining('binary data (control characters) starts here') }
		]);
	});

	it('reads Windows-1252 and UTF-16 files and says which', () => {
		const latin = decodeImport(new Uint8Array([...Buffer.from('name\nChlo'), 0xe9]));
		expect(latin).toEqual({ text: 'name\nChloé', note: expect.stringContaining('Windows-1252') });
		const utf16 = decodeImport(new Uint8Array([0xff, 0xfe, ...Buffer.from('Dana', 'utf16le')]));
		expect(utf16).toEqual({ text: 'Dana', note: null });
	});

	it('duplicate employee ids', async () => {
		const rows = [
			'WD1,Dana Okafor,CMO,',
			'WD2,Bo Chen,Designer,Dana Okafor',
			'WD2,Li Wu,Writer,Dana Okafor'
		];
		const preview = await parseOrgCsv([header, ...rows].join('\n'));
		expect(preview.rows[2]!.errors).toEqual(['Employee ID: "WD2" is also the id on line 3']);
		expect(preview.design).toBeNull();
	});

	it('a manager loop across 1,000 people: every row says so in a short message', async () => {
		const rows = people(1_000, (i) => `Person ${(i + 1) % 1_000}`);
		const preview = await parseOrgCsv([header, ...rows].join('\n'));
		const message =
			'reporting loop of 1,000 people: Person 0 (line 2) → Person 1 (line 3) → Person 2 (line 4) → … 996 more … → Person 999 (line 1001) → Person 0 (line 2)';
		expect(preview.rows.map((r) => r.errors)).toEqual(preview.rows.map(() => [message]));
		expect(preview.design).toBeNull();
	});
});
