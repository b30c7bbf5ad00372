import type { z } from 'zod';
import { zodIssues } from '../../domain/shared/issues';
import { invalid } from '../errors';

/** Parses `raw` or throws a 400 whose issues name `<prefix>.<field>`. */
export function checked<S extends z.ZodType>(schema: S, raw: unknown, prefix: string): z.infer<S> {
	const parsed = schema.safeParse(raw);
	if (parsed.success) return parsed.data;
	const issues = zodIssues(parsed.error).map((i) => ({
		path: i.path ? `${prefix}.${i.path}` : prefix,
		message: i.message
	}));
	throw invalid(`${issues[0]!.path}: ${issues[0]!.message}`, issues);
}
