import { z } from 'zod';

/** Message for a wrong type that tells a missing field apart from a mistyped one. */
const typeError =
	(expected: string) =>
	(issue: { input?: unknown }): string =>
		issue.input === undefined ? `is required (${expected})` : `expected ${expected}`;

/** A slug is the guide's file name without `.md`; it is also its URL segment. */
export const guideSlugSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug such as "hand-off-tax"');

/** A path inside the app, such as "/scenarios" or "/guide/glossary". */
export const appPathSchema = z
	.string({ error: typeError('a string') })
	.regex(
		/^\/(?:[a-z0-9-]+(?:\/[a-z0-9-]+)*)?(?:#[a-z0-9-]+)?$/,
		'expected an app path such as "/scenarios"'
	);

const text = (max: number) =>
	z
		.string({ error: typeError('a string') })
		.trim()
		.min(1, 'must not be empty')
		.max(max, `must be at most ${max} characters`);

export const guideFrontmatterSchema = z.strictObject(
	{
		title: text(120),
		/** One sentence shown on the guide index and as the page description. */
		summary: text(240),
		/** Position on the guide index, ascending. */
		order: z.number({ error: typeError('a number') }).int('expected an integer'),
		related: z.array(appPathSchema, { error: typeError('a list of app paths') }).default([])
	},
	{
		error: (issue) =>
			issue.code === 'invalid_type'
				? 'expected a YAML frontmatter block with title, summary and order'
				: undefined
	}
);
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

export interface ContentIssue {
	/** Dotted path from the file's root, such as "frontmatter.related[1]". */
	path: string;
	message: string;
}

/** Bad content: the message names the file, the field path and what was expected. */
export class ContentError extends Error {
	readonly file: string;
	readonly issues: ContentIssue[];

	constructor(file: string, issues: ContentIssue[]) {
		super(issues.map((issue) => `${file}: ${issue.path}: ${issue.message}`).join('\n'));
		this.name = 'ContentError';
		this.file = file;
		this.issues = issues;
	}
}

const formatPath = (root: string, path: readonly PropertyKey[]): string =>
	path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
		root
	);

function toIssues(error: z.ZodError): ContentIssue[] {
	return error.issues.flatMap((issue) =>
		issue.code === 'unrecognized_keys'
			? issue.keys.map((key) => ({
					path: formatPath('frontmatter', [...issue.path, key]),
					message: `unknown field (expected ${Object.keys(guideFrontmatterSchema.shape).join(', ')})`
				}))
			: [{ path: formatPath('frontmatter', issue.path), message: issue.message }]
	);
}

/**
 * Validates a guide's frontmatter (mdsvex `metadata`) read from `file`.
 * Throws a ContentError naming the file and every bad field, e.g.
 * `content/guide/glossary.md: frontmatter.order: expected a number`.
 */
export function parseFrontmatter(file: string, raw: unknown): GuideFrontmatter {
	const result = guideFrontmatterSchema.safeParse(raw);
	if (!result.success) throw new ContentError(file, toIssues(result.error));
	return result.data;
}

/** The slug of `content/guide/<slug>.md`; throws a ContentError on a file name that is not a slug. */
export function guideSlugFromFile(file: string): string {
	const name = file.split('/').pop()?.replace(/\.md$/, '') ?? '';
	const result = guideSlugSchema.safeParse(name);
	if (!result.success) {
		throw new ContentError(file, [{ path: 'file name', message: result.error.issues[0]!.message }]);
	}
	return result.data;
}

/**
 * Links from `related` to "/guide/<slug>" pages that do not exist, as issues per file.
 * Other app paths are not checked here: the guide cannot see the route table.
 */
export function brokenGuideLinks(
	guides: ReadonlyArray<{ file: string; related: readonly string[] }>
): ContentError[] {
	const slugs = new Set(guides.map((guide) => guideSlugFromFile(guide.file)));
	return guides.flatMap(({ file, related }) => {
		const issues = related.flatMap((path, index) => {
			const slug = /^\/guide\/([^/#]+)/.exec(path)?.[1];
			return slug === undefined || slugs.has(slug)
				? []
				: [{ path: `frontmatter.related[${index}]`, message: `no guide page "${slug}" exists` }];
		});
		return issues.length > 0 ? [new ContentError(file, issues)] : [];
	});
}
