import { z } from 'zod';
import { brandLayerSchema } from '../../domain/policy/brand';
import { policySchema } from '../../domain/policy/schema';
import { idSchema } from '../../domain/scenario/schema';

const version = z.number().int().min(1);
const timestamp = z.iso.datetime();

/** The key of the workspace's one policy draft. */
export const POLICY = 'policy';

/** The policy draft everyone edits, and which write of it was last approved. */
export const policyRecordSchema = z.strictObject({
	policy: policySchema,
	version,
	/** null until the first change (an approval of the untouched starter policy is no change). */
	updatedAt: timestamp.nullable(),
	updatedBy: idSchema.nullable(),
	/** The number of the newest approved version, null before the first approval. */
	approvedNumber: z.number().int().min(1).nullable(),
	/** The write version of this record when it was last approved: equal means unchanged since. */
	approvedAtVersion: version.nullable()
});
export type PolicyRecord = z.infer<typeof policyRecordSchema>;

/** An approved version: never changed after it is written (`version` stays 1). */
export const policyVersionRecordSchema = z.strictObject({
	number: z.number().int().min(1),
	policy: policySchema,
	approvedBy: idSchema,
	approvedAt: timestamp,
	note: z.string().max(500),
	version
});
export type PolicyVersionRecord = z.infer<typeof policyVersionRecordSchema>;

/** The key of version `n`, zero-padded so keys sort in number order. */
export const versionKey = (n: number) => String(n).padStart(6, '0');

/** One audience's brand layer, keyed by the audience id of the current scenario. */
export const brandLayerRecordSchema = z.strictObject({
	audienceId: idSchema,
	layer: brandLayerSchema,
	version,
	updatedAt: timestamp,
	updatedBy: idSchema
});
export type BrandLayerRecord = z.infer<typeof brandLayerRecordSchema>;
