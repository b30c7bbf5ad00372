import type { Actor } from '../../domain/access/schema';
import { designOf, type Design, type Scenario } from '../../domain/scenario/schema';
import { closeAll, engine } from './db';
import type { StoreContents } from './engine/types';
import * as scenarios from './scenarios';

/** A small valid design: a CMO and `n` marketers under them. */
function sampleDesign(name: string, n = 8): Design {
	const seat = (id: string, managerId: string | null, kind: string) => ({
		id,
		title: id,
		kind,
		open: false,
		managerId,
		fte: 1,
		hoursPerWeek: 40,
		focusFactor: 0.5,
		audienceIds: [],
		aiLevel: 0
	});
	return designOf({
		name,
		description: '',
		structure: 'functional',
		seats: [
			seat('cmo', null, 'cmo'),
			...Array.from({ length: n }, (_, i) => seat(`m${i}`, 'cmo', 'gtm-marketer'))
		],
		audiences: [],
		dottedLines: []
	} as unknown as Design);
}

/**
 * Fills the current (empty) store with `count` scenarios of `revisions` saved versions each, in
 * one load, then times `saves` one-field saves through scenarios.update: the app's save path.
 * Returns the times in milliseconds.
 */
export async function saveTimings(count: number, revisions = 5, saves = 40): Promise<number[]> {
	const admin: Actor = { id: 'bench-admin', role: 'admin' };
	const at = new Date().toISOString();
	const contents: StoreContents = { collections: { scenarios: {} }, logs: { revisions: {} } };
	for (let i = 0; i < count; i++) {
		const id = `s${i}`;
		const design = sampleDesign(`Scenario ${i}`);
		const scenario: Scenario = {
			...design,
			id,
			status: 'draft',
			visibility: 'workspace',
			authorId: admin.id,
			version: revisions,
			createdAt: at,
			updatedAt: at
		};
		contents.collections.scenarios![id] = scenario;
		contents.logs.revisions![id] = Array.from({ length: revisions }, (_, v) => ({
			scenarioId: id,
			version: v + 1,
			savedAt: at,
			savedBy: admin.id,
			design
		}));
	}
	await (await engine()).load(contents);
	const times: number[] = [];
	for (let i = 0; i < saves; i++) {
		const id = `s${(i * 7919) % count}`;
		const current = await scenarios.get(admin, id);
		const start = performance.now();
		await scenarios.update(
			admin,
			id,
			{ ...designOf(current), name: `Saved ${i}` },
			current.version
		);
		times.push(performance.now() - start);
	}
	await closeAll();
	return times;
}
