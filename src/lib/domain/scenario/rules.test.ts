import { describe, expect, it } from 'vitest';
import { checkDesign, errorsOf, warningsOf, type RuleIssue } from './rules';
import type { Design } from './schema';
import { audience, chainSeats, design, flatSeats, seat, twoTowerDesign } from './testing';

interface Expected {
	rule: RuleIssue['rule'];
	severity: RuleIssue['severity'];
	path: RuleIssue['path'];
	/** Substrings the message must contain: the ids, titles or loop the user has to act on. */
	facts: string[];
}

const err = (rule: RuleIssue['rule'], path: RuleIssue['path'], ...facts: string[]): Expected => ({
	rule,
	severity: 'error',
	path,
	facts
});

/** Asserts the exact list of issues (rule, severity, path) and the facts in each message. */
function expectIssues(d: Design, expected: Expected[]) {
	const issues = checkDesign(d);
	expect(issues.map(({ rule, severity, path }) => ({ rule, severity, path }))).toEqual(
		expected.map(({ rule, severity, path }) => ({ rule, severity, path }))
	);
	issues.forEach((issue, i) => {
		for (const fact of expected[i]!.facts) expect(issue.message).toContain(fact);
	});
}

const root = seat('r', null, { title: 'Chief Marketing Officer', kind: 'cmo' });

const cases: { name: string; design: Design; expected: Expected[] }[] = [
	{ name: 'a valid two-tower design has no issue', design: twoTowerDesign(), expected: [] },
	{ name: 'a single seat is a valid design', design: design([seat('solo', null)]), expected: [] },
	{
		name: 'duplicate seat id',
		design: design([root, seat('a', 'r'), seat('a', 'r', { title: 'Second A' })]),
		expected: [err('unique-seat-ids', ['seats', 2, 'id'], '"a"')]
	},
	{
		name: 'duplicate audience id',
		design: design([root], [audience('ent'), audience('mid'), audience('ent', { name: 'Again' })]),
		expected: [err('unique-audience-ids', ['audiences', 2, 'id'], '"ent"')]
	},
	{
		name: 'no root (the only seat reports to an unknown manager)',
		design: design([seat('a', 'ghost', { title: 'Orphan' })]),
		expected: [
			err('one-root', ['seats'], 'none'),
			err('manager-exists', ['seats', 0, 'managerId'], '"ghost"', '"Orphan"')
		]
	},
	{
		name: 'two roots',
		design: design([root, seat('a', 'r'), seat('b', null, { title: 'Rogue head' })]),
		expected: [
			err('one-root', ['seats', 2, 'managerId'], '"Chief Marketing Officer"', '"Rogue head"')
		]
	},
	{
		name: 'three roots: one issue for each seat beyond the first',
		design: design([seat('a', null), seat('b', null), seat('c', null)]),
		expected: [
			err('one-root', ['seats', 1, 'managerId'], '"Seat a"', '"Seat b"', '"Seat c"'),
			err('one-root', ['seats', 2, 'managerId'], '"Seat a"', '"Seat b"', '"Seat c"')
		]
	},
	{
		name: 'unknown manager',
		design: design([root, seat('a', 'r'), seat('b', 'nobody', { title: 'Lost analyst' })]),
		expected: [err('manager-exists', ['seats', 2, 'managerId'], '"nobody"', '"Lost analyst"')]
	},
	{
		name: 'a 2-seat loop',
		design: design([root, seat('a', 'b'), seat('b', 'a')]),
		expected: [err('no-cycles', ['seats', 1, 'managerId'], 'a → b → a')]
	},
	{
		name: 'a 3-seat loop',
		design: design([root, seat('a', 'c'), seat('b', 'a'), seat('c', 'b')]),
		expected: [err('no-cycles', ['seats', 1, 'managerId'], 'a → c → b → a')]
	},
	{
		name: 'a loop reached through a seat outside it is reported once',
		design: design([root, seat('x', 'b'), seat('a', 'b'), seat('b', 'a')]),
		expected: [err('no-cycles', ['seats', 3, 'managerId'], 'b → a → b')]
	},
	{
		name: 'a seat managing itself',
		design: design([root, seat('a', 'a')]),
		expected: [err('no-cycles', ['seats', 1, 'managerId'], 'a → a')]
	},
	{
		name: 'unknown audience id in audienceIds',
		design: design(
			[root, seat('a', 'r', { title: 'GTM marketer', audienceIds: ['ent', 'ghost'] })],
			[audience('ent', { ownerSeatId: 'a' })]
		),
		expected: [err('audience-exists', ['seats', 1, 'audienceIds', 1], '"ghost"', '"GTM marketer"')]
	},
	{
		name: 'two seats owning one audience',
		design: design(
			[
				root,
				seat('a', 'r', { title: 'First owner', audienceIds: ['ent'] }),
				seat('b', 'r', { title: 'Second owner', audienceIds: ['mid', 'ent'] })
			],
			[audience('ent', { ownerSeatId: 'a' }), audience('mid', { ownerSeatId: 'b' })]
		),
		expected: [err('single-owner', ['seats', 2, 'audienceIds', 1], '"ent"', '"First owner"')]
	},
	{
		name: 'audience ownerSeatId names another seat than the one listing it',
		design: design(
			[root, seat('a', 'r', { audienceIds: ['ent'] }), seat('b', 'r')],
			[audience('ent', { ownerSeatId: 'b' })]
		),
		expected: [err('owner-matches-seat', ['audiences', 0, 'ownerSeatId'], '"a"', '"ent"')]
	},
	{
		name: 'audience ownerSeatId missing while a seat lists it',
		design: design([root, seat('a', 'r', { audienceIds: ['ent'] })], [audience('ent')]),
		expected: [err('owner-matches-seat', ['audiences', 0, 'ownerSeatId'], '"a"', '"ent"')]
	},
	{
		name: 'audience ownerSeatId set while no seat lists it',
		design: design(
			[root, seat('a', 'r')],
			[audience('mid'), audience('ent', { ownerSeatId: 'a' })]
		),
		expected: [err('owner-matches-seat', ['audiences', 1, 'ownerSeatId'], '"a"', '"ent"')]
	},
	{
		name: 'dotted line to a missing seat',
		design: design([root, seat('a', 'r')], [], {
			dottedLines: [{ fromSeatId: 'a', toSeatId: 'ghost' }]
		}),
		expected: [err('dotted-line-seats', ['dottedLines', 0, 'toSeatId'], '"ghost"')]
	},
	{
		name: 'dotted line from a missing seat',
		design: design([root, seat('a', 'r')], [], {
			dottedLines: [
				{ fromSeatId: 'r', toSeatId: 'a' },
				{ fromSeatId: 'gone', toSeatId: 'a' }
			]
		}),
		expected: [err('dotted-line-seats', ['dottedLines', 1, 'fromSeatId'], '"gone"')]
	},
	{
		name: 'dotted line from a seat to itself',
		design: design([root, seat('a', 'r')], [], {
			dottedLines: [{ fromSeatId: 'a', toSeatId: 'a' }]
		}),
		expected: [err('dotted-line-seats', ['dottedLines', 0, 'toSeatId'], 'different', '"a"')]
	},
	{
		name: 'the same dotted line listed twice',
		design: design([root, seat('a', 'r')], [], {
			dottedLines: [
				{ fromSeatId: 'r', toSeatId: 'a' },
				{ fromSeatId: 'r', toSeatId: 'a' }
			]
		}),
		expected: [err('dotted-line-seats', ['dottedLines', 1], 'listed twice', '"r"', '"a"')]
	},
	{
		name: 'two-tower with an unowned audience is a warning',
		design: design(
			[root, seat('a', 'r', { audienceIds: ['ent'] })],
			[audience('ent', { ownerSeatId: 'a' }), audience('smb', { name: 'Small business' })],
			{ structure: 'two-tower' }
		),
		expected: [
			{
				rule: 'two-tower-owners',
				severity: 'warning',
				path: ['audiences', 1],
				facts: ['"Small business"', 'no owner']
			}
		]
	},
	{
		name: 'the same unowned audience in a functional design is fine',
		design: design(
			[root, seat('a', 'r', { audienceIds: ['ent'] })],
			[audience('ent', { ownerSeatId: 'a' }), audience('smb', { name: 'Small business' })],
			{ structure: 'functional' }
		),
		expected: []
	}
];

