import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import { profile } from '../../domain/assessment/testing';
import { AppError } from '../errors';
import { engines, seed, useEngine } from './testing';
import * as assessments from './assessments';
import { read } from './db';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const leader: Actor = { id: 'leader-1', role: 'leader' };
const otherLeader: Actor = { id: 'leader-2', role: 'leader' };
const custodian: Actor = { id: 'custodian-1', role: 'custodian' };
const marketer: Actor = { id: 'marketer-1', role: 'marketer' };

const draft = (over: Partial<assessments.AssessmentDraft> = {}): assessments.AssessmentDraft => ({
	name: 'Solo check',
	profile: profile(),
	scenarioId: null,
	options: { support: [] },
	...over
});

const failure = (err: unknown) =>
	err instanceof AppError ? { status: err.status, issues: err.issues } : err;
const statusOf = (err: unknown) => (err instanceof AppError ? err.status : err);
const stored = () => read((tx) => tx.all('assessments'));

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('saved assessments', () => {
		it('saves a leader’s assessment at version 1 and every role reads it', async () => {
			const saved = await assessments.create(leader, draft());
			expect(saved).toMatchObject({
				name: 'Solo check',
				authorId: leader.id,
				version: 1,
				scenarioId: null,
				profile: profile(),
				options: { support: [] }
			});
			for (const reader of [admin, otherLeader, custodian, marketer]) {
				expect(await assessments.get(reader, saved.id)).toEqual(saved);
				expect((await assessments.list(reader)).map((a) => a.id)).toEqual([saved.id]);
			}
		});

		it.each([
			['custodian', custodian],
			['marketer', marketer]
		])('refuses to save for a %s with 403 and stores nothing', async (_role, actor) => {
			expect(await assessments.create(actor, draft()).catch(statusOf)).toBe(403);
			expect(await stored()).toEqual([]);
		});

		it.each([
			['10,000 channels', { channels: 10_000 }, 'profile.channels', 'must be at most 50'],
			['text for a number', { audiences: 'three' }, 'profile.audiences', 'expected a number'],
			['a missing field', { regions: undefined }, 'profile.regions', 'is required'],
			['a negative count', { eventsPerYear: -2 }, 'profile.eventsPerYear', 'must be at least 0']
		])(
			'refuses %s with 400 naming the field, and stores nothing',
			async (_c, over, path, message) => {
				const bad = { ...profile(), ...over } as unknown as assessments.AssessmentDraft['profile'];
				const err = await assessments.create(admin, draft({ profile: bad })).catch(failure);
				expect(err).toMatchObject({ status: 400, issues: [{ path, message }] });
				expect(await stored()).toEqual([]);
			}
		);

		it('refuses bad options with the option’s path', async () => {
			const options = { support: [{ area: 'content-strategy-and-creation', hoursPerWeek: 500 }] };
			const err = await assessments
				.create(admin, draft({ options: options as assessments.AssessmentDraft['options'] }))
				.catch(failure);
			expect(err).toMatchObject({
				status: 400,
				issues: [{ path: 'options.support[0].hoursPerWeek', message: 'must be at most 80' }]
			});
		});

		it('writes a new version, keeps the name when none is given, and refuses a stale version', async () => {
			const saved = await assessments.create(leader, draft());
			const next = await assessments.update(
				leader,
				saved.id,
				{ profile: profile({ channels: 9 }), scenarioId: null, options: { support: [] } },
				1
			);
			expect(next).toMatchObject({ version: 2, name: 'Solo check', profile: { channels: 9 } });
			const stale = await assessments
				.update(leader, saved.id, { ...draft(), name: 'Late' }, 1)
				.catch((e: unknown) => e);
			expect(stale).toMatchObject({ status: 409, details: { currentVersion: 2 } });
			expect(await assessments.remove(leader, saved.id, 1).catch(statusOf)).toBe(409);
			expect((await assessments.get(admin, saved.id)).name).toBe('Solo check');
		});

		it('lets the author and admins change or delete; other roles get 403', async () => {
			const saved = await assessments.create(leader, draft());
			for (const actor of [otherLeader, custodian, marketer]) {
				expect(await assessments.update(actor, saved.id, draft(), 1).catch(statusOf)).toBe(403);
				expect(await assessments.remove(actor, saved.id, 1).catch(statusOf)).toBe(403);
			}
			const renamed = await assessments.update(admin, saved.id, draft({ name: 'By admin' }), 1);
			expect(renamed).toMatchObject({ version: 2, name: 'By admin' });
			await assessments.remove(leader, saved.id, 2);
			expect(await assessments.get(admin, saved.id).catch(statusOf)).toBe(404);
			expect(await stored()).toEqual([]);
		});

		it('answers 422, not a crash, for a stored profile the schema no longer accepts', async () => {
			const saved = await assessments.create(admin, draft());
			await seed(async (tx) => {
				const record = (await tx.get('assessments', saved.id))!;
				const outdated = { ...record, profile: { ...record.profile, channels: 'many' } };
				await tx.replace('assessments', saved.id, outdated, record.version);
			});
			const err = await assessments.get(admin, saved.id).catch((e: unknown) => e);
			expect(err).toMatchObject({ status: 422, code: 'assessment_outdated' });
			expect((err as Error).message).toContain('profile.channels');
		});
	});
});
