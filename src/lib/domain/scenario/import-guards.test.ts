import { describe, expect, it } from 'vitest';
import { parseOrgCsv, type ImportPreview } from './import-csv';
import { workday } from './import-fixtures';

const rowErrors = (preview: ImportPreview) =>
	Object.fromEntries(preview.rows.filter((r) => r.errors.length).map((r) => [r.line, r.errors]));
const fieldOf = (preview: ImportPreview, header: string) =>
	preview.columns.find((c) => c.header === header)?.field;

describe('a column that looks like a name but holds ids', () => {
	const csv = [
		'Employee,First Name,Last Name,Job Title,Reports To',
		'1001,Dana,Okafor,CMO,',
		'1002,Bo,Chen,Designer,Dana Okafor',
		'1003,Li,Wu,Writer,1002'
	].join('\n');

	it('is read as the employee id, and names come from first and last name', async () => {
		const preview = await parseOrgCsv(csv);
		expect(fieldOf(preview, 'Employee')).toBe('id');
		expect(preview.columns[0]!.from).toBe('content');
		expect(preview.design?.seats.map((s) => [s.id, s.personName, s.managerId])).toEqual([
			['1001', 'Dana Okafor', null],
			['1002', 'Bo Chen', '1001'],
			['1003', 'Li Wu', '1002']
		]);
		expect(preview.notes[0]).toContain('Column "Employee" holds codes such as "1001", not names');
	});

	it('is not read when the file already has an id column', async () => {
		const preview = await parseOrgCsv('ID,Name,Title,Manager\n1,E1001,CMO,\n2,E1002,Writer,1');
		expect(fieldOf(preview, 'Name')).toBeNull();
		expect(preview.notes[0]).toContain(
			'Column "Name" holds codes such as "E1001", not names, so it is not read'
		);
	});

	it('reads "Employee #" as the employee id by its header', async () => {
		const preview = await parseOrgCsv(csv.replace('Employee,', 'Employee #,'));
		expect(fieldOf(preview, 'Employee #')).toBe('id');
		expect(preview.columns[0]!.from).toBe('header');
		expect(preview.design?.seats[1]?.personName).toBe('Bo Chen');
	});

	it('is kept as the name when the person chooses so in the mapping', async () => {
		const preview = await parseOrgCsv(csv, { mapping: { person: 'Employee' } });
		expect(fieldOf(preview, 'Employee')).toBe('person');
		expect(preview.columns[0]!.from).toBe('you');
		expect(preview.notes.join(' ')).not.toContain('holds codes');
	});
});

describe('the open-seat guard', () => {
	it('stops a file whose names are in a column it does not read, and names that column', async () => {
		const csv = workday().replace('Worker,', 'Associate,').replace('Email - Primary Work', 'Mail');
		const preview = await parseOrgCsv(csv);
		expect(preview.fileErrors).toEqual([
			{
				line: 1,
				message: expect.stringMatching(
					/^No column is read as people's names, so all 11 seats would be open seats without a person, yet column "Associate" looks like it holds them/
				)
			}
		]);
		expect(preview.design).toBeNull();
		const mapped = await parseOrgCsv(csv, { mapping: { person: 'Associate', email: 'Mail' } });
		expect(mapped.fileErrors).toEqual([]);
		expect(mapped.design?.seats.every((s) => s.personName && !s.open)).toBe(true);
	});

	it('stops a file with emails but no name column', async () => {
		const csv = ['Title,Email,Manager Email', 'CMO,dana@q.test,', 'Writer,bo@q.test,dana@q.test'];
		const preview = await parseOrgCsv(csv.join('\n'));
		expect(preview.fileErrors[0]?.message).toContain('the file gives emails in "Email"');
		expect(preview.design).toBeNull();
	});

	it('refuses a row with an email but no name, in a file with names', async () => {
		const csv = ['name,title,email,manager', 'Dana,CMO,dana@q.test,', ',Writer,bo@q.test,Dana'];
		expect(rowErrors(await parseOrgCsv(csv.join('\n')))).toEqual({
			3: [
				'name: empty, but this row has the email "bo@q.test"; fill in the name, or clear the email for an open seat'
			]
		});
	});

	it('lets a list of positions without people through as open seats, and says so', async () => {
		const csv = ['Position ID,Title,Reports To Position ID', 'P1,CMO,', 'P2,Writer,P1'];
		const preview = await parseOrgCsv(csv.join('\n'));
		expect(preview.design?.seats.map((s) => [s.id, s.open])).toEqual([
			['P1', true],
			['P2', true]
		]);
		expect(preview.notes).toContain(
			'No column names people, so all 2 seats are imported as open seats (planned hires).'
		);
	});
});

describe('the column mapping', () => {
	const csv = ['Worker,Role,Boss', 'Dana,CMO,', 'Bo,Designer,Dana'].join('\n');

	it('takes field → header from the API, case-insensitively, and says when a header is missing', async () => {
		const preview = await parseOrgCsv(csv, { mapping: { manager: 'boss', title: 'Role' } });
		expect(preview.design?.seats.map((s) => s.managerId)).toEqual([null, 'dana']);
		const wrong = await parseOrgCsv(csv, { mapping: { manager: 'Chef' } });
		expect(wrong.fileErrors[0]).toEqual({
			line: 1,
			message:
				'mapping.manager: no column is headed "Chef"; the columns are "Worker", "Role", "Boss".'
		});
	});

	it('takes one field per column from the screen and refuses a field chosen twice', async () => {
		const ok = await parseOrgCsv(csv, { mapping: ['person', 'title', 'manager'] });
		expect(ok.design?.seats).toHaveLength(2);
		const twice = await parseOrgCsv(csv, { mapping: ['person', 'person', 'manager'] });
		expect(twice.fileErrors.map((e) => e.message)).toContain(
			'Full name is chosen for two columns, "Worker" and "Role": choose one.'
		);
		expect(twice.design).toBeNull();
	});
});
