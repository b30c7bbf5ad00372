import { weeklyCounts, weekStatus, type CadenceStatus, type CountedConversation } from './counts';
import { DEFAULT_WEEKLY_TARGET, targetAt, type CadenceTarget } from './targets';
import { isoWeekOf, type CalendarDate } from './weeks';

export interface HealthOptions {
	/** The UTC calendar date to judge on. */
	today: CalendarDate;
	/** Conversations per week; default 1. */
	target?: CadenceTarget;
	marketerId?: string;
	audienceId?: string;
}

/**
 * A marketer's cadence health for the org chart badge: this week's status as `cadence` defines
 * it ('met', 'at-risk' while last week was met, else 'missed'). Pass the marketer's id as the filter.
 */
export function cadenceHealth(
	conversations: Iterable<CountedConversation>,
	{ today, target = DEFAULT_WEEKLY_TARGET, marketerId, audienceId }: HealthOptions
): CadenceStatus {
	const counts = weeklyCounts(conversations, { today, marketerId, audienceId });
	return weekStatus(counts, targetAt(target), isoWeekOf(today));
}
