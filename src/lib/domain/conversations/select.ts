import { canReadConversation, readsEveryone } from '../access/conversations';
import type { Actor } from '../access/schema';
import type { Conversation } from './schema';
import type { CalendarDate } from './weeks';

/** A deleted conversation can be restored for this many days, then it is purged. */
export const RESTORE_DAYS = 30;
const DAY_MS = 86_400_000;

export type DeletedFilter = 'exclude' | 'include' | 'only';

export interface ConversationFilter {
	marketer?: string;
	audience?: string;
	/** Inclusive calendar dates. */
	from?: CalendarDate;
	to?: CalendarDate;
	deleted?: DeletedFilter;
}

/** Until when a deleted conversation can be restored (null while it is not deleted). */
export const restorableUntil = (c: Pick<Conversation, 'deletedAt'>): string | null =>
	c.deletedAt === null
		? null
		: new Date(Date.parse(c.deletedAt) + RESTORE_DAYS * DAY_MS).toISOString();

/** Deleted more than RESTORE_DAYS ago at `now`: gone for good. */
export const expired = (c: Pick<Conversation, 'deletedAt'>, now: Date) =>
	c.deletedAt !== null && Date.parse(c.deletedAt) + RESTORE_DAYS * DAY_MS <= now.getTime();

const newestFirst = (a: Conversation, b: Conversation) =>
	b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** Thrown when the filter names another marketer and the actor may not read theirs. */
export class ForeignMarketerError extends Error {}

/** The conversations the actor may read and the filter keeps, newest first. */
export function selectConversations(
	conversations: readonly Conversation[],
	actor: Actor,
	filter: ConversationFilter = {},
	now = new Date()
): Conversation[] {
	if (filter.marketer !== undefined && filter.marketer !== actor.id && !readsEveryone(actor))
		throw new ForeignMarketerError(
			"Only admins and leaders can read other marketers' conversations."
		);
	const deleted = filter.deleted ?? 'exclude';
	return conversations
		.filter(
			(c) =>
				!expired(c, now) &&
				canReadConversation(actor, c) &&
				(filter.marketer === undefined || c.marketerId === filter.marketer) &&
				(filter.audience === undefined || c.audienceId === filter.audience) &&
				(filter.from === undefined || c.date >= filter.from) &&
				(filter.to === undefined || c.date <= filter.to) &&
				(deleted === 'include' || (deleted === 'only') === (c.deletedAt !== null))
		)
		.sort(newestFirst);
}
