import { describe, expect, it } from 'vitest';
import { inferStructure, parseOrgCsv, type ImportPreview } from './import-csv';
import { errorCount } from './import-types';

/** An HRIS export as BambooHR or Personio write it: names, titles, managers by name. */
const hris = [
	'Employee Name,Job Title,Work Email,Department,Reports To',
	'Dana Okafor,Chief Marketing Officer,dana@quill.test,Marketing,',
	'Marcus Bell,Head of GTM,marcus@quill.test,Marketing,Dana Okafor',
	'Hannah Lindqvist,GTM Marketer,hannah@quill.test,Marketing,Marcus Bell',
	'Mateo Alvarez,Product Marketing Manager,mateo@quill.test,Product Marketing,Dana Okafor',
	'Ingrid Halvorsen,Head of Brand,ingrid@quill.test,Brand,Dana Okafor',
	'Priya Raman,Marketing Coordinator,priya@quill.test,Marketing,Ingrid Halvorsen'
].join('\n');

/** File errors as the screen words them. */
const fileErrorText = (preview: ImportPreview) =>
	preview.fileErrors.map((e) => (e.line ? `Line ${e.line}: ${e.message}` : e.message)).join(' ');
const errorsOf = (preview: ImportPreview) =>
	Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors]));
const seatOf = (preview: ImportPreview, line: number) =>
	preview.rows.find((r) => r.line === line)!.seat;

const fromHr = await parseOrgCsv(hris, { name: 'From HR' });

describe('parseOrgCsv on a good HRIS file', () => {
	const preview = fromHr;

	it('builds a design with no errors, one seat per row, managers resolved by name', async () => {
		expect(preview.fileErrors).toEqual([]);
		expect(errorsOf(preview)).toEqual({});
		expect(preview.design?.name).toBe('From HR');
		expect(preview.design?.seats.map((s) => [s.id, s.managerId])).toEqual([
			['dana-okafor', null],
			['marcus-bell', 'dana-okafor'],
			['hannah-lindqvist', 'marcus-bell'],
			['mateo-alvarez', 'dana-okafor'],
			['ingrid-halvorsen', 'dana-okafor'],
			['priya-raman', 'ingrid-halvorsen']
		]);
	});

	it('suggests kinds and crafts from titles and keeps the email as member email', async () => {
		expect(preview.rows.map((r) => [r.line, r.seat.kind, r.seat.craft ?? null])).toEqual([
			[2, 'cmo', null],
			[3, 'head-of-gtm', null],
			[4, 'gtm-marketer', null],
			[5, 'specialist', 'product-marketing'],
			[6, 'functional-lead', 'brand'],
			[7, 'coordinator', null]
		]);
		expect(seatOf(preview, 5)).toMatchObject({ personName: 'Mateo Alvarez', open: false });
		expect(seatOf(preview, 5).memberEmail).toBe('mateo@quill.test');
		expect(preview.rows[0]!.kindFrom).toBe('suggested');
	});

	it('infers the structure from the kinds unless one is given', async () => {
		expect(preview.design?.structure).toBe('two-tower');
		expect((await parseOrgCsv(hris, { structure: 'custom' })).design?.structure).toBe('custom');
		expect(inferStructure([{ kind: 'coordinator' }, { kind: 'agency' }])).toBe('solo');
	});
});

