import { z } from 'zod';
import { idSchema } from '../scenario/schema';

const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);

/** `?audience=&client=&owner=` of the board and GET /api/v1/board; empty values mean "all". */
export const boardQuerySchema = z.strictObject({
	audience: z.preprocess(blankIsAbsent, idSchema.optional()),
	client: z.preprocess(blankIsAbsent, z.string().max(120).optional()),
	owner: z.preprocess(blankIsAbsent, idSchema.optional())
});
