import type { Tx } from './db';
import { SINGLE } from './engine/collections';
import { newId, nowIso } from './ids';
import type { EventRecord } from './schema';

/** Appends an act to the workspace's event log, inside the action that did it. */
export async function record(
	tx: Tx,
	event: Omit<EventRecord, 'id' | 'at'> & { at?: string }
): Promise<void> {
	await tx.append('events', SINGLE, { id: newId(), at: event.at ?? nowIso(), ...event });
}

/** Every recorded act, oldest first. */
export async function all(tx: Tx): Promise<EventRecord[]> {
	return tx.entries('events', SINGLE);
}
