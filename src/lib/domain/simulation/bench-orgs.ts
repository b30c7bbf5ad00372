import type { Audience, DesignInput, SeatInput, SeatKind } from '../scenario/schema';

/**
 * Generated org designs of any size for the simulation benchmark (npm run bench): pure and
 * deterministic, valid by the design rules, and holding every craft the workflow templates and
 * catalogue activities ask for, so every step resolves to a seat. Audiences scale with the org:
 * one per ten seats, at least 1 and at most 500 (the design schema's limit).
 */

/** A function of a functional org: the head's craft and the crafts of its team, by weight. */
interface Fn {
	id: string;
	title: string;
	craft: string;
	/** Share of the org's specialist seats. */
	weight: number;
	/** Crafts of the team's seats in proportion; each one appears at least once. */
	team: [craft: string, weight: number][];
	/** AI level of the team's specialists (ad hoc use in writing, analytics and operations). */
	ai: 0 | 1;
}

const FUNCTIONS: Fn[] = [
	{
		id: 'pmm',
		title: 'product marketing',
		craft: 'product-marketing',
		weight: 5,
		team: [
			['product-marketing', 3],
			['sales-enablement', 1]
		],
		ai: 0
	},
	{
		id: 'brand',
		title: 'brand and creative',
		craft: 'brand',
		weight: 4,
		team: [
			['design', 2],
			['web', 1],
			['brand', 1]
		],
		ai: 0
	},
	{
		id: 'content',
		title: 'content',
		craft: 'content',
		weight: 4,
		team: [
			['content', 3],
			['seo', 1]
		],
		ai: 1
	},
	{
		id: 'demand',
		title: 'demand generation',
		craft: 'demand-generation',
		weight: 5,
		team: [
			['demand-generation', 2],
			['paid-media', 1],
			['social', 1]
		],
		ai: 1
	},
	{
		id: 'ops',
		title: 'marketing operations',
		craft: 'marketing-operations',
		weight: 5,
		team: [
			['marketing-operations', 3],
			['analytics', 2],
			['ai-governance', 1]
		],
		ai: 1
	},
	{
		id: 'comms',
		title: 'communications',
		craft: 'communications',
		weight: 2,
		team: [['communications', 1]],
		ai: 0
	},
	{
		id: 'field',
		title: 'field marketing and events',
		craft: 'field-events',
		weight: 3,
		team: [['field-events', 1]],
		ai: 0
	}
];

/** A manager has at most this many direct reports inside a team. */
const SPAN = 8;

const SEGMENTS = ['Enterprise', 'Mid-market', 'Small business', 'Public sector', 'Partners'];
const INDUSTRIES = ['finance', 'healthcare', 'manufacturing', 'retail', 'software', 'logistics'];
const REGIONS = ['North America', 'EMEA', 'APAC', 'Latin America'];

const COST: Record<SeatKind, number> = {
	cmo: 340_000,
	'head-of-gtm': 240_000,
	'gtm-marketer': 150_000,
	'craft-custodian': 200_000,
	'functional-lead': 190_000,
	specialist: 120_000,
	coordinator: 110_000,
	fractional: 90_000,
	agency: 150_000
};

const pad = (n: number) => String(n).padStart(4, '0');
const title = (craft: string) =>
	craft === 'ai-governance' ? 'AI governance' : craft.charAt(0).toUpperCase() + craft.slice(1);

/** One audience per ten seats, at least 1, at most 500. */
export const audienceCount = (seats: number) => Math.min(500, Math.max(1, Math.round(seats / 10)));

function audiences(count: number): Audience[] {
	return Array.from({ length: count }, (_, i) => {
		const segment = SEGMENTS[i % SEGMENTS.length]!;
		const industry = INDUSTRIES[Math.floor(i / SEGMENTS.length) % INDUSTRIES.length]!;
		const region = REGIONS[Math.floor(i / (SEGMENTS.length * INDUSTRIES.length)) % REGIONS.length]!;
		const round = Math.floor(i / (SEGMENTS.length * INDUSTRIES.length * REGIONS.length));
		return {
			id: `audience-${pad(i + 1)}`,
			name: `${segment} ${industry}, ${region}${round > 0 ? ` ${round + 1}` : ''}`,
			segment,
			products: [`Product ${(i % 3) + 1}`],
			regions: [region]
		};
	});
}

