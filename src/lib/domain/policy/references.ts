import type { Issue } from '../shared/issues';
import type { Policy } from './schema';

/**
 * Rules that name an activity the catalogue lacks, or a reviewer seat the current scenario lacks,
 * each as an issue at `policy.rules[i]…`.
 */
export function unknownReferences(
	policy: Policy,
	activityIds: ReadonlySet<string>,
	seatIds: ReadonlySet<string>
): Issue[] {
	return policy.rules.flatMap((rule, i): Issue[] => {
		const issues: Issue[] = [];
		if (!activityIds.has(rule.activityId))
			issues.push({
				path: `policy.rules[${i}].activityId`,
				message: `no activity "${rule.activityId}" in the catalogue`
			});
		const seat = rule.reviewer.startsWith('seat:') ? rule.reviewer.slice(5) : null;
		if (seat !== null && !seatIds.has(seat))
			issues.push({
				path: `policy.rules[${i}].reviewer`,
				message: `no seat "${seat}" in the current scenario`
			});
		return issues;
	});
}