describe('parseOrgCsv reading the file', () => {
	it('strips a BOM and reads CRLF line ends', async () => {
		const preview = await parseOrgCsv(`\uFEFF${hris.replace(/\n/g, '\r\n')}\r\n`);
		expect(preview.fileErrors).toEqual([]);
		expect(preview.design?.seats).toHaveLength(6);
		expect(preview.columns[0]).toMatchObject({ header: 'Employee Name', field: 'person' });
		expect(preview.rows.at(-1)!.line).toBe(7);
	});

	it('reads quoted fields with commas, quotes and line breaks, and counts lines through them', async () => {
		const csv = [
			'name,title,manager',
			'"Okafor, Dana","Chief Marketing Officer",',
			'"Ana ""Red"" Lee","Writer, content",Dana Okafor',
			'',
			'Bo Chen,"Designer,',
			'web",Ana "Red" Lee'
		].join('\r\n');
		const preview = await parseOrgCsv(csv);
		expect(errorsOf(preview)).toEqual({});
		expect(preview.rows.map((r) => [r.line, r.seat.personName, r.seat.title])).toEqual([
			[2, 'Okafor, Dana', 'Chief Marketing Officer'],
			[3, 'Ana "Red" Lee', 'Writer, content'],
			[5, 'Bo Chen', 'Designer,\r\nweb']
		]);
		expect(preview.design?.seats[1]).toMatchObject({ managerId: 'okafor-dana', craft: 'content' });
	});

	it('matches headers loosely: case, spaces, punctuation and synonyms', async () => {
		const csv = [
			'  FULL NAME ,Position,E-Mail,Team,Supervisor,Annual Cost,F.T.E.',
			'Dana Okafor,VP Marketing,dana@q.test,Marketing,,"$250,000",1',
			'Jo Park,Content writer,jo@q.test,Content,Dana Okafor,"95,000",50%'
		].join('\n');
		const preview = await parseOrgCsv(csv);
		expect(preview.columns.map((c) => c.field)).toEqual([
			'person',
			'title',
			'email',
			'department',
			'manager',
			'annualCost',
			'fte'
		]);
		expect(preview.design?.seats[1]).toMatchObject({
			annualCost: 95000,
			fte: 0.5,
			craft: 'content'
		});
	});

	it('reads the more specific of two headers for the same field', async () => {
		const csv = ['Role,Name,Job Title,Manager', 'Employee,Dana,CMO,', 'Employee,Bo,Designer,Dana'];
		const preview = await parseOrgCsv(csv.join('\n'));
		expect(preview.columns.map((c) => c.field)).toEqual([null, 'person', 'title', 'manager']);
		expect(preview.design?.seats.map((s) => s.title)).toEqual(['CMO', 'Designer']);
	});

	it('resolves managers by email when the file gives manager emails', async () => {
		const csv = [
			'First Name,Last Name,Title,Email,Manager Email',
			'Dana,Okafor,CMO,dana@q.test,',
			'Sam,Lee,Designer,sam.lee@q.test,DANA@q.test',
			'Sam,Lee,Designer,sam.lee2@q.test,dana@q.test'
		].join('\n');
		const preview = await parseOrgCsv(csv);
		expect(errorsOf(preview)).toEqual({
			4: ['duplicate person: line 3 has the same name and title ("Sam Lee", "Designer")']
		});
		expect(seatOf(preview, 3)).toMatchObject({ id: 'sam-lee', managerId: 'dana-okafor' });
		expect(seatOf(preview, 4).id).toBe('sam-lee-2');
	});

	it('treats empty and placeholder names as open seats', async () => {
		const csv = ['name,title,manager', 'Dana,CMO,', 'TBH,Designer,Dana', ',Writer,Dana'].join('\n');
		const preview = await parseOrgCsv(csv);
		expect(preview.design?.seats.map((s) => [s.id, s.open, s.personName])).toEqual([
			['dana', false, 'Dana'],
			['designer', true, undefined],
			['writer', true, undefined]
		]);
	});
});

