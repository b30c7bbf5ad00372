import type { Actor } from './schema';

/*
 * Access to quarterly roadmaps (issue 15):
 * - Every signed-in role reads every roadmap and comments on it (leaders read and comment).
 * - Admins edit every lane, cross-audience work included.
 * - A GTM marketer edits the lanes of the audiences their own seat owns in the current scenario
 *   (a seat linked to their email lists the audience), and nothing else.
 * - Reviews are recorded by those who edit: admins and marketers who own a lane.
 */

/** The lane keys (audience ids) the actor's seat owns in the current scenario. */
export type OwnedLanes = ReadonlySet<string>;

/** Whether `actor` may add, change or remove initiatives in the lane `laneKey`. */
export function canEditLane(actor: Actor, laneKey: string, owned: OwnedLanes): boolean {
	if (actor.role === 'admin') return true;
	return actor.role === 'marketer' && owned.has(laneKey);
}

/** Whether `actor` edits any lane at all (the screen then offers editing). */
export const editsAnyLane = (actor: Actor, owned: OwnedLanes) =>
	actor.role === 'admin' || (actor.role === 'marketer' && owned.size > 0);

/** Whether `actor` may record a review of the roadmap. */
export const canReviewRoadmap = editsAnyLane;

/** Whether `actor` may comment on a roadmap: every signed-in role. */
export const canCommentRoadmap = (_actor: Actor) => true;
