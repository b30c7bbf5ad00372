import { describe, expect, it } from 'vitest';
import { nextEvents, restore, send, startRun, stateOf, type PersistedRun } from './run-actor';
import type { RunInput, StepStatus } from './run-context';
import type { RunEvent, RunEventRequest } from './run-events';

/** brief → ads (gated) → launch; an input "offer" needed by ads. */
const input: RunInput = {
	steps: [
		{ id: 'brief', phase: 'strategy', dependsOn: [], gated: false, due: '2026-12-07' },
		{ id: 'ads', phase: 'creative', dependsOn: ['brief'], gated: true, due: '2026-12-10' },
		{ id: 'launch', phase: 'launch', dependsOn: ['ads'], gated: false, due: '2026-12-14' }
	],
	inputs: [{ name: 'offer', stepId: 'ads', dueDate: '2026-12-07' }]
};

const stamp = (e: RunEventRequest): RunEvent =>
	({ ...e, at: '2026-12-05T10:00:00.000Z', by: 'ada' }) as RunEvent;

/** Sends events in order, failing on the first refused one. */
function play(events: RunEventRequest[], from: PersistedRun = startRun(input)): PersistedRun {
	return events.reduce((saved, e) => {
		const sent = send(saved, stamp(e));
		if (!sent.ok) throw new Error(`${e.type} refused: ${sent.reason}`);
		return sent.persisted;
	}, from);
}

const statusOf = (saved: PersistedRun, id: string) => restore(saved).context.steps[id]!.status;

/** Events that bring step "ads" (gated) to each status. */
const toStatus: Record<StepStatus, RunEventRequest[]> = {
	notStarted: [{ type: 'COMPLETE', stepId: 'brief' }].map((e) => e as RunEventRequest),
	inProgress: [],
	waitingForInput: [],
	inReview: [],
	changesRequested: [],
	done: []
};
const brief: RunEventRequest[] = [
	{ type: 'START', stepId: 'brief' },
	{ type: 'COMPLETE', stepId: 'brief' }
];
toStatus.notStarted = brief;
toStatus.inProgress = [...brief, { type: 'START', stepId: 'ads' }];
toStatus.waitingForInput = [
	...toStatus.inProgress,
	{ type: 'WAIT_FOR_INPUT', stepId: 'ads', input: 'offer' }
];
toStatus.inReview = [...toStatus.inProgress, { type: 'SUBMIT_FOR_REVIEW', stepId: 'ads' }];
toStatus.changesRequested = [
	...toStatus.inReview,
	{ type: 'REQUEST_CHANGES', stepId: 'ads', note: 'Headline too long' }
];
toStatus.done = [...toStatus.inReview, { type: 'APPROVE', stepId: 'ads', note: '' }];

const ads = (type: string, extra: Record<string, unknown> = {}) =>
	({ type, stepId: 'ads', ...extra }) as RunEventRequest;

/** State × event → state for the gated step "ads"; null: refused, nothing changes. */
const table: [StepStatus, RunEventRequest, StepStatus | null][] = [
	['notStarted', ads('START'), 'inProgress'],
	['notStarted', ads('COMPLETE'), null],
	['notStarted', ads('APPROVE', { note: '' }), null],
	['inProgress', ads('WAIT_FOR_INPUT', { input: 'offer' }), 'waitingForInput'],
	['inProgress', ads('SUBMIT_FOR_REVIEW'), 'inReview'],
	['inProgress', ads('COMPLETE'), null],
	['inProgress', ads('START'), null],
	['waitingForInput', ads('INPUT_RECEIVED'), 'inProgress'],
	['waitingForInput', ads('SUBMIT_FOR_REVIEW'), null],
	['inReview', ads('APPROVE', { note: '' }), 'done'],
	['inReview', ads('REQUEST_CHANGES', { note: 'x' }), 'changesRequested'],
	['inReview', ads('REJECT', { note: 'x' }), 'notStarted'],
	['inReview', ads('COMPLETE'), null],
	['changesRequested', ads('START'), 'inProgress'],
	['changesRequested', ads('APPROVE', { note: '' }), null],
	['done', ads('REOPEN', { reason: 'New offer' }), 'inProgress'],
	['done', ads('START'), null],
	['done', ads('MOVE_DUE', { due: '2026-12-11', reason: 'x' }), null]
];

