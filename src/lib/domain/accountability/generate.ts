import type { Activity } from '../catalogue/schema';
import type { RecurringWork } from '../demand/workload';
import type { Design } from '../scenario/schema';
import {
	recurringOwnerWork,
	resolvePerformers,
	resolveRule,
	type OwnerWork
} from '../workflow/performers';
import { stepsOf, type WorkflowTemplate } from '../workflow/schema';
import { accountableFor, Org, startConsulted, type RowFacts } from './accountable';
import {
	rowGroups,
	type AccountabilityMap,
	type Cell,
	type Role,
	type Row,
	type RowGroup,
	type StepAssignment,
	type Timing
} from './schema';

/** What generation reads of an activity. */
export type ActivityInfo = Pick<Activity, 'id' | 'name' | 'craft' | 'scope' | 'area'>;

export interface GenerateInput {
	design: Design;
	templates: readonly WorkflowTemplate[];
	activities: readonly ActivityInfo[];
	/** What a two-tower audience owner does (models/demand.json ownerWork), as the simulation reads it. */
	ownerWork?: OwnerWork;
	/** Work outside template runs (the demand model's recurring work), done by its performer rule. */
	recurring?: readonly Pick<RecurringWork, 'activityId' | 'audienceId' | 'performer'>[];
}

const noOwnerWork: OwnerWork = { crafts: [], benchActivities: [] };

export const rowKey = (activityId: string, audienceId: string | null) =>
	`${activityId}@${audienceId ?? '*'}`;

/** Every step of every template for every audience, resolved by the simulation's performer rules. */
function assign(input: GenerateInput): StepAssignment[] {
	const { design, templates, activities } = input;
	const work = input.ownerWork ?? noOwnerWork;
	const audiences = design.audiences.length > 0 ? design.audiences.map((a) => a.id) : [null];
	const runs = templates.flatMap((template) => {
		const steps = stepsOf(template);
		return audiences.flatMap((audienceId) =>
			resolvePerformers(template, design, audienceId ?? '', activities, work).map((p, i) => {
				const step = steps[i]!;
				const out: StepAssignment = {
					templateId: template.id,
					stepId: step.id,
					audienceId,
					activityId: step.activityId,
					dependsOn: [...step.dependsOn],
					seatIds: p.seats
				};
				if (p.unresolved) out.unresolved = p.unresolved;
				if (p.review && step.review)
					out.review = { seatIds: p.review.seats, timing: step.review.timing };
				return out;
			})
		);
	});
	return [...runs, ...recurringAssignments(input, work)];
}

/** The recurring work, one assignment per activity and audience, resolved as the simulation does. */
function recurringAssignments(input: GenerateInput, work: OwnerWork): StepAssignment[] {
	const facts = new Map(input.activities.map((a) => [a.id, a]));
	return (input.recurring ?? []).map((r) => {
		const who = resolveRule(
			r.performer,
			input.design,
			r.audienceId ?? '',
			facts.get(r.activityId),
			recurringOwnerWork(work)
		);
		return {
			templateId: RECURRING,
			stepId: r.activityId,
			audienceId: r.audienceId,
			activityId: r.activityId,
			dependsOn: [],
			seatIds: who.seats,
			...(who.unresolved ? { unresolved: who.unresolved } : {})
		};
	});
}

/** The template id of recurring work's assignments (as the simulation's unresolved list names it). */
export const RECURRING = 'recurring';

/**
 * Activities in use, in the order of the earliest phase a template uses them in, then of first
 * use; activities only the recurring work uses come last, as "ongoing".
 */
function activitiesInUse(input: GenerateInput) {
	const first = new Map<string, { phase: RowGroup; order: number }>();
	let order = 0;
	for (const t of input.templates)
		for (const s of stepsOf(t)) {
			const seen = first.get(s.activityId);
			if (!seen || rowGroups.indexOf(s.phase) < rowGroups.indexOf(seen.phase))
				first.set(s.activityId, { phase: s.phase, order: seen?.order ?? order });
			order++;
		}
	for (const r of input.recurring ?? [])
		if (!first.has(r.activityId)) first.set(r.activityId, { phase: 'ongoing', order: order++ });
	const rank = (g: RowGroup) => rowGroups.indexOf(g);
	return [...first.entries()]
		.sort(([, a], [, b]) => rank(a.phase) - rank(b.phase) || a.order - b.order)
		.map(([id, { phase }]) => ({ id, phase }));
}

