import type { DesignInput, SeatInput } from '../scenario/schema';
import {
	apportion,
	audienceCount,
	audiences,
	COST,
	team,
	type TeamAi,
	type TeamCrafts
} from './bench-org-shared';

/** A function of a functional org: the head's craft and the crafts of its team, by weight. */
interface Fn {
	id: string;
	title: string;
	craft: string;
	/** Share of the org's specialist seats. */
	weight: number;
	/** Crafts of the team's seats in proportion; each one appears at least once. */
	team: TeamCrafts;
	/** AI level of the team's specialists (ad hoc use in writing, analytics and operations). */
	ai: TeamAi;
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
