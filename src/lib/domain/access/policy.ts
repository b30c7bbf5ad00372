import type { Actor } from './schema';

/*
 * Who may change the AI guardrail policy and the brand layers (issue 14):
 * - Every signed-in member reads the policy, its versions, the document and the brand layers,
 *   and checks drafts.
 * - Admins edit every rule and the checklist, and approve a draft into a version.
 * - A craft custodian edits the rules of the activities of their own craft(s): the crafts of the
 *   craft-custodian seats linked to them in the current scenario.
 * - Brand layers are edited by admins, the custodian of the brand craft and the member whose seat
 *   owns the audience.
 */

/** Whether `actor`, custodian of `crafts`, may change the rule of an activity of `craft`. */
export const canEditPolicyRow = (actor: Actor, craft: string, crafts: readonly string[]) =>
	actor.role === 'admin' || (actor.role === 'custodian' && crafts.includes(craft));

/** Only admins change the checklist every rule draws from. */
export const canEditChecklist = (actor: Actor) => actor.role === 'admin';

/** Only admins approve a draft into a numbered version. */
export const canApprovePolicy = (actor: Actor) => actor.role === 'admin';

/** Admins, the brand custodian and the audience's owner edit an audience's brand layer. */
export const canEditBrandLayer = (
	actor: Actor,
	crafts: readonly string[],
	ownerMemberId: string | null
) =>
	actor.role === 'admin' ||
	(actor.role === 'custodian' && crafts.includes('brand')) ||
	ownerMemberId === actor.id;
