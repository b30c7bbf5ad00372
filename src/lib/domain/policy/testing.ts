import { readFileSync } from 'node:fs';
import { catalogueSchema, type Catalogue } from '../catalogue/schema';
import { draftCheckModelSchema, type DraftCheckModel } from './check/model';
import { policyModelSchema, type PolicyModel } from './schema';
import { brandLayerSchema, type BrandLayer, type BrandLayerInput } from './brand';

const model = (path: string): unknown =>
	JSON.parse(readFileSync(new URL(`../../../../models/${path}`, import.meta.url), 'utf8'));

/** The shipped models, validated: what the app reads. */
export const catalogue: Catalogue = catalogueSchema.parse(model('activities.json'));
export const policyModel: PolicyModel = policyModelSchema.parse(model('policy.json'));
export const draftModel: DraftCheckModel = draftCheckModelSchema.parse(model('draft-check.json'));

/** A brand layer with only `over` filled in, aiming at grade 10. */
export const layer = (over: Partial<BrandLayerInput> = {}): BrandLayer =>
	brandLayerSchema.parse({ readingLevel: 10, ...over });
