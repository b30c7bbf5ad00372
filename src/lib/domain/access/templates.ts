import type { Actor } from './schema';

/*
 * Who may edit workflow templates (issue 16, the template editor):
 * - Every member reads the templates, edited or not, and previews them against the current
 *   scenario (a preview changes nothing).
 * - Admins edit and reset every template.
 * - A craft custodian edits and resets the templates of their craft: a template whose work
 *   (an activity's craft, or a performer or reviewer naming a craft) includes a craft of a
 *   craft-custodian seat linked to them in the current scenario.
 * - Leaders and GTM marketers read only: they run templates, custodians shape them.
 */

/** Whether `actor`, custodian of `actorCrafts`, may change a template whose work has `templateCrafts`. */
export const canEditTemplate = (
	actor: Actor,
	templateCrafts: readonly string[],
	actorCrafts: readonly string[]
) =>
	actor.role === 'admin' ||
	(actor.role === 'custodian' && templateCrafts.some((c) => actorCrafts.includes(c)));
