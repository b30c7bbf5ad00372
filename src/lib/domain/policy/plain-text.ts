import { z } from 'zod';

const tag = /<\s*\/?\s*[a-z!?][^>]*>/i;

/** The first HTML tag in `text`, if any: brand and policy fields take plain text only. */
export const htmlTagIn = (text: string) => tag.exec(text)?.[0];

/**
 * Trimmed plain text of at most `max` characters. HTML is refused rather than stripped, so what
 * is saved is exactly what was typed; pages show every field as text in any case.
 */
export const plainText = (max: number) =>
	z
		.string()
		.trim()
		.max(max, `must be at most ${max} characters`)
		.superRefine((text, ctx) => {
			const found = htmlTagIn(text);
			if (found)
				ctx.addIssue({
					code: 'custom',
					message: `must be plain text: remove the HTML tag ${found.slice(0, 40)}`
				});
		});