describe('the run machine, step by step', () => {
	it.each(table)('%s × %o → %s', (from, event, to) => {
		const saved = play(toStatus[from]);
		expect(statusOf(saved, 'ads')).toBe(from);
		const sent = send(saved, stamp(event));
		if (to === null) {
			expect(sent.ok).toBe(false);
			if (!sent.ok) expect(sent.reason).toMatch(/"ads"/);
		} else {
			expect(sent.ok, sent.ok ? '' : sent.reason).toBe(true);
			if (sent.ok) expect(statusOf(sent.persisted, 'ads')).toBe(to);
		}
	});

	it('refuses to start a step before its dependencies are done, naming them', () => {
		const sent = send(startRun(input), stamp(ads('START')));
		expect(sent).toEqual({
			ok: false,
			reason: '"ads" cannot start yet: it waits for "brief" (not started)'
		});
	});

	it('sends a step without a gate to done with COMPLETE, and refuses review for it', () => {
		const saved = play([{ type: 'START', stepId: 'brief' }]);
		const review = send(saved, stamp({ type: 'SUBMIT_FOR_REVIEW', stepId: 'brief' }));
		expect(review.ok).toBe(false);
		if (!review.ok) expect(review.reason).toBe('"brief" has no review gate: complete it instead');
		expect(statusOf(play([{ type: 'COMPLETE', stepId: 'brief' }], saved), 'brief')).toBe('done');
	});

	it('counts revision rounds for changes requested and rejections', () => {
		const saved = play([
			...toStatus.changesRequested,
			ads('START'),
			ads('SUBMIT_FOR_REVIEW'),
			ads('REJECT', { note: 'Wrong audience' })
		]);
		expect(restore(saved).context.steps.ads!.rounds).toBe(2);
	});

	it('refuses an unknown step', () => {
		const sent = send(startRun(input), stamp({ type: 'START', stepId: 'nope' }));
		expect(sent).toEqual({ ok: false, reason: 'there is no step "nope" in this run' });
	});
});

const run = (type: string, extra: Record<string, unknown> = {}) =>
	({ type, ...extra }) as RunEventRequest;

/** The run's own states. */
const runTable: [RunEventRequest[], RunEventRequest, string | null][] = [
	[[], run('BLOCK', { reason: 'No budget' }), 'blocked'],
	[[], run('ESCALATE', { reason: 'Offer unclear' }), 'escalated'],
	[[], run('CANCEL', { reason: 'Deal lost' }), 'cancelled'],
	[[], run('UNBLOCK'), null],
	[[], run('RESOLVE'), null],
	[[], run('LAUNCH'), null],
	[[run('BLOCK', { reason: 'x' })], run('UNBLOCK'), 'active'],
	[[run('BLOCK', { reason: 'x' })], ads('START'), null],
	[[run('BLOCK', { reason: 'x' })], run('LAUNCH'), null],
	[[run('ESCALATE', { reason: 'x' })], run('RESOLVE'), 'active'],
	[[run('ESCALATE', { reason: 'x' })], run('BLOCK', { reason: 'x' }), 'blocked'],
	[toStatus.done, run('LAUNCH'), 'launched'],
	[[...toStatus.done, run('LAUNCH')], run('BLOCK', { reason: 'x' }), null],
	[[...toStatus.done, run('LAUNCH')], run('CANCEL', { reason: 'x' }), null],
	[[run('CANCEL', { reason: 'x' })], run('UNBLOCK'), null]
];

