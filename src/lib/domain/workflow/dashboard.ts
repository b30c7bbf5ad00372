import type { BoardFilter } from './board';
import { addWorkingDays, workingDaysBetween, type CalendarDate } from './calendar';
import { dateSlips, type DateSlip } from './dashboard-dates';
import { loadOf, type LoadTable } from './dashboard-load';
import type { ModelFigures } from './dashboard-model';
import { paceOf, type PaceWeek } from './dashboard-pace';
import {
	assetReviews,
	reviewTotals,
	type AssetReviews,
	type ReviewTotals
} from './dashboard-reviews';
import { meanOf, weekdaysBetween } from './dashboard-time';
import type { RunView } from './run-view';

/** One template: what its runs did against what they planned and what the model expects. */
export interface TemplateComparison {
	templateId: string;
	name: string;
	runs: number;
	/** Runs with every step done and timed. */
	finished: number;
	/** Mean planned span, first step's start to last step's due date, working days inclusive. */
	plannedLeadTimeDays: number | null;
	/** Mean weekdays from the first step started to the last step done, finished runs only. */
	actualLeadTimeDays: number | null;
	actual: ReviewTotals;
	/** The simulation's figures for the same template in the current scenario; null when absent. */
	model: ModelFigures | null;
}

export interface Dashboard {
	today: CalendarDate;
	runs: number;
	pace: PaceWeek[];
	reviews: ReviewTotals;
	assets: AssetReviews[];
	slips: DateSlip[];
	load: LoadTable;
	templates: TemplateComparison[];
}

const plannedSpan = (run: RunView) => {
	const starts = run.steps.map((s) => addWorkingDays(s.plannedDue, 1 - s.durationDays)).sort();
	const dues = run.steps.map((s) => s.plannedDue).sort();
	return workingDaysBetween(starts[0]!, dues.at(-1)!) + 1;
};

/** Weekdays from the first start to the last completion, when every step is done and timed. */
const actualSpan = (run: RunView): number | null => {
	if (!run.steps.every((s) => s.status === 'done' && s.doneAt)) return null;
	const starts = run.steps.map((s) => s.startedAt).filter((t): t is string => !!t);
	if (starts.length === 0) return null;
	const ends = run.steps.map((s) => s.doneAt!).sort();
	return weekdaysBetween(starts.sort()[0]!, ends.at(-1)!);
};

/**
 * The operating dashboard over `runs` on `today` (seed 001's internal KPIs): delivery pace,
 * revision rounds and approval time per gated asset, moved or missed dates and load per owner,
 * filtered as the board is (audience, client, owner: a step's owner or a gate's approver), and
 * per template the runs' figures beside the model's (`model`, from the simulation).
 */
export function dashboardOf(
	all: readonly RunView[],
	today: CalendarDate,
	filter: BoardFilter = {},
	model: readonly ModelFigures[] = []
): Dashboard {
	const runs = all.filter(
		(r) =>
			r.state !== 'cancelled' &&
			(!filter.audience || r.audienceId === filter.audience) &&
			(!filter.client || r.brief.client === filter.client)
	);
	const keep = (seatId: string | null) => !filter.owner || seatId === filter.owner;
	const assets = assetReviews(runs).filter(
		(a) => !filter.owner || a.ownerSeatId === filter.owner || a.approverSeatId === filter.owner
	);
	const ids = [...new Set([...runs.map((r) => r.templateId), ...model.map((m) => m.templateId)])];
	const templates = ids.map((id): TemplateComparison => {
		const mine = runs.filter((r) => r.templateId === id);
		const spans = mine.map(actualSpan).filter((d): d is number => d !== null);
		const m = model.find((x) => x.templateId === id) ?? null;
		return {
			templateId: id,
			name: mine[0]?.templateName ?? m?.name ?? id,
			runs: mine.length,
			finished: spans.length,
			plannedLeadTimeDays: meanOf(mine.map(plannedSpan)),
			actualLeadTimeDays: meanOf(spans),
			actual: reviewTotals(assets.filter((a) => mine.some((r) => r.id === a.runId))),
			model: m
		};
	});
	return {
		today,
		runs: runs.length,
		pace: paceOf(runs, keep),
		reviews: reviewTotals(assets),
		assets,
		slips: dateSlips(runs, today, keep),
		load: loadOf(runs, today, keep),
		templates: templates.sort((a, b) => b.runs - a.runs || a.name.localeCompare(b.name))
	};
}
