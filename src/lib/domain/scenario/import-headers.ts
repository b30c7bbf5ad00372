/**
 * The fields an org CSV can carry and the header names HRIS exports use for them (BambooHR,
 * Rippling, Workday, HiBob, Personio, ADP) besides our own export (csv.ts). Headers are compared
 * after `headerKey`; earlier names in a list are the more specific ones.
 */
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
	'status',
	'fte',
	'hoursPerWeek',
	'focusFactor',
	'craft',
	'audiences',
	'dottedLines',
	'aiLevel',
	'annualCost',
	'currency'
] as const;
export type ImportField = (typeof importFields)[number];

/** What each field means, as the mapping step names it. */
export const importFieldLabels: Record<ImportField, string> = {
	id: 'Employee id',
	person: 'Full name',
	firstName: 'First name',
	lastName: 'Last name',
	title: 'Job title',
	email: 'Work email',
	department: 'Department',
	managerId: 'Manager’s employee id',
	managerEmail: 'Manager’s email',
	manager: 'Manager’s name',
	managerTitle: 'Manager’s title (shown only)',
	kind: 'Seat kind',
	open: 'Open seat (yes or no)',
	status: 'Employment status',
	fte: 'FTE',
	hoursPerWeek: 'Hours per week',
	focusFactor: 'Focus factor',
	craft: 'Craft',
	audiences: 'Audiences',
	dottedLines: 'Dotted lines',
	aiLevel: 'AI level',
	annualCost: 'Annual pay or cost',
	currency: 'Pay currency'
};

export const headerSynonyms: Record<ImportField, string[]> = {
	id: [
		'id',
		'seatid',
		'employeeid',
		'employeenumber',
		'employeeno',
		'workerid',
		'personid',
		'associateid',
		'fileid',
		'filenumber',
		'positionid'
	],
	person: [
		'personname',
		'name',
		'fullname',
		'employeename',
		'worker',
		'workername',
		'displayname',
		'employee',
		'person',
		'preferredfullname',
		'legalname',
		'legalfullname',
		'payrollname'
	],
	firstName: ['firstname', 'legalfirstname', 'givenname', 'forename', 'preferredfirstname'],
	lastName: ['lastname', 'legallastname', 'surname', 'familyname', 'preferredlastname'],
	title: [
		'title',
		'jobtitle',
		'businesstitle',
		'jobtitledescription',
		'position',
		'positiontitle',
		'role',
		'jobrole',
		'jobprofile'
	],
	email: [
		'email',
		'workemail',
		'emailprimarywork',
		'primaryworkemail',
		'emailwork',
		'emailaddress',
		'workemailaddress',
		'businessemail',
		'companyemail',
		'memberemail',
		'workcontactworkemail'
	],
	department: [
		'department',
		'dept',
		'homedepartmentdescription',
		'homedepartment',
		'departmentname',
		'supervisoryorganization',
		'team',
		'function',
		'division',
		'businessunit',
		'costcenter'
	],
	managerId: [
		'managerid',
		'supervisorid',
		'reportstoid',
		'manageremployeeid',
		'linemanagerid',
		'managerworkerid',
		'reportstoassociateid',
		'reportstoemployeeid',
		'reportstoemployeenumber',
		'supervisoremployeeid',
		'reportstopositionid'
	],
	managerEmail: [
		'manageremail',
		'managersemail',
		'managerworkemail',
		'managersworkemail',
		'supervisoremail',
		'supervisorsemail',
		'reportstoemail',
		'reportstoworkemail',
		'linemanageremail',
		'manageremailaddress'
	],
	manager: [
		'manager',
		'managername',
		'managersname',
		'reportsto',
		'reportstoname',
		'supervisor',
		'supervisorname',
		'linemanager',
		'reportingto',
		'directmanager',
		'managerfullname'
	],
	managerTitle: ['managertitle'],
	kind: ['kind', 'seatkind'],
	open: ['open', 'openseat', 'vacant'],
	status: [
		'employmentstatus',
		'status',
		'employeestatus',
		'workerstatus',
		'positionstatus',
		'employmenttype',
		'workertype',
		'workercategory',
		'workercategorydescription',
		'timetype',
		'type'
	],
	fte: ['fte', 'fulltimeequivalent', 'ftepercent', 'fteratio', 'scheduledfte'],
	hoursPerWeek: [
		'hoursperweek',
		'weeklyhours',
		'standardhours',
		'scheduledweeklyhours',
		'weeklyworkinghours',
		'workinghoursperweek',
		'contractedhours',
		'hours'
	],
	focusFactor: ['focusfactor', 'focus'],
	craft: ['craft'],
	audiences: ['audiences', 'audienceids', 'audience'],
	dottedLines: ['dottedlines', 'dottedline', 'dottedlinesto'],
	aiLevel: ['ailevel'],
	annualCost: [
		'annualcost',
		'cost',
		'annualsalary',
		'salary',
		'basesalary',
		'annualbasesalary',
		'totalbasepayannualized',
		'totalbasepayannualizedamount',
		'fixsalary',
		'compensation',
		'payrate',
		'annualpay',
		'regularpayrateamount'
	],
	currency: [
		'currency',
		'salarycurrency',
		'paycurrency',
		'currencycode',
		'totalbasepayannualizedcurrency',
		'compensationcurrency'
	]
};

/** "Manager E-mail" → "manageremail", "Employee #" → "employeenumber": case and punctuation do not matter. */
export const headerKey = (header: string) =>
	header
		.toLowerCase()
		.normalize('NFKD')
		.replace(/#|\bno\.(?=\s*$)/g, 'number')
		.replace(/[^a-z0-9]/g, '');

/** "Work > Reports to", "Work Contact: Work Email" → the part after the last section marker. */
export const headerTail = (header: string) => header.split(/\s*[>:|/]\s*/).at(-1) ?? header;
