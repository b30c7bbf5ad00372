import { z } from 'zod';

const sourceSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9-]{1,40}$/, 'expected a short slug'),
	note: z.string().trim().min(1).max(800),
	grade: z.enum(['solid', 'medium', 'practitioner', 'assumption'])
});

const phrase = z.string().trim().min(1).max(80);

/** models/draft-check.json: the phrase lists and thresholds of the draft check, each sourced. */
export const draftCheckModelSchema = z
	.strictObject({
		version: z.literal(1, 'expected version 1'),
		readingLevel: z.strictObject({
			/** US school grade a new brand layer aims at. */
			default: z.number().int().min(1).max(18),
			/** Grades above the target a whole draft may read and still pass. */
			tolerance: z.number().min(0).max(6),
			/** Grades above the target before one sentence is flagged. */
			sentenceMargin: z.number().min(0).max(10),
			source: sourceSchema.omit({ id: true })
		}),
		sources: z.array(sourceSchema).min(1),
		aiPhrases: z
			.array(z.strictObject({ phrases: z.array(phrase).min(1).max(20), source: z.string() }))
			.min(1)
			.max(500),
		claims: z.strictObject({
			source: z.string(),
			superlatives: z.array(phrase).max(200),
			proofMarkers: z.array(phrase).max(200)
		})
	})
	.superRefine((model, ctx) => {
		const ids = new Set(model.sources.map((s) => s.id));
		model.aiPhrases.forEach((entry, i) => {
			if (!ids.has(entry.source))
				ctx.addIssue({
					code: 'custom',
					path: ['aiPhrases', i, 'source'],
					message: `expected the id of one of the sources (${[...ids].join(', ')})`
				});
		});
		if (!ids.has(model.claims.source))
			ctx.addIssue({
				code: 'custom',
				path: ['claims', 'source'],
				message: `expected the id of one of the sources (${[...ids].join(', ')})`
			});
	});
export type DraftCheckModel = z.infer<typeof draftCheckModelSchema>;

/** Drafts longer than this are refused: about 15,000 words, far past any one asset. */
export const MAX_DRAFT_CHARS = 100_000;

/** POST /api/v1/policy/check as JSON: the draft's text and the audience whose layer applies. */
export const checkRequestSchema = z.strictObject({
	text: z
		.string({ error: 'expected the draft as text' })
		.min(1, 'must not be empty: paste a draft or upload a file')
		.max(MAX_DRAFT_CHARS, `must be at most ${MAX_DRAFT_CHARS.toLocaleString('en')} characters`)
		.refine((t) => t.trim().length > 0, 'must not be empty: paste a draft or upload a file')
		.refine((t) => !t.includes('\u0000'), 'looks like binary data: send plain text'),
	audienceId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'expected an audience id')
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;
