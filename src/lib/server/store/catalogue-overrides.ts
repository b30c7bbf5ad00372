import type { Actor } from '../../domain/access/schema';
import { can } from '../../domain/access/permissions';
import {
	InvalidOverrideError,
	mergeOverrides,
	UnknownActivityError,
	type ActivityOverride,
	type Overrides
} from '../../domain/catalogue/overrides';
import type { Catalogue } from '../../domain/catalogue/schema';
import { formatPath } from '../../domain/shared/issues';
import { loadCatalogue } from '../catalogue';
import { forbidden, invalid } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import { CATALOGUE, SINGLE } from './engine/collections';
import * as events from './events';
import { nowIso } from './ids';
import { emptyCatalogueOverrides, type CatalogueOverridesRecord } from './schema';

/** The workspace's catalogue overrides with their version (1 and empty until the first change). */
export async function get(): Promise<CatalogueOverridesRecord> {
	return read(current);
}

const current = async (tx: Tx) =>
	(await tx.get('catalogue', CATALOGUE)) ?? emptyCatalogueOverrides();

/** Refuses overrides the catalogue cannot take with a 400 naming `overrides["<id>"].<field>`. */
export function assertMerges(catalogue: Catalogue, overrides: Overrides): void {
	try {
		mergeOverrides(catalogue, overrides);
	} catch (err) {
		if (err instanceof UnknownActivityError)
			throw invalid(err.message, [
				{
					path: formatPath(['overrides', err.activityId]),
					message: `no activity with id "${err.activityId}" in the catalogue`
				}
			]);
		if (err instanceof InvalidOverrideError)
			throw invalid(`${err.issues[0]!.path}: ${err.issues[0]!.message}`, err.issues);
		throw err;
	}
}

const changedIds = (before: Overrides, after: Overrides) =>
	[...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
		(id) => JSON.stringify(before[id]) !== JSON.stringify(after[id])
	);

/** Stores `next` as the new version and records the change; runs inside a write. */
async function save(
	tx: Tx,
	record: CatalogueOverridesRecord,
	actor: Actor,
	next: Overrides,
	describe: (changed: string[]) => string
): Promise<CatalogueOverridesRecord> {
	const changed = changedIds(record.overrides, next);
	const at = nowIso();
	const saved = {
		overrides: next,
		version: record.version + 1,
		updatedAt: at,
		updatedBy: actor.id
	};
	if (record.updatedAt === null && record.version === 1 && !(await tx.get('catalogue', CATALOGUE)))
		await tx.insert('catalogue', CATALOGUE, saved);
	else await tx.replace('catalogue', CATALOGUE, saved, record.version);
	const workspaceId = (await tx.get('workspace', SINGLE))?.id ?? 'catalogue';
	await events.record(tx, {
		at,
		actorId: actor.id,
		action: 'catalogue.overridden',
		subjectId: changed.length === 1 ? changed[0]! : workspaceId,
		summary: describe(changed).slice(0, 500)
	});
	return saved;
}

function assertAdmin(actor: Actor): void {
	if (!can(actor, 'catalogue.override'))
		throw forbidden('Only admins can change the activity catalogue.');
}

/**
 * Replaces all of the workspace's overrides if `expectedVersion` is still current (else 409),
 * after checking they merge into the catalogue (else 400 naming the field); recorded as an event.
 */
export async function replace(
	actor: Actor,
	overrides: Overrides,
	expectedVersion: number,
	catalogue: Catalogue = loadCatalogue()
): Promise<CatalogueOverridesRecord> {
	assertAdmin(actor);
	return write(async (tx) => {
		const record = await current(tx);
		expectVersion(record, expectedVersion, 'The activity catalogue');
		assertMerges(catalogue, overrides);
		const count = Object.keys(overrides).length;
		return save(tx, record, actor, structuredClone(overrides), (changed) =>
			changed.length === 0
				? 'Catalogue overrides saved unchanged'
				: `Catalogue overrides changed for ${changed.join(', ')}; ${count} ${count === 1 ? 'activity' : 'activities'} overridden`
		);
	});
}

/**
 * Sets one activity's override (or, with null, resets it to the catalogue default) and keeps the
 * others, under the same version check, validation and record as `replace`.
 */
export async function setActivity(
	actor: Actor,
	activityId: string,
	override: ActivityOverride | null,
	expectedVersion: number,
	catalogue: Catalogue = loadCatalogue()
): Promise<CatalogueOverridesRecord> {
	assertAdmin(actor);
	return write(async (tx) => {
		const record = await current(tx);
		expectVersion(record, expectedVersion, 'The activity catalogue');
		// Overrides of activities models/ no longer has are dropped rather than blocking every write.
		const known = new Set(catalogue.activities.map((a) => a.id));
		const next: Overrides = Object.fromEntries(
			Object.entries(record.overrides).filter(([id]) => known.has(id))
		);
		if (override === null || Object.keys(override).length === 0) delete next[activityId];
		else next[activityId] = structuredClone(override);
		assertMerges(catalogue, next);
		const name = catalogue.activities.find((a) => a.id === activityId)?.name ?? activityId;
		return save(tx, record, actor, next, () =>
			next[activityId]
				? `"${name}" overridden: ${Object.keys(next[activityId]).join(', ')}`
				: `"${name}" reset to the catalogue default`
		);
	});
}
