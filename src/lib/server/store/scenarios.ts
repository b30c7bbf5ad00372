import type { Actor } from '../../domain/access/schema';
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
import { expectVersion, getStore } from './db';
import { newId, nowIso } from './ids';
import type { StoreData } from './schema';

/** Revisions kept per scenario for history and restore. */
const KEEP_REVISIONS = 50;

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

function visible(actor: Actor, data: Readonly<StoreData>, id: string): Scenario {
	const scenario = data.scenarios.find((s) => s.id === id);
	if (!scenario || !canReadScenario(actor, scenario)) throw notFound('Scenario');
	return scenario;
}

function summarise(data: Readonly<StoreData>, s: Scenario): ScenarioSummary {
	const author = data.members.find((m) => m.id === s.authorId);
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
	const { data } = await getStore();
	return data.scenarios
		.filter((s) => canReadScenario(actor, s))
		.sort((a, b) =>
			a.status === b.status
				? b.updatedAt.localeCompare(a.updatedAt)
				: a.status === 'current'
					? -1
					: 1
		)
		.map((s) => summarise(data, s));
}

export async function get(actor: Actor, id: string): Promise<Scenario> {
	return visible(actor, (await getStore()).data, id);
}

/** Stores a new private draft by the actor. */
export async function create(actor: Actor, design: Design): Promise<Scenario> {
	if (!can(actor, 'scenarios.create'))
		throw forbidden('Only admins and leaders can create scenarios.');
	assertRules(design);
	const store = await getStore();
	return store.update((data) => {
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
		data.scenarios.push(scenario);
		data.revisions.push({
			scenarioId: scenario.id,
			version: 1,
			savedAt: at,
			savedBy: actor.id,
			design: designOf(design)
		});
		return scenario;
	});
}

/** Writes a new version of the design into `data`; runs inside an update. */
function writeDesign(
	data: StoreData,
	actor: Actor,
	id: string,
	design: Design,
	expectedVersion: number
): Scenario {
	const scenario = visible(actor, data, id);
	if (!canEditScenario(actor, scenario))
		throw forbidden('You can read this scenario but not change it.');
	expectVersion(scenario, expectedVersion, `Scenario "${scenario.name}"`);
	const at = nowIso();
	Object.assign(scenario, designOf(design), { version: scenario.version + 1, updatedAt: at });
	data.revisions.push({
		scenarioId: id,
		version: scenario.version,
		savedAt: at,
		savedBy: actor.id,
		design: designOf(design)
	});
	const mine = data.revisions.filter((r) => r.scenarioId === id);
	if (mine.length > KEEP_REVISIONS) {
		const drop = new Set(mine.slice(0, mine.length - KEEP_REVISIONS));
		data.revisions = data.revisions.filter((r) => !drop.has(r));
	}
	return scenario;
}

/** Replaces the design if `expectedVersion` is still current; otherwise a 409 with the current version. */
export async function update(
	actor: Actor,
	id: string,
	design: Design,
	expectedVersion: number
): Promise<Scenario> {
	assertRules(design);
	const store = await getStore();
	return store.update((data) => writeDesign(data, actor, id, design, expectedVersion));
}

export async function remove(actor: Actor, id: string): Promise<void> {
	const store = await getStore();
	await store.update((data) => {
		const scenario = visible(actor, data, id);
		if (!canDeleteScenario(actor, scenario))
			throw scenario.status === 'current' && canEditScenario(actor, scenario)
				? new AppError(
						409,
						'scenario_current',
						'The current scenario cannot be deleted; publish another one first.'
					)
				: forbidden('You cannot delete this scenario.');
		data.scenarios = data.scenarios.filter((s) => s.id !== id);
		data.revisions = data.revisions.filter((r) => r.scenarioId !== id);
		data.shareLinks = data.shareLinks.filter((l) => l.scenarioId !== id);
		data.events.push({
			id: newId(),
			at: nowIso(),
			actorId: actor.id,
			action: 'scenario.deleted',
			subjectId: id,
			summary: `Scenario "${scenario.name}" deleted`
		});
	});
}

/** Makes this the one current scenario (the previous current becomes a shared draft); recorded. */
export async function publish(actor: Actor, id: string): Promise<Scenario> {
	if (!can(actor, 'scenarios.publish'))
		throw forbidden('Only admins can publish the current scenario.');
	const store = await getStore();
	return store.update((data) => {
		const scenario = visible(actor, data, id);
		const at = nowIso();
		for (const other of data.scenarios)
			if (other.status === 'current' && other.id !== id)
				Object.assign(other, { status: 'draft', version: other.version + 1, updatedAt: at });
		if (scenario.status !== 'current')
			Object.assign(scenario, {
				status: 'current',
				visibility: 'workspace',
				version: scenario.version + 1,
				updatedAt: at
			});
		data.events.push({
			id: newId(),
			at,
			actorId: actor.id,
			action: 'scenario.published',
			subjectId: id,
			summary: `Scenario "${scenario.name}" published as current`
		});
		return scenario;
	});
}

/** Makes a draft readable by the whole workspace. */
export async function share(actor: Actor, id: string): Promise<Scenario> {
	const store = await getStore();
	return store.update((data) => {
		const scenario = visible(actor, data, id);
		if (!canShareScenario(actor, scenario))
			throw forbidden('Only the author or an admin can share this scenario.');
		if (scenario.visibility !== 'workspace')
			Object.assign(scenario, {
				visibility: 'workspace',
				version: scenario.version + 1,
				updatedAt: nowIso()
			});
		return scenario;
	});
}

/** The saved versions of a scenario, newest first. */
export async function history(actor: Actor, id: string) {
	const { data } = await getStore();
	visible(actor, data, id);
	return data.revisions
		.filter((r) => r.scenarioId === id)
		.map(({ version, savedAt, savedBy }) => ({ version, savedAt, savedBy }))
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

/** The design as saved at `version`. */
export async function revision(actor: Actor, id: string, version: number): Promise<Design> {
	const { data } = await getStore();
	visible(actor, data, id);
	const found = data.revisions.find((r) => r.scenarioId === id && r.version === version);
	if (!found) throw notFound(`Version ${version} of this scenario`);
	return found.design;
}

/** Saves an earlier version's design as the newest version, and records it, in one write. */
export async function restore(
	actor: Actor,
	id: string,
	version: number,
	expectedVersion: number
): Promise<Scenario> {
	const design = await revision(actor, id, version);
	assertRules(design);
	const store = await getStore();
	return store.update((data) => {
		const restored = writeDesign(data, actor, id, design, expectedVersion);
		data.events.push({
			id: newId(),
			at: nowIso(),
			actorId: actor.id,
			action: 'scenario.restored',
			subjectId: id,
			summary: `Version ${version} restored as version ${restored.version}`
		});
		return restored;
	});
}
