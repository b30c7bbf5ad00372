import { z } from 'zod';
import {
	weeklyCounts,
	weekStatus,
	type CadenceStatus,
	type CountFilter,
	type CountedConversation
} from './counts';
import { DEFAULT_WEEKLY_TARGET, targetAt, type CadenceTarget } from './targets';
import { addIsoWeeks, isoWeekOf, weekStart, type CalendarDate, type IsoWeek } from './weeks';

export const DEFAULT_CADENCE_WEEKS = 13;
export const MAX_CADENCE_WEEKS = 104;

/** The `weeks` query parameter: how many weeks the window shows, 1–104. */
export const cadenceWeeksSchema = z.coerce
	.number({ error: 'expected a number of weeks' })
	.int('expected a whole number of weeks')
	.min(1, 'must be at least 1')
	.max(MAX_CADENCE_WEEKS, `must be at most ${MAX_CADENCE_WEEKS}`);

export interface CadenceOptions extends CountFilter {
	/** Weeks in the window, ending with this week; default 13, at most 104. */
	weeks?: number;
	/** Conversations per week, or a list of changes; default 1. */
	target?: CadenceTarget;
}

export interface CadenceWeek {
	week: IsoWeek;
	/** The Monday the week starts on. */
	start: CalendarDate;
	count: number;
	target: number;
	met: boolean;
}

/** A run of finished weeks below their target. */
export interface CadenceGap {
	from: IsoWeek;
	to: IsoWeek;
	weeks: number;
}

export interface Cadence {
	/** This week's target, conversations/week. */
	target: number;
	/** The window, oldest week first, ending with this week. */
	weeks: CadenceWeek[];
	currentStreak: number;
	longestStreak: number;
	gaps: CadenceGap[];
	thisWeek: { week: IsoWeek; count: number; target: number; status: CadenceStatus };
}

/**
 * Weekly conversation cadence as of `today` (a UTC calendar date), by ISO week. A week is met
 * when its count reaches the target in force that week. Deleted conversations and ones dated
 * after `today` never count.
 * - currentStreak: met weeks in a row ending this week, or ending last week while this week is
 *   not yet met (the week is not over).
 * - longestStreak: the longest run over all history, not just the window.
 * - thisWeek.status: 'met'; 'at-risk' when not yet met but last week was; otherwise 'missed'.
 * - gaps: runs of unmet weeks in the window, not counting this week (it is not over).
 */
export function cadence(
	conversations: Iterable<CountedConversation>,
	options: CadenceOptions
): Cadence {
	const { today, weeks = DEFAULT_CADENCE_WEEKS, target = DEFAULT_WEEKLY_TARGET } = options;
	if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_CADENCE_WEEKS) {
		throw new RangeError(`weeks must be a whole number from 1 to ${MAX_CADENCE_WEEKS}`);
	}
	const counts = weeklyCounts(conversations, options);
	const targetFor = targetAt(target);
	const isMet = (week: IsoWeek) => (counts.get(week) ?? 0) >= targetFor(week);
	const thisWeek = isoWeekOf(today);

	const window = Array.from({ length: weeks }, (_, index): CadenceWeek => {
		const week = addIsoWeeks(thisWeek, index - weeks + 1);
		const count = counts.get(week) ?? 0;
		return { week, start: weekStart(week), count, target: targetFor(week), met: isMet(week) };
	});
	const metWeeks = [...counts.keys()].filter(isMet).sort();
	let currentStreak = 0;
	let week = isMet(thisWeek) ? thisWeek : addIsoWeeks(thisWeek, -1);
	while (isMet(week)) {
		currentStreak += 1;
		week = addIsoWeeks(week, -1);
	}

	return {
		target: targetFor(thisWeek),
		weeks: window,
		currentStreak,
		longestStreak: longestRun(metWeeks),
		gaps: gapsIn(window.filter((entry) => entry.week !== thisWeek)),
		thisWeek: {
			week: thisWeek,
			count: counts.get(thisWeek) ?? 0,
			target: targetFor(thisWeek),
			status: weekStatus(counts, targetFor, thisWeek)
		}
	};
}

/** The longest run of consecutive ISO weeks in a sorted list of distinct weeks. */
function longestRun(sortedWeeks: readonly IsoWeek[]): number {
	let longest = 0;
	let run = 0;
	let previous: IsoWeek | undefined;
	for (const week of sortedWeeks) {
		run = previous !== undefined && addIsoWeeks(previous, 1) === week ? run + 1 : 1;
		longest = Math.max(longest, run);
		previous = week;
	}
	return longest;
}

/** Maximal runs of unmet weeks in consecutive window weeks. */
function gapsIn(window: readonly CadenceWeek[]): CadenceGap[] {
	const gaps: CadenceGap[] = [];
	for (const entry of window) {
		const last = gaps.at(-1);
		if (entry.met) continue;
		if (last && addIsoWeeks(last.to, 1) === entry.week) {
			last.to = entry.week;
			last.weeks += 1;
		} else gaps.push({ from: entry.week, to: entry.week, weeks: 1 });
	}
	return gaps;
}
