import {
	addWorkingDays,
	workingDayOnOrBefore,
	workingDaysBetween,
	type CalendarDate
} from './calendar';

/** What scheduling reads of a step: its id, what it waits for, and its length in working days. */
export interface TimedStep {
	id: string;
	dependsOn: readonly string[];
	durationDays: number;
}

/** A step's working days, first and last inclusive. */
export interface Slot {
	start: CalendarDate;
	due: CalendarDate;
}

/** Steps in an order where each comes after everything it waits for (dependencies are acyclic). */
export function topological<T extends TimedStep>(steps: readonly T[]): T[] {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const seen = new Set<string>();
	const out: T[] = [];
	const visit = (s: T) => {
		if (seen.has(s.id)) return;
		seen.add(s.id);
		for (const d of s.dependsOn) {
			const dep = byId.get(d);
			if (dep) visit(dep);
		}
		out.push(s);
	};
	steps.forEach(visit);
	return out;
}

/** Every step `id` waits for, directly or through others. */
function ancestors(steps: readonly TimedStep[], id: string): Set<string> {
	const byId = new Map(steps.map((s) => [s.id, s]));
	const out = new Set<string>();
	const walk = (at: string): void => {
		for (const d of byId.get(at)?.dependsOn ?? [])
			if (!out.has(d)) {
				out.add(d);
				walk(d);
			}
	};
	walk(id);
	return out;
}

const startOf = (due: CalendarDate, days: number) => addWorkingDays(due, -(days - 1));

/**
 * Due dates scheduled back from the launch date along the dependencies, in working days: the
 * launch step (`anchorId`) ends on the launch day, each step ends the working day before the
 * earliest start of the steps waiting for it, and steps after the launch step follow it
 * forward. With no anchor, every step that nothing waits for ends on the launch day.
 */
export function scheduleBack(
	steps: readonly TimedStep[],
	launchDate: CalendarDate,
	anchorId: string | null
): Map<string, Slot> {
	const launch = workingDayOnOrBefore(launchDate);
	const order = topological(steps);
	const after = new Set(
		anchorId ? steps.filter((s) => ancestors(steps, s.id).has(anchorId)).map((s) => s.id) : []
	);
	const slots = new Map<string, Slot>();
	for (const s of [...order].reverse()) {
		if (after.has(s.id)) continue;
		const waiting = steps.filter((t) => t.dependsOn.includes(s.id) && !after.has(t.id));
		const starts = waiting.map((t) => slots.get(t.id)!.start).sort();
		const due = starts.length > 0 ? addWorkingDays(starts[0]!, -1) : launch;
		slots.set(s.id, { start: startOf(due, s.durationDays), due });
	}
	for (const s of order) {
		if (!after.has(s.id)) continue;
		const last =
			s.dependsOn
				.map((d) => slots.get(d)!.due)
				.sort()
				.at(-1) ?? launch;
		const start = addWorkingDays(last, 1);
		slots.set(s.id, { start, due: addWorkingDays(start, s.durationDays - 1) });
	}
	return slots;
}

/**
 * The steps with no slack before `anchorId` (or before the last step when there is none): the
 * chain that sets how early work must start, found by a forward pass from the earliest start.
 */
export function criticalPath(
	steps: readonly TimedStep[],
	slots: Map<string, Slot>,
	anchorId: string | null
): Set<string> {
	const scope = anchorId ? new Set([...ancestors(steps, anchorId), anchorId]) : null;
	const inScope = steps.filter((s) => !scope || scope.has(s.id));
	const first = inScope.map((s) => slots.get(s.id)!.start).sort()[0];
	if (!first) return new Set();
	const finish = new Map<string, CalendarDate>();
	for (const s of topological(inScope)) {
		const ready = s.dependsOn
			.map((d) => finish.get(d))
			.filter((d): d is CalendarDate => !!d)
			.map((d) => addWorkingDays(d, 1))
			.sort()
			.at(-1);
		const start = ready ?? first;
		finish.set(s.id, addWorkingDays(start, s.durationDays - 1));
	}
	return new Set(
		inScope
			.filter((s) => workingDaysBetween(finish.get(s.id)!, slots.get(s.id)!.due) <= 0)
			.map((s) => s.id)
	);
}

/** A step as projection sees it today: where it stands and its current due date. */
export interface ProjectedStep extends TimedStep {
	status:
		'notStarted' | 'inProgress' | 'waitingForInput' | 'inReview' | 'changesRequested' | 'done';
	due: CalendarDate;
	/** No earlier start (not started) or finish (under way) than this: an input or a decision still to come. */
	notBefore?: CalendarDate;
}

/**
 * When each open step is now expected to finish, working forward from `today`: work not started
 * keeps its planned start unless its dependencies or a missing input push it later; work under
 * way ends on its due date or today, whichever is later; sent-back work needs `reworkDays` more.
 * Done steps are absent from the result.
 */
export function project(
	steps: readonly ProjectedStep[],
	today: CalendarDate,
	reworkShare: number
): Map<string, CalendarDate> {
	const finish = new Map<string, CalendarDate>();
	const byId = new Map(steps.map((s) => [s.id, s]));
	const later = (...dates: (CalendarDate | undefined)[]) =>
		dates
			.filter((d): d is CalendarDate => !!d)
			.sort()
			.at(-1)!;
	for (const s of topological(steps)) {
		if (s.status === 'done') continue;
		const deps = s.dependsOn
			.filter((d) => byId.get(d)?.status !== 'done')
			.map((d) => finish.get(d))
			.filter((d): d is CalendarDate => !!d)
			.map((d) => addWorkingDays(d, 1));
		if (s.status === 'notStarted') {
			const start = later(startOf(s.due, s.durationDays), today, s.notBefore, ...deps);
			finish.set(s.id, addWorkingDays(start, s.durationDays - 1));
		} else if (s.status === 'changesRequested') {
			const rework = Math.max(1, Math.ceil(s.durationDays * reworkShare));
			finish.set(s.id, later(s.due, addWorkingDays(today, rework - 1)));
		} else if (s.status === 'waitingForInput') {
			finish.set(s.id, later(s.due, addWorkingDays(today, 1), s.notBefore));
		} else finish.set(s.id, later(s.due, today, s.notBefore));
	}
	return finish;
}