describe('the run machine, whole run', () => {
	it.each(runTable)('after %o, %o → %s', (before, event, to) => {
		const saved = play(before);
		const sent = send(saved, stamp(event));
		if (to === null) expect(sent.ok).toBe(false);
		else {
			expect(sent.ok, sent.ok ? '' : sent.reason).toBe(true);
			if (sent.ok) expect(stateOf(sent.snapshot)).toBe(to);
		}
	});

	it('says why a blocked run refuses work, and why launch is early', () => {
		const blocked = play([run('BLOCK', { reason: 'Legal review of claims' })]);
		expect(send(blocked, stamp(ads('START')))).toEqual({
			ok: false,
			reason: 'the run is blocked (Legal review of claims); unblock it before START'
		});
		const early = send(play(brief), stamp(run('LAUNCH')));
		expect(early).toEqual({
			ok: false,
			reason: 'launch needs every step before the launch phase done; not yet: "ads" (not started)'
		});
	});

	it('keeps working post-launch steps after the launch', () => {
		const launched = play([...toStatus.done, run('LAUNCH'), { type: 'START', stepId: 'launch' }]);
		expect(stateOf(restore(launched))).toBe('launched');
		expect(statusOf(launched, 'launch')).toBe('inProgress');
	});

	it('lists the events it accepts now, per step', () => {
		const events = nextEvents(restore(play(toStatus.inReview)));
		expect(events).toEqual(
			expect.arrayContaining([
				{ type: 'APPROVE', stepId: 'ads' },
				{ type: 'REQUEST_CHANGES', stepId: 'ads' },
				{ type: 'REJECT', stepId: 'ads' },
				{ type: 'REOPEN', stepId: 'brief' },
				{ type: 'BLOCK' },
				{ type: 'RECEIVE_INPUT' }
			])
		);
		expect(events).not.toContainEqual({ type: 'START', stepId: 'launch' });
		expect(events).not.toContainEqual({ type: 'LAUNCH' });
	});
});

describe('persistence', () => {
	it('round-trips through JSON and carries on where it stopped', () => {
		const saved = play(toStatus.inReview);
		const reloaded = JSON.parse(JSON.stringify(saved)) as PersistedRun;
		expect(restore(reloaded).context).toEqual(restore(saved).context);
		const after = play([ads('APPROVE', { note: 'Good' })], reloaded);
		expect(statusOf(after, 'ads')).toBe('done');
		expect(restore(after).context.steps.ads!.approvedAt).toBe('2026-12-05T10:00:00.000Z');
	});

	it('records every move of a due date, oldest first', () => {
		const saved = play([
			ads('MOVE_DUE', { due: '2026-12-11', reason: 'Offer late' }),
			ads('MOVE_DUE', { due: '2026-12-14', reason: 'Offer later still' })
		]);
		const step = restore(saved).context.steps.ads!;
		expect(step.due).toBe('2026-12-14');
		expect(step.dueHistory).toEqual(['2026-12-10', '2026-12-11']);
	});

	it('stamps each review round: submitted, decided and how, for the approval time', () => {
		const at = (day: number, e: RunEventRequest) =>
			({
				...e,
				at: `2026-12-${String(day).padStart(2, '0')}T10:00:00.000Z`,
				by: 'ada'
			}) as RunEvent;
		const events = [
			at(1, { type: 'START', stepId: 'brief' }),
			at(1, { type: 'COMPLETE', stepId: 'brief' }),
			at(2, ads('START')),
			at(3, ads('SUBMIT_FOR_REVIEW')),
			at(4, ads('REQUEST_CHANGES', { note: 'Shorter' })),
			at(7, ads('START')),
			at(8, ads('SUBMIT_FOR_REVIEW')),
			at(9, ads('APPROVE', { note: '' }))
		];
		let saved = startRun(input);
		for (const e of events) {
			const sent = send(saved, e);
			if (!sent.ok) throw new Error(sent.reason);
			saved = sent.persisted;
		}
		const step = restore(saved).context.steps.ads!;
		expect(step.startedAt).toBe('2026-12-02T10:00:00.000Z');
		expect(step.doneAt).toBe('2026-12-09T10:00:00.000Z');
		expect(step.reviews).toEqual([
			{
				submittedAt: '2026-12-03T10:00:00.000Z',
				decidedAt: '2026-12-04T10:00:00.000Z',
				outcome: 'changes-requested'
			},
			{
				submittedAt: '2026-12-08T10:00:00.000Z',
				decidedAt: '2026-12-09T10:00:00.000Z',
				outcome: 'approved'
			}
		]);
	});

	it('loads a run saved before review rounds were stamped, and carries on', () => {
		const saved = play(toStatus.inReview);
		const old = structuredClone(saved) as PersistedRun & {
			context: { steps: Record<string, Record<string, unknown>> };
		};
		for (const s of Object.values(old.context.steps)) {
			delete s.startedAt;
			delete s.doneAt;
			delete s.reviews;
		}
		const step = restore(old).context.steps.ads!;
		expect(step).toMatchObject({ status: 'inReview', startedAt: null, reviews: [] });
		const after = play([ads('APPROVE', { note: '' })], old);
		expect(restore(after).context.steps.ads).toMatchObject({
			status: 'done',
			doneAt: '2026-12-05T10:00:00.000Z',
			reviews: []
		});
	});
});
