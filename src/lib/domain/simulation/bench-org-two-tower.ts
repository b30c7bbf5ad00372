import type { DesignInput, SeatInput } from '../scenario/schema';
import {
	apportion,
	audienceCount,
	audiences,
	COST,
	pad,
	SPAN,
	team,
	title,
	type TeamCrafts
} from './bench-org-shared';

/** Custodians of the craft tower and the crafts of the specialists under each, by weight. */
const TOWER: { craft: string | null; managerId: string; weight: number; team: TeamCrafts }[] = [
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
