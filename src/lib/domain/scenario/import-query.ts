import { z } from 'zod';
import { importFields, importMappingSchema, type ImportMapping } from './import-columns';
import { structureSchema } from './schema';

const booleanText = z.enum(['true', 'false'], { error: 'expected true or false' });

/**
 * The query of `POST /api/v1/imports`: `commit` (default false), `name`, `structure`, and the
 * column mapping as `mapping=<JSON>` (field → header, or one field per column) or as
 * `map.<field>=<header>` pairs (an empty header: do not read that field).
 */
export const importQuerySchema = z.strictObject({
	commit: booleanText.default('false').transform((v) => v === 'true'),
	name: z.string().trim().max(120).default(''),
	structure: structureSchema.optional(),
	mapping: z
		.string()
		.max(20_000)
		.transform((text, ctx) => {
			try {
				return JSON.parse(text) as unknown;
			} catch {
				ctx.addIssue({ code: 'custom', message: 'expected JSON, e.g. {"person":"Worker"}' });
				return z.NEVER;
			}
		})
		.pipe(importMappingSchema)
		.optional(),
	...Object.fromEntries(
		importFields.map((f) => [`map.${f}`, z.string().max(200).optional()] as const)
	)
});

/** The mapping a query asks for: `mapping` and `map.<field>` together, the latter winning. */
export function queryMapping(query: z.infer<typeof importQuerySchema>): ImportMapping | undefined {
	const pairs: Record<string, string | null> = {};
	for (const field of importFields) {
		const header = (query as Record<string, unknown>)[`map.${field}`];
		if (typeof header === 'string') pairs[field] = header.trim() || null;
	}
	if (Object.keys(pairs).length === 0) return query.mapping;
	if (Array.isArray(query.mapping)) return query.mapping;
	return { ...query.mapping, ...pairs };
}
