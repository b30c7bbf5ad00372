import type { Actor } from '../../domain/access/schema';
import { canShareScenario } from '../../domain/access/permissions';
import type { Scenario } from '../../domain/scenario/schema';
import { newSecret } from '../auth/secrets';
import { forbidden, notFound } from '../errors';
import { getStore } from './db';
import { newId, nowIso } from './ids';
import type { StoreData } from './schema';

function editable(actor: Actor, data: Readonly<StoreData>, scenarioId: string): Scenario {
	const scenario = data.scenarios.find((s) => s.id === scenarioId);
	if (!scenario) throw notFound('Scenario');
	if (!canShareScenario(actor, scenario))
		throw forbidden('Only the author or an admin can manage read-only links.');
	return scenario;
}

/** The live read-only link of a scenario, if there is one. */
export async function linkFor(actor: Actor, scenarioId: string): Promise<string | null> {
	const { data } = await getStore();
	editable(actor, data, scenarioId);
	return data.shareLinks.find((l) => l.scenarioId === scenarioId)?.token ?? null;
}

/** Creates the scenario's read-only link (or returns the live one); recorded. */
export async function create(actor: Actor, scenarioId: string): Promise<string> {
	const store = await getStore();
	return store.update((data) => {
		const scenario = editable(actor, data, scenarioId);
		const live = data.shareLinks.find((l) => l.scenarioId === scenarioId);
		if (live) return live.token;
		const at = nowIso();
		const token = newSecret();
		data.shareLinks.push({ token, scenarioId, createdBy: actor.id, createdAt: at, version: 1 });
		data.events.push({
			id: newId(),
			at,
			actorId: actor.id,
			action: 'scenario.link-created',
			subjectId: scenarioId,
			summary: `Read-only link created for "${scenario.name}"`
		});
		return token;
	});
}

/** Revokes the scenario's read-only link: the URL stops working at once. */
export async function revoke(actor: Actor, scenarioId: string): Promise<void> {
	const store = await getStore();
	await store.update((data) => {
		const scenario = editable(actor, data, scenarioId);
		if (!data.shareLinks.some((l) => l.scenarioId === scenarioId))
			throw notFound('A read-only link for this scenario');
		data.shareLinks = data.shareLinks.filter((l) => l.scenarioId !== scenarioId);
		data.events.push({
			id: newId(),
			at: nowIso(),
			actorId: actor.id,
			action: 'scenario.link-revoked',
			subjectId: scenarioId,
			summary: `Read-only link revoked for "${scenario.name}"`
		});
	});
}

/** The scenario behind a read-only link, for anyone holding the link. */
export async function resolve(token: string): Promise<Scenario> {
	const { data } = await getStore();
	const link = data.shareLinks.find((l) => l.token === token);
	const scenario = link && data.scenarios.find((s) => s.id === link.scenarioId);
	if (!scenario) throw notFound('This read-only link was revoked or never existed; it');
	return scenario;
}
