import type { Design } from './schema';

export const ruleIds = [
	'unique-seat-ids',
	'unique-audience-ids',
	'one-root',
	'manager-exists',
	'no-cycles',
	'audience-exists',
	'single-owner',
	'owner-matches-seat',
	'dotted-line-seats',
	'two-tower-owners'
] as const;
export type RuleId = (typeof ruleIds)[number];

export interface RuleIssue {
	rule: RuleId;
	severity: 'error' | 'warning';
	/** Path into the design, e.g. ['seats', 3, 'managerId']. */
	path: (string | number)[];
	message: string;
}

type Check = (design: Design) => RuleIssue[];

const error = (rule: RuleId, path: RuleIssue['path'], message: string): RuleIssue => ({
	rule,
	severity: 'error',
	path,
	message
});

const uniqueSeatIds: Check = (d) => {
	const seen = new Set<string>();
	return d.seats.flatMap((s, i) => {
		if (seen.has(s.id))
			return [error('unique-seat-ids', ['seats', i, 'id'], `seat id "${s.id}" is used twice`)];
		seen.add(s.id);
		return [];
	});
};

const uniqueAudienceIds: Check = (d) => {
	const seen = new Set<string>();
	return d.audiences.flatMap((a, i) => {
		if (seen.has(a.id))
			return [
				error('unique-audience-ids', ['audiences', i, 'id'], `audience id "${a.id}" is used twice`)
			];
		seen.add(a.id);
		return [];
	});
};

const oneRoot: Check = (d) => {
	const roots = d.seats.flatMap((s, i) => (s.managerId === null ? [i] : []));
	if (roots.length === 1) return [];
	if (roots.length === 0)
		return [error('one-root', ['seats'], 'exactly one seat must have no manager; none has')];
	const titles = roots.map((i) => `"${d.seats[i]!.title}"`).join(', ');
	return roots
		.slice(1)
		.map((i) =>
			error(
				'one-root',
				['seats', i, 'managerId'],
				`exactly one seat may have no manager; ${titles} have none`
			)
		);
};

const managerExists: Check = (d) => {
	const ids = new Set(d.seats.map((s) => s.id));
	return d.seats.flatMap((s, i) =>
		s.managerId !== null && !ids.has(s.managerId)
			? [
					error(
						'manager-exists',
						['seats', i, 'managerId'],
						`manager "${s.managerId}" of "${s.title}" is not a seat in this scenario`
					)
				]
			: []
	);
};

const noCycles: Check = (d) => {
	const managerOf = new Map(d.seats.map((s) => [s.id, s.managerId]));
	const indexOf = new Map(d.seats.map((s, i) => [s.id, i]));
	const settled = new Set<string>();
	const issues: RuleIssue[] = [];
	for (const seat of d.seats) {
		const trail: string[] = [];
		const onTrail = new Set<string>();
		let at: string | null | undefined = seat.id;
		while (at != null && !settled.has(at) && !onTrail.has(at)) {
			trail.push(at);
			onTrail.add(at);
			at = managerOf.get(at);
		}
		if (at != null && onTrail.has(at)) {
			const loop = trail.slice(trail.indexOf(at));
			issues.push(
				error(
					'no-cycles',
					['seats', indexOf.get(at)!, 'managerId'],
					`reporting lines form a loop: ${[...loop, at].join(' → ')}`
				)
			);
		}
		trail.forEach((id) => settled.add(id));
	}
	return issues;
};

const audienceExists: Check = (d) => {
	const ids = new Set(d.audiences.map((a) => a.id));
	return d.seats.flatMap((s, i) =>
		s.audienceIds.flatMap((a, j) =>
			ids.has(a)
				? []
				: [
						error(
							'audience-exists',
							['seats', i, 'audienceIds', j],
							`audience "${a}" of "${s.title}" does not exist`
						)
					]
		)
	);
};

const singleOwner: Check = (d) => {
	const owner = new Map<string, string>();
	return d.seats.flatMap((s, i) =>
		s.audienceIds.flatMap((a, j) => {
			const first = owner.get(a);
			if (first === undefined) {
				owner.set(a, s.title);
				return [];
			}
			return [
				error(
					'single-owner',
					['seats', i, 'audienceIds', j],
					`audience "${a}" already has an owner ("${first}"); an audience has at most one`
				)
			];
		})
	);
};

const ownersByAudience = (d: Design) => {
	const owners = new Map<string, string[]>();
	for (const s of d.seats)
		for (const a of s.audienceIds) owners.set(a, [...(owners.get(a) ?? []), s.id]);
	return owners;
};

const ownerMatchesSeat: Check = (d) => {
	const ownersOf = ownersByAudience(d);
	return d.audiences.flatMap((a, i) => {
		const owners = ownersOf.get(a.id) ?? [];
		const expected = owners[0];
		if (a.ownerSeatId === expected || owners.length > 1) return [];
		const message =
			expected === undefined
				? `ownerSeatId "${a.ownerSeatId}" does not list audience "${a.id}" in its audienceIds`
				: `ownerSeatId must be "${expected}", the seat that lists audience "${a.id}"`;
		return [error('owner-matches-seat', ['audiences', i, 'ownerSeatId'], message)];
	});
};

const dottedLineSeats: Check = (d) => {
	const ids = new Set(d.seats.map((s) => s.id));
	const pairs = new Set<string>();
	return d.dottedLines.flatMap((l, i) => {
		const pair = `${l.fromSeatId}→${l.toSeatId}`;
		if (pairs.has(pair))
			return [
				error(
					'dotted-line-seats',
					['dottedLines', i],
					`the dotted line from "${l.fromSeatId}" to "${l.toSeatId}" is listed twice`
				)
			];
		pairs.add(pair);
		if (l.fromSeatId === l.toSeatId)
			return [
				error(
					'dotted-line-seats',
					['dottedLines', i, 'toSeatId'],
					`a dotted line must join two different seats; both ends are "${l.toSeatId}"`
				)
			];
		return (['fromSeatId', 'toSeatId'] as const).flatMap((end) =>
			ids.has(l[end])
				? []
				: [error('dotted-line-seats', ['dottedLines', i, end], `seat "${l[end]}" does not exist`)]
		);
	});
};

const twoTowerOwners: Check = (d) => {
	if (d.structure !== 'two-tower') return [];
	const ownersOf = ownersByAudience(d);
	return d.audiences.flatMap((a, i) =>
		ownersOf.has(a.id)
			? []
			: [
					{
						rule: 'two-tower-owners' as const,
						severity: 'warning' as const,
						path: ['audiences', i],
						message: `audience "${a.name}" has no owner; in a two-tower design every audience needs a GTM marketer`
					}
				]
	);
};

const checks: Check[] = [
	uniqueSeatIds,
	uniqueAudienceIds,
	oneRoot,
	managerExists,
	noCycles,
	audienceExists,
	singleOwner,
	ownerMatchesSeat,
	dottedLineSeats,
	twoTowerOwners
];

/** Every rule broken by a design, errors and warnings, in rule order. */
export function checkDesign(design: Design): RuleIssue[] {
	return checks.flatMap((check) => check(design));
}

export const errorsOf = (issues: RuleIssue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: RuleIssue[]) => issues.filter((i) => i.severity === 'warning');
