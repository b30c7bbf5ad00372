import type { Actor } from '../../domain/access/schema';
import type { Profile } from '../../domain/assessment/profile';
import {
	can,
	canDeleteScenario,
	canEditScenario,
	canReadScenario,
	canShareScenario
} from '../../domain/access/permissions';
import { designOf, type Design, type Scenario } from '../../domain/scenario/schema';
import { AppError, forbidden } from '../errors';
import { read, write } from './db';
import * as events from './events';
import { newId, nowIso } from './ids';
import { appendRevision, assertRules, visible, writeDesign } from './scenario-versions';
import type { MemberRecord } from './schema';

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

/** A private draft copy of a scenario the actor can see, named "<name> (copy)" unless named. */
export async function duplicate(actor: Actor, id: string, name?: string): Promise<Scenario> {
	const source = await get(actor, id);
	return create(actor, {
		...designOf(source),
		name: name ?? `${source.name} (copy)`.slice(0, 120)
	});
}
