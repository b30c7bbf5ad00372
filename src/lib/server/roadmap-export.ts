import { z } from 'zod';
import { roadmapToCsv } from '$lib/domain/roadmap/export-csv';
import { roadmapToIcs } from '$lib/domain/roadmap/export-ics';
import { roadmapToMarkdown } from '$lib/domain/roadmap/export-md';
import { quarterSchema, type Quarter } from '$lib/domain/roadmap/schema';
import { validate } from './api';
import type { RoadmapView } from './roadmap';

export const exportQuerySchema = z.strictObject({
	format: z.enum(['md', 'csv', 'ics'], { error: 'expected md, csv or ics' })
});
export type ExportFormat = z.infer<typeof exportQuerySchema>['format'];

/** A quarter from a URL: 400 naming `quarter` when it is not written like `2027-Q1`. */
export const quarterParam = (raw: string): Quarter =>
	validate(z.strictObject({ quarter: quarterSchema }), { quarter: raw }).quarter;

const types: Record<ExportFormat, string> = {
	md: 'text/markdown; charset=utf-8',
	csv: 'text/csv; charset=utf-8',
	ics: 'text/calendar; charset=utf-8'
};

/** The roadmap as a downloadable file: Markdown, CSV for a project tool, or iCalendar milestones. */
export function exportResponse(view: RoadmapView, format: ExportFormat): Response {
	const { quarter, initiatives } = view.roadmap;
	const seats = new Map(view.seats.map((s) => [s.id, s]));
	const lanes = new Map(view.lanes.map((l) => [l.key, l.name]));
	const names = {
		lane: (key: string) => lanes.get(key) ?? key,
		owner: (id: string) => {
			const s = seats.get(id);
			return s ? (s.personName ? `${s.personName} (${s.title})` : s.title) : id;
		},
		member: (id: string) => view.people[id] ?? 'former member'
	};
	const body =
		format === 'md'
			? roadmapToMarkdown({
					quarter,
					scenarioName: view.scenario?.name ?? 'no current scenario',
					lanes: view.lanes,
					initiatives,
					flags: view.flags,
					reviews: view.roadmap.reviews,
					names
				})
			: format === 'csv'
				? roadmapToCsv(quarter, initiatives, names)
				: roadmapToIcs(quarter, initiatives, names.owner);
	return new Response(body, {
		headers: {
			'content-type': types[format],
			'content-disposition': `attachment; filename="roadmap-${quarter}.${format}"`
		}
	});
}
