import {
	canChangeConversation,
	canLogForAudience,
	canReadConversation,
	readsEveryone
} from '../../domain/access/conversations';
import type { Actor, Role } from '../../domain/access/schema';
import {
	cadence as cadenceOf,
	type Cadence,
	type CadenceOptions
} from '../../domain/conversations/cadence';
import {
	audienceOwners,
	healthByEmail as healthOf,
	seatHealth as seatHealthOf,
	type AudienceOwner,
	type SeatHealth
} from '../../domain/conversations/owners';
import {
	notInFuture,
	type Conversation,
	type ConversationRequest
} from '../../domain/conversations/schema';
import {
	expired,
	ForeignMarketerError,
	RESTORE_DAYS,
	selectConversations,
	type ConversationFilter
} from '../../domain/conversations/select';
import { calendarDateOf, type CalendarDate } from '../../domain/conversations/weeks';
import type { Scenario } from '../../domain/scenario/schema';
import { AppError, forbidden, invalid, notFound } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import { newId } from './ids';

export { restorableUntil, RESTORE_DAYS } from '../../domain/conversations/select';
export type { ConversationFilter, DeletedFilter } from '../../domain/conversations/select';
export type { AudienceOwner, SeatHealth } from '../../domain/conversations/owners';

/** A member as the conversation screens name them. */
export interface RosterMember {
	id: string;
	name: string;
	email: string;
	role: Role;
}

const roster = async (tx: Tx): Promise<RosterMember[]> =>
	(await tx.all('members')).map(({ id, name, email, role }) => ({ id, name, email, role }));

const currentOf = async (tx: Tx): Promise<Scenario | undefined> =>
	(await tx.find('scenarios', 'status', 'current'))[0];

function selected(all: Conversation[], actor: Actor, filter: ConversationFilter, now: Date) {
	try {
		return selectConversations(all, actor, filter, now);
	} catch (err) {
		if (err instanceof ForeignMarketerError) throw forbidden(err.message);
		throw err;
	}
}

