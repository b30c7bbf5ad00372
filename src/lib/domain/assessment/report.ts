import type { Activity, Area } from '../catalogue/schema';
import type { Seat } from '../scenario/schema';
import { compareAlternatives, defaultCoordinator, type Alternative } from './alternatives';
import { figuresOf, type AssessmentDefaults, type Figures } from './defaults';
import { computeDemand, type Demand } from './demand';
import { fmt } from './drivers';
import { evaluate, type AreaLoad, type SeatLoad } from './evaluate';
import { leadershipAnswers, type LeadershipAnswer } from './leadership';
import { assessedSeat } from './load';
import { remediesOf, type Remedy } from './remedies';
import type { OptionsInput, Profile, Support } from './schema';
import type { Planning } from './squeeze';
import { verdictOf, type Verdict } from './verdict';
import { forStaffing, templateUnits, type Workflows } from '../demand/units';

/** The capacity assessment of a profile against a set of seats (hours/week, ratios, cost/year). */
export interface Report {
	profile: Profile;
	/** AI level (0–3) the demand is computed at: the profile's aiTools. */
	aiLevel: number;
	targetRatio: number;
	/** `default-coordinator` when no seat with capacity was given. */
	staffing: 'scenario' | 'default-coordinator';
	/** Demand (areas + urgent requests) / planned capacity, over all seats. */
	compressionRatio: number;
	demandHoursPerWeek: number;
	capacityHoursPerWeek: number;
	urgent: { hoursPerWeek: number; driver: string; source: string };
	areas: Omit<AreaLoad, 'sources'>[];
	seats: Omit<SeatLoad, 'annualCost'>[];
	planning: Planning;
	verdict: Verdict;
	concurrentInitiativeLimit: number;
	remedies: Remedy[];
	/** Fractional hours to add per area (contracted hours/week); pass as options.support. */
	fractionalHoursPerWeek: Support[];
	alternatives: Alternative[];
	leadership: LeadershipAnswer[];
	/** Catalogue activities without drivers, which add no demand. */
	undriven: Demand['undriven'];
	/** Activity ids left out because one seat carries the function (models/demand.json teamWork). */
	teamWorkLeftOut: string[];
	/** Every figure of models/assessment.json used, with its source. */
	assumptions: {
		key: string;
		label: string;
		value: number;
		unit: string;
		note: string;
		grade: string;
	}[];
}

/** Numbers rounded to three decimals all through a JSON-like value, for reading and export. */
function rounded<T>(value: T): T {
	if (typeof value === 'number') return (Math.round(value * 1000) / 1000) as T;
	if (Array.isArray(value)) return value.map(rounded) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)])) as T;
	return value;
}

/** Whether ad-hoc asks mostly go through the plan: strong alignment and a written strategy. */
export const bounded = (p: Profile, f: Figures) =>
	p.executiveAlignment >= f.minExecutiveAlignment && p.strategyDocumented;

/**
 * Urgent requests a reactive week serves first (hours/week): the base plus each seller's asks,
 * × alignedUrgentShare when executives are aligned and the strategy is written (seed 000).
 */
function urgentOf(p: Profile, d: AssessmentDefaults, f: Figures) {
	const share = bounded(p, f) ? f.alignedUrgentShare : 1;
	const hoursPerWeek =
		(f.urgentBaseHoursPerWeek + p.salesTeamSize * f.urgentHoursPerSeller) * share;
	const grade = (k: keyof AssessmentDefaults['figures']) => `${k} (${d.figures[k].source.grade})`;
	return {
		hoursPerWeek,
		driver:
			`${share < 1 ? '(' : ''}${fmt(f.urgentBaseHoursPerWeek)} h a week + ${p.salesTeamSize} seller` +
			`${p.salesTeamSize === 1 ? '' : 's'} × ${fmt(f.urgentHoursPerSeller, 2)} h a week` +
			(share < 1
				? `) × ${fmt(share, 2)}: executives aligned and the strategy written, most asks go through the plan`
				: ''),
		source:
			`models/assessment.json: ${grade('urgentBaseHoursPerWeek')}, ${grade('urgentHoursPerSeller')}` +
			(share < 1 ? `, ${grade('alignedUrgentShare')}` : '')
	};
}

