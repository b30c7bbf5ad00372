import { z } from 'zod';
import { cadenceWeeksSchema, DEFAULT_CADENCE_WEEKS } from '$lib/domain/conversations/cadence';
import {
	calendarDateSchema,
	conversationRequestSchemaAsOf
} from '$lib/domain/conversations/schema';
import { weeklyTargetSchema } from '$lib/domain/conversations/targets';
import { calendarDateOf } from '$lib/domain/conversations/weeks';
import { idSchema } from '$lib/domain/scenario/schema';
import { validate } from '$lib/server/api';

/** `?marketer=&audience=&from=&to=&deleted=` of GET /api/v1/conversations (and the CSV export). */
export const listQuerySchema = z.strictObject({
	marketer: idSchema.optional(),
	audience: idSchema.optional(),
	from: calendarDateSchema.optional(),
	to: calendarDateSchema.optional(),
	deleted: z
		.enum(['exclude', 'include', 'only'], { error: 'expected exclude, include or only' })
		.optional()
});

/** `?marketer=&audience=&weeks=13&target=1` of GET /api/v1/cadence. */
export const cadenceQuerySchema = z.strictObject({
	marketer: idSchema.optional(),
	audience: idSchema.optional(),
	weeks: cadenceWeeksSchema.default(DEFAULT_CADENCE_WEEKS),
	target: z.coerce
		.number({ error: 'expected a number of conversations per week' })
		.pipe(weeklyTargetSchema)
		.optional()
});

/** The query string as an object; a repeated parameter keeps its last value. */
export const queryOf = (url: URL) => Object.fromEntries(url.searchParams);

export const parseQuery = <S extends z.ZodType>(schema: S, url: URL): z.infer<S> =>
	validate(schema, queryOf(url));

/** POST and PUT bodies are checked against the caller's UTC date, so "today" is never refused. */
export const requestSchemaNow = () => conversationRequestSchemaAsOf(calendarDateOf(new Date()));

export const putSchemaNow = () =>
	requestSchemaNow().extend({
		version: z.number({ error: 'is required (the version you read)' }).int().min(1)
	});

/** `{ "version"? }` for DELETE and restore: when given, a stale version is refused with 409. */
export const versionQuerySchema = z.strictObject({
	version: z.coerce
		.number({ error: 'expected a whole number' })
		.int('expected a whole number')
		.min(1)
		.optional()
});
