import Papa from 'papaparse';
import { boss, email, full, team } from './import-people';

/**
 * Test data: the invented team of import-people.ts written the way six HRIS systems export
 * people, with each system's own headers, name, manager, status and pay conventions. Used by
 * unit tests, Playwright and the benchmark; not shipped to users.
 */
export { largeTeam, team } from './import-people';

const csv = (header: string[], rows: (string | number)[][]) =>
	Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' });
const usd = (n: number) => `$${n.toLocaleString('en-US')}.00`;

/** BambooHR: "Employee #" first, names split, manager by name, "$120,000.00" pay rates. */
export const bambooHr = () =>
	csv(
		[
			'Employee #',
			'First Name',
			'Last Name',
			'Preferred Name',
			'Job Title',
			'Department',
			'Division',
			'Location',
			'Work Email',
			'Reports To',
			'Employment Status',
			'Pay Rate',
			'Hire Date'
		],
		team.map((x, i) => [
			1001 + i,
			x.first,
			x.last,
			'',
			x.title,
			x.department,
			'North America',
			'Remote',
			email(x),
			boss(x) ? full(boss(x)!) : '',
			x.contractor ? 'Contractor' : x.hours < 40 ? 'Part-Time' : 'Full-Time',
			usd(x.pay),
			'2023-04-03'
		])
	);

/** Rippling: legal names, manager's work email, salaries as "310000.00 USD". */
export const rippling = () =>
	csv(
		[
			'Legal first name',
			'Legal last name',
			'Preferred first name',
			'Work email',
			'Personal email',
			'Title',
			'Department',
			'Manager',
			"Manager's work email",
			'Employment type',
			'Annual salary',
			'Start date',
			'Work location'
		],
		team.map((x) => [
			x.first,
			x.last,
			'',
			email(x),
			`${x.first.toLowerCase()}@example.test`,
			x.title,
			x.department,
			boss(x) ? full(boss(x)!) : '',
			boss(x) ? email(boss(x)!) : '',
			x.contractor ? 'Contractor' : `Salaried, ${x.hours < 40 ? 'part' : 'full'}-time`,
			`${x.pay}.00 USD`,
			'2022-09-12',
			'San Francisco HQ'
		])
	);

/** Workday: "Worker", "Email - Primary Work", "Business Title", manager by name, FTE in percent. */
export function workday(people = team) {
	return csv(
		[
			'Employee ID',
			'Worker',
			'Email - Primary Work',
			'Business Title',
			'Job Profile',
			'Supervisory Organization',
			'Manager',
			'Worker Type',
			'Time Type',
			'FTE',
			'Scheduled Weekly Hours',
			'Total Base Pay Annualized - Amount',
			'Total Base Pay Annualized - Currency',
			'Location'
		],
		people.map((x, i) => [
			`WD${21000 + i}`,
			full(x),
			email(x),
			x.title,
			'Marketing Professional',
			`${x.department} (${boss(x) ? full(boss(x)!) : full(x)})`,
			boss(x) ? full(boss(x)!) : '',
			x.contractor ? 'Contingent Worker' : 'Employee',
			x.hours < 40 ? 'Part time' : 'Full time',
			`${Math.round((x.hours / 40) * 100)}%`,
			40,
			x.pay.toFixed(2),
			'USD',
			'Chicago'
		])
	);
}

/** HiBob: section-prefixed headers ("Work > Reports to"), pay in GBP and EUR. */
export const hiBob = () =>
	csv(
		[
			'Employee ID',
			'Display name',
			'First name',
			'Last name',
			'Email',
			'Work > Department',
			'Work > Title',
			'Work > Reports to',
			'Employment > Type',
			'Employment > Weekly hours',
			'Payroll > Base salary',
			'Payroll > Currency',
			'Work > Site'
		],
		team.map((x, i) => [
			`B-${310 + i}`,
			full(x),
			x.first,
			x.last,
			email(x),
			x.department,
			x.title,
			boss(x) ? full(boss(x)!) : '',
			x.contractor ? 'Contractor' : x.hours < 40 ? 'Part time' : 'Permanent',
			x.hours,
			`${Math.round(x.pay * 0.8).toLocaleString('en-GB')}`,
			i % 4 === 3 ? 'EUR' : 'GBP',
			i % 4 === 3 ? 'Berlin' : 'London'
		])
	);

/** Personio: "Supervisor" by name, German number format ("85.000,00"), a leaver marked inactive. */
export const personio = () =>
	csv(
		[
			'ID',
			'First name',
			'Last name',
			'Email',
			'Position',
			'Department',
			'Supervisor',
			'Status',
			'Employment type',
			'Weekly working hours',
			'Fix salary',
			'Currency',
			'Office'
		],
		team.map((x, i) => [
			4100 + i,
			x.first,
			x.last,
			email(x),
			x.title,
			x.department,
			boss(x) ? full(boss(x)!) : '',
			i === 4 ? 'inactive' : 'active',
			x.contractor ? 'external' : 'internal',
			x.hours.toFixed(1).replace('.', ','),
			Math.round(x.pay * 0.9)
				.toLocaleString('de-DE', { minimumFractionDigits: 2 })
				.replace(/\u00a0/g, ''),
			'EUR',
			'Munich'
		])
	);

/** ADP Workforce Now: "Payroll Name" as "Last, First", manager by associate id, standard hours. */
export const adp = () =>
	csv(
		[
			'Associate ID',
			'Position ID',
			'Payroll Name',
			'Legal First Name',
			'Legal Last Name',
			'Job Title Description',
			'Home Department Description',
			'Reports To Name',
			'Reports To Associate ID',
			'Work Contact: Work Email',
			'Position Status',
			'Worker Category Description',
			'Standard Hours',
			'Annual Salary'
		],
		team.map((x, i) => [
			`G3K${7000 + i}`,
			`QXR${500 + i}`,
			`${x.last}, ${x.first}`,
			x.first,
			x.last,
			x.title,
			x.department,
			boss(x) ? `${boss(x)!.last}, ${boss(x)!.first}` : '',
			x.manager === null ? '' : `G3K${7000 + x.manager}`,
			email(x),
			'Active',
			x.hours < 40 ? 'Part Time' : 'Full Time',
			x.hours,
			usd(x.pay)
		])
	);