/** `total` split by `weights` (largest remainder), each part at least its `min`. */
function apportion(total: number, weights: number[], mins: number[]): number[] {
	const spare = total - mins.reduce((s, m) => s + m, 0);
	const sum = weights.reduce((s, w) => s + w, 0);
	const exact = weights.map((w) => (spare * w) / sum);
	const parts = exact.map(Math.floor);
	let left = spare - parts.reduce((s, p) => s + p, 0);
	const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
	for (const [, i] of order) if (left-- > 0) parts[i]!++;
	return parts.map((p, i) => p + mins[i]!);
}

/** The craft of the i-th seat of a team: each craft once, then cycling by weight. */
function teamCraft(team: Fn['team'], i: number): string {
	if (i < team.length) return team[i]![0];
	const cycle = team.flatMap(([craft, w]) => Array<string>(w).fill(craft));
	return cycle[(i - team.length) % cycle.length]!;
}

/**
 * `size` seats under `headId`: up to SPAN specialists report to the head directly; a larger
 * team is split into squads of a lead (of kind `leadKind`, holding a craft of the team) and up
 * to SPAN specialists. Every 25th specialist is an open seat (a planned hire).
 */
function team(
	prefix: string,
	headId: string,
	size: number,
	crafts: Fn['team'],
	ai: 0 | 1,
	label: string,
	leadKind: 'functional-lead' | 'specialist' = 'functional-lead'
): SeatInput[] {
	const seats: SeatInput[] = [];
	const squads = size <= SPAN ? 0 : Math.ceil(size / (SPAN + 1));
	const specialists = size - squads;
	for (let q = 0; q < squads; q++)
		seats.push({
			id: `${prefix}-lead-${pad(q + 1)}`,
			title: `Team lead, ${label} ${q + 1}`,
			kind: leadKind,
			managerId: headId,
			craft: teamCraft(crafts, q),
			aiLevel: 1,
			annualCost: COST['functional-lead'] - 20_000
		});
	for (let i = 0; i < specialists; i++) {
		const craft = teamCraft(crafts, i);
		seats.push({
			id: `${prefix}-${pad(i + 1)}`,
			title: `${title(craft)} specialist ${i + 1}`,
			kind: 'specialist',
			managerId: squads > 0 ? `${prefix}-lead-${pad((i % squads) + 1)}` : headId,
			craft,
			aiLevel: ai,
			open: (i + 1) % 25 === 0,
			annualCost: COST.specialist
		});
	}
	return seats;
}

/** The smallest functional org: the CMO, seven heads and one seat per other team craft. */
export const MIN_FUNCTIONAL_SEATS =
	1 + FUNCTIONS.length + FUNCTIONS.reduce((s, f) => s + f.team.length, 0);

/**
 * A legacy functional org of exactly `seats` seats: a CMO, seven functional heads (product
 * marketing, brand and creative, content, demand generation, operations, communications, field),
 * their teams of specialists sized by weight (split into squads under team leads past eight),
 * and `audienceCount(seats)` audiences that nobody owns.
 */
export function functionalOrg(seats: number): DesignInput {
	if (!Number.isInteger(seats) || seats < MIN_FUNCTIONAL_SEATS || seats > 20_000)
		throw new RangeError(`seats must be a whole number from ${MIN_FUNCTIONAL_SEATS} to 20000`);
	const sizes = apportion(
		seats - 1 - FUNCTIONS.length,
		FUNCTIONS.map((f) => f.weight),
		FUNCTIONS.map((f) => f.team.length)
	);
	const out: SeatInput[] = [
		{
			id: 'cmo',
			title: 'Chief marketing officer',
			kind: 'cmo',
			managerId: null,
			aiLevel: 1,
			annualCost: COST.cmo
		}
	];
	FUNCTIONS.forEach((f, k) => {
		const head = `${f.id}-head`;
		out.push({
			id: head,
			title: `Head of ${f.title}`,
			kind: 'functional-lead',
			managerId: 'cmo',
			craft: f.craft,
			aiLevel: 1,
			annualCost: COST['functional-lead']
		});
		out.push(...team(f.id, head, sizes[k]!, f.team, f.ai, f.title));
	});
	return {
		name: `Functional org, ${seats} seats`,
		description: 'Generated for the simulation benchmark: work is routed by craft.',
		structure: 'functional',
		seats: out,
		audiences: audiences(audienceCount(seats)),
		dottedLines: []
	};
}

