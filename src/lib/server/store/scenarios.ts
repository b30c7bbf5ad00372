import type { Actor } from '../../domain/access/schema';
import type { Profile } from '../../domain/assessment/profile';
import {
	can,
	canDeleteScenario,
	canEditScenario,
	canReadScenario,
	canShareScenario
} from '../../domain/access/permissions';
import { formatPath } from '../../domain/shared/issues';
import { checkDesign, errorsOf } from '../../domain/scenario/rules';
import { designOf, type Design, type Scenario } from '../../domain/scenario/schema';
import { AppError, forbidden, notFound } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import * as events from './events';
import { newId, nowIso } from './ids';
import { revisionSummary } from '../../domain/scenario/revision-summary';
import type { MemberRecord, RevisionRecord } from './schema';

/** Revisions kept per scenario for history and restore. */
export const KEEP_REVISIONS = 50;

export interface ScenarioSummary {
	id: string;
	name: string;
	structure: Scenario['structure'];
	status: Scenario['status'];
	visibility: Scenario['visibility'];
	authorId: string;
	authorName: string;
	version: number;
	updatedAt: string;
	seatCount: number;
	fte: number;
}

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

async function visible(tx: Tx, actor: Actor, id: string): Promise<Scenario> {
	const scenario = await tx.get('scenarios', id);
	if (!scenario || !canReadScenario(actor, scenario)) throw notFound('Scenario');
	return scenario;
}

function summarise(members: MemberRecord[], s: Scenario): ScenarioSummary {
	const author = members.find((m) => m.id === s.authorId);
	return {
		id: s.id,
		name: s.name,
		structure: s.structure,
		status: s.status,
		visibility: s.visibility,
		authorId: s.authorId,
		authorName: author?.name ?? 'former member',
		version: s.version,
		updatedAt: s.updatedAt,
		seatCount: s.seats.length,
		fte: Math.round(s.seats.reduce((sum, seat) => sum + seat.fte, 0) * 100) / 100
	};
}

/** Scenarios the actor may see, the current one first, then the most recently changed. */
export async function list(actor: Actor): Promise<ScenarioSummary[]> {
	const [all, members] = await read(async (tx) => [
		await tx.all('scenarios'),
		await tx.all('members')
	]);
	return all
		.filter((s) => canReadScenario(actor, s))
		.sort((a, b) =>
			a.status === b.status
				? b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id)
				: a.status === 'current'
					? -1
					: 1
		)
		.map((s) => summarise(members, s));
}

export async function get(actor: Actor, id: string): Promise<Scenario> {
	return read((tx) => visible(tx, actor, id));
}

/** The one current scenario, if an admin has published one; any signed-in member reads it. */
export async function current(_actor: Actor): Promise<Scenario | undefined> {
	return read(async (tx) => (await tx.find('scenarios', 'status', 'current'))[0]);
}

/** Stores a new private draft by the actor. */
export async function create(actor: Actor, design: Design): Promise<Scenario> {
	if (!can(actor, 'scenarios.create'))
		throw forbidden('Only admins and leaders can create scenarios.');
	assertRules(design);
	return write(async (tx) => {
		const at = nowIso();
		const scenario: Scenario = {
			...designOf(design),
			id: newId(),
			status: 'draft',
			visibility: 'private',
			authorId: actor.id,
			version: 1,
			createdAt: at,
			updatedAt: at
		};
		await tx.insert('scenarios', scenario.id, scenario);
		await tx.append('revisions', scenario.id, {
			scenarioId: scenario.id,
			version: 1,
			savedAt: at,
			savedBy: actor.id,
			design: designOf(design),
			action: 'saved',
			note: ''
		});
		return scenario;
	});
}

