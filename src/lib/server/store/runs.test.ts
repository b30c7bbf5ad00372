import { describe, expect, it } from 'vitest';
import type { Override } from '../../domain/accountability/schema';
import type { Actor } from '../../domain/access/schema';
import { paidCampaign } from '../../domain/workflow/run-testing';
import { AppError } from '../errors';
import { getStarter } from '../models';
import { POLICY, versionKey } from './policy-records';
import { engines, seed, seedCurrent, useEngine } from './testing';
import * as runs from './runs';

const at = '2026-11-02T09:00:00.000Z';
const now = new Date('2026-12-01T10:00:00.000Z'); // a Tuesday
const ada: Actor = { id: 'ada', role: 'admin' };
const cid: Actor = { id: 'cid', role: 'custodian' };

/** The two-tower starter as the current scenario. */
const seedTwoTowers = () => seedCurrent(getStarter('two-tower')!.design, [], at);

/** Accountability overrides stored for the current scenario, saved on 1 Dec 2026 at 12:00. */
const saveOverrides = (overrides: Override[]) =>
	seed(async (tx) => {
		await tx.insert('accountability', 'scn', {
			scenarioId: 'scn',
			overrides,
			version: 2,
			updatedAt: '2026-12-01T12:00:00.000Z',
			updatedBy: 'ada'
		});
	});

/** Overrides that take design assets for mid-market from the designers to its GTM marketer. */
const designToMarketer: Override[] = ['senior-designer', 'designer', 'gtm-mid-market'].map(
	(seatId) => ({
		activityId: 'design-asset',
		audienceId: 'mid-market-finance',
		seatId,
		role: seatId === 'gtm-mid-market' ? 'A/R' : null
	})
);

const refused = async (promise: Promise<unknown>, status: number, code?: string) => {
	const err = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(err).toBeInstanceOf(AppError);
	expect((err as AppError).status).toBe(status);
	if (code) expect((err as AppError).code).toBe(code);
	return err as AppError;
};