/** Refuses an audience that is not in the current scenario (400) or not the actor's (403). */
async function assertOwns(tx: Tx, actor: Actor, audienceId: string): Promise<void> {
	const scenario = await currentOf(tx);
	const owner = audienceOwners(scenario, await roster(tx)).find(
		(o) => o.audience.id === audienceId
	);
	if (!owner) {
		const why = scenario
			? `no audience "${audienceId}" in the current scenario`
			: 'there is no current scenario yet, so no audience can be chosen';
		throw invalid(`audienceId: ${why}`, [{ path: 'audienceId', message: why }]);
	}
	if (!canLogForAudience(actor, owner.member?.id))
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
async function readable(tx: Tx, actor: Actor, id: string, now: Date): Promise<Conversation> {
	const found = await tx.get('conversations', id);
	if (!found || expired(found, now) || !canReadConversation(actor, found))
		throw notFound('Conversation');
	return found;
}

/** A conversation the actor logged, else 404 or (when they can read it) 403. */
async function own(tx: Tx, actor: Actor, id: string, now: Date): Promise<Conversation> {
	const found = await readable(tx, actor, id, now);
	if (!canChangeConversation(actor, found))
		throw forbidden('Only the marketer who logged a conversation can change it.');
	return found;
}

/** Drops conversations deleted more than RESTORE_DAYS ago; runs inside a write. */
async function purge(tx: Tx, now: Date): Promise<void> {
	for (const c of await tx.all('conversations'))
		if (expired(c, now)) await tx.remove('conversations', c.id);
}

async function save(tx: Tx, before: Conversation, next: Conversation): Promise<Conversation> {
	await tx.replace('conversations', next.id, next, before.version);
	return next;
}

export async function list(
	actor: Actor,
	filter: ConversationFilter = {},
	now = new Date()
): Promise<Conversation[]> {
	return selected(await read((tx) => tx.all('conversations')), actor, filter, now);
}

export async function get(actor: Actor, id: string, now = new Date()): Promise<Conversation> {
	return read((tx) => readable(tx, actor, id, now));
}

/** What the conversation screens show the actor, read at one moment. */
export interface ConversationsView {
	/** The current scenario's id and audiences, or null before one is published. */
	scenario: Pick<Scenario, 'id' | 'audiences'> | null;
	owners: AudienceOwner[];
	/** Everyone for admins and leaders; the actor alone for anyone else. */
	members: RosterMember[];
	/** The conversations the actor may read that the filter keeps, newest first. */
	conversations: Conversation[];
}

export async function view(
	actor: Actor,
	filter: ConversationFilter = {},
	now = new Date()
): Promise<ConversationsView> {
	const [scenario, members, all] = await read(async (tx) => [
		await currentOf(tx),
		await roster(tx),
		await tx.all('conversations')
	]);
	return {
		scenario: scenario ? { id: scenario.id, audiences: scenario.audiences } : null,
		owners: audienceOwners(scenario, members),
		members: readsEveryone(actor) ? members : members.filter((m) => m.id === actor.id),
		conversations: selected(all, actor, filter, now)
	};
}

/** Logs a conversation by the actor for an audience they own; 400 for a future date. */
export async function create(
	actor: Actor,
	input: ConversationRequest,
	now = new Date()
): Promise<Conversation> {
	assertNotFuture(input.date, now);
	return write(async (tx) => {
		await assertOwns(tx, actor, input.audienceId);
		await purge(tx, now);
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
		await tx.insert('conversations', conversation.id, conversation);
		return conversation;
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
	return write(async (tx) => {
		const conversation = await own(tx, actor, id, now);
		if (conversation.deletedAt !== null)
			throw new AppError(
				409,
				'conversation_deleted',
				'This conversation is deleted; restore it before editing it.'
			);
		expectVersion(conversation, expectedVersion, 'This conversation');
		if (input.audienceId !== conversation.audienceId) await assertOwns(tx, actor, input.audienceId);
		const { id: keep, marketerId, createdAt, deletedAt } = conversation;
		const next = await save(tx, conversation, {
			...structuredClone(input),
			id: keep,
			marketerId,
			createdAt,
			deletedAt,
			updatedAt: now.toISOString(),
			version: conversation.version + 1
		});
		await purge(tx, now);
		return next;
	});
}

/** Marks the actor's own conversation deleted, restorable for 30 days; deleting twice is a no-op. */
export async function remove(
	actor: Actor,
	id: string,
	expectedVersion?: number,
	now = new Date()
): Promise<Conversation> {
	return write(async (tx) => {
		const conversation = await own(tx, actor, id, now);
		if (conversation.deletedAt !== null) return conversation;
		if (expectedVersion !== undefined)
			expectVersion(conversation, expectedVersion, 'This conversation');
		const next = await save(tx, conversation, {
			...conversation,
			deletedAt: now.toISOString(),
			updatedAt: now.toISOString(),
			version: conversation.version + 1
		});
		await purge(tx, now);
		return next;
	});
}

/** Undoes a delete within 30 days; restoring a live conversation is a no-op. */
export async function restore(
	actor: Actor,
	id: string,
	expectedVersion?: number,
	now = new Date()
): Promise<Conversation> {
	return write(async (tx) => {
		const found = await tx.get('conversations', id);
		if (found && canChangeConversation(actor, found) && expired(found, now))
			throw new AppError(
				409,
				'restore_expired',
				`This conversation was deleted more than ${RESTORE_DAYS} days ago and can no longer be restored.`
			);
		const conversation = await own(tx, actor, id, now);
		if (conversation.deletedAt === null) return conversation;
		if (expectedVersion !== undefined)
			expectVersion(conversation, expectedVersion, 'This conversation');
		return save(tx, conversation, {
			...conversation,
			deletedAt: null,
			updatedAt: now.toISOString(),
			version: conversation.version + 1
		});
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

/** This week's cadence health of the current scenario's audience-owning seats, for the chart. */
export async function seatHealth(
	actor: Actor,
	now = new Date()
): Promise<{ scenarioId: string | null; seats: SeatHealth[] }> {
	const [scenario, members, all] = await read(async (tx) => [
		await currentOf(tx),
		await roster(tx),
		await tx.all('conversations')
	]);
	return {
		scenarioId: scenario?.id ?? null,
		seats: seatHealthOf(scenario, members, all, actor, now)
	};
}

/** Each linked member's cadence health this week, by their email (admins and leaders). */
export async function healthByEmail(
	actor: Actor,
	emails: readonly string[],
	now = new Date()
): Promise<Record<string, ReturnType<typeof healthOf>[string]>> {
	if (!readsEveryone(actor)) throw forbidden("Only admins and leaders read the team's cadence.");
	const [members, all] = await read(async (tx) => [
		await roster(tx),
		await tx.all('conversations')
	]);
	return healthOf(members, all, emails, now);
}
