import type { Activity } from '../catalogue/schema';
import type { Design } from '../scenario/schema';
import { reviewGatesOf, type GatePolicy } from './gates';
import { resolvePerformers, resolveRule, type OwnerWork } from './performers';
import { stepsOf, type Phase, type WorkflowTemplate } from './schema';

/** A seat as a reader knows it: its title, and the person in it when named. */
export interface SeatName {
	id: string;
	name: string;
}

/** One step of a template resolved against a design for one audience. */
export interface PreviewStep {
	stepId: string;
	phase: Phase;
	activity: string;
	/** The template's rule, e.g. "craft:design". */
	rule: string;
	doneBy: SeatName[];
	/** Why these seats, or why none can do it. */
	why: string;
	/** The steps whose work arrives here from other seats: a hand-off each. */
	handoffFrom: string[];
	review?: { by: SeatName[]; from: 'template' | 'policy'; timing: 'start' | 'end' };
}

export interface TemplatePreview {
	audienceId: string;
	steps: PreviewStep[];
	/** Hand-offs in one run: work passing between different seats along the dependencies. */
	handoffs: number;
	/** Steps no seat of the design can do. */
	unresolved: number;
}

/** The simulation run of a preview: short and seeded, so it answers within about a second. */
export const PREVIEW_RUN = { seed: 1, replications: 4, sensitivity: false } as const;

/** A preview as the editor shows it: none without a current scenario that has an audience. */
export type PreviewAnswer =
	| { kind: 'none' }
	| {
			kind: 'preview';
			scenario: string;
			audience: string;
			/** The audience resolved for, and the scenario's audiences to choose from. */
			audienceId: string;
			audiences: { id: string; name: string }[];
			preview: TemplatePreview;
			/** Simulated lead time of this template on the scenario, working days; null when it cannot run. */
			leadTime: { meanDays: number; p85Days: number } | null;
			/** Why there is no lead time, when there is none. */
			leadTimeNote?: string;
	  };

const sameSeats = (a: readonly SeatName[], b: readonly SeatName[]) =>
	a.length === b.length && a.every((s) => b.some((o) => o.id === s.id));

/**
 * Who does each step of `template` in `design` for `audienceId` (performers.ts, the rules the
 * simulation uses), who reviews it (the approved policy's gate where it sets one, `policy`) and
 * where work changes hands: a step is handed work by each step it depends on (or, with no
 * dependencies, by the step before it) that another seat did. Counts are per run.
 */
export function previewTemplate(
	template: WorkflowTemplate,
	design: Design,
	audienceId: string,
	activities: readonly Pick<Activity, 'id' | 'name' | 'craft' | 'scope'>[],
	work: OwnerWork,
	policy?: Omit<GatePolicy, 'audienceId' | 'design'>
): TemplatePreview {
	const seatName = new Map(
		design.seats.map((s) => [s.id, s.personName ? `${s.title} (${s.personName})` : s.title])
	);
	const named = (ids: readonly string[]) => ids.map((id) => ({ id, name: seatName.get(id) ?? id }));
	const activityName = new Map(activities.map((a) => [a.id, a.name]));
	const facts = new Map(activities.map((a) => [a.id, a]));
	const resolved = new Map(
		resolvePerformers(template, design, audienceId, activities, work).map((r) => [r.stepId, r])
	);
	const gates = reviewGatesOf(template, policy && { ...policy, design, audienceId });
	const steps = stepsOf(template);
	const doneBy = new Map(steps.map((s) => [s.id, named(resolved.get(s.id)?.seats ?? [])]));
	const rows = steps.map((s, i): PreviewStep => {
		const r = resolved.get(s.id)!;
		const before = s.dependsOn.length > 0 ? s.dependsOn : i > 0 ? [steps[i - 1]!.id] : [];
		const mine = doneBy.get(s.id)!;
		const row: PreviewStep = {
			stepId: s.id,
			phase: s.phase,
			activity: activityName.get(s.activityId) ?? s.activityId,
			rule: s.performer,
			doneBy: mine,
			why: r.unresolved ?? r.why ?? '',
			handoffFrom: before.filter((d) => {
				const theirs = doneBy.get(d) ?? [];
				return mine.length > 0 && theirs.length > 0 && !sameSeats(mine, theirs);
			})
		};
		const gate = gates.get(s.id);
		if (gate) {
			const from = gate === s.review ? 'template' : 'policy';
			const seats =
				gate.seatIds ??
				resolveRule(gate.reviewer, design, audienceId, facts.get(s.activityId), work, true).seats;
			row.review = { by: named(seats), from, timing: gate.timing };
		}
		return row;
	});
	return {
		audienceId,
		steps: rows,
		handoffs: rows.reduce((n, r) => n + r.handoffFrom.length, 0),
		unresolved: rows.filter((r) => r.doneBy.length === 0).length
	};
}
