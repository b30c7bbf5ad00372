import type { ImportColumn } from './import-columns';
import type { HeaderOf } from './import-fields';
import { linesText } from './import-link';
import type { CsvRecord } from './import-read';
import type { FileIssue, ImportRow } from './import-types';

const nameFields = new Set(['person', 'firstName', 'lastName']);
const personLike = /^\p{Lu}[\p{L}'’.-]*(,?\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * An unread column whose cells look like people's names ("Dana Okafor", "Okafor, Dana": two to
 * four capitalised words, nearly all different) or emails; null when there is none.
 */
function peopleColumn(columns: ImportColumn[], records: CsvRecord[]): ImportColumn | null {
	return (
		columns.find((c, at) => {
			if (c.field !== null) return false;
			const values = records.slice(0, 200).flatMap((r) => r.cells[at]?.trim() || []);
			if (values.length === 0) return false;
			const emails = values.filter((v) => /^[^@\s]+@[^@\s]+\.\w+$/.test(v)).length;
			const names = values.filter((v) => personLike.test(v)).length;
			const distinct = new Set(values).size >= values.length * 0.9;
			return distinct && (emails >= values.length * 0.8 || names >= values.length * 0.8);
		}) ?? null
	);
}

/**
 * Stops a file that lists people from becoming seats without them: with no name column while an
 * email or a name-like column is there, a file error; a row with an email but no name, a row
 * error. Rows left nameless in a file with names become open seats, and a note says which.
 */
export function guardOpenSeats(
	rows: ImportRow[],
	columns: ImportColumn[],
	records: CsvRecord[],
	headerOf: HeaderOf
): { fileErrors: FileIssue[]; notes: string[] } {
	const hasNames = columns.some((c) => c.field !== null && nameFields.has(c.field));
	if (rows.length === 0) return { fileErrors: [], notes: [] };
	if (!hasNames) {
		const hasEmails = rows.some((r) => r.cells.email);
		const people = peopleColumn(columns, records);
		if (!hasEmails && !people)
			return {
				fileErrors: [],
				notes: [
					`No column names people, so all ${rows.length.toLocaleString('en')} seats are imported as open seats (planned hires).`
				]
			};
		const hint = people
			? `column "${people.header}" looks like it holds them`
			: `the file gives emails in "${headerOf('email')}"`;
		return {
			fileErrors: [
				{
					line: 1,
					message: `No column is read as people's names, so all ${rows.length.toLocaleString('en')} seats would be open seats without a person, yet ${hint}. In the column mapping, choose the column with names as Full name (or First name and Last name) and preview again.`
				}
			],
			notes: []
		};
	}
	for (const row of rows)
		if (!row.seat.personName && !row.seat.open && row.seat.memberEmail)
			row.errors.push(
				`${headerOf('person')}: empty, but this row has the email "${row.seat.memberEmail}"; fill in the name, or clear the email for an open seat`
			);
	const nameless = rows.filter(
		(r) =>
			r.seat.open &&
			r.status === null &&
			!r.cells.open &&
			!r.cells.person?.trim() &&
			!r.cells.firstName?.trim()
	);
	return {
		fileErrors: [],
		notes:
			nameless.length > 0
				? [
						`${linesText(nameless.map((r) => r.line))} ${nameless.length === 1 ? 'has' : 'have'} no name and become open seats.`.replace(
							/^l/,
							'L'
						)
					]
				: []
	};
}
