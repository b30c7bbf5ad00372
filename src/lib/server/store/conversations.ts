import type { Actor } from '../../domain/access/schema';
import {
	cadence as cadenceOf,
	type Cadence,
	type CadenceOptions
} from '../../domain/conversations/cadence';
import { cadenceHealth } from '../../domain/conversations/health';
import type { CadenceStatus } from '../../domain/conversations/counts';
import {
	notInFuture,
	type Conversation,
	type ConversationRequest
} from '../../domain/conversations/schema';
import { calendarDateOf, type CalendarDate } from '../../domain/conversations/weeks';
import type { Audience, Scenario, Seat } from '../../domain/scenario/schema';
import { AppError, forbidden, invalid, notFound } from '../errors';
import { expectVersion, getStore } from './db';
import { newId } from './ids';
import type { MemberRecord, StoreData } from './schema';

/**
 * Access, as decided for issue 6:
 * - Anyone logs a conversation only for an audience their own seat owns in the current scenario
 *   (a seat whose memberEmail is their email lists the audience), whatever their role: the log is
 *   the owner's own habit, so admins and leaders do not log on someone's behalf.
 * - Only the member who logged a conversation edits, deletes or restores it. Moving it to another
 *   audience needs ownership of that audience too; editing it in place does not, so a marketer can
 *   still fix their history after a reorganisation.
 * - Admins and leaders read everyone's conversations; everyone else reads only their own.
 * - A delete is reversible for 30 days; after that the conversation is purged on the next write
 *   and cannot be restored.
 */
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

const expired = (c: Conversation, now: Date) =>
	c.deletedAt !== null && Date.parse(c.deletedAt) + RESTORE_DAYS * DAY_MS <= now.getTime();

export const readsEveryone = (actor: Actor) => actor.role === 'admin' || actor.role === 'leader';

/** The one current scenario, if an admin has published one. */
export const currentScenario = (data: Readonly<StoreData>): Scenario | undefined =>
	data.scenarios.find((s) => s.status === 'current');

const sameEmail = (a: string | undefined, b: string) =>
	a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

export interface AudienceOwner {
	audience: Audience;
	/** The seat whose audienceIds list the audience, if any. */
	seat: Seat | null;
	/** The member whose email the seat is linked to, if any. */
	member: Pick<MemberRecord, 'id' | 'name' | 'email'> | null;
}

/** Every audience of the current scenario with its owning seat and the member linked to it. */
export function audienceOwners(data: Readonly<StoreData>): AudienceOwner[] {
	const scenario = currentScenario(data);
	if (!scenario) return [];
	return scenario.audiences.map((audience) => {
		const seat = scenario.seats.find((s) => s.audienceIds.includes(audience.id)) ?? null;
		const member = seat?.memberEmail
			? (data.members.find((m) => sameEmail(seat.memberEmail, m.email)) ?? null)
			: null;
		return {
			audience,
			seat,
			member: member && { id: member.id, name: member.name, email: member.email }
		};
	});
}

/** The audiences a member owns in the current scenario, through a seat linked to their email. */
export function ownedAudiences(data: Readonly<StoreData>, memberId: string): AudienceOwner[] {
	return audienceOwners(data).filter((o) => o.member?.id === memberId);
}

/** Refuses an audience that is not in the current scenario (400) or not the actor's (403). */
function assertOwns(data: Readonly<StoreData>, actor: Actor, audienceId: string): void {
	const owner = audienceOwners(data).find((o) => o.audience.id === audienceId);
	if (!owner) {
		const why = currentScenario(data)
			? `no audience "${audienceId}" in the current scenario`
			: 'there is no current scenario yet, so no audience can be chosen';
		throw invalid(`audienceId: ${why}`, [{ path: 'audienceId', message: why }]);
	}
	if (owner.member?.id !== actor.id)
		throw forbidden(
			`You can log conversations only for audiences you own; "${owner.audience.name}" is not yours. An admin links your seat to your account in the org designer.`
		);
}

function assertNotFuture(date: CalendarDate, now: Date): void {
	const today = calendarDateOf(now);
	if (!notInFuture(date, today)) {
		const message = `must not be in the future (today is ${today})`;
		throw invalid(`date: ${message}`, [{ path: 'date', message }]);
	}
}

