/** The fields an org CSV can carry; HRIS exports and our own export (csv.ts) both map onto them. */
export const importFields = [
	'id',
	'person',
	'firstName',
	'lastName',
	'title',
	'email',
	'department',
	'managerId',
	'managerEmail',
	'manager',
	'managerTitle',
	'kind',
	'open',
	'fte',
	'hoursPerWeek',
	'focusFactor',
	'craft',
	'audiences',
	'aiLevel',
	'annualCost'
] as const;
export type ImportField = (typeof importFields)[number];

/** Header names per field, compared after `headerKey` (lowercase letters and digits only). */
const synonyms: Record<ImportField, string[]> = {
	id: ['id', 'seatid', 'employeeid', 'employeenumber', 'employeeno', 'workerid', 'personid'],
	person: ['personname', 'name', 'fullname', 'employeename', 'employee', 'person', 'displayname'],
	firstName: ['firstname', 'givenname', 'forename'],
	lastName: ['lastname', 'surname', 'familyname'],
	title: ['title', 'jobtitle', 'position', 'positiontitle', 'role', 'jobrole', 'businesstitle'],
	email: ['email', 'workemail', 'emailaddress', 'workemailaddress', 'businessemail', 'memberemail'],
	department: ['department', 'dept', 'team', 'function', 'division', 'businessunit'],
	managerId: ['managerid', 'supervisorid', 'reportstoid', 'manageremployeeid', 'linemanagerid'],
	managerEmail: [
		'manageremail',
		'supervisoremail',
		'reportstoemail',
		'linemanageremail',
		'manageremailaddress'
	],
	manager: [
		'manager',
		'managername',
		'reportsto',
		'supervisor',
		'supervisorname',
		'linemanager',
		'reportingto',
		'directmanager'
	],
	managerTitle: ['managertitle'],
	kind: ['kind', 'seatkind'],
	open: ['open', 'openseat', 'vacant'],
	fte: ['fte', 'fulltimeequivalent'],
	hoursPerWeek: ['hoursperweek', 'weeklyhours', 'hours'],
	focusFactor: ['focusfactor', 'focus'],
	craft: ['craft'],
	audiences: ['audiences', 'audienceids', 'audience'],
	aiLevel: ['ailevel'],
	annualCost: ['annualcost', 'cost', 'salary', 'annualsalary']
};

/** Field and rank per header key; a lower rank is the more specific name ("job title" > "role"). */
const fieldOfKey = new Map(
	importFields.flatMap((field) =>
		synonyms[field].map((key, rank) => [key, { field, rank }] as const)
	)
);

/** "Manager E-mail" → "manageremail": case, spaces and punctuation do not matter. */
export const headerKey = (header: string) =>
	header
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[^a-z0-9]/g, '');

/** How one header cell was read: the field it fills, or null when Orgcraft does not read it. */
export interface ImportColumn {
	header: string;
	field: ImportField | null;
}

/** Column index per field. */
export type ColumnIndex = Partial<Record<ImportField, number>>;

export const expectedColumnsText =
	'a title column (title, job title or position) and one that names each person ' +
	'(name, full name, employee name, email or id), plus a manager column ' +
	'(manager, reports to, supervisor, manager email or manager id)';

/** Reads a header row; `missing` says what is lacking, or is null when the header will do. */
export function mapColumns(header: string[]): {
	columns: ImportColumn[];
	index: ColumnIndex;
	missing: string | null;
} {
	const index: ColumnIndex = {};
	const rankOf: Partial<Record<ImportField, number>> = {};
	header.forEach((cell, i) => {
		const match = fieldOfKey.get(headerKey(cell));
		if (!match || (rankOf[match.field] ?? Infinity) <= match.rank) return;
		index[match.field] = i;
		rankOf[match.field] = match.rank;
	});
	// When two headers mean the same field, the more specific name is read, else the first.
	const fieldAt = new Map(Object.entries(index).map(([field, i]) => [i, field as ImportField]));
	const columns = header.map((cell, i) => ({ header: cell.trim(), field: fieldAt.get(i) ?? null }));
	const lacking = [
		index.title === undefined ? 'title' : null,
		[index.person, index.firstName, index.lastName, index.email, index.id].every(
			(i) => i === undefined
		)
			? 'name, email or id'
			: null
	].filter((x) => x !== null);
	return { columns, index, missing: lacking.length > 0 ? lacking.join(' and ') : null };
}

/** True when the file names who each person reports to in some column. */
export const hasManagerColumn = (columns: ImportColumn[]) =>
	columns.some(
		(c) => c.field === 'manager' || c.field === 'managerEmail' || c.field === 'managerId'
	);
