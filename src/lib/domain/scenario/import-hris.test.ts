import { describe, expect, it } from 'vitest';
import { parseOrgCsv, type ImportPreview } from './import-csv';
import { adp, bambooHr, hiBob, personio, rippling, team, workday } from './import-fixtures';

const errorsOf = (preview: ImportPreview) => [
	...preview.fileErrors.map((e) => `${e.line}: ${e.message}`),
	...preview.rows.flatMap((r) => r.errors.map((e) => `${r.line}: ${e}`))
];
const mappingOf = (preview: ImportPreview) =>
	Object.fromEntries(preview.columns.flatMap((c) => (c.field ? [[c.field, c.header]] : [])));
const seat = (preview: ImportPreview, name: string) =>
	preview.design!.seats.find((s) => s.personName === name);

/** Each export must give the same org: names, emails, titles and the reporting lines. */
const cases = [
	{
		system: 'BambooHR',
		csv: bambooHr(),
		mapping: {
			id: 'Employee #',
			firstName: 'First Name',
			lastName: 'Last Name',
			email: 'Work Email',
			manager: 'Reports To',
			status: 'Employment Status',
			annualCost: 'Pay Rate'
		},
		cost: 310000
	},
	{
		system: 'Rippling',
		csv: rippling(),
		mapping: {
			firstName: 'Legal first name',
			lastName: 'Legal last name',
			email: 'Work email',
			manager: 'Manager',
			managerEmail: "Manager's work email",
			status: 'Employment type',
			annualCost: 'Annual salary'
		},
		cost: 310000
	},
	{
		system: 'Workday',
		csv: workday(),
		mapping: {
			id: 'Employee ID',
			person: 'Worker',
			email: 'Email - Primary Work',
			title: 'Business Title',
			department: 'Supervisory Organization',
			manager: 'Manager',
			status: 'Worker Type',
			fte: 'FTE',
			hoursPerWeek: 'Scheduled Weekly Hours',
			annualCost: 'Total Base Pay Annualized - Amount',
			currency: 'Total Base Pay Annualized - Currency'
		},
		cost: 310000
	},
	{
		system: 'HiBob',
		csv: hiBob(),
		mapping: {
			id: 'Employee ID',
			person: 'Display name',
			title: 'Work > Title',
			manager: 'Work > Reports to',
			status: 'Employment > Type',
			hoursPerWeek: 'Employment > Weekly hours',
			annualCost: 'Payroll > Base salary',
			currency: 'Payroll > Currency'
		},
		cost: 248000
	},
	{
		system: 'Personio',
		csv: personio(),
		mapping: {
			id: 'ID',
			title: 'Position',
			manager: 'Supervisor',
			status: 'Status',
			hoursPerWeek: 'Weekly working hours',
			annualCost: 'Fix salary',
			currency: 'Currency'
		},
		cost: 279000
	},
	{
		system: 'ADP',
		csv: adp(),
		mapping: {
			id: 'Associate ID',
			person: 'Payroll Name',
			title: 'Job Title Description',
			department: 'Home Department Description',
			managerId: 'Reports To Associate ID',
			manager: 'Reports To Name',
			email: 'Work Contact: Work Email',
			status: 'Position Status',
			hoursPerWeek: 'Standard Hours',
			annualCost: 'Annual Salary'
		},
		cost: 310000
	}
];

describe.each(cases)('a $system export', ({ csv, mapping, cost }) => {
	it('maps its headers to the fields they mean', async () => {
		expect(mappingOf(await parseOrgCsv(csv))).toMatchObject(mapping);
	});

	it('imports every person with name, title and manager, and pay as an annual number', async () => {
		const preview = await parseOrgCsv(csv);
		expect(errorsOf(preview)).toEqual([]);
		const seats = preview.design!.seats;
		expect(seats).toHaveLength(team.length);
		const leaver = preview.rows.find((r) => r.status === 'left');
		for (const [i, x] of team.entries()) {
			const s = seats[i]!;
			expect(s.title).toBe(x.title);
			if (leaver?.line === i + 2) expect(s).toMatchObject({ open: true, personName: undefined });
			else expect(s).toMatchObject({ personName: `${x.first} ${x.last}`, open: false });
			const boss = x.manager === null ? null : seats[x.manager]!.id;
			expect(s.managerId).toBe(boss);
		}
		expect(seats[0]!.annualCost).toBe(cost);
		expect(seat(preview, 'Dana Okafor')!.memberEmail).toBe('dana.okafor@quill.test');
	});
});

describe('what HRIS columns add', () => {
	it('reads part-time hours and FTE, and suggests Fractional for a contractor', async () => {
		const preview = await parseOrgCsv(workday());
		expect(seat(preview, 'Priya Raman')).toMatchObject({ fte: 0.5, hoursPerWeek: 40 });
		expect(seat(preview, 'Sam Whitfield')!.kind).toBe('fractional');
		expect(preview.notes.join(' ')).toContain('is a contractor by employment status');
		const rippling_ = await parseOrgCsv(rippling());
		expect(seat(rippling_, 'Chloé Martin')!.annualCost).toBe(105000);
	});

	it('keeps a leaver’s seat open so their reports still have a manager', async () => {
		const preview = await parseOrgCsv(personio());
		const brand = preview.design!.seats[4]!;
		expect(brand).toMatchObject({ title: 'Head of Brand', open: true, personName: undefined });
		expect(brand.memberEmail).toBeUndefined();
		expect(seat(preview, 'Priya Raman')!.managerId).toBe(brand.id);
		expect(preview.notes).toContain(
			'Line 6 is a leaver by employment status: the seat is kept as an open seat, without the person.'
		);
		expect(seat(preview, 'Yuki Tanaka')).toMatchObject({ annualCost: 103500, hoursPerWeek: 40 });
	});

	it('says so when pay comes in more than one currency, and converts nothing', async () => {
		const preview = await parseOrgCsv(hiBob());
		expect(preview.notes.join(' ')).toMatch(
			/Pay is in 2 currencies \(GBP on .*; EUR on lines 5 and 9\)/
		);
		expect(seat(preview, 'Tomás Ferreira')!.annualCost).toBe(112000);
	});

	it('reads "Last, First" payroll names as first and last name', async () => {
		const preview = await parseOrgCsv(adp());
		expect(preview.design!.seats.map((s) => s.personName)).toContain('Chloé Martin');
	});
});
