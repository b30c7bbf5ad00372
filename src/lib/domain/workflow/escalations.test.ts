import { describe, expect, it } from 'vitest';
import { boardOf } from './board';
import { escalationsOf } from './escalations';
import { runView } from './run-view';
import { after, landingRun, planStep } from './run-testing';
import type { RunEventRequest } from './run-events';

const REWORK = 0.3;
const offerIn: RunEventRequest = { type: 'RECEIVE_INPUT', input: 'The offer' };
const inReview: RunEventRequest[] = [
	offerIn,
	{ type: 'START', stepId: 'copy' },
	{ type: 'SUBMIT_FOR_REVIEW', stepId: 'copy' }
];
const messages = (run: ReturnType<typeof landingRun>, today: string, kind?: string) =>
	escalationsOf(runView(run), today, REWORK)
		.filter((e) => !kind || e.kind === kind)
		.map((e) => [e.message, e.days]);

describe('escalations, each with what, by when and the consequence in days', () => {
	it('raises nothing for a run on plan', () => {
		expect(messages(after(landingRun(), [offerIn]), '2026-12-07')).toEqual([]);
	});

	it('a required input missing that will delay the step needing it', () => {
		expect(messages(landingRun(), '2026-12-08', 'missing-input')).toEqual([
			[
				'The offer was due Mon 7 Dec, Copy starts Mon 7 Dec, and without it today the launch date moves by 2 business days.',
				2
			]
		]);
	});

	it('a deadline moved more than once', () => {
		const run = after(landingRun(), [
			offerIn,
			{ type: 'MOVE_DUE', stepId: 'design', due: '2026-12-15', reason: 'Designer out' },
			{ type: 'MOVE_DUE', stepId: 'design', due: '2026-12-16', reason: 'Designer still out' }
		]);
		expect(messages(run, '2026-12-02', 'deadline-moved')).toEqual([
			[
				'Design has moved 2 times, from Mon 14 Dec to Wed 16 Dec; the launch date moves by 2 business days.',
				2
			]
		]);
	});

	it('an owner overloaded across runs', () => {
		const load = [{ seatId: 'seat-copy', label: 'Content lead', hours: 30, capacity: 20, runs: 2 }];
		const found = escalationsOf(
			runView(after(landingRun(), [offerIn])),
			'2026-12-07',
			REWORK,
			load
		);
		expect(found.map((e) => [e.kind, e.message, e.days])).toEqual([
			[
				'owner-overloaded',
				'Content lead has 30 hours of run work due in the next five business days across 2 runs against 20 focused hours; Copy slips by about 3 business days unless work moves.',
				3
			]
		]);
	});

	it('no clear owner', () => {
		const base = landingRun();
		const steps = base.steps.map((s) =>
			s.id === 'design'
				? { ...s, owner: { seatId: null, label: 'No clear owner: no seat with craft "web"' } }
				: s
		);
		expect(messages(after({ ...base, steps }, [offerIn]), '2026-12-07', 'no-owner')).toEqual([
			[
				'Design has no clear owner (no seat with craft "web"); it is due Mon 14 Dec, and without an owner today the launch date still holds.',
				0
			]
		]);
	});

	it('a run with no internal owner, with when to name one and what it costs', () => {
		const run = landingRun({
			internalOwner: { seatId: null, label: 'No internal owner: nobody owns the audience' }
		});
		expect(messages(after(run, [offerIn]), '2026-12-08', 'no-owner')).toEqual([
			[
				'Landing page has no internal owner (nobody owns the audience); name one by Tue 8 Dec, when Copy was due to start: until then nobody answers for the brief, its inputs and its escalations, and without one today the launch date moves by 2 business days.',
				2
			]
		]);
		expect(messages(after(run, [offerIn]), '2026-12-02', 'no-owner')).toEqual([
			[
				'Landing page has no internal owner (nobody owns the audience); name one by Mon 7 Dec, when Copy starts: until then nobody answers for the brief, its inputs and its escalations, and without one today the launch date still holds.',
				0
			]
		]);
	});

	it('a phase with open work and no accountable owner', () => {
		const base = landingRun();
		const phases = base.phases.map((p) =>
			p.phase === 'launch'
				? { ...p, accountable: { seatId: null, label: 'No accountable owner' } }
				: p
		);
		expect(messages(after({ ...base, phases }, [offerIn]), '2026-12-07', 'no-owner')).toEqual([
			[
				'The launch phase has no accountable owner (the accountability map names nobody for most of its steps); name one by Tue 15 Dec, when Launch starts: without one today nobody signs off its hand-offs and the launch date still holds.',
				0
			]
		]);
	});

	it('work added outside the brief', () => {
		const run = after(landingRun(), [
			offerIn,
			{
				type: 'ADD_WORK',
				stepId: 'video',
				name: 'Teaser video',
				phase: 'creative',
				dependsOn: ['copy'],
				due: '2026-12-14',
				reason: 'the client asked for a video'
			}
		]);
		expect(messages(run, '2026-12-07', 'outside-brief')).toEqual([
			[
				'Teaser video was added outside the brief (the client asked for a video); it is due Mon 14 Dec, adds 1 business day of work, and the launch date still holds. Agree it as a scope change.',
				0
			]
		]);
	});

	it('the launch date at risk when the critical path ends after it', () => {
		const run = after(landingRun(), [
			...inReview,
			{ type: 'REQUEST_CHANGES', stepId: 'copy', note: 'Wrong offer' }
		]);
		expect(messages(run, '2026-12-11', 'launch-at-risk')).toEqual([
			[
				'The critical path now ends Thu 17 Dec, 2 business days after the launch on Tue 15 Dec; move the launch date or cut scope by 2 business days.',
				2
			]
		]);
	});

	it('a decision needed from an approver', () => {
		expect(messages(after(landingRun(), inReview), '2026-12-09', 'decision-needed')).toEqual([
			[
				'Brand custodian must approve Copy (copy) by Wed 9 Dec; Design waits for it, and a day later the launch date moves by 1 business day.',
				1
			]
		]);
	});
});

describe('the board', () => {
	it('sorts open work into due this week, blocked and decision needed, each saying why', () => {
		const run = runView(after(landingRun(), inReview));
		const board = boardOf([run], '2026-12-09', escalationsOf(run, '2026-12-09', REWORK));
		expect(board.dueThisWeek.map((c) => [c.title, c.why.split('.')[0]])).toEqual([
			['Copy', 'Due Wed 9 Dec; in review']
		]);
		expect(board.decisionsNeeded.map((c) => [c.title, c.owner, c.why])).toEqual([
			['Copy', 'Brand custodian', 'Brand custodian approves the copy by Wed 9 Dec.']
		]);
		expect(board.blocked).toEqual([]);
	});

	it('shows a missing input and a blocked run as blocked, and filters by owner', () => {
		const run = runView(after(landingRun(), [{ type: 'BLOCK', reason: 'Budget frozen' }]));
		const board = boardOf([run], '2026-12-08');
		expect(board.blocked.map((c) => c.why)).toEqual([
			'The run is blocked: Budget frozen.',
			'Needs The offer, due Mon 7 Dec.'
		]);
		expect(boardOf([run], '2026-12-08', [], { owner: 'seat-copy' }).blocked).toHaveLength(1);
		expect(boardOf([run], '2026-12-08', [], { audience: 'other' }).blocked).toEqual([]);
	});

	it('keeps a plan step helper honest', () => {
		expect(planStep('x', 'qa', '2026-12-07', '2026-12-09').durationDays).toBe(3);
	});
});
