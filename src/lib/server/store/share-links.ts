import type { Actor } from '../../domain/access/schema';
import { canShareScenario } from '../../domain/access/permissions';
import type { Scenario } from '../../domain/scenario/schema';
import { hashSecret, newSecret } from '../auth/secrets';
import { forbidden, notFound } from '../errors';
import { read, write, type Tx } from './db';
import * as events from './events';
import { nowIso } from './ids';

async function editable(tx: Tx, actor: Actor, scenarioId: string): Promise<Scenario> {
	const scenario = await tx.get('scenarios', scenarioId);
	if (!scenario) throw notFound('Scenario');
	if (!canShareScenario(actor, scenario))
		throw forbidden('Only the author or an admin can manage read-only links.');
	return scenario;
}

export interface LinkStatus {
	/** When the live link was made, or null when there is none. */
	createdAt: string | null;
}

/**
 * Whether the scenario has a live read-only link. The URL itself is shown once, when made: only
 * its hash is stored, so a copied data file or database opens no scenario.
 */
export async function status(actor: Actor, scenarioId: string): Promise<LinkStatus> {
	return read(async (tx) => {
		await editable(tx, actor, scenarioId);
		return { createdAt: (await tx.get('shareLinks', scenarioId))?.createdAt ?? null };
	});
}

/** Makes a new read-only link for the scenario (a live one stops working) and returns its secret. */
export async function create(actor: Actor, scenarioId: string): Promise<string> {
	const token = newSecret();
	await write(async (tx) => {
		const scenario = await editable(tx, actor, scenarioId);
		const at = nowIso();
		const link = { tokenHash: hashSecret(token), scenarioId, createdBy: actor.id, createdAt: at };
		const live = await tx.get('shareLinks', scenarioId);
		if (live)
			await tx.replace(
				'shareLinks',
				scenarioId,
				{ ...link, version: live.version + 1 },
				live.version
			);
		else await tx.insert('shareLinks', scenarioId, { ...link, version: 1 });
		await events.record(tx, {
			at,
			actorId: actor.id,
			action: 'scenario.link-created',
			subjectId: scenarioId,
			summary: `Read-only link ${live ? 'replaced' : 'created'} for "${scenario.name}"`
		});
	});
	return token;
}

/** Revokes the scenario's read-only link: the URL stops working at once. */
export async function revoke(actor: Actor, scenarioId: string): Promise<void> {
	await write(async (tx) => {
		const scenario = await editable(tx, actor, scenarioId);
		if (!(await tx.get('shareLinks', scenarioId)))
			throw notFound('A read-only link for this scenario');
		await tx.remove('shareLinks', scenarioId);
		await events.record(tx, {
			actorId: actor.id,
			action: 'scenario.link-revoked',
			subjectId: scenarioId,
			summary: `Read-only link revoked for "${scenario.name}"`
		});
	});
}

/** The scenario behind a read-only link, for anyone holding the link. */
export async function resolve(token: string): Promise<Scenario> {
	const scenario = await read(async (tx) => {
		const [link] = await tx.find('shareLinks', 'tokenHash', hashSecret(token));
		return link && (await tx.get('scenarios', link.scenarioId));
	});
	if (!scenario) throw notFound('This read-only link was revoked or never existed; it');
	return scenario;
}
