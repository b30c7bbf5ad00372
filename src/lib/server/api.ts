import { json, type RequestEvent } from '@sveltejs/kit';
import type { z } from 'zod';
import { zodIssues } from '$lib/domain/shared/issues';
import { BODY_LIMIT, bodyTooLarge } from './body-limit';
import { AppError, invalid } from './errors';
import { StoreFileError, StoreUnavailableError } from './store/health';

/** JSON bodies above this many bytes are refused with 413; scenarios may use the whole app limit. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
export const SCENARIO_BODY_LIMIT = BODY_LIMIT;

export interface ErrorBody {
	error: { code: string; message: string; issues: { path: string; message: string }[] } & Record<
		string,
		unknown
	>;
}

/** The one error shape of the API; unexpected errors are logged and never leak a stack. */
export function errorResponse(err: unknown): Response {
	if (err instanceof AppError) {
		const headers: Record<string, string> = {};
		if (err.status === 429 && typeof err.details.retryAfterSeconds === 'number')
			headers['retry-after'] = String(err.details.retryAfterSeconds);
		const body: ErrorBody = {
			error: { code: err.code, message: err.message, issues: err.issues, ...err.details }
		};
		return json(body, { status: err.status, headers });
	}
	if (err instanceof StoreFileError) {
		const message = `The data file cannot be read, so nothing was changed: ${err.message}. Fix or move the file, then retry.`;
		return json({ error: { code: 'store_unreadable', message, issues: [] } } satisfies ErrorBody, {
			status: 503
		});
	}
	if (err instanceof StoreUnavailableError)
		return json(
			{
				error: { code: 'store_unavailable', message: err.message, issues: [] }
			} satisfies ErrorBody,
			{ status: 503 }
		);
	console.error(err);
	const message =
		'Something went wrong on our side; nothing was changed. Try again, and tell your admin if it persists.';
	return json({ error: { code: 'internal', message, issues: [] } } satisfies ErrorBody, {
		status: 500
	});
}

/** Wraps an endpoint so every thrown AppError becomes the documented error body. */
export function endpoint<E extends RequestEvent>(fn: (event: E) => Promise<Response>) {
	return async (event: E): Promise<Response> => {
		try {
			return await fn(event);
		} catch (err) {
			return errorResponse(err);
		}
	};
}

/** Reads a request body as bytes; more than `limit` bytes is a 413. */
export async function readBody(request: Request, limit: number): Promise<Buffer> {
	const declared = Number(request.headers.get('content-length') ?? '0');
	const tooLarge = () => bodyTooLarge(limit, declared > 0 ? declared : undefined);
	if (declared > limit) throw tooLarge();
	if (!request.body) return Buffer.alloc(0);
	// Read to the end even past the limit: cancelling the stream closes the connection before
	// the 413 can be sent.
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for await (const chunk of request.body) {
			size += chunk.byteLength;
			if (size <= limit) chunks.push(chunk);
		}
	} catch (err) {
		// The adapter cuts a body sent without a length at BODY_LIMIT with a 413 of its own.
		if ((err as { status?: number }).status === 413) throw bodyTooLarge(BODY_LIMIT);
		if (size <= limit) throw invalid('The request body could not be read completely');
	}
	if (size > limit) throw tooLarge();
	return Buffer.concat(chunks);
}

const readText = async (request: Request, limit: number) =>
	(await readBody(request, limit)).toString('utf8');

/** Reads a JSON body and validates it; errors name each field path and what was expected. */
export async function readJson<S extends z.ZodType>(
	request: Request,
	schema: S,
	limit = DEFAULT_BODY_LIMIT
): Promise<z.infer<S>> {
	const type = request.headers.get('content-type') ?? '';
	if (!type.toLowerCase().startsWith('application/json'))
		throw invalid('Send the body as JSON with the header Content-Type: application/json', [
			{ path: '(headers).content-type', message: 'expected application/json' }
		]);
	const text = await readText(request, limit);
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (err) {
		throw invalid(`The body is not valid JSON: ${(err as Error).message}`, [
			{ path: '(body)', message: 'expected valid JSON' }
		]);
	}
	return validate(schema, raw);
}

/** Like readJson, but an empty body stands for `{}` (for POSTs whose fields are all optional). */
export async function readOptionalJson<S extends z.ZodType>(
	request: Request,
	schema: S
): Promise<z.infer<S>> {
	const empty = request.body === null || request.headers.get('content-length') === '0';
	return empty ? validate(schema, {}) : readJson(request, schema);
}

/** Parses `raw` with `schema` or throws a 400 that lists every field path and what was expected. */
export function validate<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issues = zodIssues(parsed.error).map((i) => ({ ...i, path: i.path || '(body)' }));
	const first = issues[0]!;
	throw invalid(`${first.path}: ${first.message}`, issues);
}
