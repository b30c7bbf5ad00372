import { linesText } from './import-link';
import type { ImportRow } from './import-types';
import type { Audience } from './schema';

const Lines = (rows: ImportRow[]) => {
	const text = linesText(rows.map((r) => r.line));
	return text.charAt(0).toUpperCase() + text.slice(1);
};

/**
 * What the import did on the reader's behalf: audiences created without names, leavers' seats
 * kept open, contractors suggested as fractional, pay in more than one currency (never converted).
 */
export function importNotes(rows: ImportRow[], audiences: Audience[]): string[] {
	const notes: string[] = [];
	const unnamed = audiences.filter((a) => a.name === a.id);
	if (unnamed.length > 0)
		notes.push(
			`Audiences ${unnamed.map((a) => `"${a.id}"`).join(', ')} come from the audiences column and are created with their id as name; rename them and add segments, products and regions on the scenario page.`
		);
	const left = rows.filter((r) => r.status === 'left');
	if (left.length > 0)
		notes.push(
			`${Lines(left)} ${left.length === 1 ? 'is a leaver' : 'are leavers'} by employment status: the seat is kept as an open seat, without the person.`
		);
	const contractors = rows.filter((r) => r.status === 'contractor' && r.kindFrom === 'suggested');
	if (contractors.length > 0)
		notes.push(
			`${Lines(contractors)} ${contractors.length === 1 ? 'is a contractor' : 'are contractors'} by employment status, so the suggested kind is Fractional.`
		);
	const currencies = new Map<string, ImportRow[]>();
	for (const row of rows) {
		if (!row.currency) continue;
		const same = currencies.get(row.currency);
		if (same) same.push(row);
		else currencies.set(row.currency, [row]);
	}
	if (currencies.size > 1)
		notes.push(
			`Pay is in ${currencies.size} currencies (${[...currencies]
				.map(
					([c, r]) =>
						`${c} on ${linesText(
							r.map((x) => x.line),
							3
						)}`
				)
				.join(
					'; '
				)}). Annual costs are kept as written, not converted: convert them to one currency before importing to compare costs.`
		);
	return notes;
}
