import { driverCount, unitsPerWeek } from '../assessment/drivers';
import type { Profile } from '../assessment/profile';
import type { Activity } from '../catalogue/schema';
import { stepsOf, type WorkflowTemplate } from '../workflow/schema';
import type { DemandDefaults, TemplateDriver } from './schema';

/** Runs of one template a quarter, for the whole company (runs/quarter). */
export interface TemplateRuns {
	templateId: string;
	perQuarter: number;
	/** The arithmetic, e.g. "8 campaigns a quarter × 0.5". */
	driver: string;
}

/** Units of one activity: what its drivers ask for and what the template runs use (units/week). */
export interface ActivityUnits {
	activityId: string;
	driven: number;
	inTemplates: number;
	/** max(driven, inTemplates): template runs are part of the work, never on top of it. */
	unitsPerWeek: number;
}

const QUARTER_WEEKS = 13;

/**
 * Runs per quarter of every template with a driver in `defaults`: count × unitsPer per quarter
 * (a weekly driver counts 13 weeks, a yearly one a quarter of its count). Runs of templates that
 * count as campaigns (product launches) are taken off the campaigns the per-campaign templates
 * run for, never below none.
 */
export function templateRuns(profile: Profile, defaults: DemandDefaults): TemplateRuns[] {
	const perQuarter = (t: TemplateDriver, count: number, weeks: number) =>
		(count * t.unitsPer * QUARTER_WEEKS) / weeks;
	const asCampaigns = defaults.templates
		.filter((t) => t.countsAsCampaign)
		.reduce((n, t) => {
			const { count, weeks } = driverCount(t.per, profile);
			return n + perQuarter(t, count, weeks);
		}, 0);
	const left = Math.max(0, profile.campaignsPerQuarter - asCampaigns);
	return defaults.templates.map((t) => {
		const { count, weeks } = driverCount(t.per, profile);
		const reduced = t.per === 'campaign' && asCampaigns > 0;
		const n = reduced ? left : count;
		const what =
			t.per === 'week'
				? 'a week × 13 weeks'
				: reduced
					? `${t.per} count ${count} less ${Math.round(asCampaigns * 100) / 100} launched`
					: `${t.per} count ${count}`;
		return {
			templateId: t.templateId,
			perQuarter: perQuarter(t, n, weeks),
			driver: `${what} × ${t.unitsPer} runs`
		};
	});
}

/**
 * The catalogue without models/demand.json's team work when one seat carries the whole function
 * (`solo`): a marketer working alone writes no craft standards or function plans beside the
 * quarterly plan, no briefs to a writer and checks no one else's work.
 */
export function forStaffing(
	activities: readonly Activity[],
	defaults: DemandDefaults,
	solo: boolean
): Activity[] {
	if (!solo) return [...activities];
	const team = new Set(defaults.teamWork.activities);
	return activities.filter((a) => !team.has(a.id));
}

/**
 * Per activity, units per week from its drivers and from the template runs the profile implies
 * (runs/quarter × the step's units ÷ 13). The demand of an activity is the larger of the two,
 * so the assessment's hours and the simulation's workload come from the same units.
 */
export function activityUnits(
	profile: Profile,
	activities: readonly Activity[],
	templates: readonly WorkflowTemplate[],
	defaults: DemandDefaults,
	runs: TemplateRuns[] = templateRuns(profile, defaults)
): Map<string, ActivityUnits> {
	const inTemplates = new Map<string, number>();
	const byId = new Map(templates.map((t) => [t.id, t]));
	for (const r of runs) {
		const template = byId.get(r.templateId);
		if (!template) continue;
		for (const step of stepsOf(template))
			inTemplates.set(
				step.activityId,
				(inTemplates.get(step.activityId) ?? 0) + (r.perQuarter * (step.units ?? 1)) / QUARTER_WEEKS
			);
	}
	return new Map(
		activities.map((a) => {
			const driven = (a.drivers ?? []).reduce((t, d) => t + unitsPerWeek(d, profile), 0);
			const used = inTemplates.get(a.id) ?? 0;
			return [
				a.id,
				{ activityId: a.id, driven, inTemplates: used, unitsPerWeek: Math.max(driven, used) }
			];
		})
	);
}

/** What the demand model reads besides the catalogue: the templates and models/demand.json. */
export interface Workflows {
	templates: readonly WorkflowTemplate[];
	defaults: DemandDefaults;
}

/** Units per week, per activity id, that the profile's template runs use. */
export function templateUnits(
	profile: Profile,
	activities: readonly Activity[],
	w: Workflows
): Map<string, number> {
	const units = activityUnits(profile, activities, w.templates, w.defaults);
	return new Map([...units.values()].map((u) => [u.activityId, u.inTemplates]));
}
