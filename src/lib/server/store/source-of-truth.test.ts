import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import type { SourceEntry } from '../../domain/accountability/schema';
import * as sourceOfTruth from './source-of-truth';
import { caught, engines, recorded, useEngine } from './testing';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const seats = ['cmo', 'ops-custodian'];
const tasks: SourceEntry = {
	infoType: 'tasks-and-deadlines',
	place: 'Project board',
	ownerSeatId: 'ops-custodian',
	note: ''
};

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('source-of-truth map', () => {
		it('starts empty, then saves with a new version and a recorded event', async () => {
			expect(await sourceOfTruth.get()).toMatchObject({ entries: [], version: 1 });
			const dup = { ...tasks, place: 'Spreadsheet' };
			const saved = await sourceOfTruth.replace(admin, [tasks, dup], 1, seats);
			expect(saved).toMatchObject({ entries: [tasks, dup], version: 2, updatedBy: admin.id });
			expect(await sourceOfTruth.get()).toEqual(saved);
			expect((await recorded()).at(-1)?.action).toBe('source-of-truth.changed');
		});

		it('refuses an unknown owner seat with 400 naming the field, and a stale version', async () => {
			const bad = { ...tasks, ownerSeatId: 'ghost' };
			const err = await caught(sourceOfTruth.replace(admin, [tasks, bad], 1, seats));
			expect(err).toMatchObject({ status: 400 });
			expect(err.issues).toEqual([
				{
					path: 'entries[1].ownerSeatId',
					message: 'no seat "ghost" in this scenario (expected one of its seat ids)'
				}
			]);
			await sourceOfTruth.replace(admin, [tasks], 1, seats);
			expect((await caught(sourceOfTruth.replace(admin, [], 1, seats))).status).toBe(409);
			// An entry kept as it was stays even when its owner seat has gone.
			const kept = await sourceOfTruth.replace(admin, [tasks], 2, ['cmo']);
			expect(kept.version).toBe(3);
		});

		it.each<Actor['role']>(['leader', 'custodian', 'marketer'])(
			'refuses a %s with 403',
			async (role) => {
				const err = await caught(sourceOfTruth.replace({ id: 'x', role }, [tasks], 1, seats));
				expect(err.status).toBe(403);
				expect((await sourceOfTruth.get()).version).toBe(1);
			}
		);
	});
});
