import { assign, setup } from 'xstate';
import { initialContext, type RunContext, type RunInput } from './run-context';
import type { FollowPlanEvent, RunEvent } from './run-events';
import { effects, refusals } from './run-rules';

type Of<T extends RunEvent['type']> = Extract<RunEvent, { type: T }>;
type Args = { context: RunContext; event: RunEvent | FollowPlanEvent };

/** A guard that accepts the event when its check finds no reason to refuse it. */
const accepts =
	<T extends keyof typeof refusals>(type: T) =>
	({ context, event }: Args) =>
		event.type === type &&
		(refusals[type] as (c: RunContext, e: Of<T>) => string | null)(context, event as Of<T>) ===
			null;

/** Work on steps: accepted while the run is active, escalated or launched (post-launch steps). */
const stepWork = {
	START: { guard: 'canStart', actions: 'startStep' },
	WAIT_FOR_INPUT: { guard: 'canWaitForInput', actions: 'waitForInput' },
	INPUT_RECEIVED: { guard: 'isWaitingForInput', actions: 'resumeAfterInput' },
	SUBMIT_FOR_REVIEW: { guard: 'canSubmitForReview', actions: 'submitForReview' },
	COMPLETE: { guard: 'canComplete', actions: 'completeStep' },
	APPROVE: { guard: 'isInReviewToApprove', actions: 'approveStep' },
	REQUEST_CHANGES: { guard: 'isInReviewToChange', actions: 'requestChanges' },
	REJECT: { guard: 'isInReviewToReject', actions: 'rejectStep' },
	REOPEN: { guard: 'isDoneToReopen', actions: 'reopenStep' },
	MOVE_DUE: { guard: 'canMoveDue', actions: 'moveDue' },
	RECEIVE_INPUT: { guard: 'isInputAwaited', actions: 'receiveInput' },
	ADD_WORK: { guard: 'canAddWork', actions: 'addWork' },
	FOLLOW_PLAN: { actions: 'followPlan' }
} as const;

/**
 * A campaign run (PRODUCT.md C8). The run is active, escalated (someone must decide), blocked
 * (with a reason; no work moves), launched (post-launch steps continue) or cancelled. Each step
 * in its context is not started → in progress (⇄ waiting for input) → in review (gated steps)
 * → done, or back through changes requested. No I/O: the server restores the persisted
 * snapshot, sends one event stamped with `at` and `by`, and saves the new snapshot.
 */
export const runMachine = setup({
	types: {
		context: {} as RunContext,
		events: {} as RunEvent | FollowPlanEvent,
		input: {} as RunInput
	},
	guards: {
		canStart: accepts('START'),
		canWaitForInput: accepts('WAIT_FOR_INPUT'),
		isWaitingForInput: accepts('INPUT_RECEIVED'),
		canSubmitForReview: accepts('SUBMIT_FOR_REVIEW'),
		canComplete: accepts('COMPLETE'),
		isInReviewToApprove: accepts('APPROVE'),
		isInReviewToChange: accepts('REQUEST_CHANGES'),
		isInReviewToReject: accepts('REJECT'),
		isDoneToReopen: accepts('REOPEN'),
		canMoveDue: accepts('MOVE_DUE'),
		isInputAwaited: accepts('RECEIVE_INPUT'),
		canAddWork: accepts('ADD_WORK'),
		readyToLaunch: accepts('LAUNCH')
	},
	actions: {
		startStep: assign(({ context, event }) => effects.start(context, event as Of<'START'>)),
		waitForInput: assign(({ context, event }) =>
			effects.waitForInput(context, event as Of<'WAIT_FOR_INPUT'>)
		),
		resumeAfterInput: assign(({ context, event }) =>
			effects.resumeAfterInput(context, event as Of<'INPUT_RECEIVED'>)
		),
		submitForReview: assign(({ context, event }) =>
			effects.submit(context, event as Of<'SUBMIT_FOR_REVIEW'>)
		),
		completeStep: assign(({ context, event }) =>
			effects.complete(context, event as Of<'COMPLETE'>)
		),
		approveStep: assign(({ context, event }) => effects.approve(context, event as Of<'APPROVE'>)),
		requestChanges: assign(({ context, event }) =>
			effects.requestChanges(context, event as Of<'REQUEST_CHANGES'>)
		),
		rejectStep: assign(({ context, event }) => effects.reject(context, event as Of<'REJECT'>)),
		reopenStep: assign(({ context, event }) => effects.reopen(context, event as Of<'REOPEN'>)),
		moveDue: assign(({ context, event }) => effects.moveDue(context, event as Of<'MOVE_DUE'>)),
		receiveInput: assign(({ context, event }) =>
			effects.receiveInput(context, event as Of<'RECEIVE_INPUT'>)
		),
		addWork: assign(({ context, event }) => effects.addWork(context, event as Of<'ADD_WORK'>)),
		followPlan: assign(({ context, event }) =>
			effects.followPlan(context, event as FollowPlanEvent)
		),
		recordBlock: assign({
			blockedReason: ({ event }) => (event.type === 'BLOCK' ? event.reason : null)
		}),
		clearBlock: assign({ blockedReason: null }),
		recordEscalation: assign({
			escalatedReason: ({ event }) => (event.type === 'ESCALATE' ? event.reason : null)
		}),
		clearEscalation: assign({ escalatedReason: null }),
		recordLaunch: assign({ launchedAt: ({ event }) => event.at }),
		recordCancel: assign({
			cancelledReason: ({ event }) => (event.type === 'CANCEL' ? event.reason : null)
		})
	}
}).createMachine({
	id: 'run',
	context: ({ input }) => initialContext(input),
	initial: 'active',
	states: {
		active: {
			on: {
				...stepWork,
				BLOCK: { target: 'blocked', actions: 'recordBlock' },
				ESCALATE: { target: 'escalated', actions: 'recordEscalation' },
				LAUNCH: { guard: 'readyToLaunch', target: 'launched', actions: 'recordLaunch' },
				CANCEL: { target: 'cancelled', actions: 'recordCancel' }
			}
		},
		escalated: {
			on: {
				...stepWork,
				RESOLVE: { target: 'active', actions: 'clearEscalation' },
				BLOCK: { target: 'blocked', actions: 'recordBlock' },
				LAUNCH: { guard: 'readyToLaunch', target: 'launched', actions: 'recordLaunch' },
				CANCEL: { target: 'cancelled', actions: 'recordCancel' }
			}
		},
		blocked: {
			on: {
				FOLLOW_PLAN: { actions: 'followPlan' },
				UNBLOCK: { target: 'active', actions: 'clearBlock' },
				CANCEL: { target: 'cancelled', actions: 'recordCancel' }
			}
		},
		launched: { on: stepWork },
		cancelled: { type: 'final' }
	}
});

export const runStates = ['active', 'escalated', 'blocked', 'launched', 'cancelled'] as const;
export type RunState = (typeof runStates)[number];
