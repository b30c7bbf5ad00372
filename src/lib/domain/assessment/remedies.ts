import { areaLabels, type Area } from '../catalogue/schema';
import type { AssessmentDefaults, Figures } from './defaults';
import type { Demand } from './demand';
import type { Evaluation } from './evaluate';
import type { Profile } from './schema';
import { scopeCuts, type ScopeCut } from './scope-cuts';

type Base = { needed: boolean };
export type Remedy = Base &
	(
		| {
				kind: 'drop-scope';
				/** Lead demand above the target ratio, hours/week. */
				overloadHoursPerWeek: number;
				cuts: ScopeCut[];
				cutHoursPerWeek: number;
		  }
		| {
				kind: 'protect-planning';
				blockHoursPerWeek: number;
				survivingHoursPerWeek: number;
				shortfallHoursPerWeek: number;
		  }
		| {
				kind: 'limit-initiatives';
				limit: number;
				freeHoursPerWeek: number;
				hoursPerInitiativePerWeek: number;
		  }
		| {
				kind: 'agree-outcomes';
				outcomes: { area: Area; label: string; metric: string; demandHoursPerWeek: number }[];
		  }
		| {
				kind: 'ai-guardrails';
				/** The AI level the hours are computed at: the profile's, or 1 before adoption. */
				aiLevel: number;
				first: {
					area: Area;
					label: string;
					absorbedHoursPerWeek: number;
					mode: 'ai-draft-human-review' | 'human-decides';
				}[];
		  }
		| {
				kind: 'fractional-support';
				perArea: { area: Area; label: string; hoursPerWeek: number; takesHoursPerWeek: number }[];
				hoursPerWeek: number;
				costPerYear: number;
				/** Overload no fractional seat can take (planning, urgent requests), hours/week. */
				residualHoursPerWeek: number;
		  }
	);
export type RemedyKind = Remedy['kind'];

/** Hours per week AI absorbs in an area at the demand's AI level. */
export const absorbedHours = (demand: Demand, area: Area) =>
	(demand.areas.find((x) => x.area === area)?.activities ?? []).reduce(
		(t, x) => t + x.unitsPerWeek * x.hoursPerUnit * x.aiShare,
		0
	);

export interface RemedyInput {
	profile: Profile;
	evaluation: Evaluation;
	/** Demand at the AI level the guardrails are set for (the profile's, or 1 when it is 0). */
	aiDemand: Demand;
	defaults: AssessmentDefaults;
	figures: Figures;
	targetRatio: number;
}

/**
 * The six remedies of the solo-coordinator model with figures, each marked `needed` when the
 * numbers call for it: drop or bound scope, protect planning, limit initiatives, agree outcomes,
 * set AI guardrails, add fractional support (contracted hours/week per area, cost per year).
 */
export function remediesOf(r: RemedyInput): Remedy[] {
	const { profile: p, evaluation: e, defaults: d, figures: f, targetRatio } = r;
	const scope = scopeCuts(e, d, f, p, targetRatio);
	const outcomeOf = new Map(d.areas.map((a) => [a.area, a.outcome]));
	const humanDecides = new Set(d.humanDecisionAreas);
	const byAi = r.aiDemand.areas
		.map((a) => ({
			area: a.area,
			label: a.label,
			absorbedHoursPerWeek: absorbedHours(r.aiDemand, a.area)
		}))
		.filter((a) => a.absorbedHoursPerWeek > 0 && !humanDecides.has(a.area))
		.sort((a, b) => b.absorbedHoursPerWeek - a.absorbedHoursPerWeek)
		.slice(0, f.guardrailAreas)
		.map((a) => ({ ...a, mode: 'ai-draft-human-review' as const }));
	const kept = d.humanDecisionAreas.map((area) => ({
		area,
		label: areaLabels[area],
		absorbedHoursPerWeek: absorbedHours(r.aiDemand, area),
		mode: 'human-decides' as const
	}));
	const fr = e.fractional;
	return [
		{
			kind: 'drop-scope',
			needed: scope.overload > 1e-9,
			overloadHoursPerWeek: scope.overload,
			cuts: scope.chosen,
			cutHoursPerWeek: scope.chosen.reduce((t, c) => t + c.hoursPerWeek, 0)
		},
		{
			kind: 'protect-planning',
			needed: e.planning.shortfallHoursPerWeek > 1e-9 || !p.strategyDocumented,
			blockHoursPerWeek: e.planning.protectedMinimumHoursPerWeek,
			survivingHoursPerWeek: e.planning.survivingHoursPerWeek,
			shortfallHoursPerWeek: e.planning.shortfallHoursPerWeek
		},
		{
			kind: 'limit-initiatives',
			needed: e.leadRatio > targetRatio,
			limit: e.concurrentInitiativeLimit,
			freeHoursPerWeek: e.initiativeHoursPerWeek,
			hoursPerInitiativePerWeek: f.hoursPerInitiativePerWeek
		},
		{
			kind: 'agree-outcomes',
			needed: true,
			outcomes: e.areas
				.filter((a) => a.demandHoursPerWeek > 0 && outcomeOf.has(a.area))
				.sort((a, b) => b.demandHoursPerWeek - a.demandHoursPerWeek)
				.map((a) => ({
					area: a.area,
					label: a.label,
					metric: outcomeOf.get(a.area)!,
					demandHoursPerWeek: a.demandHoursPerWeek
				}))
		},
		{ kind: 'ai-guardrails', needed: true, aiLevel: r.aiDemand.aiLevel, first: [...byAi, ...kept] },
		{
			kind: 'fractional-support',
			needed: fr.hoursPerWeek > 0,
			perArea: fr.perArea.map((x) => ({ ...x, label: areaLabels[x.area] })),
			hoursPerWeek: fr.hoursPerWeek,
			costPerYear: fr.hoursPerWeek * f.weeksPerYear * f.fractionalCostPerHour,
			residualHoursPerWeek: fr.residualHoursPerWeek
		}
	];
}
