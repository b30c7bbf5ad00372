import { readsEveryone } from '../../domain/access/conversations';
import type { Actor } from '../../domain/access/schema';
import {
	cadence as cadenceOf,
	type Cadence,
	type CadenceOptions
} from '../../domain/conversations/cadence';
import { seatHealth as seatHealthOf, type SeatHealth } from '../../domain/conversations/owners';
import { calendarDateOf } from '../../domain/conversations/weeks';
import { list } from './conversations';
import { read } from './db';
import { currentOf, roster } from './roster';

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