/** A conversation the actor may read, or 404 (others' conversations are not revealed). */
function readable(data: Readonly<StoreData>, actor: Actor, id: string, now: Date): Conversation {
	const found = data.conversations.find((c) => c.id === id);
	if (!found || expired(found, now) || (found.marketerId !== actor.id && !readsEveryone(actor)))
		throw notFound('Conversation');
	return found;
}

/** A conversation the actor logged, else 404 or (when they can read it) 403. */
function own(data: StoreData, actor: Actor, id: string, now: Date): Conversation {
	const found = readable(data, actor, id, now);
	if (found.marketerId !== actor.id)
		throw forbidden('Only the marketer who logged a conversation can change it.');
	return found;
}

const purge = (data: StoreData, now: Date) => {
	data.conversations = data.conversations.filter((c) => !expired(c, now));
};

const newestFirst = (a: Conversation, b: Conversation) =>
	b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

/** The conversations `data` holds that the actor may read and the filter keeps, newest first. */
export function select(
	data: Readonly<StoreData>,
	actor: Actor,
	filter: ConversationFilter = {},
	now = new Date()
): Conversation[] {
	if (filter.marketer !== undefined && filter.marketer !== actor.id && !readsEveryone(actor))
		throw forbidden("Only admins and leaders can read other marketers' conversations.");
	const deleted = filter.deleted ?? 'exclude';
	return data.conversations
		.filter(
			(c) =>
				!expired(c, now) &&
				(readsEveryone(actor) || c.marketerId === actor.id) &&
				(filter.marketer === undefined || c.marketerId === filter.marketer) &&
				(filter.audience === undefined || c.audienceId === filter.audience) &&
				(filter.from === undefined || c.date >= filter.from) &&
				(filter.to === undefined || c.date <= filter.to) &&
				(deleted === 'include' || (deleted === 'only') === (c.deletedAt !== null))
		)
		.sort(newestFirst)
		.map((c) => structuredClone(c));
}

export async function list(
	actor: Actor,
	filter: ConversationFilter = {},
	now = new Date()
): Promise<Conversation[]> {
	return select((await getStore()).data, actor, filter, now);
}

export async function get(actor: Actor, id: string, now = new Date()): Promise<Conversation> {
	return structuredClone(readable((await getStore()).data, actor, id, now));
}

/** Logs a conversation by the actor for an audience they own; 400 for a future date. */
export async function create(
	actor: Actor,
	input: ConversationRequest,
	now = new Date()
): Promise<Conversation> {
	assertNotFuture(input.date, now);
	const store = await getStore();
	return store.update((data) => {
		assertOwns(data, actor, input.audienceId);
		purge(data, now);
		const at = now.toISOString();
		const conversation: Conversation = {
			...structuredClone(input),
			id: newId(),
			marketerId: actor.id,
			createdAt: at,
			updatedAt: at,
			version: 1,
			deletedAt: null
		};
		data.conversations.push(conversation);
		return structuredClone(conversation);
	});
}

/** Replaces the fields of the actor's own conversation if `expectedVersion` is current (else 409). */
export async function update(
	actor: Actor,
	id: string,
	input: ConversationRequest,
	expectedVersion: number,
	now = new Date()
): Promise<Conversation> {
	assertNotFuture(input.date, now);
	const store = await getStore();
	return store.update((data) => {
		const conversation = own(data, actor, id, now);
		if (conversation.deletedAt !== null)
			throw new AppError(
				409,
				'conversation_deleted',
				'This conversation is deleted; restore it before editing it.'
			);
		expectVersion(conversation, expectedVersion, 'This conversation');
		if (input.audienceId !== conversation.audienceId) assertOwns(data, actor, input.audienceId);
		const { id: keep, marketerId, createdAt, deletedAt } = conversation;
		const next: Conversation = {
			...structuredClone(input),
			id: keep,
			marketerId,
			createdAt,
			deletedAt,
			updatedAt: now.toISOString(),
			version: conversation.version + 1
		};
		data.conversations[data.conversations.indexOf(conversation)] = next;
		purge(data, now);
		return structuredClone(next);
	});
}