describe.each(engines)('runs on the %s store', (kind) => {
	useEngine(kind);

	it('starts a run with owners per phase and due dates back from the launch', async () => {
		await seedTwoTowers();
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		expect(run.version).toBe(1);
		expect(run.state).toBe('active');
		const launch = run.steps.find((s) => s.id === 'launch')!;
		expect(launch.due).toBe('2027-01-12');
		expect(run.steps.every((s) => s.due <= '2027-01-12' || s.id === 'report')).toBe(true);
		expect(run.phases.map((p) => p.phase)).toEqual([
			'strategy',
			'creative',
			'production',
			'qa',
			'launch'
		]);
		expect(run.phases.every((p) => p.accountable.seatId)).toBe(true);
		expect(run.nextEvents).toContainEqual({ type: 'START', stepId: 'brief' });
		expect(await runs.list(ada)).toHaveLength(1);
		expect((await runs.get(ada, run.id)).steps).toEqual(run.steps);
	});

	it('moves a run along, refusing stale versions and events out of order without a change', async () => {
		await seedTwoTowers();
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		const started = await runs.send(ada, run.id, 1, { type: 'START', stepId: 'brief' }, now);
		expect(started.run.version).toBe(2);
		await refused(
			runs.send(ada, run.id, 1, { type: 'COMPLETE', stepId: 'brief' }, now),
			409,
			'version_conflict'
		);
		const early = await refused(
			runs.send(ada, run.id, 2, { type: 'START', stepId: 'ads' }, now),
			422,
			'event_not_accepted'
		);
		expect(early.message).toContain('"ads" cannot start yet: it waits for "plan" (not started)');
		await refused(runs.send(ada, run.id, 2, { type: 'FLY', stepId: 'ads' }, now), 400);
		const same = await runs.get(ada, run.id);
		expect(same.version).toBe(2);
		expect(same.steps.find((s) => s.id === 'brief')!.status).toBe('inProgress');
	});

	it('logs gate decisions, and flags a reopening after the phase closed as a scope change', async () => {
		await seedTwoTowers();
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		let version = 1;
		const go = async (event: Record<string, unknown>) => {
			const out = await runs.send(ada, run.id, version, event, now);
			version = out.run.version;
			return out;
		};
		await go({ type: 'START', stepId: 'brief' });
		await go({ type: 'COMPLETE', stepId: 'brief' });
		await go({ type: 'START', stepId: 'plan' });
		await go({ type: 'SUBMIT_FOR_REVIEW', stepId: 'plan' });
		const changes = await go({ type: 'REQUEST_CHANGES', stepId: 'plan', note: 'Offer too vague' });
		expect(changes.decision).toMatchObject({ kind: 'changes-requested', scopeChange: false });
		expect(changes.run.steps.find((s) => s.id === 'plan')!.rounds).toBe(1);
		await go({ type: 'START', stepId: 'plan' });
		await go({ type: 'SUBMIT_FOR_REVIEW', stepId: 'plan' });
		const approved = await go({ type: 'APPROVE', stepId: 'plan', note: 'Offer is clear' });
		expect(approved.decision).toMatchObject({
			kind: 'approved',
			decision: 'Approved Campaign plan (strategy): Offer is clear',
			campaign: 'Close faster in Q1'
		});
		const reopened = await go({ type: 'REOPEN', stepId: 'plan', reason: 'New pricing' });
		expect(reopened.decision).toMatchObject({
			kind: 'reopened',
			scopeChange: true,
			revisits: approved.decision!.id
		});
		const log = await runs.decisions(ada, run.id);
		expect(log.map((d) => d.kind)).toEqual(['reopened', 'approved', 'changes-requested']);
		expect(await runs.decisions(ada)).toHaveLength(3);
	});

	it('keeps gate decisions for approvers and runs away from custodians', async () => {
		await seedTwoTowers();
		await refused(runs.create(cid, paidCampaign('2027-01-12'), now), 403);
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		await refused(runs.send(cid, run.id, 1, { type: 'START', stepId: 'brief' }, now), 403);
	});

	it('assigns owners through stored overrides and gates AI drafts by the approved policy', async () => {
		await seedTwoTowers();
		const policy = {
			checklist: [{ id: 'claims-approved', text: 'Every claim has an approved source' }],
			rules: [
				{
					activityId: 'landing-page-build',
					level: 'ai-draft-human-review' as const,
					dataClasses: [],
					reviewer: 'craft:brand',
					checklist: ['claims-approved'],
					reason: ''
				}
			]
		};
		await seed(async (tx) => {
			await tx.insert('accountability', 'scn', {
				scenarioId: 'scn',
				overrides: designToMarketer,
				version: 2,
				updatedAt: at,
				updatedBy: 'ada'
			});
			await tx.insert('policy', POLICY, {
				policy,
				version: 2,
				updatedAt: at,
				updatedBy: 'ada',
				approvedNumber: 1,
				approvedAtVersion: 2
			});
			await tx.insert('policyVersions', versionKey(1), {
				number: 1,
				policy,
				approvedBy: 'ada',
				approvedAt: at,
				note: 'First version',
				version: 1
			});
		});
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		expect(run.steps.find((s) => s.id === 'ads')!.owner.seatId).toBe('gtm-mid-market');
		expect(run.steps.find((s) => s.id === 'landing-page')!.gate?.approver.seatId).toBe(
			'brand-custodian'
		);
	});

	it('moves work not started to the owner a later override names, and says so', async () => {
		await seedTwoTowers();
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		const before = run.steps.find((s) => s.id === 'ads')!.owner;
		await runs.send(ada, run.id, 1, { type: 'START', stepId: 'brief' }, now);
		const brief = { activityId: 'campaign-brief', audienceId: 'mid-market-finance' };
		await saveOverrides([...designToMarketer, { ...brief, seatId: 'gtm-mid-market', role: 'A/R' }]);
		const view = await runs.get(ada, run.id);
		const ads = view.steps.find((s) => s.id === 'ads')!;
		expect(ads.owner.seatId).toBe('gtm-mid-market');
		expect(view.steps.find((s) => s.id === 'brief')!.owner).toEqual(
			run.steps.find((s) => s.id === 'brief')!.owner
		);
		expect(view.changes.map((c) => c.message)).toContain(
			`Design asset: owner changed from ${before.label} to ${ads.owner.label} after the accountability map was edited on 1 Dec 2026.`
		);
		// The next event saves what the run followed, once.
		const sent = await runs.send(ada, run.id, 2, { type: 'COMPLETE', stepId: 'brief' }, now);
		expect(sent.run.steps.find((s) => s.id === 'ads')!.owner.seatId).toBe('gtm-mid-market');
		expect((await runs.get(ada, run.id)).changes).toEqual(view.changes);
	});

	it('keeps the owner of a step in progress and says once whom the map names now', async () => {
		await seedTwoTowers();
		const run = await runs.create(ada, paidCampaign('2027-01-12'), now);
		await runs.send(ada, run.id, 1, { type: 'START', stepId: 'brief' }, now);
		await runs.send(ada, run.id, 2, { type: 'COMPLETE', stepId: 'brief' }, now);
		await runs.send(ada, run.id, 3, { type: 'START', stepId: 'plan' }, now);
		const planner = run.steps.find((s) => s.id === 'plan')!.owner;
		expect(planner.seatId).not.toBe('head-of-gtm');
		const row = { activityId: 'campaign-plan', audienceId: 'mid-market-finance' };
		await saveOverrides([
			{ ...row, seatId: planner.seatId!, role: null },
			{ ...row, seatId: 'head-of-gtm', role: 'A/R' }
		]);
		const view = await runs.get(ada, run.id);
		expect(view.steps.find((s) => s.id === 'plan')!.owner).toEqual(planner);
		const kept = view.changes.filter((c) => c.what === 'owner-kept');
		expect(kept.map((c) => c.message)).toEqual([
			`Campaign plan: stays with ${planner.label}, as work on it has started; the accountability map, edited on 1 Dec 2026, now names ${kept[0]!.to}.`
		]);
		expect(kept[0]!.to).toMatch(/head of gtm/i);
		// Saved with the next event, and not said again.
		await runs.send(ada, run.id, 4, { type: 'SUBMIT_FOR_REVIEW', stepId: 'plan' }, now);
		const after = await runs.get(ada, run.id);
		expect(after.changes.filter((c) => c.what === 'owner-kept')).toEqual(kept);
	});

	it('follows the map for every run of a template and audience, each with its own brief', async () => {
		await seedTwoTowers();
		const early = await runs.create(ada, paidCampaign('2027-01-12'), now);
		const late = await runs.create(
			ada,
			paidCampaign('2027-02-16', { requiredInputs: [{ name: 'Pricing page copy' }] }),
			now
		);
		const named = await runs.create(
			ada,
			paidCampaign('2027-02-16', { ownerSeatId: 'head-of-gtm' }),
			now
		);
		await saveOverrides(designToMarketer);
		const views = new Map((await runs.list(ada)).map((v) => [v.id, v]));
		const ads = (id: string) => views.get(id)!.steps.find((s) => s.id === 'ads')!;
		for (const run of [early, late, named]) {
			expect(ads(run.id).owner.seatId).toBe('gtm-mid-market');
			// Dates stay each run's own: a map change never moves them.
			expect(ads(run.id).due).toBe(run.steps.find((s) => s.id === 'ads')!.due);
		}
		expect(ads(early.id).due).not.toBe(ads(late.id).due);
		expect(views.get(named.id)!.internalOwner.seatId).toBe('head-of-gtm');
		expect(views.get(early.id)!.internalOwner.seatId).toBe(early.internalOwner.seatId);
		expect(early.internalOwner.seatId).not.toBe('head-of-gtm');
	});

	it('refuses an audience or template the workspace does not have', async () => {
		await seedTwoTowers();
		const bad = await refused(
			runs.create(ada, { ...paidCampaign('2027-01-12'), audienceId: 'martians' }, now),
			400
		);
		expect(bad.issues[0]!.path).toBe('audienceId');
		const none = await refused(
			runs.create(ada, { ...paidCampaign('2027-01-12'), templateId: 'nope' }, now),
			400
		);
		expect(none.issues[0]!.path).toBe('templateId');
		expect(await runs.list(ada)).toEqual([]);
	});
});
