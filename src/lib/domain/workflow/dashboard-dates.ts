import { workingDaysBetween, type CalendarDate } from './calendar';
import type { RunView } from './run-view';

/** A step whose date moved or was missed. */
export interface DateSlip {
	runId: string;
	campaign: string;
	stepId: string;
	step: string;
	owner: string;
	plannedDue: CalendarDate;
	due: CalendarDate;
	/** Times the due date moved. */
	moves: number;
	/** Working days the due date moved in all (negative when earlier). */
	shiftDays: number;
	/** Done date, null while open. */
	doneOn: CalendarDate | null;
	/** Working days late against the current due date: done after it, or open past it today. */
	lateDays: number;
}

/**
 * Steps of `runs` (cancelled runs left out) whose due date moved or was missed on `today`: done
 * after its due date, or still open after it. Latest first by how late, then by moves.
 */
export function dateSlips(
	runs: readonly RunView[],
	today: CalendarDate,
	keep: (ownerSeatId: string | null) => boolean
): DateSlip[] {
	const out: DateSlip[] = [];
	for (const run of runs) {
		if (run.state === 'cancelled') continue;
		for (const s of run.steps) {
			if (!keep(s.owner.seatId)) continue;
			const doneOn = s.status === 'done' && s.doneAt ? s.doneAt.slice(0, 10) : null;
			const end = s.status === 'done' ? doneOn : today;
			const lateDays = end && end > s.due ? workingDaysBetween(s.due, end) : 0;
			if (s.dueHistory.length === 0 && lateDays <= 0) continue;
			out.push({
				runId: run.id,
				campaign: run.brief.campaignName,
				stepId: s.id,
				step: s.name,
				owner: s.owner.label,
				plannedDue: s.plannedDue,
				due: s.due,
				moves: s.dueHistory.length,
				shiftDays: workingDaysBetween(s.plannedDue, s.due),
				doneOn,
				lateDays: Math.max(0, lateDays)
			});
		}
	}
	return out.sort((a, b) => b.lateDays - a.lateDays || b.moves - a.moves);
}
