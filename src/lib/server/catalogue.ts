import { join, resolve } from 'node:path';
import { catalogueSchema, type Catalogue } from '$lib/domain/catalogue/schema';
import { ModelError, parseFile } from './models';

const defaultDir = () => join(process.cwd(), 'models');

function readCatalogue(dir: string): Catalogue {
	const parsed = parseFile(join(dir, 'activities.json'), catalogueSchema);
	if (!parsed.ok) throw new ModelError(parsed.issues);
	return parsed.value;
}

const cache = new Map<string, Catalogue>();

/**
 * `<dir>/activities.json` (dir defaults to models/ under the working directory): the activity
 * catalogue, validated. Throws ModelError naming the file and field, for example
 * `models/activities.json: activities[3].effortHours.p90Hours: must be above medianHours`.
 * Returns a copy, so callers may merge workspace overrides into it freely.
 */
export function loadCatalogue(dir: string = defaultDir()): Catalogue {
	const key = resolve(dir);
	const catalogue = cache.get(key) ?? readCatalogue(key);
	cache.set(key, catalogue);
	return structuredClone(catalogue);
}
