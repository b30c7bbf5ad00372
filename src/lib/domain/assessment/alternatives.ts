import type { Figures } from './defaults';
import type { Demand } from './demand';
import { evaluate, sum, type Evaluation } from './evaluate';
import type { AssessedSeat } from './load';

export type AlternativeId = 'solo' | 'solo-plus-fractional' | 'small-two-tower';

/** One staffing of the same demand, side by side (ratio, hours/week, cost per year). */
export interface Alternative {
	id: AlternativeId;
	label: string;
	/** Who is in it, e.g. "1 coordinator + 14.5 h/week fractional". */
	staffing: string;
	compressionRatio: number;
	leadRatio: number;
	capacityHoursPerWeek: number;
	planningHoursPerWeek: number;
	concurrentInitiativeLimit: number;
	/** Fully loaded employees plus fractional hours × weeks × rate, workspace currency a year. */
	costPerYear: number;
}

/**
 * One full-time coordinator working alone (40 h × soloFocusFactor planned hours a week): the seat
 * of an assessment without a scenario.
 */
export const defaultCoordinator = (f: Figures): AssessedSeat => ({
	id: 'coordinator',
	title: 'Marketing coordinator',
	kind: 'coordinator',
	fte: 1,
	capacityHoursPerWeek: 40 * f.soloFocusFactor,
	annualCost: f.coordinatorAnnualCost
});

const employee = (
	id: string,
	title: string,
	kind: AssessedSeat['kind'],
	cost: number,
	f: Figures,
	craft?: string
): AssessedSeat => ({
	id,
	title,
	kind,
	craft,
	fte: 1,
	capacityHoursPerWeek: 40 * f.employeeFocusFactor,
	annualCost: cost
});

/** The crafts carrying most execution demand (hours/week), for the two-tower custodians. */
function topCrafts(demand: Demand, n: number): string[] {
	const byCraft = new Map<string, number>();
	for (const a of demand.areas)
		if (a.area !== 'strategic-planning')
			for (const x of a.activities)
				byCraft.set(x.craft, (byCraft.get(x.craft) ?? 0) + x.hoursPerWeek);
	return [...byCraft]
		.filter(([, h]) => h > 0)
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([c]) => c);
}

const row = (id: AlternativeId, label: string, staffing: string, e: Evaluation): Alternative => ({
	id,
	label,
	staffing,
	compressionRatio: e.compressionRatio,
	leadRatio: e.leadRatio,
	capacityHoursPerWeek: e.capacityHoursPerWeek,
	planningHoursPerWeek: e.planning.survivingHoursPerWeek,
	concurrentInitiativeLimit: e.concurrentInitiativeLimit,
	costPerYear: sum(e.seats, (s) => s.annualCost ?? 0)
});

/**
 * The same company carried three ways: one coordinator; the coordinator plus the fractional hours
 * that bring it to the target ratio (both without the team work, `demand.solo`); a small
 * two-tower team (`demand.team`: a GTM marketer per audience up to the default, and custodians
 * for the crafts with most demand).
 */
export function compareAlternatives(
	demand: { solo: Demand; team: Demand },
	audiences: number,
	urgentHours: number,
	f: Figures,
	targetRatio: number
): Alternative[] {
	const coordinator = defaultCoordinator(f);
	const solo = evaluate(demand.solo, [coordinator], [], urgentHours, f, targetRatio);
	const support = solo.fractional.perArea.map(({ area, hoursPerWeek }) => ({ area, hoursPerWeek }));
	const plus = evaluate(demand.solo, [coordinator], support, urgentHours, f, targetRatio);
	const gtm = Math.min(audiences, f.smallTwoTowerGtmMarketers);
	const crafts = topCrafts(demand.team, f.smallTwoTowerCustodians);
	const team = [
		...Array.from({ length: gtm }, (_, i) =>
			employee(`gtm-${i + 1}`, `GTM marketer ${i + 1}`, 'gtm-marketer', f.gtmMarketerAnnualCost, f)
		),
		...crafts.map((c) =>
			employee(`custodian-${c}`, `${c} custodian`, 'craft-custodian', f.custodianAnnualCost, f, c)
		)
	];
	const two = evaluate(demand.team, team, [], urgentHours, f, targetRatio);
	const fractionalHours = sum(support, (s) => s.hoursPerWeek);
	return [
		row('solo', 'Solo coordinator', '1 coordinator', solo),
		row(
			'solo-plus-fractional',
			'Solo + fractional support',
			`1 coordinator + ${fractionalHours} h/week fractional`,
			plus
		),
		row(
			'small-two-tower',
			'Small two-tower team',
			`${gtm} GTM marketer${gtm === 1 ? '' : 's'}` +
				(crafts.length > 0
					? ` + custodian${crafts.length === 1 ? '' : 's'} for ${crafts.join(', ')}`
					: ''),
			two
		)
	];
}