/** Custodians of the craft tower and the crafts of the specialists under each, by weight. */
const TOWER: { craft: string | null; managerId: string; weight: number; team: Fn['team'] }[] = [
	{
		craft: 'brand',
		managerId: 'brand-custodian',
		weight: 5,
		team: [
			['design', 3],
			['web', 2],
			['brand', 1]
		]
	},
	{
		craft: 'product-marketing',
		managerId: 'product-marketing-custodian',
		weight: 3,
		team: [
			['product-marketing', 2],
			['sales-enablement', 1]
		]
	},
	{
		craft: 'content',
		managerId: 'content-custodian',
		weight: 4,
		team: [
			['content', 3],
			['seo', 1],
			['social', 1]
		]
	},
	{
		craft: 'marketing-operations',
		managerId: 'marketing-operations-custodian',
		weight: 5,
		team: [
			['marketing-operations', 2],
			['analytics', 2],
			['demand-generation', 1],
			['paid-media', 1],
			['ai-governance', 1]
		]
	},
	{ craft: null, managerId: 'head-of-gtm', weight: 2, team: [['field-events', 1]] },
	{ craft: null, managerId: 'cmo', weight: 1, team: [['communications', 1]] }
];

const towerSeats = (audienceSeats: number) =>
	2 + audienceSeats + TOWER.reduce((s, t) => s + (t.craft ? 1 : 0) + t.team.length, 0);

/** The smallest two-tower org this generator makes (every craft held, one marketer per audience). */
export const MIN_TWO_TOWER_SEATS = (() => {
	let n = 1;
	while (towerSeats(audienceCount(n)) > n) n++;
	return n;
})();

/**
 * A two-tower org of exactly `seats` seats: a CMO; a GTM tower (a head of GTM and one GTM
 * marketer owning each of the `audienceCount(seats)` audiences, in pods of up to eight under a
 * senior marketer); and a craft tower (custodians of brand, product marketing, content and
 * operations, each with the specialists of related crafts, in squads past eight). Field
 * marketers report to the head of GTM, communications to the CMO. Custodians hold dotted lines
 * to the pod leads.
 */
export function twoTowerOrg(seats: number): DesignInput {
	if (!Number.isInteger(seats) || seats < MIN_TWO_TOWER_SEATS || seats > 20_000)
		throw new RangeError(`seats must be a whole number from ${MIN_TWO_TOWER_SEATS} to 20000`);
	const owned = audiences(audienceCount(seats));
	const out: SeatInput[] = [
		{ id: 'cmo', title: 'Chief marketing officer', kind: 'cmo', managerId: null, aiLevel: 2 },
		{ id: 'head-of-gtm', title: 'Head of GTM', kind: 'head-of-gtm', managerId: 'cmo', aiLevel: 2 }
	];
	const leads: string[] = [];
	owned.forEach((a, i) => {
		const id = `gtm-${pad(i + 1)}`;
		const lead = i % SPAN === 0;
		if (lead) leads.push(id);
		a.ownerSeatId = id;
		out.push({
			id,
			title: `${lead ? 'Senior GTM marketer' : 'GTM marketer'}, ${a.name}`,
			kind: 'gtm-marketer',
			managerId: lead ? 'head-of-gtm' : leads.at(-1)!,
			audienceIds: [a.id],
			aiLevel: 2,
			annualCost: COST['gtm-marketer']
		});
	});
	const custodians = TOWER.flatMap((t) => (t.craft ? [t.craft] : []));
	for (const craft of custodians)
		out.push({
			id: `${craft}-custodian`,
			title: `${title(craft)} custodian`,
			kind: 'craft-custodian',
			managerId: 'cmo',
			craft,
			aiLevel: 2,
			annualCost: COST['craft-custodian']
		});
	const sizes = apportion(
		seats - out.length,
		TOWER.map((t) => t.weight),
		TOWER.map((t) => t.team.length)
	);
	TOWER.forEach((t, k) => {
		const prefix = t.craft ?? t.team[0]![0];
		out.push(...team(prefix, t.managerId, sizes[k]!, t.team, 1, prefix, 'specialist'));
	});
	return {
		name: `Two-tower org, ${seats} seats`,
		description: 'Generated for the simulation benchmark: GTM marketers own the audiences.',
		structure: 'two-tower',
		seats: out,
		audiences: owned,
		dottedLines: custodians.flatMap((craft) =>
			leads.map((lead) => ({
				fromSeatId: `${craft}-custodian`,
				toSeatId: lead,
				label: 'standards'
			}))
		)
	};
}
