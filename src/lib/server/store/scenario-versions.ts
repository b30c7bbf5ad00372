import type { Actor } from '../../domain/access/schema';
import { canEditScenario, canReadScenario } from '../../domain/access/permissions';
import { formatPath } from '../../domain/shared/issues';
import { checkDesign, errorsOf } from '../../domain/scenario/rules';
import { designOf, type Design, type Scenario } from '../../domain/scenario/schema';
import { AppError, forbidden, notFound } from '../errors';
import { expectVersion, type Tx } from './db';
import { nowIso } from './ids';
import type { RevisionRecord } from './schema';

/**
 * How a stored scenario gets a new version, shared by the scenario verbs (scenarios.ts) and its
 * history (scenario-history.ts): the read and rule checks, and the revision each version records.
 */

/** Revisions kept per scenario for history and restore. */
export const KEEP_REVISIONS = 50;

/** Refuses a design that breaks a scenario rule, naming each broken rule by field path. */
export function assertRules(design: Design): void {
	const errors = errorsOf(checkDesign(design));
	if (errors.length > 0)
		throw new AppError(
			422,
			'scenario_rules',
			`The scenario breaks ${errors.length === 1 ? 'a rule' : `${errors.length} rules`}: ${errors[0]!.message}`,
			errors.map((e) => ({ path: formatPath(e.path), message: `${e.rule}: ${e.message}` }))
		);
}

/** The scenario, if the actor may read it; otherwise a 404 (never a hint that it exists). */
export async function visible(tx: Tx, actor: Actor, id: string): Promise<Scenario> {
	const scenario = await tx.get('scenarios', id);
	if (!scenario || !canReadScenario(actor, scenario)) throw notFound('Scenario');
	return scenario;
}

/** Writes a new version of the design and appends its revision; runs inside a write. */
export async function writeDesign(
	tx: Tx,
	actor: Actor,
	id: string,
	design: Design,
	expectedVersion: number,
	action: 'saved' | 'restored' = 'saved',
	/** 'keep': a design without a profile keeps the stored one (the editor does not send it). */
	profile: 'keep' | 'replace' = 'keep'
): Promise<Scenario> {
	const scenario = await visible(tx, actor, id);
	if (!canEditScenario(actor, scenario))
		throw forbidden('You can read this scenario but not change it.');
	expectVersion(scenario, expectedVersion, `Scenario "${scenario.name}"`);
	const at = nowIso();
	const { profile: stored, ...rest } = scenario;
	const next: Scenario = {
		...rest,
		...(profile === 'keep' && stored ? { profile: stored } : {}),
		...designOf(design),
		version: scenario.version + 1,
		updatedAt: at
	};
	await tx.replace('scenarios', id, next, scenario.version);
	await appendRevision(tx, actor, next, action);
	return next;
}

/**
 * Records `next` (already written) as a revision, so every stored version of a scenario has
 * its entry in the history: the status and the history always name the same latest version.
 */
export async function appendRevision(
	tx: Tx,
	actor: Actor,
	next: Scenario,
	action: RevisionRecord['action'],
	note = ''
): Promise<void> {
	await tx.append('revisions', next.id, {
		scenarioId: next.id,
		version: next.version,
		savedAt: next.updatedAt,
		savedBy: actor.id,
		design: designOf(next),
		action,
		note
	});
	await tx.trim('revisions', next.id, KEEP_REVISIONS);
}
