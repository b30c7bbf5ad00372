import { readsEveryone } from '../access/conversations';
import type { Actor } from '../access/schema';
import type { Audience, Scenario, Seat } from '../scenario/schema';
import type { CadenceStatus } from './counts';
import { cadenceHealth } from './health';
import type { Conversation } from './schema';
import { calendarDateOf } from './weeks';

/** A member as the conversation screens show them. */
export interface Person {
	id: string;
	name: string;
	email: string;
}

export interface AudienceOwner {
	audience: Audience;
	/** The seat whose audienceIds list the audience, if any. */
	seat: Seat | null;
	/** The member whose email the seat is linked to, if any. */
	member: Person | null;
}

const sameEmail = (a: string | undefined, b: string) =>
	a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Every audience of the (current) scenario with its owning seat and the member linked to it. */
export function audienceOwners(
	scenario: Pick<Scenario, 'audiences' | 'seats'> | undefined,
	members: readonly Person[]
): AudienceOwner[] {
	if (!scenario) return [];
	return scenario.audiences.map((audience) => {
		const seat = scenario.seats.find((s) => s.audienceIds.includes(audience.id)) ?? null;
		const member = seat?.memberEmail
			? (members.find((m) => sameEmail(seat.memberEmail, m.email)) ?? null)
			: null;
		return {
			audience,
			seat,
			member: member && { id: member.id, name: member.name, email: member.email }
		};
	});
}

export interface SeatHealth {
	seatId: string;
	/** The member email the seat is linked to, lowercase. */
	email: string;
	status: CadenceStatus;
}

/**
 * This week's cadence health of each seat of the scenario that owns an audience and is linked
 * to a member, for the org chart badge. Admins and leaders get every seat; anyone else only the
 * seats linked to them (others' cadence comes from conversations they may not read).
 */
export function seatHealth(
	scenario: Pick<Scenario, 'seats'> | undefined,
	members: readonly Person[],
	conversations: readonly Conversation[],
	actor: Actor,
	now = new Date()
): SeatHealth[] {
	if (!scenario) return [];
	const today = calendarDateOf(now);
	const live = conversations.filter((c) => c.deletedAt === null);
	return scenario.seats.flatMap((seat) => {
		if (!seat.memberEmail || seat.audienceIds.length === 0) return [];
		const member = members.find((m) => sameEmail(seat.memberEmail, m.email));
		if (!member || (member.id !== actor.id && !readsEveryone(actor))) return [];
		const status = cadenceHealth(live, { today, marketerId: member.id });
		return [{ seatId: seat.id, email: member.email, status }];
	});
}
