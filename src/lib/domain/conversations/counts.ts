import type { Conversation } from './schema';
import { addIsoWeeks, isoWeekOf, type CalendarDate, type IsoWeek } from './weeks';

/** The fields cadence reads from a conversation. */
export type CountedConversation = Pick<
	Conversation,
	'date' | 'marketerId' | 'audienceId' | 'deletedAt'
>;

export interface CountFilter {
	/** The UTC calendar date the counts are taken on; later conversations are ignored. */
	today: CalendarDate;
	marketerId?: string;
	audienceId?: string;
}

/**
 * Conversations per ISO week, skipping deleted ones, ones dated after `today` and ones outside
 * the filter. Weeks without conversations are absent.
 */
export function weeklyCounts(
	conversations: Iterable<CountedConversation>,
	{ today, marketerId, audienceId }: CountFilter
): Map<IsoWeek, number> {
	const counts = new Map<IsoWeek, number>();
	for (const conversation of conversations) {
		if (conversation.deletedAt !== null || conversation.date > today) continue;
		if (marketerId !== undefined && conversation.marketerId !== marketerId) continue;
		if (audienceId !== undefined && conversation.audienceId !== audienceId) continue;
		const week = isoWeekOf(conversation.date);
		counts.set(week, (counts.get(week) ?? 0) + 1);
	}
	return counts;
}

/** 'met': this week reached its target; 'at-risk': not yet, but last week did; 'missed': neither. */
export type CadenceStatus = 'met' | 'at-risk' | 'missed';

/**
 * This week's status. The week is not over, so falling short of the target only puts it at risk
 * while last week was met; when last week also fell short, the habit is already broken: missed.
 */
export function weekStatus(
	counts: ReadonlyMap<IsoWeek, number>,
	targetFor: (week: IsoWeek) => number,
	thisWeek: IsoWeek
): CadenceStatus {
	const met = (week: IsoWeek) => (counts.get(week) ?? 0) >= targetFor(week);
	if (met(thisWeek)) return 'met';
	return met(addIsoWeeks(thisWeek, -1)) ? 'at-risk' : 'missed';
}
