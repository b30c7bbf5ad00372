import { describe, expect, it } from 'vitest';
import type { MapEditor } from '../../domain/access/accountability';
import type { Override } from '../../domain/accountability/schema';
import { mapOf, starterDesign } from '../../domain/accountability/testing';
import { designOf, type Scenario } from '../../domain/scenario/schema';
import * as accountability from './accountability';
import { read } from './db';
import * as scenarios from './scenarios';
import { caught, engines, recorded, useEngine } from './testing';

const admin: MapEditor = { id: 'admin-1', role: 'admin' };
const leader: MapEditor = { id: 'leader-1', role: 'leader' };
const owner: MapEditor = { id: 'marketer-1', role: 'marketer', email: 'ent@example.test' };

const map = (s: Scenario) => mapOf(designOf(s));
const design = 'design-asset';
const mine: Override = {
	activityId: design,
	audienceId: 'enterprise-finance',
	seatId: 'designer',
	role: null
};

/** The two-tower starter, published, with the enterprise GTM marketer's seat linked to `owner`. */
async function twoTower(): Promise<Scenario> {
	const d = starterDesign('two-tower');
	const seats = d.seats.map((s) =>
		s.id === 'gtm-enterprise' ? { ...s, memberEmail: owner.email } : s
	);
	const created = await scenarios.create(admin, { ...d, seats });
	return scenarios.publish(admin, created.id);
}

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('accountability overrides', () => {
		it('start empty at version 1, then save, bump the version and record who did it', async () => {
			const s = await twoTower();
			expect(await accountability.get(admin, s.id)).toEqual({
				overrides: [],
				version: 1,
				updatedAt: null,
				updatedBy: null
			});
			const saved = await accountability.replace(admin, s.id, [mine], 1, map);
			expect(saved).toMatchObject({ overrides: [mine], version: 2, updatedBy: admin.id });
			expect(await accountability.get(admin, s.id)).toEqual(saved);
			expect((await recorded()).at(-1)).toMatchObject({
				action: 'accountability.overridden',
				subjectId: s.id
			});
		});

		it('refuse a stale version with 409, changing nothing', async () => {
			const s = await twoTower();
			await accountability.replace(admin, s.id, [mine], 1, map);
			const err = await caught(accountability.replace(admin, s.id, [], 1, map));
			expect(err).toMatchObject({ status: 409, details: { currentVersion: 2 } });
			expect((await accountability.get(admin, s.id)).overrides).toEqual([mine]);
		});

		it.each<[string, Override, string]>([
			[
				'an unknown seat',
				{ ...mine, seatId: 'ghost', role: 'R' },
				'design-asset for enterprise-finance: no seat "ghost"'
			],
			[
				'an unknown activity',
				{ ...mine, activityId: 'skywriting', role: 'R' },
				'skywriting for enterprise-finance: no activity "skywriting"'
			],
			[
				'a second A set by hand',
				{ ...mine, seatId: 'brand-custodian', role: 'A' },
				'would make "gtm-enterprise" and "brand-custodian" both accountable for design-asset for enterprise-finance'
			]
		])('refuse %s with 400 naming the row, saving nothing', async (_, bad, message) => {
			const s = await twoTower();
			const err = await caught(accountability.replace(admin, s.id, [bad], 1, map));
			expect(err.status).toBe(400);
			expect(err.issues[0]).toMatchObject({ path: 'overrides[0]' });
			expect(err.issues[0]!.message).toContain(message);
			expect(await accountability.get(admin, s.id)).toMatchObject({ version: 1, overrides: [] });
		});

		it('let a GTM marketer change their own audience’s rows but not another’s', async () => {
			const s = await twoTower();
			const saved = await accountability.replace(owner, s.id, [mine], 1, map);
			expect(saved.version).toBe(2);
			const other = { ...mine, audienceId: 'procurement' };
			const err = await caught(accountability.replace(owner, s.id, [mine, other], 2, map));
			expect(err.status).toBe(403);
			expect(err.message).toContain('design-asset for procurement');
			// Removing someone else's override is a change to their row too.
			await accountability.replace(admin, s.id, [mine, other], 2, map);
			expect((await caught(accountability.replace(owner, s.id, [mine], 3, map))).status).toBe(403);
		});

		it('refuse readers who edit nothing, and hide drafts they cannot see', async () => {
			const s = await twoTower();
			const stranger: MapEditor = { id: 'm-2', role: 'marketer', email: 'x@example.test' };
			expect((await caught(accountability.replace(stranger, s.id, [mine], 1, map))).status).toBe(
				403
			);
			expect((await caught(accountability.replace(leader, s.id, [mine], 1, map))).status).toBe(403);
			const draft = await scenarios.create(admin, starterDesign('two-tower'));
			expect((await caught(accountability.get(owner, draft.id))).status).toBe(404);
		});

		it('keep overrides that no longer fit after the scenario changes, and go with it', async () => {
			const s = await twoTower();
			const web: Override = {
				activityId: 'landing-page-build',
				audienceId: 'procurement',
				seatId: 'web-developer',
				role: 'A'
			};
			const clearOld: Override[] = map(s)
				.rows.find((r) => r.key === 'landing-page-build@procurement')!
				.cells.filter((c) => c.role === 'A' || c.role === 'A/R')
				.map((c) => ({ ...web, seatId: c.seatId, role: c.role === 'A/R' ? 'R' : null }));
			await accountability.replace(admin, s.id, [web, ...clearOld], 1, map);
			const d = designOf(s);
			const fewer = await scenarios.update(
				admin,
				s.id,
				{ ...d, seats: d.seats.filter((x) => x.id !== 'web-developer') },
				s.version
			);
			// The stale one is kept as it was while another cell is saved.
			const next = [web, ...clearOld, mine];
			const saved = await accountability.replace(admin, s.id, next, 2, () => map(fewer));
			expect(saved.overrides).toEqual(next);
			await scenarios.publish(admin, (await scenarios.create(admin, d)).id);
			await scenarios.remove(admin, s.id);
			expect(await read((tx) => tx.get('accountability', s.id))).toBeUndefined();
		});
	});
});