describe('parseOrgCsv errors', () => {
	it('names an unknown manager on its row and builds no design', async () => {
		const preview = await parseOrgCsv(
			`${hris}\nLi Wu,Designer,li@quill.test,Brand,Ingrid Halverson`
		);
		expect(errorsOf(preview)).toEqual({
			8: ['unknown manager "Ingrid Halverson" (no one in the file has that name)']
		});
		expect(preview.design).toBeNull();
		expect(errorCount(preview)).toBe(1);
	});

	it('names a reporting loop on every row of it', async () => {
		const csv = [
			'name,title,manager',
			'Dana,CMO,',
			'Ann,Head of content,Bo',
			'Bo,Head of brand,Cy',
			'Cy,Designer,Ann',
			'Di,Writer,Di'
		].join('\n');
		const preview = await parseOrgCsv(csv);
		const loop = 'reporting loop: Ann (line 3) → Bo (line 4) → Cy (line 5) → Ann (line 3)';
		expect(errorsOf(preview)).toEqual({
			3: [loop],
			4: [loop],
			5: [loop],
			6: ['reports to themselves: the manager of Di (line 6) is the same row']
		});
	});

	it('flags the same person twice, by email or by name and title', async () => {
		const preview = await parseOrgCsv(
			`${hris}\nDana O.,Designer,DANA@quill.test,Brand,Dana Okafor\nMarcus Bell,Head of GTM,,Marketing,Dana Okafor`
		);
		expect(errorsOf(preview)).toEqual({
			8: ['duplicate person: line 2 has the same Work Email "dana@quill.test"'],
			9: ['duplicate person: line 3 has the same name and title ("Marcus Bell", "Head of GTM")']
		});
	});

	it('lists every row without a manager when there is more than one', async () => {
		const preview = await parseOrgCsv(`${hris}\nLi Wu,Designer,li@quill.test,Brand,\nJo,Writer,,,`);
		const message =
			'no manager listed, as on lines 2, 8 and 9; exactly one person can be at the top of the org, so give all but one a manager';
		expect(errorsOf(preview)).toEqual({ 2: [message], 8: [message], 9: [message] });
	});

	it('names the column and what was expected for bad numbers, and a missing title', async () => {
		const csv = [
			'name,title,manager,fte,hours per week,ai level,email',
			'Dana,CMO,,half,40,native,dana@q.test',
			'Bo,,Dana,1,90,2,not-an-email'
		].join('\n');
		expect(errorsOf(await parseOrgCsv(csv))).toEqual({
			2: ['fte: expected a number above 0 and at most 1, such as 0.5 or 50%, not "half"'],
			3: [
				'title: missing; every person needs a job title',
				'hours per week: expected hours above 0 and at most 80, such as 40, not "90"',
				'email: expected an email address such as ana@example.com, not "not-an-email"'
			]
		});
	});

	it('says an ambiguous manager name cannot be resolved', async () => {
		const csv = [
			'name,title,manager',
			'Dana,CMO,',
			'Sam,Writer,Dana',
			'Sam,Designer,Dana',
			'Jo,Editor,Sam'
		];
		expect(errorsOf(await parseOrgCsv(csv.join('\n')))[5]).toEqual([
			'manager "Sam" is ambiguous: lines 3 and 4 have that name; add a manager email or manager id column to tell them apart'
		]);
	});

	it.each([
		['', 'The file is empty'],
		['\uFEFF\r\n  \r\n', 'The file is empty'],
		['Dana,CMO\nBo,Writer', 'The header lacks title and name, email or id'],
		['name,title,manager\n', 'no rows of people'],
		['name,title\nDana,CMO\nBo,Writer', 'No manager column'],
		['name,title,manager\nDana,"CMO,\n', 'Line 2: quoted field unterminated']
	])('file error for %j', async (csv, message) => {
		const preview = await parseOrgCsv(csv);
		expect(fileErrorText(preview)).toContain(message);
		expect(preview.design).toBeNull();
	});

	it('refuses more than 20,000 rows', async () => {
		const rows = Array.from({ length: 20_001 }, (_, i) => `P${i},Writer,${i ? 'P0' : ''}`);
		const preview = await parseOrgCsv(['name,title,manager', ...rows].join('\n'));
		expect(preview.fileErrors).toEqual([
			{ line: 20_002, message: expect.stringContaining('more than 20,000 rows') }
		]);
		expect(preview.design).toBeNull();
	}, 120_000);
});

describe('corrections', () => {
	it('change kind and craft by line and re-validate', async () => {
		const design = { kind: 'specialist', craft: 'design' } as const;
		const fixed = await parseOrgCsv(hris, {
			corrections: { 7: design, 4: { craft: 'Not A Slug' } }
		});
		expect(seatOf(fixed, 7)).toMatchObject({ kind: 'specialist', craft: 'design' });
		expect(fixed.rows.find((r) => r.line === 7)!.kindFrom).toBe('corrected');
		expect(errorsOf(fixed)[4]).toEqual([
			'craft: expected a lowercase craft slug such as "product-marketing"'
		]);
		expect(fixed.design).toBeNull();
		const again = await parseOrgCsv(hris, { corrections: { 7: design, 4: { craft: '' } } });
		expect(errorsOf(again)).toEqual({});
		expect(again.design?.seats[6 - 2]).toMatchObject({ kind: 'functional-lead', craft: 'brand' });
		expect(again.design?.seats[7 - 2]).toMatchObject({ kind: 'specialist', craft: 'design' });
		expect(again.design?.seats[4 - 2]?.craft).toBeUndefined();
	});
});
