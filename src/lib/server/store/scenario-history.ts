import type { Actor } from '../../domain/access/schema';
import { revisionSummary } from '../../domain/scenario/revision-summary';
import type { Design, Scenario } from '../../domain/scenario/schema';
import { notFound } from '../errors';
import { read, write, type Tx } from './db';
import * as events from './events';
import { assertRules, KEEP_REVISIONS, visible, writeDesign } from './scenario-versions';
import type { RevisionRecord } from './schema';

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
