/** One problem with a request, located by a dotted field path such as `seats[3].fte`. */
export interface FieldIssue {
	path: string;
	message: string;
}

/** An error a user or client can act on; the API and form actions turn it into a 4xx. */
export class AppError extends Error {
	constructor(
		readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
		readonly code: string,
		message: string,
		readonly issues: FieldIssue[] = [],
		readonly details: Record<string, unknown> = {}
	) {
		super(message);
		this.name = 'AppError';
	}
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} was not found`);

export const forbidden = (message: string) => new AppError(403, 'forbidden', message);

export const invalid = (message: string, issues: FieldIssue[] = []) =>
	new AppError(400, 'invalid_request', message, issues);

/** The record changed since the client read it; `currentVersion` lets it reload or fork. */
export const conflict = (what: string, expected: number, currentVersion: number) =>
	new AppError(
		409,
		'version_conflict',
		`${what} was changed by someone else: you sent version ${expected}, the current version is ${currentVersion}. Reload it and apply your change again.`,
		[{ path: 'version', message: `expected ${currentVersion}` }],
		{ currentVersion }
	);
