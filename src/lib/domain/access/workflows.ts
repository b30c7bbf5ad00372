import type { Actor } from './schema';

/*
 * Access to campaign runs (issue 16):
 * - Every member reads runs, the board and the decision log: the board is the team's one view.
 * - Admins, leaders and GTM marketers start runs (a run belongs to an audience's owner); craft
 *   custodians shape templates and review, so they do not start runs.
 * - Anyone but a craft custodian moves work along; a gate's decision (approve, request changes,
 *   reject) is taken by admins and leaders, by custodians (who review against the standard), or
 *   by the member linked to the gate's approver seat.
 */

export const gateEvents = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'] as const;

export const canStartRun = (actor: Actor) =>
	actor.role === 'admin' || actor.role === 'leader' || actor.role === 'marketer';

/**
 * Whether `actor` (with their email) may send an event of `type`; `approverEmail` is the email
 * linked to the step's gate approver seat, if any.
 */
export function canSendRunEvent(
	actor: Actor & { email?: string },
	type: string,
	approverEmail?: string
): boolean {
	if (actor.role === 'admin' || actor.role === 'leader') return true;
	if ((gateEvents as readonly string[]).includes(type))
		return (
			actor.role === 'custodian' ||
			(!!approverEmail && actor.email?.toLowerCase() === approverEmail.toLowerCase())
		);
	return actor.role === 'marketer';
}