/**
 * Assesses `profile` against `seats` (a scenario's; none, or none with capacity, means one
 * full-time coordinator). Demand comes from the catalogue's drivers at the profile's AI level,
 * and, given `workflows` (the templates and models/demand.json), from the template runs the
 * profile implies where they use more than the drivers (the simulation's workload, demand/),
 * less the team work of models/demand.json when one seat carries the function;
 * an activity goes to the seats holding its craft, else to the lead seats (see load.ts);
 * `options.support` adds fractional seats by area. Pure: same inputs, same report.
 */
export function assess(
	profile: Profile,
	seats: readonly Seat[],
	activities: readonly Activity[],
	defaults: AssessmentDefaults,
	options: OptionsInput = {},
	workflows?: Workflows
): Report {
	const base = figuresOf(defaults);
	const f: Figures = {
		...base,
		protectedPlanningHoursPerWeek:
			options.protectedPlanningHoursPerWeek ?? base.protectedPlanningHoursPerWeek
	};
	const target = options.targetRatio ?? f.targetRatio;
	const given = seats.map(assessedSeat).filter((s) => s.capacityHoursPerWeek > 0);
	const staffed = given.length > 0 ? given : [defaultCoordinator(f)];
	const demandAt = (solo: boolean, aiLevel: number) => {
		const list = workflows ? forStaffing(activities, workflows.defaults, solo) : [...activities];
		const used = workflows ? templateUnits(profile, list, workflows) : new Map<string, number>();
		return computeDemand(profile, list, aiLevel, used);
	};
	const solo = staffed.length === 1;
	const demand = demandAt(solo, profile.aiTools);
	const urgent = urgentOf(profile, defaults, f);
	const support = options.support ?? [];
	const e = evaluate(demand, staffed, support, urgent.hoursPerWeek, f, target);
	const aiDemand = profile.aiTools > 0 ? demand : demandAt(solo, 1);
	const remedies = remediesOf({
		profile,
		evaluation: e,
		aiDemand,
		defaults,
		figures: f,
		targetRatio: target
	});
	return rounded({
		profile,
		aiLevel: profile.aiTools,
		targetRatio: target,
		staffing: given.length > 0 ? 'scenario' : 'default-coordinator',
		compressionRatio: e.compressionRatio,
		demandHoursPerWeek: e.demandHoursPerWeek,
		capacityHoursPerWeek: e.capacityHoursPerWeek,
		urgent,
		areas: e.areas.map(({ sources: _sources, ...a }) => a),
		seats: e.seats.map(({ annualCost: _cost, ...s }) => s),
		planning: e.planning,
		verdict: verdictOf(profile, e, f),
		concurrentInitiativeLimit: e.concurrentInitiativeLimit,
		remedies,
		fractionalHoursPerWeek: e.fractional.perArea.map(({ area, hoursPerWeek }) => ({
			area,
			hoursPerWeek
		})),
		alternatives: compareAlternatives(
			{
				solo: solo ? demand : demandAt(true, profile.aiTools),
				team: demandAt(false, profile.aiTools)
			},
			profile.audiences,
			urgent.hoursPerWeek,
			f,
			target
		),
		teamWorkLeftOut: solo && workflows ? workflows.defaults.teamWork.activities : [],
		leadership: leadershipAnswers(profile, e, f, target),
		undriven: demand.undriven,
		assumptions: Object.entries(defaults.figures).map(([key, x]) => ({
			key,
			label: x.label,
			value: key === 'targetRatio' ? target : f[key as keyof Figures],
			unit: x.unit,
			...x.source
		}))
	});
}

/** Support hours added together per area: what applying a proposal to existing support gives. */
export function withSupport(current: readonly Support[], add: readonly Support[]): Support[] {
	const hours = new Map<Area, number>();
	for (const s of [...current, ...add])
		hours.set(s.area, (hours.get(s.area) ?? 0) + s.hoursPerWeek);
	return [...hours].map(([area, hoursPerWeek]) => ({ area, hoursPerWeek }));
}