describe('checkDesign', () => {
	it.each(cases)('$name', ({ design: d, expected }) => expectIssues(d, expected));

	it('lists issues of several rules in rule order', () => {
		const d = design(
			[seat('a', null), seat('a', 'ghost', { audienceIds: ['nope'] })],
			[audience('ent'), audience('ent')]
		);
		expect(checkDesign(d).map((i) => i.rule)).toEqual([
			'unique-seat-ids',
			'unique-audience-ids',
			'manager-exists',
			'audience-exists'
		]);
	});

	it('splits errors from warnings', () => {
		const d = design(
			[seat('r', null), seat('a', 'ghost')],
			[audience('smb', { name: 'Small business' })],
			{ structure: 'two-tower' }
		);
		const issues = checkDesign(d);
		expect(errorsOf(issues).map((i) => i.rule)).toEqual(['manager-exists']);
		expect(warningsOf(issues).map((i) => i.rule)).toEqual(['two-tower-owners']);
	});
});

describe('checkDesign on large designs', () => {
	const n = 10_000;
	const loop = [
		seat('r', null),
		...Array.from({ length: n }, (_, i) => seat(`l${i}`, `l${(i + 1) % n}`))
	];
	it.each([
		{ name: `a ${n}-seat chain`, seats: chainSeats(n), rules: [] },
		{ name: `a ${n}-seat chain listed bottom-up`, seats: chainSeats(n).reverse(), rules: [] },
		{ name: `a ${n}-seat flat org`, seats: flatSeats(n), rules: [] },
		{ name: `a ${n}-seat loop under a separate root`, seats: loop, rules: ['no-cycles'] }
	])('$name', ({ seats, rules }) => {
		expect(checkDesign(design(seats)).map((i) => i.rule)).toEqual(rules);
	});
});
