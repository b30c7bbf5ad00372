import type { Scenario } from '../scenario/schema';
import type { Actor, Role } from './schema';

/** Workspace-wide acts and the roles that may do them. */
export const permissions = {
	'catalogue.override': ['admin'],
	'members.invite': ['admin'],
	'members.manage': ['admin'],
	'members.read': ['admin', 'leader'],
	'scenarios.create': ['admin', 'leader'],
	'scenarios.publish': ['admin'],
	'tokens.create': ['admin', 'leader', 'custodian', 'marketer'],
	'workspace.profile': ['admin']
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof permissions;

export function can(actor: Actor, permission: Permission): boolean {
	return (permissions[permission] as readonly Role[]).includes(actor.role);
}

type ScenarioAccess = Pick<Scenario, 'authorId' | 'status' | 'visibility'>;

/** A draft is confidential: only its author and admins see it until it is shared. */
export function canReadScenario(actor: Actor, scenario: ScenarioAccess): boolean {
	if (actor.role === 'admin' || scenario.authorId === actor.id) return true;
	return scenario.status === 'current' || scenario.visibility === 'workspace';
}

/** Admins edit any scenario; a leader edits the ones they wrote. */
export function canEditScenario(actor: Actor, scenario: ScenarioAccess): boolean {
	if (actor.role === 'admin') return true;
	return actor.role === 'leader' && scenario.authorId === actor.id;
}

/** Sharing widens who can read, so it is the author's or an admin's call. */
export const canShareScenario = canEditScenario;
export const canDeleteScenario = (actor: Actor, scenario: ScenarioAccess) =>
	canEditScenario(actor, scenario) && scenario.status !== 'current';

/** Admins and leaders run and save assessments; every role reads the saved ones. */
export const canCreateAssessment = (actor: Actor) =>
	actor.role === 'admin' || actor.role === 'leader';

/** Admins change any saved assessment; a leader changes the ones they wrote. */
export const canEditAssessment = (actor: Actor, record: { authorId: string }) =>
	actor.role === 'admin' || (actor.role === 'leader' && record.authorId === actor.id);
