import {
	canChangeConversation,
	canLogForAudience,
	canReadConversation,
	readsEveryone
} from '../../domain/access/conversations';
import type { Actor } from '../../domain/access/schema';
import { audienceOwners, type AudienceOwner } from '../../domain/conversations/owners';
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
import { currentOf, roster, type RosterMember } from './roster';

export { restorableUntil, RESTORE_DAYS } from '../../domain/conversations/select';
export type { ConversationFilter, DeletedFilter } from '../../domain/conversations/select';
export type { AudienceOwner, SeatHealth } from '../../domain/conversations/owners';
export type { RosterMember } from './roster';

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
