import type { Design } from '$lib/domain/scenario/schema';
import type { SimulationReport } from '$lib/domain/simulation/report';

export interface UnresolvedLine {
	template: string;
	stepId: string;
	reason: string;
	audiences: string[];
}

/** Unresolved steps with the same template, step and reason as one line naming every audience. */
export function unresolvedLines(
	report: SimulationReport,
	design: Design,
	templateName: (id: string) => string
): UnresolvedLine[] {
	const audience = (id: string) => design.audiences.find((a) => a.id === id)?.name ?? id;
	const lines = new Map<string, UnresolvedLine>();
	for (const u of report.unresolved) {
		const key = `${u.templateId}\n${u.stepId}\n${u.reason}`;
		const line = lines.get(key) ?? {
			template: templateName(u.templateId),
			stepId: u.stepId,
			reason: u.reason,
			audiences: []
		};
		line.audiences.push(audience(u.audienceId));
		lines.set(key, line);
	}
	return [...lines.values()];
}
