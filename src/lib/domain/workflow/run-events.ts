import { z } from 'zod';
import { calendarDateSchema } from '../conversations/schema';
import { idSchema, text } from '../scenario/schema';
import { phaseSchema } from './schema';

const stepId = idSchema;
const EXPECTED_TYPE =
	'expected an event type: START, WAIT_FOR_INPUT, INPUT_RECEIVED, SUBMIT_FOR_REVIEW, COMPLETE, APPROVE, REQUEST_CHANGES, REJECT, REOPEN, MOVE_DUE, RECEIVE_INPUT, ADD_WORK, BLOCK, UNBLOCK, ESCALATE, RESOLVE, LAUNCH or CANCEL';
const reason = text(500);

/** Events about one step, by its id. */
const stepEvents = [
	z.strictObject({ type: z.literal('START'), stepId }),
	z.strictObject({ type: z.literal('WAIT_FOR_INPUT'), stepId, input: text(200) }),
	z.strictObject({ type: z.literal('INPUT_RECEIVED'), stepId }),
	z.strictObject({ type: z.literal('SUBMIT_FOR_REVIEW'), stepId }),
	z.strictObject({ type: z.literal('COMPLETE'), stepId }),
	z.strictObject({
		type: z.literal('APPROVE'),
		stepId,
		note: z.string().trim().max(500).default('')
	}),
	z.strictObject({ type: z.literal('REQUEST_CHANGES'), stepId, note: reason }),
	z.strictObject({ type: z.literal('REJECT'), stepId, note: reason }),
	z.strictObject({ type: z.literal('REOPEN'), stepId, reason }),
	z.strictObject({ type: z.literal('MOVE_DUE'), stepId, due: calendarDateSchema, reason })
] as const;

/** Events about the whole run. */
const runEvents = [
	z.strictObject({ type: z.literal('RECEIVE_INPUT'), input: text(200) }),
	z.strictObject({
		type: z.literal('ADD_WORK'),
		stepId,
		name: text(160),
		phase: phaseSchema,
		dependsOn: z.array(idSchema).max(50).default([]),
		due: calendarDateSchema,
		reason
	}),
	z.strictObject({ type: z.literal('BLOCK'), reason }),
	z.strictObject({ type: z.literal('UNBLOCK') }),
	z.strictObject({ type: z.literal('ESCALATE'), reason }),
	z.strictObject({ type: z.literal('RESOLVE') }),
	z.strictObject({ type: z.literal('LAUNCH') }),
	z.strictObject({ type: z.literal('CANCEL'), reason })
] as const;

/** An event as a client sends it (without the version it read). */
export const runEventSchema = z.discriminatedUnion('type', [...stepEvents, ...runEvents], {
	error: (issue) => (issue.code === 'invalid_union' ? EXPECTED_TYPE : undefined)
});
export type RunEventRequest = z.infer<typeof runEventSchema>;

/** POST /api/v1/runs/:id/events: `{ type, version, … }`; the version is checked before the event. */
export const eventVersionSchema = z.looseObject({
	version: z.number({ error: 'is required (the version you read)' }).int().min(1)
});

/** An event as the machine receives it: stamped by the server with when and by whom. */
export type RunEvent = RunEventRequest & { at: string; by: string };

/**
 * Sent by the server, never by a client: which steps not yet started now pass a review gate,
 * after the approved guardrail policy or the accountability map changed (follow.ts).
 */
export interface FollowPlanEvent {
	type: 'FOLLOW_PLAN';
	gated: Record<string, boolean>;
	at: string;
	by: string;
}

export const stepEventTypes = [
	'START',
	'WAIT_FOR_INPUT',
	'INPUT_RECEIVED',
	'SUBMIT_FOR_REVIEW',
	'COMPLETE',
	'APPROVE',
	'REQUEST_CHANGES',
	'REJECT',
	'REOPEN',
	'MOVE_DUE'
] as const satisfies RunEventRequest['type'][];
export const runEventTypes = [
	'RECEIVE_INPUT',
	'ADD_WORK',
	'BLOCK',
	'UNBLOCK',
	'ESCALATE',
	'RESOLVE',
	'LAUNCH',
	'CANCEL'
] as const satisfies RunEventRequest['type'][];
export const eventTypes = [...stepEventTypes, ...runEventTypes];
export type StepEventType = (typeof stepEventTypes)[number];
