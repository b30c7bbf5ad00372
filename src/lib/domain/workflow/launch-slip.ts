import { addWorkingDays, businessDays, workingDaysBetween, type CalendarDate } from './calendar';
import type { RunView } from './run-view';
import { project, type ProjectedStep } from './schedule';

/** Where the run ends before its launch date: the launch step's finish, else the latest finish. */
function launchFinish(run: RunView, finish: Map<string, CalendarDate>): CalendarDate | undefined {
	if (run.launchStepId && run.steps.find((s) => s.id === run.launchStepId)?.status === 'done')
		return undefined;
	if (run.launchStepId) return finish.get(run.launchStepId);
	return [...finish.values()].sort().at(-1);
}

/** Inputs not in by their due date hold the step that needs them: it keeps its lead time. */
function inputHolds(run: RunView, today: CalendarDate, arrives: CalendarDate) {
	const holds = new Map<string, CalendarDate>();
	for (const input of run.inputs) {
		if (input.received || input.dueDate > today) continue;
		const step = run.steps.find((s) => s.id === input.stepId);
		if (!step) continue;
		const lead = Math.max(0, workingDaysBetween(input.dueDate, step.start));
		holds.set(step.id, addWorkingDays(arrives, lead));
	}
	return holds;
}

/**
 * Business days the launch date moves, projecting from `today`, when the steps in `hold` cannot
 * start (or finish) before the given dates; inputs overdue today are assumed to arrive tomorrow.
 */
export function launchSlip(
	run: RunView,
	today: CalendarDate,
	reworkShare: number,
	hold: Map<string, CalendarDate> = new Map()
): { days: number; finish: CalendarDate | undefined } {
	const inputs = inputHolds(run, today, addWorkingDays(today, 1));
	const steps: ProjectedStep[] = run.steps.map((s) => {
		const dates = [inputs.get(s.id), hold.get(s.id)].filter((d): d is string => !!d).sort();
		return { ...s, ...(dates.length ? { notBefore: dates.at(-1)! } : {}) };
	});
	const finish = launchFinish(run, project(steps, today, reworkShare));
	const days = finish ? Math.max(0, workingDaysBetween(run.brief.launchDate, finish)) : 0;
	return { days, finish };
}

/** "the launch date moves by 2 business days", or that it holds. */
export const moves = (days: number) =>
	days > 0 ? `the launch date moves by ${businessDays(days)}` : 'the launch date still holds';
