import type { z } from 'zod';

/** One problem with an input: where it is (e.g. `design.seats[3].fte`) and what was expected. */
export interface Issue {
	path: string;
	message: string;
}

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A path into a value written the way a reader would type it: `design.seats[3].fte`.
 * Keys that are not plain identifiers are quoted (`["two-tower"]`); the empty path is ''.
 */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => {
		if (typeof key === 'number') return `${out}[${key}]`;
		if (typeof key === 'symbol') return `${out}[${key.toString()}]`;
		if (identifier.test(key)) return out === '' ? key : `${out}.${key}`;
		return `${out}[${JSON.stringify(key)}]`;
	}, '');
}

/** Every issue of a zod error with its path formatted, in zod's order; an unknown key gets its own path. */
export function zodIssues(error: z.ZodError): Issue[] {
	return error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({
					path: formatPath([...issue.path, key]),
					message: 'is not a known field; remove it or check its spelling'
				}))
			: [{ path: formatPath(issue.path), message: issue.message }]
	);
}
