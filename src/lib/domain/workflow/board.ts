import { spoken, weekOf, type CalendarDate } from './calendar';
import type { Escalation } from './escalations';
import { stepStatusLabels } from './run-context';
import type { RunView, StepView } from './run-view';

/** One card of the board: which run and step, whose, and why it is on the board. */
export interface Card {
	runId: string;
	campaign: string;
	audienceId: string;
	audience: string;
	client: string;
	stepId: string | null;
	title: string;
	owner: string;
	ownerSeatId: string | null;
	due: CalendarDate | null;
	why: string;
}

export interface Board {
	dueThisWeek: Card[];
	blocked: Card[];
	decisionsNeeded: Card[];
}

/** `?audience=&client=&owner=`: owner is a seat id (step owner, or the approver of a decision). */
export interface BoardFilter {
	audience?: string;
	client?: string;
	owner?: string;
}

const card = (run: RunView, step: StepView | null, why: string, owner = step?.owner): Card => ({
	runId: run.id,
	campaign: run.brief.campaignName,
	audienceId: run.audienceId,
	audience: run.audienceName,
	client: run.brief.client,
	stepId: step?.id ?? null,
	title: step ? step.name : run.brief.campaignName,
	owner: owner?.label ?? run.internalOwner.label,
	ownerSeatId: owner?.seatId ?? run.internalOwner.seatId,
	due: step?.due ?? null,
	why
});

const byDue = (a: Card, b: Card) => (a.due ?? '').localeCompare(b.due ?? '');

/**
 * The board across runs on `today` (PRODUCT.md C8): what is due this week (and overdue), what is
 * blocked, and what decision is needed next, each card saying why it is there; escalations add
 * their message to the card of their step.
 */
export function boardOf(
	runs: readonly RunView[],
	today: CalendarDate,
	escalations: readonly Escalation[] = [],
	filter: BoardFilter = {}
): Board {
	const { end } = weekOf(today);
	const board: Board = { dueThisWeek: [], blocked: [], decisionsNeeded: [] };
	const note = (run: RunView, step: StepView) =>
		escalations
			.filter((e) => e.runId === run.id && e.stepId === step.id)
			.map((e) => ` ${e.message}`)
			.join('');
	for (const run of runs) {
		if (run.state === 'cancelled') continue;
		if (filter.audience && run.audienceId !== filter.audience) continue;
		if (filter.client && run.brief.client !== filter.client) continue;
		if (run.state === 'blocked')
			board.blocked.push(card(run, null, `The run is blocked: ${run.blockedReason}.`));
		if (run.state === 'escalated')
			board.decisionsNeeded.push(card(run, null, `Escalated: ${run.escalatedReason}.`));
		for (const s of run.steps) {
			if (s.status === 'done') continue;
			const status = stepStatusLabels[s.status];
			if (s.due <= end)
				board.dueThisWeek.push(
					card(
						run,
						s,
						(s.due < today
							? `Overdue since ${spoken(s.due)}; ${status}.`
							: `Due ${spoken(s.due)}; ${status}.`) + note(run, s)
					)
				);
			if (s.status === 'waitingForInput')
				board.blocked.push(card(run, s, `Waiting for ${s.waitingFor}.` + note(run, s)));
			if (s.status === 'changesRequested')
				board.blocked.push(
					card(run, s, `Changes requested (revision round ${s.rounds}).` + note(run, s))
				);
			const missing = run.inputs.find(
				(i) => i.stepId === s.id && !i.received && i.dueDate <= today
			);
			if (missing && s.status === 'notStarted')
				board.blocked.push(card(run, s, `Needs ${missing.name}, due ${spoken(missing.dueDate)}.`));
			if (s.status === 'inReview' && s.gate)
				board.decisionsNeeded.push(
					card(
						run,
						s,
						`${s.gate.approver.label} approves the ${s.gate.approves} by ${spoken(s.gate.feedbackDue)}.`,
						s.gate.approver
					)
				);
		}
	}
	const mine = (c: Card) => !filter.owner || c.ownerSeatId === filter.owner;
	return {
		dueThisWeek: board.dueThisWeek.filter(mine).sort(byDue),
		blocked: board.blocked.filter(mine).sort(byDue),
		decisionsNeeded: board.decisionsNeeded.filter(mine).sort(byDue)
	};
}