/** Marks the actor's own conversation deleted, restorable for 30 days; deleting twice is a no-op. */
export async function remove(
	actor: Actor,
	id: string,
	expectedVersion?: number,
	now = new Date()
): Promise<Conversation> {
	const store = await getStore();
	return store.update((data) => {
		const conversation = own(data, actor, id, now);
		if (conversation.deletedAt !== null) return structuredClone(conversation);
		if (expectedVersion !== undefined)
			expectVersion(conversation, expectedVersion, 'This conversation');
		Object.assign(conversation, {
			deletedAt: now.toISOString(),
			updatedAt: now.toISOString(),
			version: conversation.version + 1
		});
		purge(data, now);
		return structuredClone(conversation);
	});
}

/** Undoes a delete within 30 days; restoring a live conversation is a no-op. */
export async function restore(
	actor: Actor,
	id: string,
	expectedVersion?: number,
	now = new Date()
): Promise<Conversation> {
	const store = await getStore();
	return store.update((data) => {
		const found = data.conversations.find((c) => c.id === id);
		if (found && found.marketerId === actor.id && expired(found, now))
			throw new AppError(
				409,
				'restore_expired',
				`This conversation was deleted more than ${RESTORE_DAYS} days ago and can no longer be restored.`
			);
		const conversation = own(data, actor, id, now);
		if (conversation.deletedAt === null) return structuredClone(conversation);
		if (expectedVersion !== undefined)
			expectVersion(conversation, expectedVersion, 'This conversation');
		Object.assign(conversation, {
			deletedAt: null,
			updatedAt: now.toISOString(),
			version: conversation.version + 1
		});
		return structuredClone(conversation);
	});
}

export interface CadenceQuery {
	marketer?: string;
	audience?: string;
	weeks?: number;
	target?: CadenceOptions['target'];
}

/**
 * Weekly cadence of the conversations the actor may read. A member other than an admin or leader
 * gets their own cadence (asking for someone else's is 403); admins and leaders get the whole
 * team's unless they name a marketer.
 */
export async function cadence(
	actor: Actor,
	query: CadenceQuery = {},
	now = new Date()
): Promise<Cadence> {
	const marketer = query.marketer ?? (readsEveryone(actor) ? undefined : actor.id);
	const conversations = await list(actor, { marketer, audience: query.audience }, now);
	return cadenceOf(conversations, {
		today: calendarDateOf(now),
		weeks: query.weeks,
		target: query.target
	});
}

export interface SeatHealth {
	seatId: string;
	/** The member email the seat is linked to, lowercase. */
	email: string;
	status: CadenceStatus;
}

/**
 * This week's cadence health of each seat in the current scenario that owns an audience and is
 * linked to a member, for the org chart badge. Admins and leaders get every seat; anyone else
 * only the seats linked to them (others' cadence comes from conversations they may not read).
 */
export function seatHealth(
	data: Readonly<StoreData>,
	actor: Actor,
	now = new Date()
): SeatHealth[] {
	const scenario = currentScenario(data);
	if (!scenario) return [];
	const today = calendarDateOf(now);
	const live = data.conversations.filter((c) => c.deletedAt === null);
	return scenario.seats.flatMap((seat) => {
		if (!seat.memberEmail || seat.audienceIds.length === 0) return [];
		const member = data.members.find((m) => sameEmail(seat.memberEmail, m.email));
		if (!member || (member.id !== actor.id && !readsEveryone(actor))) return [];
		const status = cadenceHealth(live, { today, marketerId: member.id });
		return [{ seatId: seat.id, email: member.email, status }];
	});
}

/** Each linked member's cadence health this week, by their email, for the org chart badge. */
export function healthByEmail(
	data: Readonly<StoreData>,
	emails: readonly string[],
	now = new Date()
): Record<string, CadenceStatus> {
	const today = calendarDateOf(now);
	const live = data.conversations.filter((c) => c.deletedAt === null);
	const out: Record<string, CadenceStatus> = {};
	for (const email of emails) {
		const member = data.members.find((m) => sameEmail(email, m.email));
		if (member) out[email] = cadenceHealth(live, { today, marketerId: member.id });
	}
	return out;
}
