import { describe, expect, it } from 'vitest';
import type { CurrentResolution } from './follow';
import { followed } from './follow';
import { send } from './run-actor';
import type { RunEvent } from './run-events';
import type { Gate, Run, SeatRef } from './run-schema';
import { after, gate, landingRun } from './run-testing';
import { runView } from './run-view';

const seat = (id: string, label: string): SeatRef => ({ seatId: id, label });
const priya = seat('priya', 'Content lead (Priya)');
const omar = seat('omar', 'Designer (Omar)');

/** The map now gives copy and design new owners, the policy gates design, ops owns launch. */
const now = (over: Partial<CurrentResolution> = {}): CurrentResolution => ({
	internalOwner: seat('gtm', 'GTM marketer'),
	phases: [
		{ phase: 'creative', accountable: seat('gtm', 'GTM marketer') },
		{ phase: 'launch', accountable: seat('cmo', 'CMO') }
	],
	steps: new Map<string, { owner: SeatRef; gate?: Gate }>([
		['copy', { owner: priya, gate: gate('2026-12-09')! }],
		[
			'design',
			{ owner: omar, gate: { ...gate('2026-12-20')!, approver: seat('brand', 'Brand custodian') } }
		],
		['launch', { owner: seat('seat-launch', 'Owner of launch') }]
	]),
	mapChangedAt: '2026-12-03T15:00:00.000Z',
	policyApprovedAt: '2026-12-04T09:00:00.000Z',
	...over
});

const started = after(landingRun(), [
	{ type: 'RECEIVE_INPUT', input: 'The offer' },
	{ type: 'START', stepId: 'copy' }
]);

describe('a started run follows later changes to the map and the policy', () => {
	const view = runView(started, now());
	const step = (id: string) => view.steps.find((s) => s.id === id)!;

	it('keeps the owner of work already started', () => {
		expect(step('copy').owner.seatId).toBe('seat-copy');
	});

	it('gives work not started the current owner and gate, and says what changed and why', () => {
		expect(step('design').owner).toEqual(omar);
		expect(step('design').gate?.approver.label).toBe('Brand custodian');
		expect(step('design').gate?.feedbackDue).toBe('2026-12-14');
		expect(view.changes.map((c) => c.message)).toEqual([
			'Copy: stays with Owner of copy, as work on it has started; the accountability map, edited on 3 Dec 2026, now names Content lead (Priya).',
			'Design: owner changed from Owner of design to Designer (Omar) after the accountability map was edited on 3 Dec 2026.',
			'Design: review gate added, Brand custodian approves the copy after the guardrail policy was approved on 4 Dec 2026.',
			'The launch phase: accountable owner changed from Ops lead to CMO after the accountability map was edited on 3 Dec 2026.'
		]);
	});

	it('makes the machine follow a new gate: design goes to review instead of done', () => {
		const base = followed(started, now(), '2026-12-08T09:00:00.000Z');
		let snapshot = base.snapshot;
		for (const e of [
			{ type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' },
			{ type: 'APPROVE', stepId: 'copy', note: '' },
			{ type: 'START', stepId: 'design' },
			{ type: 'SUBMIT_FOR_REVIEW', stepId: 'design' }
		]) {
			const sent = send(snapshot, { ...e, at: '2026-12-09T09:00:00.000Z', by: 'ada' } as RunEvent);
			expect(sent.ok, sent.ok ? '' : sent.reason).toBe(true);
			if (sent.ok) snapshot = sent.persisted;
		}
		expect(runView({ ...base, snapshot }).steps.find((s) => s.id === 'design')!.status).toBe(
			'inReview'
		);
	});

	it('keeps what started work had once it has followed, and records nothing twice', () => {
		const base: Run = followed(started, now(), '2026-12-08T09:00:00.000Z');
		const again = followed(base, now(), '2026-12-09T09:00:00.000Z');
		expect(again.changes).toHaveLength(4);
		const later = now({
			steps: new Map([...now().steps, ['design', { owner: priya }]]),
			mapChangedAt: '2026-12-05T10:00:00.000Z'
		});
		const designStarted = after(base, [
			{ type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' },
			{ type: 'APPROVE', stepId: 'copy', note: '' },
			{ type: 'START', stepId: 'design' }
		]);
		const kept = runView(designStarted, later);
		expect(kept.steps.find((s) => s.id === 'design')!.owner).toEqual(omar);
		expect(kept.changes.slice(4).map((c) => [c.what, c.stepId, c.from, c.to])).toEqual([
			['owner-kept', 'design', omar.label, priya.label]
		]);
	});

	it('says once whom the map names for a step in progress, and nothing for finished work', () => {
		const base: Run = followed(started, now(), '2026-12-08T09:00:00.000Z');
		const kept = base.changes!.filter((c) => c.what === 'owner-kept');
		expect(kept.map((c) => c.stepId)).toEqual(['copy']);
		expect(base.steps.find((s) => s.id === 'copy')!.owner.seatId).toBe('seat-copy');
		const copyDone = after(base, [
			{ type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' },
			{ type: 'APPROVE', stepId: 'copy', note: '' }
		]);
		const omarNow = now({ steps: new Map([...now().steps, ['copy', { owner: omar }]]) });
		expect(runView(copyDone, omarNow).changes).toEqual(base.changes);
		const inProgress = runView(base, omarNow).changes.slice(base.changes!.length);
		expect(inProgress.map((c) => c.message)).toEqual([
			'Copy: stays with Owner of copy, as work on it has started; the accountability map, edited on 3 Dec 2026, now names Designer (Omar).'
		]);
	});

	it('changes nothing without a current resolution, or when nothing differs', () => {
		expect(followed(started, null, '2026-12-08T09:00:00.000Z')).toBe(started);
		expect(runView(landingRun()).changes).toEqual([]);
	});
});
