/**
 * Test data: one invented marketing team (and a generator of larger ones), with the names,
 * emails and managers the HRIS exports in import-fixtures.ts write. Not shipped to users.
 */
export interface Person {
	first: string;
	last: string;
	title: string;
	department: string;
	/** Index of the manager in `team`, or null at the top. */
	manager: number | null;
	pay: number;
	/** Hours a week; 40 unless part-time. */
	hours: number;
	contractor?: boolean;
}

export const team: Person[] = [
	p('Dana', 'Okafor', 'Chief Marketing Officer', 'Marketing', null, 310000),
	p('Marcus', 'Bell', 'Head of GTM', 'Marketing', 0, 210000),
	p('Hannah', 'Lindqvist', 'GTM Marketer, Enterprise', 'Marketing', 1, 150000),
	p('Tomás', 'Ferreira', 'GTM Marketer, Mid-Market', 'Marketing', 1, 140000),
	p('Ingrid', 'Halvorsen', 'Head of Brand', 'Brand', 0, 190000),
	p('Priya', 'Raman', 'Marketing Coordinator', 'Marketing', 4, 36000, 20),
	p('Mateo', 'Alvarez', 'Product Marketing Manager', 'Product Marketing', 0, 150000),
	p('Yuki', 'Tanaka', 'Content Strategist', 'Content', 4, 115000),
	p('Olu', 'Adebayo', 'Demand Generation Manager', 'Demand Generation', 1, 135000),
	p('Chloé', 'Martin', 'Marketing Operations Analyst', 'Marketing Operations', 1, 105000),
	{ ...p('Sam', 'Whitfield', 'Designer', 'Brand', 4, 90000), contractor: true }
];

function p(
	first: string,
	last: string,
	title: string,
	department: string,
	manager: number | null,
	pay: number,
	hours = 40
): Person {
	return { first, last, title, department, manager, pay, hours };
}

export const full = (x: Person) => `${x.first} ${x.last}`;
export const email = (x: Person) =>
	[x.first, x.last]
		.map((part) =>
			part
				.normalize('NFKD')
				.replace(/[^A-Za-z]/g, '')
				.toLowerCase()
		)
		.join('.') + '@quill.test';
export const boss = (x: Person) => (x.manager === null ? undefined : team[x.manager]);

const firsts = (
	'Ava Ben Cara Dev Eli Fay Gus Hana Ivo Jun Kai Lea Milo Nia Omar Pia Quin Rosa Saul Tara ' +
	'Uma Vik Wren Xena Yara Zane Abel Bea Cyd Dora Emre Finn Gita Hugo Iris Joel Kira Luca Maya Noor'
).split(' ');
const lasts = (
	'Abara Berg Cohen Diaz Eklund Fodor Garcia Haddad Ilves Jansen Kowal Laine Moreau Nakamura ' +
	'Osei Petrov Quist Rossi Sato Torres Ueda Varga Weber Xu Yilmaz Zeller Aalto Brandt Castillo ' +
	'Dubois Esposito Fischer Gruber Horvat Iqbal Jovanovic Kaur Lindgren Mensah Novak Olsen Pereira ' +
	'Quintero Rahman Silva Tanaka Ulrich Vogel Wojcik Young'
).split(' ');

/** A distinct invented name for the i-th generated person: "Ava Berg", then "Ava B. Berg" … */
function generatedName(i: number): [first: string, last: string] {
	const first = firsts[i % firsts.length]!;
	const last = lasts[Math.floor(i / firsts.length) % lasts.length]!;
	const round = Math.floor(i / (firsts.length * lasts.length));
	return [round === 0 ? first : `${first} ${String.fromCharCode(64 + round)}.`, last];
}

/** `n` invented people: the team above, then people reporting to one of its first ten. */
export function largeTeam(n: number): Person[] {
	return Array.from({ length: n }, (_, i) =>
		i < team.length
			? team[i]!
			: p(...generatedName(i), 'Content Marketing Manager', 'Content', i % 10, 90000)
	);
}
