import { z } from 'zod';
import { formatPath, zodIssues, type Issue } from '../shared/issues';
import { scenarioBodySchema } from './requests';
import { checkDesign, errorsOf } from './rules';
import { designOf, type Design } from './schema';

export type JsonImport = { design: Design } | { errors: Issue[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The scenario inside a JSON document: an exported scenario or a bare design at the top, or
 * wrapped as `{ scenario }` (the API's import body) or `{ design }` (a starter file). Paths in
 * errors are relative to the document.
 */
function unwrap(raw: unknown): { value: unknown; at: string[] } {
	if (isObject(raw) && !('seats' in raw)) {
		if (isObject(raw.scenario)) return { value: raw.scenario, at: ['scenario'] };
		if (isObject(raw.design)) return { value: raw.design, at: ['design'] };
	}
	return { value: raw, at: [] };
}

/**
 * Reads a scenario from JSON text: validated with the scenario schema (stored fields such as id,
 * status and version are accepted and dropped) and the scenario rules. Errors name the field path
 * and what was expected; warnings (e.g. an unowned audience in a two-tower design) pass.
 */
export function parseScenarioJson(text: string): JsonImport {
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (err) {
		return {
			errors: [{ path: '(file)', message: `expected valid JSON: ${(err as Error).message}` }]
		};
	}
	if (!isObject(raw))
		return {
			errors: [
				{ path: '(file)', message: 'expected a JSON object: an exported scenario or a design' }
			]
		};
	const { value, at } = unwrap(raw);
	const parsed = scenarioBodySchema.safeParse(value);
	if (!parsed.success) {
		// Paths start at the top of the document: `scenario.seats[2].fte`.
		const issues = parsed.error.issues.map((i) => ({ ...i, path: [...at, ...i.path] }));
		return {
			errors: zodIssues(new z.ZodError(issues)).map((i) => ({ ...i, path: i.path || '(file)' }))
		};
	}
	const design = designOf(parsed.data);
	const broken = errorsOf(checkDesign(design));
	if (broken.length > 0)
		return {
			errors: broken.map((e) => ({ path: formatPath([...at, ...e.path]), message: e.message }))
		};
	return { design };
}
