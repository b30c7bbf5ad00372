import type { Role } from '../../domain/access/schema';
import type { Scenario } from '../../domain/scenario/schema';
import type { Tx } from './db';

/** A member as the conversation screens name them. */
export interface RosterMember {
	id: string;
	name: string;
	email: string;
	role: Role;
}

/** Every member, as the conversation screens name them. */
export const roster = async (tx: Tx): Promise<RosterMember[]> =>
	(await tx.all('members')).map(({ id, name, email, role }) => ({ id, name, email, role }));

/** The current scenario, whose seats own the audiences conversations are logged for. */
export const currentOf = async (tx: Tx): Promise<Scenario | undefined> =>
	(await tx.find('scenarios', 'status', 'current'))[0];
