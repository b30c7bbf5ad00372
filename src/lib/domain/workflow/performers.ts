import type { Activity } from '../catalogue/schema';
import type { Design, Seat } from '../scenario/schema';
import { stepsOf, type Performer, type WorkflowTemplate } from './schema';

/** Who does one piece of work, or why nobody can. */
export interface Resolution {
	/** Seat ids that share the work (a pool shares one queue); empty when unresolved. */
	seats: string[];
	/** Set when `seats` is empty: why, e.g. `no seat with craft "analytics"`. */
	unresolved?: string;
	/** Why these seats, in a few words ("owns the audience", "the craft's bench"). */
	why?: string;
}

/** The seats that do one step of a template for one audience, and who reviews it. */
export interface StepPerformers extends Resolution {
	stepId: string;
	review?: Resolution;
	/**
	 * Set instead of `review` when the review gate would go to the very seats that did the work:
	 * a gate models a second person reading it, so there is none (why, in a few words).
	 */
	selfReview?: string;
}

const sameSeats = (a: string[], b: string[]) =>
	a.length > 0 && a.length === b.length && a.every((id) => b.includes(id));

/**
 * Who does audience-specific work in a two-tower design (models/demand.json ownerWork): the
 * audience owner for the crafts listed, except the activities listed as bench production.
 */
export interface OwnerWork {
	crafts: readonly string[];
	benchActivities: readonly string[];
	/** Activities whose recurring volume, outside template runs, the craft's bench drafts. */
	benchRecurring?: readonly string[];
}

/**
 * What a two-tower owner does of the recurring work (outside template runs): as in the runs,
 * except that the `benchRecurring` activities are bench production too.
 */
export const recurringOwnerWork = (work: OwnerWork): OwnerWork => ({
	crafts: work.crafts,
	benchActivities: [...work.benchActivities, ...(work.benchRecurring ?? [])]
});

/** What resolution needs to know of an activity: its default craft and its scope. */
export type ActivityFacts = Pick<Activity, 'id' | 'craft' | 'scope'>;

interface Context {
	design: Design;
	audienceId: string;
	/** The default craft and scope of the step's activity, when the catalogue knows it. */
	activity?: ActivityFacts;
	/** Whether the rule is a reviewer's rather than a performer's. */
	review: boolean;
	/** Crafts whose audience-specific work a two-tower audience owner does (models/demand.json). */
	ownerCrafts: ReadonlySet<string>;
	/** Activities of those crafts that are volume production, done by the craft's bench if any. */
	benchActivities: ReadonlySet<string>;
}

/** The seats, with why they were chosen; or, when there are none, why nobody can. */
const found = (seats: Seat[], missing: string, why = ''): Resolution =>
	seats.length > 0
		? { seats: seats.map((s) => s.id), ...(why ? { why } : {}) }
		: { seats: [], unresolved: missing };

const owners = (c: Context) => c.design.seats.filter((s) => s.audienceIds.includes(c.audienceId));
const withCraft = (c: Context, craft: string, kinds?: readonly string[]) =>
	c.design.seats.filter((s) => s.craft === craft && (!kinds || kinds.includes(s.kind)));
const noCraft = (craft: string | undefined) =>
	craft
		? `no seat with craft "${craft}"`
		: 'the activity is not in the catalogue, so its craft is unknown';

/** The craft a rule asks for: the one it names, else the activity's default craft. */
const craftOf = (rule: Performer, c: Context) =>
	rule.startsWith('craft:') || rule.startsWith('lead:')
		? rule.slice(rule.indexOf(':') + 1)
		: c.activity?.craft;

/**
 * Seats of a kind; narrowed to those holding the activity's craft when any do. With no Head of
 * GTM (a functional design), the CMO signs off what a Head of GTM would.
 */
function byKind(c: Context, kind: string): Resolution {
	const ofKind = c.design.seats.filter((s) => s.kind === kind);
	const cmos = c.design.seats.filter((s) => s.kind === 'cmo');
	if (ofKind.length === 0 && kind === 'head-of-gtm' && cmos.length > 0)
		return found(cmos, '', 'no Head of GTM, so the CMO signs off');
	const crafted = ofKind.filter((s) => s.craft === c.activity?.craft);
	return found(
		crafted.length > 0 ? crafted : ofKind,
		`no seat of kind "${kind}"`,
		`the step names a seat of kind ${kind}`
	);
}

const ownerOf = (c: Context, why = 'owns the audience end to end') =>
	found(owners(c), `no seat owns audience "${c.audienceId}"`, why);

/**
 * Legacy functional: the craft's specialists as one pool (its lead when it has none); a review
 * and a `lead:` rule (standard-setting) go to the craft's functional lead.
 */
function functional(rule: Performer, c: Context): Resolution {
	if (rule.startsWith('kind:')) return byKind(c, rule.slice(5));
	const craft = craftOf(rule, c);
	if (!craft) return found([], noCraft(craft));
	const standard = rule.startsWith('lead:');
	const leads = c.review || standard ? withCraft(c, craft, ['functional-lead']) : [];
	if (leads.length > 0)
		return found(
			leads,
			'',
			c.review
				? `the ${craft} lead reviews their function's work`
				: `the ${craft} lead sets its standard`
		);
	const team = withCraft(c, craft, ['specialist']);
	if (team.length > 0) return found(team, '', `the ${craft} function's specialists share the work`);
	return found(withCraft(c, craft), noCraft(craft), `holds the ${craft} craft`);
}

