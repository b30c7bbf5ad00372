import { canEditSourceOfTruth } from '../../domain/access/accountability';
import type { Actor } from '../../domain/access/schema';
import type { SourceEntry } from '../../domain/accountability/schema';
import { sourceOfTruthIssues } from '../../domain/accountability/source-of-truth';
import { forbidden, invalid } from '../errors';
import { expectVersion, read, write, type Tx } from './db';
import { SOURCE_OF_TRUTH } from './engine/collections';
import * as events from './events';
import { nowIso } from './ids';
import type { SourceOfTruthRecord } from './schema';

const empty = (): SourceOfTruthRecord => ({
	entries: [],
	version: 1,
	updatedAt: null,
	updatedBy: null
});

const current = async (tx: Tx) => (await tx.get('sourceOfTruth', SOURCE_OF_TRUTH)) ?? empty();

/** The workspace's source-of-truth map with its version: 1 and empty until the first save. */
export async function get(): Promise<SourceOfTruthRecord> {
	return read(current);
}

/**
 * Replaces the workspace's source-of-truth map (admins only, else 403) if `expectedVersion` is
 * still current (else 409). A new or changed entry's owner must be a seat of `seatIds` (the
 * current scenario's), else 400 naming `entries[i].ownerSeatId`; nothing is saved on any refusal. Duplicated or
 * unowned types are saved: they are what the map's flags point at.
 */
export async function replace(
	actor: Actor,
	entries: SourceEntry[],
	expectedVersion: number,
	seatIds: readonly string[]
): Promise<SourceOfTruthRecord> {
	if (!canEditSourceOfTruth(actor))
		throw forbidden('Only admins can change the workspace’s source-of-truth map.');
	return write(async (tx) => {
		const record = await current(tx);
		expectVersion(record, expectedVersion, 'The source-of-truth map');
		// An entry kept as it was stays, even if its owner seat left the current scenario: it is flagged, not refused.
		const kept = new Set(record.entries.map((e) => JSON.stringify(e)));
		const issues = sourceOfTruthIssues({ entries }, seatIds).filter(
			(i) => !kept.has(JSON.stringify(entries[Number(/\[(\d+)\]/.exec(i.path)?.[1])]))
		);
		if (issues.length > 0) throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
		const at = nowIso();
		const saved: SourceOfTruthRecord = {
			entries: structuredClone(entries),
			version: record.version + 1,
			updatedAt: at,
			updatedBy: actor.id
		};
		if (record.updatedAt === null) await tx.insert('sourceOfTruth', SOURCE_OF_TRUTH, saved);
		else await tx.replace('sourceOfTruth', SOURCE_OF_TRUTH, saved, record.version);
		await events.record(tx, {
			at,
			actorId: actor.id,
			action: 'source-of-truth.changed',
			subjectId: SOURCE_OF_TRUTH,
			summary: `Source-of-truth map saved with ${entries.length} ${entries.length === 1 ? 'place' : 'places'}`
		});
		return saved;
	});
}
