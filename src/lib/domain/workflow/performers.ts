import type { Activity } from '../catalogue/schema';
import type { Design, Seat } from '../scenario/schema';
import { stepsOf, type Performer, type WorkflowTemplate } from './schema';

/** Who does one piece of work, or why nobody can. */
export interface Resolution {
	/** Seat ids that share the work (a pool shares one queue); empty when unresolved. */
	seats: string[];
	/** Set when `seats` is empty: why, e.g. `no seat with craft "analytics"`. */
	unresolved?: string;
}

/** The seats that do one step of a template for one audience, and who reviews it. */
export interface StepPerformers extends Resolution {
	stepId: string;
	review?: Resolution;
}

/** What resolution needs to know of an activity: its default craft and its scope. */
export type ActivityFacts = Pick<Activity, 'id' | 'craft' | 'scope'>;

interface Context {
	design: Design;
	audienceId: string;
	/** The default craft and scope of the step's activity, when the catalogue knows it. */
	activity?: ActivityFacts;
	/** Whether the rule is a reviewer's rather than a performer's. */
	review: boolean;
}

const found = (seats: Seat[], why: string): Resolution =>
	seats.length > 0 ? { seats: seats.map((s) => s.id) } : { seats: [], unresolved: why };

const owners = (c: Context) => c.design.seats.filter((s) => s.audienceIds.includes(c.audienceId));
const withCraft = (c: Context, craft: string, kinds?: readonly string[]) =>
	c.design.seats.filter((s) => s.craft === craft && (!kinds || kinds.includes(s.kind)));
const noCraft = (craft: string | undefined) =>
	craft
		? `no seat with craft "${craft}"`
		: 'the activity is not in the catalogue, so its craft is unknown';

/** The craft a rule asks for: the one it names, else the activity's default craft. */
const craftOf = (rule: Performer, c: Context) =>
	rule.startsWith('craft:') ? rule.slice(6) : c.activity?.craft;

/** Seats of a kind; narrowed to those holding the activity's craft when any do. */
function byKind(c: Context, kind: string): Resolution {
	const ofKind = c.design.seats.filter((s) => s.kind === kind);
	const crafted = ofKind.filter((s) => s.craft === c.activity?.craft);
	return found(crafted.length > 0 ? crafted : ofKind, `no seat of kind "${kind}"`);
}

const ownerOf = (c: Context) => found(owners(c), `no seat owns audience "${c.audienceId}"`);

/** Legacy functional: the specialist pool of the craft; a review goes to the craft's lead. */
function functional(rule: Performer, c: Context): Resolution {
	if (rule.startsWith('kind:')) return byKind(c, rule.slice(5));
	const craft = craftOf(rule, c);
	if (!craft) return found([], noCraft(craft));
	const leads = c.review ? withCraft(c, craft, ['functional-lead']) : [];
	if (leads.length > 0) return found(leads, '');
	return found(withCraft(c, craft, ['specialist', 'functional-lead']), noCraft(craft));
}

/**
 * Two towers: the audience's owner (its GTM marketer) for `audience-owner` and for
 * audience-specific work of any craft; the custodian of the craft for cross-audience
 * (standard-setting) work and for reviews, else whoever holds the craft.
 */
function twoTower(rule: Performer, c: Context): Resolution {
	if (rule === 'audience-owner') return ownerOf(c);
	if (rule.startsWith('kind:')) return byKind(c, rule.slice(5));
	const craft = craftOf(rule, c)!;
	if (!c.review && c.activity?.scope === 'audience') return ownerOf(c);
	const custodians = withCraft(c, craft, ['craft-custodian']);
	return found(custodians.length > 0 ? custodians : withCraft(c, craft), noCraft(craft));
}

/** Solo: the coordinator does everything, unless a fractional or agency seat holds the craft. */
function solo(rule: Performer, c: Context): Resolution {
	const craft = rule === 'audience-owner' ? undefined : craftOf(rule, c);
	const bought = craft ? withCraft(c, craft, ['fractional', 'agency']) : [];
	if (bought.length > 0) return found(bought, '');
	return found(
		c.design.seats.filter((s) => s.kind === 'coordinator'),
		'no coordinator seat'
	);
}

/** Custom: the audience's owner, anyone holding the craft, or a seat of the kind. */
function custom(rule: Performer, c: Context): Resolution {
	if (rule === 'audience-owner') return ownerOf(c);
	if (rule.startsWith('kind:')) return byKind(c, rule.slice(5));
	const craft = craftOf(rule, c)!;
	return found(withCraft(c, craft), noCraft(craft));
}

const byStructure = { functional, 'two-tower': twoTower, solo, custom } as const;

/**
 * Per step of `template`, run for `audienceId` in `design`, the seat ids that do it and that
 * review it, by the design's structure. `activities` supplies each activity's default craft
 * (used by `audience-owner` and `kind:` rules) and scope (audience-specific work goes to the
 * audience owner in a two-tower design). A step nobody can do is returned with empty `seats`
 * and an `unresolved` reason: reported, never dropped.
 */
export function resolvePerformers(
	template: WorkflowTemplate,
	design: Design,
	audienceId: string,
	activities: readonly ActivityFacts[]
): StepPerformers[] {
	const facts = new Map(activities.map((a) => [a.id, a]));
	const rule = byStructure[design.structure];
	return stepsOf(template).map((step) => {
		const base = { design, audienceId, activity: facts.get(step.activityId) };
		const done = rule(step.performer, { ...base, review: false });
		const out: StepPerformers = { stepId: step.id, ...done };
		if (step.review) out.review = rule(step.review.reviewer, { ...base, review: true });
		return out;
	});
}
