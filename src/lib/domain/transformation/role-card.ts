import { z } from 'zod';
import { ContentError, guideSlugFromFile, type ContentIssue } from '../guide/schema';
import { craftSchema, seatKindSchema } from '../scenario/schema';

/** Which seats a card speaks for: a kind, narrowed to a craft when given. */
export const seatMatchSchema = z.strictObject({
	kind: seatKindSchema,
	craft: craftSchema.optional()
});
export type SeatMatch = z.infer<typeof seatMatchSchema>;

const line = (max: number) =>
	z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * Frontmatter of a role card under content/role-cards/. `legacy` names the seats the card
 * describes in a functional design and `twoTower` what they become, so the card's live
 * figures can find them in the workspace's scenarios.
 */
export const roleCardFrontmatterSchema = z.strictObject(
	{
		title: line(120),
		summary: line(240),
		order: z.number({ error: 'expected a number' }).int('expected an integer'),
		/** `legacy` for the seven direct reports of a functional CMO; the other two are the new roles. */
		group: z.enum(['legacy', 'new-role']),
		legacy: seatMatchSchema,
		twoTower: seatMatchSchema,
		/** Role cards are defaults a team adapts; the card must say so. */
		adaptable: z.literal(true, { error: 'expected true: role cards are adaptable defaults' })
	},
	{
		error: (issue) =>
			issue.code === 'invalid_type'
				? 'expected a YAML frontmatter block with title, summary, order, group, legacy, twoTower and adaptable'
				: undefined
	}
);
export type RoleCardFrontmatter = z.infer<typeof roleCardFrontmatterSchema>;

function pathOf(path: readonly PropertyKey[]) {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`),
		'frontmatter'
	);
}

/**
 * Validates a role card's frontmatter read from `file`; throws a ContentError naming the file
 * and every bad field, e.g. `content/role-cards/brand.md: frontmatter.legacy.kind: …`.
 */
export function parseRoleCard(file: string, raw: unknown): RoleCardFrontmatter & { slug: string } {
	const result = roleCardFrontmatterSchema.safeParse(raw);
	if (!result.success) {
		const issues: ContentIssue[] = result.error.issues.flatMap((issue) =>
			issue.code === 'unrecognized_keys'
				? issue.keys.map((key) => ({
						path: pathOf([...issue.path, key]),
						message: `unknown field (expected ${Object.keys(roleCardFrontmatterSchema.shape).join(', ')})`
					}))
				: [{ path: pathOf(issue.path), message: issue.message }]
		);
		throw new ContentError(file, issues);
	}
	return { ...result.data, slug: guideSlugFromFile(file) };
}
