import { error, fail, type ActionFailure } from '@sveltejs/kit';
import type { z } from 'zod';
import { zodIssues } from '$lib/domain/shared/issues';
import { AppError, type FieldIssue } from './errors';
import { StoreFileError, StoreUnavailableError } from './store/health';

/** What a failed form action hands back to its page: a message, field errors, the values sent. */
export interface FormFailure {
	message: string;
	issues: Record<string, string>;
	values: Record<string, string>;
}

const byField = (issues: FieldIssue[]) =>
	Object.fromEntries(issues.map((i) => [i.path.split(/[.[]/)[0] || 'form', i.message]));

/** The form's text fields, with secrets left out so they are never echoed back. */
export function formValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form)
		if (typeof value === 'string' && !/password/i.test(key)) values[key] = value;
	return values;
}

/** Parses a form with a schema; on failure a 400 that names each field. */
export function parseForm<S extends z.ZodType>(
	schema: S,
	raw: unknown,
	form: FormData
): z.infer<S> | ActionFailure<FormFailure> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issues = zodIssues(parsed.error);
	return fail(400, {
		message: 'Please correct the fields marked below.',
		issues: byField(issues),
		values: formValues(form)
	});
}

export const isFailure = (value: unknown): value is ActionFailure<FormFailure> =>
	typeof value === 'object' &&
	value !== null &&
	'status' in value &&
	'data' in value &&
	(value as ActionFailure).status >= 400;

/** Runs an action step; an AppError becomes a failure the page shows, anything else is rethrown. */
export async function attempt<T>(
	form: FormData,
	fn: () => Promise<T>
): Promise<T | ActionFailure<FormFailure>> {
	try {
		return await fn();
	} catch (err) {
		if (!(err instanceof AppError)) throw err;
		return fail(err.status, {
			message: err.message,
			issues: byField(err.issues),
			values: formValues(form)
		});
	}
}

/** Runs a page load step; an AppError becomes the matching error page, never a 500. */
export async function loading<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn();
	} catch (err) {
		if (err instanceof AppError) error(err.status, { code: err.code, message: err.message });
		if (err instanceof StoreFileError)
			error(503, { code: 'store_unreadable', message: err.message });
		if (err instanceof StoreUnavailableError)
			error(503, { code: 'store_unavailable', message: err.message });
		throw err;
	}
}
