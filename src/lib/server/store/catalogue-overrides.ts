import type { Actor } from '../../domain/access/schema';
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
import { expectVersion, getStore } from './db';
import { newId, nowIso } from './ids';
import type { CatalogueOverridesRecord, StoreData } from './schema';

/** The workspace's catalogue overrides with their version (1 and empty until the first change). */
export async function get(): Promise<CatalogueOverridesRecord> {
	return structuredClone((await getStore()).data.catalogueOverrides);
}

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

/** Stores `next` as the new version and records the change; runs inside an update. */
function write(
	data: StoreData,
	actor: Actor,
	next: Overrides,
	describe: (changed: string[]) => string
): CatalogueOverridesRecord {
	const record = data.catalogueOverrides;
	const changed = changedIds(record.overrides, next);
	const at = nowIso();
	data.catalogueOverrides = {
		overrides: next,
		version: record.version + 1,
		updatedAt: at,
		updatedBy: actor.id
	};
	data.events.push({
		id: newId(),
		at,
		actorId: actor.id,
		action: 'catalogue.overridden',
		subjectId: changed.length === 1 ? changed[0]! : (data.workspace?.id ?? 'catalogue'),
		summary: describe(changed).slice(0, 500)
	});
	return structuredClone(data.catalogueOverrides);
}

function assertAdmin(actor: Actor): void {
	if (actor.role !== 'admin') throw forbidden('Only admins can change the activity catalogue.');
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
	const store = await getStore();
	return store.update((data) => {
		expectVersion(data.catalogueOverrides, expectedVersion, 'The activity catalogue');
		assertMerges(catalogue, overrides);
		const count = Object.keys(overrides).length;
		return write(data, actor, structuredClone(overrides), (changed) =>
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
	const store = await getStore();
	return store.update((data) => {
		expectVersion(data.catalogueOverrides, expectedVersion, 'The activity catalogue');
		// Overrides of activities models/ no longer has are dropped rather than blocking every write.
		const known = new Set(catalogue.activities.map((a) => a.id));
		const next: Overrides = Object.fromEntries(
			Object.entries(structuredClone(data.catalogueOverrides.overrides)).filter(([id]) =>
				known.has(id)
			)
		);
		if (override === null || Object.keys(override).length === 0) delete next[activityId];
		else next[activityId] = structuredClone(override);
		assertMerges(catalogue, next);
		const name = catalogue.activities.find((a) => a.id === activityId)?.name ?? activityId;
		return write(data, actor, next, () =>
			next[activityId]
				? `"${name}" overridden: ${Object.keys(next[activityId]).join(', ')}`
				: `"${name}" reset to the catalogue default`
		);
	});
}