/** The cells of one row: R from the performers, A by structure, C from reviews and custodians, I for the A's manager. */
function cellsOf(org: Org, facts: RowFacts, reviews: Map<string, Timing>): Cell[] {
	const roles = new Map<string, { role: Role; timing?: Timing }>();
	for (const id of facts.responsible) roles.set(id, { role: 'R' });
	const a = accountableFor(org, facts);
	if (a) roles.set(a.id, { role: roles.has(a.id) ? 'A/R' : 'A' });
	const twoTower = org.design.structure === 'two-tower';
	for (const [id, timing] of reviews) {
		if (roles.has(id)) continue;
		// In two towers a custodian joins the work at the start, whatever the template's gate says.
		const custodian = twoTower && org.byId.get(id)?.kind === 'craft-custodian';
		roles.set(id, { role: 'C', timing: custodian ? 'start' : timing });
	}
	for (const s of startConsulted(org, facts))
		if (!roles.has(s.id)) roles.set(s.id, { role: 'C', timing: 'start' });
	const boss = a ? org.managerOf(a) : undefined;
	if (boss && !roles.has(boss.id)) roles.set(boss.id, { role: 'I' });
	return org.design.seats.flatMap((s) => {
		const r = roles.get(s.id);
		return r ? [{ seatId: s.id, ...r }] : [];
	});
}

/** Review seats of some assignments, each with its earliest timing (start before end). */
function reviewsOf(assignments: StepAssignment[]): Map<string, Timing> {
	const out = new Map<string, Timing>();
	for (const a of assignments)
		for (const id of a.review?.seatIds ?? [])
			if (out.get(id) !== 'start') out.set(id, a.review!.timing);
	return out;
}

/**
 * The accountability map of a design before overrides: one row per activity the templates
 * use and per audience (one row for all audiences when the activity is cross-audience or the
 * design has none), each with a role per involved seat. R is exactly what the simulation's
 * performer resolution gives; A, C and I follow the structure's rules (accountable.ts).
 */
export function generateMap(input: GenerateInput): AccountabilityMap {
	const { design } = input;
	const org = new Org(design);
	const facts = new Map(input.activities.map((a) => [a.id, a]));
	const assignments = assign(input);
	const rows: Row[] = [];
	for (const { id, phase } of activitiesInUse(input)) {
		const activity = facts.get(id);
		const scope = activity?.scope ?? 'audience';
		const uses = assignments.filter((a) => a.activityId === id);
		const perAudience = scope === 'audience' && design.audiences.length > 0;
		const audienceIds = perAudience ? design.audiences.map((a) => a.id) : [null];
		for (const audienceId of audienceIds) {
			const mine = perAudience ? uses.filter((u) => u.audienceId === audienceId) : uses;
			const responsible = [...new Set(mine.flatMap((u) => u.seatIds))];
			const row: RowFacts = { craft: activity?.craft ?? '', scope, audienceId, responsible };
			rows.push({
				key: rowKey(id, audienceId),
				activityId: id,
				activityName: activity?.name ?? id,
				phase,
				scope,
				craft: row.craft,
				area: activity?.area ?? '',
				audienceId,
				cells: cellsOf(org, row, reviewsOf(mine)),
				steps: uniqueSteps(mine)
			});
		}
	}
	return {
		structure: design.structure,
		seats: design.seats.map(({ id, title, kind, personName, craft, managerId }) => ({
			id,
			title,
			kind,
			managerId,
			...(personName ? { personName } : {}),
			...(craft ? { craft } : {})
		})),
		audiences: design.audiences.map(({ id, name, ownerSeatId }) => {
			const owner = org.owner.get(id)?.id ?? ownerSeatId;
			return owner ? { id, name, ownerSeatId: owner } : { id, name };
		}),
		rows,
		assignments,
		staleOverrides: []
	};
}

function uniqueSteps(assignments: StepAssignment[]) {
	const seen = new Map<string, { templateId: string; stepId: string }>();
	for (const { templateId, stepId } of assignments)
		seen.set(`${templateId}/${stepId}`, { templateId, stepId });
	return [...seen.values()];
}
