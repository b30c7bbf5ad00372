import { z } from 'zod';
import { plainText } from './plain-text';

const list = (max: number, each: number) =>
	z
		.array(plainText(each).pipe(z.string().min(1, 'must not be empty')))
		.max(max, `must have at most ${max} entries`)
		.default([]);

/** A link to an asset that sounds right; only http(s) addresses. */
export const exampleAssetSchema = z.strictObject({
	title: plainText(120).pipe(z.string().min(1, 'must not be empty')),
	url: z
		.url({
			protocol: /^https?$/,
			error: 'expected a web address starting with https:// or http://'
		})
		.max(500)
});
export type ExampleAsset = z.infer<typeof exampleAssetSchema>;

/** US school grade of the Flesch–Kincaid formula, 1 (first grade) to 18 (postgraduate). */
export const readingLevelSchema = z
	.number({ error: 'expected a school grade from 1 to 18' })
	.int('expected a whole school grade')
	.min(1, 'must be at least 1')
	.max(18, 'must be at most 18');

/**
 * The brand layer of one audience (or client): what an AI assistant loads once to write in its
 * voice, and what the draft check holds a draft against.
 */
export const brandLayerSchema = z.strictObject({
	voiceAndTone: plainText(2000).default(''),
	pillars: list(12, 300),
	idealCustomerProfiles: list(10, 500),
	positioning: plainText(2000).default(''),
	approvedClaims: list(50, 300),
	proofPoints: list(50, 500),
	seoPreferences: list(30, 300),
	exampleAssets: z.array(exampleAssetSchema).max(20, 'must have at most 20 entries').default([]),
	phrasesToAvoid: list(100, 120),
	readingLevel: readingLevelSchema
});
export type BrandLayer = z.infer<typeof brandLayerSchema>;
export type BrandLayerInput = z.input<typeof brandLayerSchema>;

/** A layer with nothing filled in yet, aiming at `readingLevel` (models/draft-check.json). */
export const emptyBrandLayer = (readingLevel: number): BrandLayer =>
	brandLayerSchema.parse({ readingLevel });

/** PUT /api/v1/brand/:audienceId: the layer at the version last read (1 for a new one). */
export const brandUpdateSchema = z.strictObject({
	layer: brandLayerSchema,
	version: z.coerce.number().int().min(1)
});
