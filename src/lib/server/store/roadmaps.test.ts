import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import type { InitiativeInput } from '../../domain/roadmap/schema';
import { AppError } from '../errors';
import { read } from './db';
import * as roadmaps from './roadmaps';
import { engines, useEngine } from './testing';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const marketer: Actor = { id: 'marketer-1', role: 'marketer' };
const leader: Actor = { id: 'leader-1', role: 'leader' };
const Q = '2027-Q1';
const all = new Set<string>();
const enterprise = new Set(['enterprise']);

const item = (over: Partial<InitiativeInput> & { id: string }): InitiativeInput => ({
	title: `Initiative ${over.id}`,
	audienceId: 'enterprise',
	ownerSeatId: 'gtm-a',
	effortHoursPerWeek: 4,
	startWeek: 1,
	endWeek: 3,
	...over
});

const save = (actor: Actor, initiatives: unknown, version: number, owned = all) =>
	roadmaps.update(actor, Q, { initiatives, scenarioId: 's1', owned }, version);
const failure = (err: unknown) =>
	err instanceof AppError ? { status: err.status, message: err.message, issues: err.issues } : err;
const stored = () => read((tx) => tx.all('roadmaps'));

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	it('reads an unsaved quarter as an empty plan at version 0 and saves it at version 1', async () => {
		expect(await roadmaps.get(leader, Q)).toMatchObject({
			quarter: Q,
			initiatives: [],
			version: 0
		});
		const saved = await save(admin, [item({ id: 'a' })], 0);
		expect(saved).toMatchObject({ version: 1, scenarioId: 's1', updatedBy: admin.id });
		expect(saved.initiatives[0]).toMatchObject({ id: 'a', status: 'planned', dependsOn: [] });
		expect(await roadmaps.get(leader, Q)).toEqual(saved);
		expect((await roadmaps.list(leader)).map((r) => r.quarter)).toEqual([Q]);
	});

	it('refuses a stale version with 409 and keeps the saved plan', async () => {
		await save(admin, [item({ id: 'a' })], 0);
		await save(admin, [item({ id: 'a', endWeek: 5 })], 1);
		const err = failure(await save(admin, [], 1).catch((e: unknown) => e));
		expect(err).toMatchObject({
			status: 409,
			issues: [{ path: 'version', message: 'expected 2' }]
		});
		expect((await stored())[0]!.initiatives[0]!.endWeek).toBe(5);
		expect(failure(await save(admin, [], 0).catch((e: unknown) => e))).toMatchObject({
			status: 409
		});
	});

	it('refuses bad initiatives with 400 naming the field, and saves nothing', async () => {
		const err = failure(
			await save(admin, [item({ id: 'a', startWeek: 4, endWeek: 2 })], 0).catch((e: unknown) => e)
		);
		expect(err).toMatchObject({ status: 400, issues: [{ path: 'initiatives[0].endWeek' }] });
		expect(await stored()).toEqual([]);
	});

	it("lets a marketer edit their own audience's lane and not another's", async () => {
		await save(
			admin,
			[item({ id: 'a' }), item({ id: 'x', audienceId: 'smb', title: 'SMB push' })],
			0
		);
		const mine = await save(
			marketer,
			[item({ id: 'a', endWeek: 6 }), item({ id: 'x', audienceId: 'smb', title: 'SMB push' })],
			1,
			enterprise
		);
		expect(mine.version).toBe(2);
		const err = failure(
			await save(marketer, [item({ id: 'a', endWeek: 6 })], 2, enterprise).catch((e: unknown) => e)
		);
		expect(err).toMatchObject({ status: 403, message: expect.stringContaining('SMB push') });
		expect((await stored())[0]!.initiatives).toHaveLength(2);
		const moved = failure(
			await save(
				marketer,
				[
					item({ id: 'a', audienceId: 'smb' }),
					item({ id: 'x', audienceId: 'smb', title: 'SMB push' })
				],
				2,
				enterprise
			).catch((e: unknown) => e)
		);
		expect(moved).toMatchObject({ status: 403 });
		expect(failure(await save(leader, [], 2).catch((e: unknown) => e))).toMatchObject({
			status: 403
		});
	});

	it('logs reviews with who, when, the note and the diff since the previous review', async () => {
		const note = {
			changed: 'Moved the launch',
			why: 'Legal review',
			next: 'Check pipeline in week 8'
		};
		await save(admin, [item({ id: 'a' }), item({ id: 'b' })], 0);
		const first = await roadmaps.review(admin, Q, note, all);
		expect(first.diff.added.map((a) => a.id)).toEqual(['a', 'b']);
		await save(admin, [item({ id: 'a', startWeek: 2, endWeek: 4 })], 1);
		const second = await roadmaps.review(marketer, Q, note, enterprise);
		expect(second).toMatchObject({
			byId: marketer.id,
			note,
			diff: {
				added: [],
				removed: [{ id: 'b' }],
				changed: [{ id: 'a', fields: [{ field: 'weeks', before: '1–3', after: '2–4' }] }]
			}
		});
		const roadmap = await roadmaps.get(leader, Q);
		expect(roadmap.reviews.map((r) => r.id)).toEqual([first.id, second.id]);
		expect(roadmap.version).toBe(2);
		expect(
			failure(await roadmaps.review(leader, Q, note, all).catch((e: unknown) => e))
		).toMatchObject({
			status: 403
		});
		const bad = failure(
			await roadmaps.review(admin, Q, { ...note, why: ' ' }, all).catch((e: unknown) => e)
		);
		expect(bad).toMatchObject({ status: 400, issues: [{ path: 'note.why' }] });
		expect((await roadmaps.get(leader, Q)).reviews).toHaveLength(2);
	});

	it('keeps comments from every role, on the roadmap or on an initiative that exists', async () => {
		await save(admin, [item({ id: 'a' })], 0);
		await roadmaps.comment(leader, Q, { text: 'Why so late?', initiativeId: 'a' });
		await roadmaps.comment(marketer, Q, { text: 'Looks good', initiativeId: null });
		const err = failure(
			await roadmaps.comment(leader, Q, { text: 'Hm', initiativeId: 'zz' }).catch((e: unknown) => e)
		);
		expect(err).toMatchObject({ status: 400, issues: [{ path: 'initiativeId' }] });
		const { comments, version } = await roadmaps.get(admin, Q);
		expect(comments.map((c) => [c.byId, c.text])).toEqual([
			[leader.id, 'Why so late?'],
			[marketer.id, 'Looks good']
		]);
		expect(version).toBe(1);
	});
});