/**
 * Two towers: the audience's owner (its GTM marketer) for `audience-owner` and for the
 * audience-specific thinking and writing of the crafts in `ownerCrafts`; the craft's remaining
 * specialists, as a bench shared by every audience, for the audience-specific execution of other
 * crafts (the owner, with AI, when there is no bench); the craft's custodian for standards
 * (`lead:` rules) and reviews; the bench, else the custodian, for other cross-audience work.
 */
function twoTower(rule: Performer, c: Context): Resolution {
	if (rule === 'audience-owner') return ownerOf(c);
	if (rule.startsWith('kind:')) return byKind(c, rule.slice(5));
	const craft = craftOf(rule, c)!;
	const custodians = withCraft(c, craft, ['craft-custodian']);
	const holders = () => found(withCraft(c, craft), noCraft(craft), `holds the ${craft} craft`);
	if (c.review && custodians.length > 0)
		return found(custodians, '', `the ${craft} custodian reviews against the standard`);
	if (c.review) return holders();
	const standard = rule.startsWith('lead:');
	if (!standard && c.activity?.scope === 'audience') {
		const bench = withCraft(c, craft, ['specialist', 'fractional', 'agency']);
		const production = bench.length > 0 && c.benchActivities.has(c.activity.id);
		if (c.ownerCrafts.has(craft) && !production)
			return ownerOf(c, `owns the audience and does its ${craft} thinking and writing`);
		if (bench.length > 0) return found(bench, '', `the ${craft} bench, shared by every audience`);
		if (owners(c).length > 0)
			return ownerOf(c, `owns the audience; no ${craft} specialist remains, so with AI`);
		return holders();
	}
	if (standard && custodians.length > 0)
		return found(custodians, '', `the ${craft} custodian sets the standard`);
	const bench = withCraft(c, craft, ['specialist', 'fractional', 'agency']);
	if (!standard && bench.length > 0)
		return found(bench, '', `the ${craft} bench does the craft's cross-audience execution`);
	if (custodians.length > 0)
		return found(custodians, '', `the ${craft} custodian does the craft's cross-audience work`);
	const heads = c.design.seats.filter((s) => s.kind === 'head-of-gtm');
	if (withCraft(c, craft).length === 0 && c.ownerCrafts.has(craft) && heads.length > 0)
		return found(heads, '', `leads the GTM marketers, who hold the ${craft} craft`);
	return holders();
}

/** Solo: the coordinator does everything, unless a fractional or agency seat holds the craft. */
function solo(rule: Performer, c: Context): Resolution {
	const named = rule === 'audience-owner' || rule.startsWith('kind:');
	const craft = named ? undefined : craftOf(rule, c);
	const bought = craft ? withCraft(c, craft, ['fractional', 'agency']) : [];
	if (bought.length > 0) return found(bought, '', `bought-in ${craft} hours`);
	return found(
		c.design.seats.filter((s) => s.kind === 'coordinator'),
		'no coordinator seat',
		'the coordinator does everything else'
	);
}

/** Custom: the audience's owner, anyone holding the craft, or a seat of the kind. */
function custom(rule: Performer, c: Context): Resolution {
	if (rule === 'audience-owner') return ownerOf(c);
	if (rule.startsWith('kind:')) return byKind(c, rule.slice(5));
	const craft = craftOf(rule, c)!;
	return found(withCraft(c, craft), noCraft(craft), `holds the ${craft} craft`);
}

const byStructure = { functional, 'two-tower': twoTower, solo, custom } as const;

/**
 * The seats that do (or, with `review`, review) work under one performer rule, by the design's
 * structure, with why; empty `seats` and an `unresolved` reason when nobody can.
 */
export function resolveRule(
	rule: Performer,
	design: Design,
	audienceId: string,
	activity: ActivityFacts | undefined,
	work: OwnerWork,
	review = false
): Resolution {
	return byStructure[design.structure](rule, {
		design,
		audienceId,
		activity,
		review,
		ownerCrafts: new Set(work.crafts),
		benchActivities: new Set(work.benchActivities)
	});
}

/**
 * Per step of `template`, run for `audienceId` in `design`, the seat ids that do it and that
 * review it, by the design's structure. `activities` supplies each activity's default craft
 * (used by `audience-owner` and `kind:` rules) and scope; in a two-tower design the audience
 * owner does the audience-specific work of `work.crafts` (models/demand.json ownerWork) and a
 * craft's specialists the rest. A step nobody can do is returned with empty `seats` and an `unresolved`
 * reason: reported, never dropped. A review the same seats would give their own work is left out
 * (`selfReview`): a review gate is a second person's reading.
 */
export function resolvePerformers(
	template: WorkflowTemplate,
	design: Design,
	audienceId: string,
	activities: readonly ActivityFacts[],
	work: OwnerWork = { crafts: [], benchActivities: [] }
): StepPerformers[] {
	const facts = new Map(activities.map((a) => [a.id, a]));
	const rule = byStructure[design.structure];
	const ownerCrafts = new Set(work.crafts);
	const benchActivities = new Set(work.benchActivities);
	return stepsOf(template).map((step) => {
		const base = {
			design,
			audienceId,
			activity: facts.get(step.activityId),
			ownerCrafts,
			benchActivities
		};
		const done = rule(step.performer, { ...base, review: false });
		const out: StepPerformers = { stepId: step.id, ...done };
		if (!step.review) return out;
		const review = rule(step.review.reviewer, { ...base, review: true });
		if (sameSeats(review.seats, done.seats))
			out.selfReview = 'no separate review: the same person did the work';
		else out.review = review;
		return out;
	});
}
