import { workingDaysBetween } from './calendar';
import { send, startRun } from './run-actor';
import type { RunEvent, RunEventRequest } from './run-events';
import { briefSchema, type PlanStep, type Run, type StartRunRequest } from './run-schema';

/** A paid-campaign run for the mid-market audience, launching on `launchDate`. */
export const paidCampaign = (launchDate: string, over: Partial<StartRunRequest['brief']> = {}) => ({
	templateId: 'paid-campaign',
	audienceId: 'mid-market-finance',
	brief: {
		client: '',
		campaignName: 'Close faster in Q1',
		objective: '40 qualified demos from mid-market controllers',
		deliverables: ['Two LinkedIn ads', 'Landing page'],
		channel: 'LinkedIn',
		dueDate: launchDate,
		requiredInputs: [{ name: 'Customer quote from Northwind' }],
		reviewMilestones: ['Plan sign-off', 'Ad review'],
		launchDate,
		constraints: '',
		...over
	}
});

/** A step of a hand-made plan: planned dates and an owner seat (null for none). */
export const planStep = (
	id: string,
	phase: PlanStep['phase'],
	start: string,
	due: string,
	dependsOn: string[] = [],
	over: Partial<PlanStep> = {}
): PlanStep => ({
	id,
	name: id[0]!.toUpperCase() + id.slice(1).replace(/-/g, ' '),
	activityId: id,
	phase,
	dependsOn,
	durationDays: 1 + workingDaysBetween(start, due),
	effortHours: 8,
	owner: { seatId: `seat-${id}`, label: `Owner of ${id}`, email: `${id}@example.test` },
	start,
	due,
	...over
});

/** A gate on a step: the brand custodian approves the copy by `feedbackDue`. */
export const gate = (feedbackDue: string): PlanStep['gate'] => ({
	approver: { seatId: 'brand', label: 'Brand custodian' },
	approves: 'copy',
	checklist: ['Voice'],
	timing: 'end',
	feedbackDue,
	after: 'Once approved, design can start.'
});

/**
 * A landing-page run launching Tuesday 15 December 2026: copy (gated, 7–9 Dec) → design
 * (10–14 Dec) → launch (15 Dec); the copy needs the offer by Monday 7 December.
 */
export function landingRun(over: Partial<Run> = {}): Run {
	const steps = [
		planStep('copy', 'creative', '2026-12-07', '2026-12-09', [], { gate: gate('2026-12-09') }),
		planStep('design', 'creative', '2026-12-10', '2026-12-14', ['copy']),
		planStep('launch', 'launch', '2026-12-15', '2026-12-15', ['design'])
	];
	const brief = briefSchema.parse({
		...paidCampaign('2026-12-15').brief,
		campaignName: 'Landing page',
		requiredInputs: [{ name: 'The offer', stepId: 'copy', dueDate: '2026-12-07' }]
	});
	return {
		id: 'run-1',
		templateId: 'paid-campaign',
		templateName: 'Paid campaign',
		scenarioId: 'scn',
		audienceId: 'mid-market-finance',
		audienceName: 'Mid-market controllers',
		brief,
		internalOwner: { seatId: 'gtm', label: 'GTM marketer' },
		phases: [
			{ phase: 'creative', accountable: { seatId: 'gtm', label: 'GTM marketer' } },
			{ phase: 'launch', accountable: { seatId: 'ops', label: 'Ops lead' } }
		],
		steps,
		launchStepId: 'launch',
		critical: ['copy', 'design', 'launch'],
		snapshot: startRun({
			steps: steps.map((s) => ({
				id: s.id,
				phase: s.phase,
				dependsOn: s.dependsOn,
				gated: !!s.gate,
				due: s.due
			})),
			inputs: [{ name: 'The offer', stepId: 'copy', dueDate: '2026-12-07' }]
		}),
		createdBy: 'ada',
		createdAt: '2026-12-01T09:00:00.000Z',
		updatedAt: '2026-12-01T09:00:00.000Z',
		version: 1,
		...over
	};
}

/** The run after `events` (each stamped now by ada); throws on a refused one. */
export function after(run: Run, events: RunEventRequest[]): Run {
	let snapshot = run.snapshot;
	for (const e of events) {
		const sent = send(snapshot, { ...e, at: '2026-12-08T09:00:00.000Z', by: 'ada' } as RunEvent);
		if (!sent.ok) throw new Error(`${e.type} refused: ${sent.reason}`);
		snapshot = sent.persisted;
	}
	return { ...run, snapshot, version: run.version + events.length };
}