/** Writes a new version of the design and appends its revision; runs inside a write. */
async function writeDesign(
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
async function appendRevision(
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

/** Replaces the design if `expectedVersion` is still current; otherwise a 409 with the current version. */
export async function update(
	actor: Actor,
	id: string,
	design: Design,
	expectedVersion: number
): Promise<Scenario> {
	assertRules(design);
	return write((tx) => writeDesign(tx, actor, id, design, expectedVersion));
}

/**
 * Gives the scenario its own company profile, or with null returns it to the workspace's; a new
 * version if `expectedVersion` is still current (else 409). Same access as editing the design.
 */
export async function setProfile(
	actor: Actor,
	id: string,
	profile: Profile | null,
	expectedVersion: number
): Promise<Scenario> {
	return write(async (tx) => {
		const { profile: _old, ...design } = designOf(await visible(tx, actor, id));
		void _old;
		const next = profile ? { ...design, profile } : design;
		return writeDesign(tx, actor, id, next, expectedVersion, 'saved', 'replace');
	});
}

export async function remove(actor: Actor, id: string): Promise<void> {
	await write(async (tx) => {
		const scenario = await visible(tx, actor, id);
		if (!canDeleteScenario(actor, scenario))
			throw scenario.status === 'current' && canEditScenario(actor, scenario)
				? new AppError(
						409,
						'scenario_current',
						'The current scenario cannot be deleted; publish another one first.'
					)
				: forbidden('You cannot delete this scenario.');
		await tx.remove('scenarios', id);
		await tx.trim('revisions', id, 0);
		await tx.remove('shareLinks', id);
		await tx.remove('accountability', id);
		await events.record(tx, {
			actorId: actor.id,
			action: 'scenario.deleted',
			subjectId: id,
			summary: `Scenario "${scenario.name}" deleted`
		});
	});
}

/**
 * Makes this the one current scenario (the previous current becomes a shared draft). Each
 * changed scenario gets a new version with its revision; who, when and `note` are recorded.
 */
export async function publish(actor: Actor, id: string, note = ''): Promise<Scenario> {
	if (!can(actor, 'scenarios.publish'))
		throw forbidden('Only admins can publish the current scenario.');
	return write(async (tx) => {
		const scenario = await visible(tx, actor, id);
		if (scenario.status === 'current') return scenario;
		const at = nowIso();
		for (const other of await tx.find('scenarios', 'status', 'current')) {
			const demoted: Scenario = {
				...other,
				status: 'draft',
				version: other.version + 1,
				updatedAt: at
			};
			await tx.replace('scenarios', other.id, demoted, other.version);
			await appendRevision(tx, actor, demoted, 'unpublished');
		}
		const next: Scenario = {
			...scenario,
			status: 'current',
			visibility: 'workspace',
			version: scenario.version + 1,
			updatedAt: at
		};
		await tx.replace('scenarios', id, next, scenario.version);
		await appendRevision(tx, actor, next, 'published', note);
		await events.record(tx, {
			at,
			actorId: actor.id,
			action: 'scenario.published',
			subjectId: id,
			summary: `Scenario "${next.name}" published as current${note ? `: ${note}` : ''}`.slice(
				0,
				500
			)
		});
		return next;
	});
}

/** Makes a draft readable by the whole workspace. */
export async function share(actor: Actor, id: string): Promise<Scenario> {
	return write(async (tx) => {
		const scenario = await visible(tx, actor, id);
		if (!canShareScenario(actor, scenario))
			throw forbidden('Only the author or an admin can share this scenario.');
		if (scenario.visibility === 'workspace') return scenario;
		const next: Scenario = {
			...scenario,
			visibility: 'workspace',
			version: scenario.version + 1,
			updatedAt: nowIso()
		};
		await tx.replace('scenarios', id, next, scenario.version);
		await appendRevision(tx, actor, next, 'shared');
		return next;
	});
}

/** One stored version as the history shows it. */
export interface HistoryEntry {
	version: number;
	savedAt: string;
	savedBy: string;
	/** The author's name, or "former member" once they were removed from the workspace. */
	authorName: string;
	action: RevisionRecord['action'];
	note: string;
	/** One line on what changed since the previous kept version (from the diff). */
	summary: string;
}

/** The saved versions of a scenario, newest first, each with its author and what changed. */
export async function history(actor: Actor, id: string): Promise<HistoryEntry[]> {
	const [entries, members] = await read(async (tx) => {
		await visible(tx, actor, id);
		return [await tx.entries('revisions', id), await tx.all('members')] as const;
	});
	const names = new Map(members.map((m) => [m.id, m.name]));
	return entries
		.map((r, i) => ({
			version: r.version,
			savedAt: r.savedAt,
			savedBy: r.savedBy,
			authorName: names.get(r.savedBy) ?? 'former member',
			action: r.action,
			note: r.note,
			summary:
				i === 0 && r.version > 1
					? `Oldest version kept (the ${KEEP_REVISIONS} newest are kept)`
					: revisionSummary(r.action, i === 0 ? null : entries[i - 1]!.design, r.design)
		}))
		.reverse();
}

/** A private draft copy of a scenario the actor can see, named "<name> (copy)" unless named. */
export async function duplicate(actor: Actor, id: string, name?: string): Promise<Scenario> {
	const source = await get(actor, id);
	return create(actor, {
		...designOf(source),
		name: name ?? `${source.name} (copy)`.slice(0, 120)
	});
}

async function designAt(tx: Tx, id: string, version: number): Promise<Design> {
	const found = (await tx.entries('revisions', id)).find((r) => r.version === version);
	if (!found) throw notFound(`Version ${version} of this scenario`);
	return found.design;
}

/** The design as saved at `version`. */
export async function revision(actor: Actor, id: string, version: number): Promise<Design> {
	return read(async (tx) => {
		await visible(tx, actor, id);
		return designAt(tx, id, version);
	});
}

/** Saves an earlier version's design as the newest version, and records it, in one action. */
export async function restore(
	actor: Actor,
	id: string,
	version: number,
	expectedVersion: number
): Promise<Scenario> {
	return write(async (tx) => {
		await visible(tx, actor, id);
		const design = await designAt(tx, id, version);
		assertRules(design);
		const restored = await writeDesign(tx, actor, id, design, expectedVersion, 'restored');
		await events.record(tx, {
			actorId: actor.id,
			action: 'scenario.restored',
			subjectId: id,
			summary: `Version ${version} restored as version ${restored.version}`
		});
		return restored;
	});
}
