import { join, resolve } from 'node:path';
import { draftCheckModelSchema, type DraftCheckModel } from '$lib/domain/policy/check/model';
import { policyModelSchema, type PolicyModel } from '$lib/domain/policy/schema';
import { ModelError, parseFile } from './models';

const defaultDir = () => join(process.cwd(), 'models');
const cache = new Map<string, unknown>();

function load<T>(dir: string, file: string, schema: Parameters<typeof parseFile<T>>[1]): T {
	const key = join(resolve(dir), file);
	if (!cache.has(key)) {
		const parsed = parseFile(key, schema);
		if (!parsed.ok) throw new ModelError(parsed.issues);
		cache.set(key, parsed.value);
	}
	return structuredClone(cache.get(key) as T);
}

/**
 * models/policy.json: the starter checklist and default rules, validated. Throws ModelError
 * naming the file and field, e.g. `models/policy.json: areas.brand-positioning.level: …`.
 */
export const loadPolicyModel = (dir: string = defaultDir()): PolicyModel =>
	load(dir, 'policy.json', policyModelSchema);

/** models/draft-check.json: the phrase lists and reading-level thresholds, validated. */
export const loadDraftCheckModel = (dir: string = defaultDir()): DraftCheckModel =>
	load(dir, 'draft-check.json', draftCheckModelSchema);
