import type { ImportField } from './import-columns';
import type { HeaderOf } from './import-fields';
import { linesText } from './import-link';
import type { ImportRow } from './import-types';
import { seatSchema } from './schema';
import { sliced, type TimeSlice } from './import-slice';

const who = (row: ImportRow) => `${row.seat.personName ?? row.seat.title} (line ${row.line})`;

/** Adds an error naming the loop to every row on a reporting loop (a row managing itself too). */
export async function markCycles(rows: ImportRow[], slice?: TimeSlice): Promise<void> {
	const byId = new Map(rows.map((r) => [r.seat.id, r]));
	const settled = new Set<ImportRow>();
	for await (const start of sliced(rows, slice)) {
		const trail: ImportRow[] = [];
		const onTrail = new Set<ImportRow>();
		let at: ImportRow | undefined = start;
		while (at && !settled.has(at) && !onTrail.has(at)) {
			trail.push(at);
			onTrail.add(at);
			at = at.seat.managerId === null ? undefined : byId.get(at.seat.managerId);
		}
		if (at && onTrail.has(at)) {
			const loop = trail.slice(trail.indexOf(at));
			const shown =
				loop.length <= 6
					? [...loop, at].map(who)
					: [
							...loop.slice(0, 3).map(who),
							`… ${loop.length - 4} more …`,
							who(loop.at(-1)!),
							who(at)
						];
			const message =
				loop.length === 1
					? `reports to themselves: the manager of ${who(at)} is the same row`
					: `reporting loop${loop.length > 6 ? ` of ${loop.length.toLocaleString('en')} people` : ''}: ${shown.join(' → ')}`;
			for (const row of loop) row.errors.push(message);
		}
		trail.forEach((row) => settled.add(row));
	}
}

/** More than one row without a manager: each of them gets an error listing them all. */
export function markRoots(roots: ImportRow[]): void {
	if (roots.length < 2) return;
	const message = `no manager listed, as on ${linesText(roots.map((r) => r.line))}; exactly one person can be at the top of the org, so give all but one a manager`;
	for (const row of roots) row.errors.push(message);
}

const fieldOfSeatKey: Record<string, ImportField> = {
	id: 'id',
	title: 'title',
	kind: 'kind',
	personName: 'person',
	open: 'open',
	fte: 'fte',
	hoursPerWeek: 'hoursPerWeek',
	focusFactor: 'focusFactor',
	craft: 'craft',
	audienceIds: 'audiences',
	dottedLines: 'dottedLines',
	aiLevel: 'aiLevel',
	annualCost: 'annualCost',
	memberEmail: 'email'
};

/** Validates a row's seat with the seat schema (keeping its output), naming each problem's column. */
export function markSeatIssues(row: ImportRow, headerOf: HeaderOf): void {
	const parsed = seatSchema.safeParse(row.seat);
	if (parsed.success) {
		row.seat = parsed.data;
		return;
	}
	for (const issue of parsed.error.issues) {
		const key = String(issue.path[0] ?? '');
		if (key === 'title' && row.seat.title === '') continue; // reported as missing already
		const field = fieldOfSeatKey[key];
		const value = key === 'audienceIds' ? row.seat.audienceIds[Number(issue.path[1])] : undefined;
		const where = field ? headerOf(field) : key || 'row';
		if (key === 'memberEmail')
			row.errors.push(
				`${where}: expected an email address such as ana@example.com, not "${row.seat.memberEmail}"`
			);
		else row.errors.push(`${where}: ${value ? `"${value}" ` : ''}${issue.message}`);
	}
}
