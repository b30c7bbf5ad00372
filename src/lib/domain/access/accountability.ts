import type { Scenario } from '../scenario/schema';
import { canEditScenario } from './permissions';
import type { Actor } from './schema';

/*
 * Who may change an accountability map, as decided for issue 13:
 * - Admins and the scenario's editors (canEditScenario) set any cell of any row.
 * - A GTM marketer (role `marketer`) whose seat in the scenario carries their email sets cells
 *   only in the rows of the audiences that seat owns: they shape their own audience's work but
 *   may not rewrite another audience's row, nor a cross-audience row (that is a custodian's
 *   standard, decided by the scenario's editors).
 * - Everyone else reads the map and changes nothing.
 * - The workspace's source-of-truth map is workspace-wide: admins only.
 */

/** Who is acting, with the email that links them to a seat. */
export type MapEditor = Actor & { email?: string };

/** Which rows an actor may change: every row, or the rows of these audience ids. */
export type RowScope = 'all' | ReadonlySet<string>;

type ScenarioFacts = Pick<Scenario, 'authorId' | 'status' | 'visibility' | 'seats' | 'audiences'>;

const sameEmail = (a: string | undefined, b: string | undefined) =>
	!!a && !!b && a.toLowerCase() === b.toLowerCase();

/** The rows `actor` may change in `scenario`'s map, or null when they may change none. */
export function accountabilityScope(actor: MapEditor, scenario: ScenarioFacts): RowScope | null {
	if (canEditScenario(actor, scenario)) return 'all';
	if (actor.role !== 'marketer') return null;
	const mine = scenario.seats.filter((s) => sameEmail(s.memberEmail, actor.email));
	const ids = new Set([
		...mine.flatMap((s) => s.audienceIds),
		...scenario.audiences.filter((a) => mine.some((s) => s.id === a.ownerSeatId)).map((a) => a.id)
	]);
	return ids.size > 0 ? ids : null;
}

/** Whether a scope covers the row of `audienceId` (null: a cross-audience row). */
export const coversRow = (scope: RowScope, audienceId: string | null) =>
	scope === 'all' || (audienceId !== null && scope.has(audienceId));

/** The workspace's source-of-truth map is changed by admins only. */
export const canEditSourceOfTruth = (actor: Actor) => actor.role === 'admin';
