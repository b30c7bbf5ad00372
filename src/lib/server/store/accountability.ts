import { accountabilityScope, coversRow, type MapEditor } from '../../domain/access/accountability';
import { canReadScenario } from '../../domain/access/permissions';
import type { Actor } from '../../domain/access/schema';
import { changedCells, saveIssues } from '../../domain/accountability/save';
import type { AccountabilityMap, Override } from '../../domain/accountability/schema';
import type { Scenario } from '../../domain/scenario/schema';
import { AppError, forbidden, notFound } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import * as events from './events';
import { nowIso } from './ids';

/** A scenario's overrides with their version: 1 and empty until the first save. */
export interface StoredOverrides {
	overrides: Override[];
	version: number;
	updatedAt: string | null;
	updatedBy: string | null;
}

async function visible(tx: Tx, actor: Actor, id: string): Promise<Scenario> {
	const scenario = await tx.get('scenarios', id);
	if (!scenario || !canReadScenario(actor, scenario)) throw notFound('Scenario');
	return scenario;
}

/** A scenario's stored overrides inside a transaction already open (no access check). */
export async function stored(tx: Tx, scenarioId: string): Promise<StoredOverrides> {
	const record = await tx.get('accountability', scenarioId);
	if (!record) return { overrides: [], version: 1, updatedAt: null, updatedBy: null };
	const { overrides, version, updatedAt, updatedBy } = record;
	return { overrides, version, updatedAt, updatedBy };
}

/** The overrides of a scenario the actor can see (404 otherwise). */
export async function get(actor: Actor, scenarioId: string): Promise<StoredOverrides> {
	return read(async (tx) => {
		await visible(tx, actor, scenarioId);
		return stored(tx, scenarioId);
	});
}

const rowName = (o: Override) => `${o.activityId} for ${o.audienceId ?? 'all audiences'}`;

/**
 * Replaces a scenario's overrides if `expectedVersion` is still current (else 409). Who may
 * change which rows is decided in domain/access/accountability.ts (403 naming the first row out
 * of reach); every new or changed override is checked against `mapOf(scenario)`, the map as
 * generated (400 naming each override and its row). Nothing is saved on any refusal.
 */
export async function replace(
	actor: MapEditor,
	scenarioId: string,
	overrides: Override[],
	expectedVersion: number,
	mapOf: (scenario: Scenario) => AccountabilityMap
): Promise<StoredOverrides> {
	return write(async (tx) => {
		const scenario = await visible(tx, actor, scenarioId);
		const scope = accountabilityScope(actor, scenario);
		if (!scope)
			throw forbidden(
				'You can read this accountability map but not change it: admins, the scenario’s editors and the GTM marketer of an audience (for its rows) can.'
			);
		const before = await stored(tx, scenarioId);
		expectVersion(before, expectedVersion, `The accountability map of "${scenario.name}"`);
		const changed = changedCells(before.overrides, overrides);
		const outside = changed.find((o) => !coversRow(scope, o.audienceId));
		if (outside)
			throw forbidden(
				`You may change only the rows of the audiences your seat owns; ${rowName(outside)} is not one of them.`
			);
		const issues = saveIssues(mapOf(scenario), before.overrides, overrides);
		if (issues.length > 0)
			throw new AppError(
				400,
				'invalid_request',
				`${issues[0]!.path}: ${issues[0]!.message}`,
				issues
			);
		const at = nowIso();
		const next = { overrides: structuredClone(overrides), version: before.version + 1 };
		const record = { scenarioId, ...next, updatedAt: at, updatedBy: actor.id };
		if (before.updatedAt === null) await tx.insert('accountability', scenarioId, record);
		else await tx.replace('accountability', scenarioId, record, before.version);
		await events.record(tx, {
			at,
			actorId: actor.id,
			action: 'accountability.overridden',
			subjectId: scenarioId,
			summary:
				`Accountability map of "${scenario.name}": ${changed.length} ${changed.length === 1 ? 'cell' : 'cells'} changed, ${overrides.length} set by hand`.slice(
					0,
					500
				)
		});
		return { ...next, updatedAt: at, updatedBy: actor.id };
	});
}
