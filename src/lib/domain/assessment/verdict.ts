import type { Figures } from './defaults';
import { fmt } from './drivers';
import type { Evaluation } from './evaluate';
import type { Profile } from './schema';

export const conditionIds = [
	'focused-goals',
	'limited-channel-complexity',
	'executive-alignment',
	'capacity'
] as const;
export type ConditionId = (typeof conditionIds)[number];

export interface Condition {
	id: ConditionId;
	label: string;
	met: boolean;
	why: string;
}

export interface Verdict {
	/** True when every condition is met. */
	viable: boolean;
	conditions: Condition[];
	/** The ids of the conditions not met, in order. */
	broken: ConditionId[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const pct = (n: number) => `${fmt(n, 0)}%`;
const h = (n: number) => `${fmt(n)} h/week`;

function focusedGoals(p: Profile, f: Figures): Condition {
	const growthOk = p.growthTargetPct <= f.maxFocusedGrowthPct;
	const parts = [
		p.focusedGoals ? 'growth goals are few and focused' : 'growth goals are not focused',
		`the ${pct(p.growthTargetPct)} growth target is ${growthOk ? 'within' : 'above'} ${pct(f.maxFocusedGrowthPct)} a year`
	];
	const why = parts.join('; ');
	return {
		id: 'focused-goals',
		label: 'Focused growth goals',
		met: p.focusedGoals && growthOk,
		why: why[0]!.toUpperCase() + why.slice(1) + '.'
	};
}

function channelComplexity(p: Profile, f: Figures): Condition {
	const channelsOk = p.channels <= f.maxChannels;
	const audiencesOk = p.audiences <= f.maxAudiences;
	return {
		id: 'limited-channel-complexity',
		label: 'Limited channel complexity',
		met: channelsOk && audiencesOk,
		why:
			`${plural(p.channels, 'active channel')} (${channelsOk ? 'within' : 'above'} the limit of ${f.maxChannels}) ` +
			`and ${plural(p.audiences, 'audience')} (${audiencesOk ? 'within' : 'above'} the limit of ${f.maxAudiences}).`
	};
}

function alignment(p: Profile, f: Figures): Condition {
	const met = p.executiveAlignment >= f.minExecutiveAlignment;
	return {
		id: 'executive-alignment',
		label: 'Strong executive alignment',
		met,
		why: `Executive alignment is ${p.executiveAlignment} of 5; strong means at least ${f.minExecutiveAlignment}.`
	};
}

function capacity(e: Evaluation): Condition {
	const fits = e.leadRatio <= 1;
	const planned = e.planning.shortfallHoursPerWeek <= 1e-9;
	const lead = e.seats.filter((s) => s.lead);
	return {
		id: 'capacity',
		label: 'The numbers: demand fits and planning survives',
		met: fits && planned,
		why:
			`The lead carries ${h(sum(lead, 'demandHoursPerWeek'))} against ${h(sum(lead, 'capacityHoursPerWeek'))} ` +
			`of planned capacity (ratio ${fmt(e.leadRatio, 2)}, at most 1 fits); ` +
			`${h(e.planning.survivingHoursPerWeek)} of planning survive against a protected minimum of ` +
			`${h(e.planning.protectedMinimumHoursPerWeek)}.`
	};
}

const sum = <K extends string>(xs: Record<K, number>[], k: K) => xs.reduce((t, x) => t + x[k], 0);

/**
 * Whether one marketer can work here: the three conditions of the solo-coordinator model
 * (focused growth goals, limited channel complexity, strong executive alignment) and the numbers
 * (the lead's ratio at most 1 and the protected planning minimum surviving). Viable when all hold.
 */
export function verdictOf(p: Profile, e: Evaluation, f: Figures): Verdict {
	const conditions = [focusedGoals(p, f), channelComplexity(p, f), alignment(p, f), capacity(e)];
	const broken = conditions.filter((c) => !c.met).map((c) => c.id);
	return { viable: broken.length === 0, conditions, broken };
}
