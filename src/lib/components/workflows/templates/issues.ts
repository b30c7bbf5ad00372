/** One problem the server found in a draft, at a path inside the template. */
export interface FieldIssue {
	path: string;
	message: string;
}

/** The issues at `path` or inside it (`phases[0].steps[1]` covers `phases[0].steps[1].id`). */
export const issuesAt = (issues: readonly FieldIssue[], path: string) =>
	issues.filter(
		(i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`)
	);

/** The messages of the issues at exactly `path` or one index below it (`dependsOn[2]`). */
export const messagesAt = (issues: readonly FieldIssue[], path: string) =>
	issues
		.filter((i) => i.path === path || new RegExp(`^${escape(path)}\\[\\d+\\]$`).test(i.path))
		.map((i) => `${i.path}: ${i.message}`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
