import type { Actor } from './schema';

/*
 * Access to customer conversations, as decided for issue 6:
 * - Anyone logs a conversation only for an audience their own seat owns in the current scenario
 *   (a seat whose memberEmail is their email lists the audience), whatever their role: the log is
 *   the owner's own habit, so admins and leaders do not log on someone's behalf.
 * - Only the member who logged a conversation edits, deletes or restores it. Moving it to another
 *   audience needs ownership of that audience too; editing it in place does not, so a marketer can
 *   still fix their history after a reorganisation.
 * - Admins and leaders read everyone's conversations; everyone else reads only their own.
 */

/** Admins and leaders read every marketer's conversations and cadence. */
export const readsEveryone = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';

/** Whether the actor may read a conversation logged by `marketerId`. */
export const canReadConversation = (actor: Actor, c: { marketerId: string }) =>
	c.marketerId === actor.id || readsEveryone(actor);

/** Only the marketer who logged a conversation changes, deletes or restores it. */
export const canChangeConversation = (actor: Actor, c: { marketerId: string }) =>
	c.marketerId === actor.id;

/** A conversation is logged only by the member linked to the seat owning its audience. */
export const canLogForAudience = (actor: Actor, ownerId: string | null | undefined) =>
	ownerId === actor.id;
