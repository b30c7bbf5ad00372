import { z } from 'zod';
import { idSchema } from '../scenario/schema';
import { linkSchema, multiLine, optionalText, requiredText, singleLine, typeError } from './fields';
import { isCalendarDate, isIsoWeek, type CalendarDate } from './weeks';

export const conversationTypes = ['call', 'visit', 'interview', 'win-loss', 'support'] as const;
export const conversationTypeSchema = z.enum(conversationTypes, {
	error: typeError(`one of ${conversationTypes.join(', ')}`)
});
export type ConversationType = z.infer<typeof conversationTypeSchema>;

export const conversationTypeLabels: Record<ConversationType, string> = {
	call: 'Call',
	visit: 'Visit',
	interview: 'Interview',
	'win-loss': 'Win/loss',
	support: 'Support'
};

/** A calendar date `YYYY-MM-DD`, read as a UTC date. */
export const calendarDateSchema = z
	.string({ error: typeError('a date as YYYY-MM-DD') })
	.refine(isCalendarDate, 'expected a real date as YYYY-MM-DD');

/** An ISO week `YYYY-Www` that exists in its ISO year. */
export const isoWeekSchema = z
	.string({ error: typeError('an ISO week such as 2026-W47') })
	.refine(isIsoWeek, 'expected an ISO week such as 2026-W47 that exists in its year');

export const MAX_PAINS = 12;

/** A pain tag: one line, lowercase, single-spaced, 1–40 characters. */
export const painSchema = z
	.string({ error: typeError('a string') })
	.overwrite((value) => singleLine(value).replace(/\s+/g, ' ').toLowerCase())
	.trim()
	.min(1, 'must not be empty')
	.max(40, 'must be at most 40 characters');

/** Pains heard, normalised and deduplicated in first-seen order; at most 12 after deduplication. */
export const painsSchema = z
	.array(painSchema, { error: typeError('a list of pains') })
	.transform((pains) => [...new Set(pains)])
	.refine((pains) => pains.length <= MAX_PAINS, `must list at most ${MAX_PAINS} pains`)
	.default([]);

/** What a marketer sends to log or edit a conversation (POST and PUT bodies alike). */
export const conversationRequestSchema = z.strictObject({
	date: calendarDateSchema,
	audienceId: idSchema,
	company: requiredText(120),
	contactRole: requiredText(120),
	type: conversationTypeSchema,
	pains: painsSchema,
	/** The product or capability that answers the pains; absent means "not mapped". */
	product: optionalText(120),
	quote: optionalText(500, multiLine),
	link: linkSchema,
	notes: optionalText(2000, multiLine)
});
export type ConversationRequest = z.infer<typeof conversationRequestSchema>;
export type ConversationRequestInput = z.input<typeof conversationRequestSchema>;

/** A stored conversation; `deletedAt` marks a reversible delete and such a conversation never counts. */
export const conversationSchema = conversationRequestSchema.extend({
	id: idSchema,
	/** The member who logged it. */
	marketerId: idSchema,
	createdAt: z.iso.datetime(),
	updatedAt: z.iso.datetime(),
	version: z.number().int().min(1),
	deletedAt: z.iso.datetime().nullable()
});
export type Conversation = z.infer<typeof conversationSchema>;

/** True when `date` is `today` or earlier; both are calendar dates, so text order is time order. */
export function notInFuture(date: CalendarDate, today: CalendarDate): boolean {
	return date <= today;
}

/** The request schema that also refuses a date after `today` (the caller's UTC calendar date). */
export function conversationRequestSchemaAsOf(today: CalendarDate) {
	return conversationRequestSchema.extend({
		date: calendarDateSchema.refine((date) => notInFuture(date, today), {
			message: `must not be in the future (today is ${today})`
		})
	});
}
