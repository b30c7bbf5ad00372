import { businessDays, spoken, workingDaysBetween } from './calendar';
import type { RunEvent } from './run-events';
import type { StepView } from './run-view';
import type { Decision, Run } from './run-schema';

/** The facts a decision entry needs besides the event: the run, the step before and after. */
export interface DecisionContext {
	run: Pick<Run, 'id' | 'brief'>;
	before: StepView;
	after: StepView;
	/** Every step after the event, to name what waits on this one. */
	steps: readonly StepView[];
	/** The log so far, oldest first: a reopening points at the approval it revisits. */
	log: readonly Decision[];
	id: string;
	today: string;
}

const asset = (s: StepView) => (s.gate ? `${s.name} (${s.gate.approves})` : s.name);

/**
 * The decision-log entry an approval, a request for changes, a rejection or a reopening writes
 * (seed 001's fields: date, decision, approver, asset, impact, link); null for other events.
 * Impact is in business days.
 */
export function decisionFor(event: RunEvent, d: DecisionContext): Decision | null {
	const { before, after, run } = d;
	const approver = before.gate?.approver.label ?? 'No approver named';
	const waiting = d.steps.filter((s) => s.dependsOn.includes(before.id)).map((s) => s.name);
	const base = {
		id: d.id,
		runId: run.id,
		at: event.at,
		approver,
		recordedBy: event.by,
		stepId: before.id,
		asset: asset(before),
		campaign: run.brief.campaignName,
		scopeChange: false,
		revisits: null,
		link: `/workflows/runs/${run.id}#decision-${d.id}`
	};
	const late = before.gate ? workingDaysBetween(before.gate.feedbackDue, d.today) : 0;
	switch (event.type) {
		case 'APPROVE':
			return {
				...base,
				kind: 'approved',
				decision: `Approved ${asset(before)}${event.note ? `: ${event.note}` : ''}`,
				impact:
					late > 0
						? `Timeline: approved ${businessDays(late)} after feedback was due (${spoken(before.gate!.feedbackDue)}).`
						: `None on the timeline${waiting.length ? `: ${waiting.join(' and ')} can start` : ''}.`
			};
		case 'REQUEST_CHANGES':
			return {
				...base,
				kind: 'changes-requested',
				decision: `Changes requested on ${asset(before)}: ${event.note}`,
				impact: `Revision round ${after.rounds}: the work goes back to ${before.owner.label} and returns to review; due ${spoken(after.due)}.`
			};
		case 'REJECT':
			return {
				...base,
				kind: 'rejected',
				decision: `Rejected ${asset(before)}: ${event.note}`,
				impact: `Deliverables: ${before.name} starts over (revision round ${after.rounds}, ${businessDays(before.durationDays)} of work).`
			};
		case 'REOPEN': {
			const approval = [...d.log]
				.reverse()
				.find((e) => e.stepId === before.id && e.kind === 'approved');
			const scope = after.scopeChanges > before.scopeChanges;
			const when = approval ? ` approved on ${spoken(approval.at.slice(0, 10))}` : '';
			return {
				...base,
				kind: 'reopened',
				decision: `Reopened ${asset(before)}${when}: ${event.reason}`,
				scopeChange: scope,
				revisits: approval?.id ?? null,
				impact: scope
					? `Scope or timeline change: the ${before.phase} phase had closed and later work builds on it; approve the change before it goes ahead.`
					: `Revision round ${after.rounds} before the ${before.phase} phase closed.`
			};
		}
		default:
			return null;
	}
}
