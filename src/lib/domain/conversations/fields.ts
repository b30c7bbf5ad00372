import { z } from 'zod';

/** Message for a wrong type that tells a missing field apart from a mistyped one. */
export const typeError =
	(expected: string) =>
	(issue: { input?: unknown }): string =>
		issue.input === undefined ? `is required (${expected})` : `expected ${expected}`;

/** Control characters become one space: a pasted line break or NUL cannot split a name. */
export const singleLine = (value: string): string => value.replace(/\p{Cc}+/gu, ' ');

/** Keeps line breaks and tabs, drops other control characters, and writes every break as \n. */
export const multiLine = (value: string): string =>
	value.replace(/\r\n?/g, '\n').replace(/[^\P{Cc}\n\t]/gu, '');

const cleaned = (clean: (value: string) => string, max: number) =>
	z
		.string({ error: typeError('a string') })
		.overwrite(clean)
		.trim()
		.max(max, `must be at most ${max} characters`);

/**
 * Required text of 1 to `max` characters, cleaned and trimmed. Markup is kept as plain text:
 * the UI escapes it when rendering, so nothing a user typed is lost.
 */
export const requiredText = (max: number) => cleaned(singleLine, max).min(1, 'must not be empty');

/** Optional text of at most `max` characters; null, blank or absent all read as "not given". */
export const optionalText = (max: number, clean: (value: string) => string = singleLine) =>
	cleaned(clean, max)
		.nullish()
		.transform((value) => value || undefined)
		.optional();

/** Why `value` is not a web link the UI may open, or null when it is one. */
export function linkProblem(value: string): string | null {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return 'expected a web address such as https://example.com/notes';
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		return `must start with http:// or https:// (${url.protocol} links are not allowed)`;
	}
	return null;
}

/** An optional http(s) link of at most 2000 characters; other schemes such as javascript: fail. */
export const linkSchema = z
	.string({ error: typeError('a string') })
	.overwrite(singleLine)
	.trim()
	.max(2000, { message: 'must be at most 2000 characters', abort: true })
	.superRefine((value, ctx) => {
		const problem = value === '' ? null : linkProblem(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	})
	.nullish()
	.transform((value) => value || undefined)
	.optional();
