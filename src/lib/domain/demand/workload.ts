import type { Profile } from '../assessment/profile';
import { meanHours } from '../catalogue/effort';
import type { Activity, Area } from '../catalogue/schema';
import type { Design } from '../scenario/schema';
import type { Performer } from '../workflow/schema';
import { activityUnits, forStaffing, templateRuns, type Workflows } from './units';

const QUARTER_WEEKS = 13;

/** Runs of one template for one audience in a quarter (a rate: 0.5 is one run per two quarters). */
export interface TemplateRun {
	templateId: string;
	audienceId: string;
	perQuarter: number;
}

/**
 * Units of an activity a quarter that arrive outside template runs (always-on content,
 * reporting, hygiene, planning, standards …), for one audience or, when `audienceId` is null,
 * once for the company; done by whoever `performer` resolves to in the design.
 */
export interface RecurringWork {
	activityId: string;
	area: Area;
	audienceId: string | null;
	perQuarter: number;
	/** Units done together as one work item (recurringBatchHours ÷ the unit's mean hours, ≥ 1). */
	unitsPerItem: number;
	performer: Performer;
}

/** A manager's week: `reports` × hoursPerReport plus decisionHours, hours of planned work. */
export interface ManagementWork {
	seatId: string;
	reports: number;
	hoursPerWeek: number;
}

/** A quarter's work for a design: template runs, recurring work and line management. */
export interface DesignWorkload {
	profile: Profile;
	runs: TemplateRun[];
	recurring: RecurringWork[];
	management: ManagementWork[];
}

export interface WorkloadOptions {
	/** Template runs as given (the Simulate screen's volumes); default: what the profile implies. */
	runs?: TemplateRun[];
	/** Template ids to run; default all with a driver. Units of the others recur instead. */
	templates?: ReadonlySet<string>;
}

/**
 * The quarter's work of `design` for `profile` (units and runs per quarter):
 * - template runs: the profile's runs (demand/units.ts) spread evenly over the design's audiences,
 *   or `options.runs`;
 * - recurring work: per activity, the units its demand asks for (the larger of its drivers and
 *   the profile's template runs) less what the runs above use; audience-specific work is spread
 *   over the audiences, the rest is done once; its performer is models/demand.json's
 *   recurringPerformers entry, else the activity's craft;
 * - a design of one seat leaves out models/demand.json's team work (forStaffing);
 * - management: per seat with direct reports, hoursPerReportPerWeek per report plus
 *   decisionHoursPerManagerPerWeek, hours a week.
 * The same units give the assessment's hours per area (assess with `workflows`).
 */
export function designWorkload(
	profile: Profile,
	design: Design,
	catalogue: readonly Activity[],
	workflows: Workflows,
	options: WorkloadOptions = {}
): DesignWorkload {
	const { defaults, templates } = workflows;
	const activities = forStaffing(catalogue, defaults, design.seats.length === 1);
	const audiences = design.audiences.map((a) => a.id);
	const all = templateRuns(profile, defaults);
	const chosen = options.templates;
	const runs =
		options.runs ??
		all
			.filter((r) => !chosen || chosen.has(r.templateId))
			.flatMap((r) =>
				audiences.map((audienceId) => ({
					templateId: r.templateId,
					audienceId,
					perQuarter: r.perQuarter / audiences.length
				}))
			);
	const demand = activityUnits(profile, activities, templates, defaults, all);
	const perTemplate = new Map<string, number>();
	for (const r of runs)
		perTemplate.set(r.templateId, (perTemplate.get(r.templateId) ?? 0) + r.perQuarter);
	const done = activityUnits(
		profile,
		activities,
		templates,
		defaults,
		[...perTemplate].map(([templateId, perQuarter]) => ({ templateId, perQuarter, driver: '' }))
	);
	const performers = new Map(defaults.recurringPerformers.map((p) => [p.activityId, p.performer]));
	const recurring: RecurringWork[] = [];
	for (const a of activities) {
		const left = (demand.get(a.id)!.unitsPerWeek - done.get(a.id)!.inTemplates) * QUARTER_WEEKS;
		if (!(left > 1e-9)) continue;
		const performer = performers.get(a.id) ?? (`craft:${a.craft}` as Performer);
		const split = a.scope === 'audience' && audiences.length > 0 ? audiences : [null];
		const batch = defaults.recurringBatchHours.value / meanHours(a.effortHours);
		const unitsPerItem = Math.max(1, Math.floor(batch));
		for (const audienceId of split)
			recurring.push({
				activityId: a.id,
				area: a.area,
				audienceId,
				perQuarter: left / split.length,
				unitsPerItem,
				performer
			});
	}
	const reports = new Map<string, number>();
	for (const s of design.seats)
		if (s.managerId) reports.set(s.managerId, (reports.get(s.managerId) ?? 0) + 1);
	const { hoursPerReportPerWeek, decisionHoursPerManagerPerWeek } = defaults.management;
	const management = design.seats
		.filter((s) => reports.has(s.id))
		.map((s) => ({
			seatId: s.id,
			reports: reports.get(s.id)!,
			hoursPerWeek: reports.get(s.id)! * hoursPerReportPerWeek + decisionHoursPerManagerPerWeek
		}))
		.filter((m) => m.hoursPerWeek > 0);
	return { profile, runs, recurring, management };
}
