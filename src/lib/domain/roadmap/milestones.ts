import { isoDate, weekEnd, weekStart } from './quarter';
import type { Initiative, Quarter } from './schema';

export type MilestoneKind = 'start' | 'due' | 'outcome';

/** A dated point of an initiative: its start, its due date, and when its outcome is checked. */
export interface Milestone {
	initiativeId: string;
	kind: MilestoneKind;
	/** YYYY-MM-DD. */
	date: string;
	title: string;
}

/**
 * The milestones of a quarter's initiatives (dropped ones left out): the Monday of the start
 * week, the Sunday of the end week and the outcome's by-date when set; in date order.
 */
export function milestonesOf(quarter: Quarter, initiatives: readonly Initiative[]): Milestone[] {
	const out: Milestone[] = [];
	for (const i of initiatives) {
		if (i.status === 'dropped') continue;
		out.push(
			{
				initiativeId: i.id,
				kind: 'start',
				date: isoDate(weekStart(quarter, i.startWeek)),
				title: `Start: ${i.title}`
			},
			{
				initiativeId: i.id,
				kind: 'due',
				date: isoDate(weekEnd(quarter, i.endWeek)),
				title: `Due: ${i.title}`
			}
		);
		const o = i.outcome;
		if (o.byDate && o.metric)
			out.push({
				initiativeId: i.id,
				kind: 'outcome',
				date: o.byDate,
				title: `Outcome check: ${i.title} (${o.metric} ${o.baseline ?? '?'} → ${o.target ?? '?'})`
			});
	}
	return out.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}
