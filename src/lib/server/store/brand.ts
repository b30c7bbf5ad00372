import type { Actor } from '../../domain/access/schema';
import { canEditBrandLayer } from '../../domain/access/policy';
import { audienceOwners } from '../../domain/conversations/owners';
import { brandLayerSchema, emptyBrandLayer, type BrandLayer } from '../../domain/policy/brand';
import { custodianCrafts } from '../../domain/policy/custodians';
import type { Audience } from '../../domain/scenario/schema';
import { forbidden, notFound } from '../errors';
import { checked } from './checked';
import { expectVersion, read, write, type Tx } from './db';
import * as events from './events';
import { nowIso } from './ids';
import type { BrandLayerRecord } from './policy-records';

/** One audience's brand layer as the screens and the API read it. */
export interface BrandLayerState {
	audience: Pick<Audience, 'id' | 'name'>;
	layer: BrandLayer;
	/** Write version: send it back with a change (1 before the first change). */
	version: number;
	updatedAt: string | null;
	updatedByName: string | null;
	/** Whether the reader may change this layer. */
	canEdit: boolean;
}

const currentScenario = async (tx: Tx) => (await tx.find('scenarios', 'status', 'current'))[0];

/** The audience in the current scenario, or 404 saying where audiences come from. */
async function audienceOf(tx: Tx, audienceId: string) {
	const scenario = await currentScenario(tx);
	const audience = scenario?.audiences.find((a) => a.id === audienceId);
	if (!scenario || !audience)
		throw notFound(
			`Audience "${audienceId}" of the current scenario (brand layers follow its audiences)`
		);
	return { scenario, audience };
}

async function mayEdit(tx: Tx, actor: Actor, audienceId: string): Promise<boolean> {
	const { scenario } = await audienceOf(tx, audienceId);
	const members = await tx.all('members');
	const me = members.find((m) => m.id === actor.id);
	const crafts = me ? custodianCrafts(scenario, me.email) : [];
	const owner = audienceOwners(scenario, members).find((o) => o.audience.id === audienceId);
	return canEditBrandLayer(actor, crafts, owner?.member?.id ?? null);
}

async function stateOf(
	tx: Tx,
	actor: Actor,
	audienceId: string,
	defaultLevel: number
): Promise<BrandLayerState> {
	const { audience } = await audienceOf(tx, audienceId);
	const record = await tx.get('brandLayers', audienceId);
	const by = record ? await tx.get('members', record.updatedBy) : undefined;
	return {
		audience: { id: audience.id, name: audience.name },
		layer: record?.layer ?? emptyBrandLayer(defaultLevel),
		version: record?.version ?? 1,
		updatedAt: record?.updatedAt ?? null,
		updatedByName: record ? (by?.name ?? 'former member') : null,
		canEdit: await mayEdit(tx, actor, audienceId)
	};
}

/** The brand layer of each audience of the current scenario (empty ones included), in its order. */
export async function list(actor: Actor, defaultLevel: number): Promise<BrandLayerState[]> {
	return read(async (tx) => {
		const scenario = await currentScenario(tx);
		return Promise.all(
			(scenario?.audiences ?? []).map((a) => stateOf(tx, actor, a.id, defaultLevel))
		);
	});
}

/** One audience's layer; 404 when the audience is not in the current scenario. */
export async function get(
	actor: Actor,
	audienceId: string,
	defaultLevel: number
): Promise<BrandLayerState> {
	return read((tx) => stateOf(tx, actor, audienceId, defaultLevel));
}

/**
 * Replaces an audience's layer if `expectedVersion` is still current (else 409), after checking
 * every field (400 naming `layer.<field>`) and that `actor` may edit it (403).
 */
export async function update(
	actor: Actor,
	audienceId: string,
	raw: unknown,
	expectedVersion: number
): Promise<BrandLayerState> {
	const layer = checked(brandLayerSchema, raw, 'layer');
	return write(async (tx) => {
		if (!(await mayEdit(tx, actor, audienceId)))
			throw forbidden(
				'Admins, the brand custodian and the owner of the audience change its brand layer.'
			);
		const stored = await tx.get('brandLayers', audienceId);
		expectVersion(stored ?? { version: 1 }, expectedVersion, 'This brand layer');
		const next: BrandLayerRecord = {
			audienceId,
			layer,
			version: (stored?.version ?? 1) + 1,
			updatedAt: nowIso(),
			updatedBy: actor.id
		};
		if (stored) await tx.replace('brandLayers', audienceId, next, stored.version);
		else await tx.insert('brandLayers', audienceId, next);
		await events.record(tx, {
			actorId: actor.id,
			action: 'brand.changed',
			subjectId: audienceId,
			summary: `Brand layer of audience ${audienceId} changed`
		});
		return stateOf(tx, actor, audienceId, layer.readingLevel);
	});
}
