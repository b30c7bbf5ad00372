import type { HeaderOf } from './import-fields';
import { slug } from './import-values';
import type { ImportRow } from './import-types';
import { idSchema } from './schema';
import { sliced, type TimeSlice } from './import-slice';

const nameKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');
/** "Okafor, Dana" → "Dana Okafor"; '' for a name without a comma. */
const swapName = (name: string) => (name.includes(',') ? name.split(',').reverse().join(' ') : '');

/** "lines 2, 5 and 9", listing at most `max` lines. */
export function linesText(lines: number[], max = 8): string {
	const shown = lines.slice(0, max).map(String);
	const more = lines.length - shown.length;
	if (more > 0) return `lines ${shown.join(', ')} and ${more} more`;
	if (shown.length === 1) return `line ${shown[0]}`;
	return `lines ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * Gives every row a unique seat id: its id cell when that is a valid id (else its slug), or a slug
 * of the person's name, email or title, with -2, -3 … where taken. Two rows with the same id cell
 * are an error. Returns the seat id for each id cell as written.
 */
export async function assignIds(
	rows: ImportRow[],
	headerOf: HeaderOf,
	slice?: TimeSlice
): Promise<Map<string, string>> {
	const taken = new Map<string, number>();
	const idOfCell = new Map<string, string>();
	const pending: ImportRow[] = [];
	for await (const row of sliced(rows, slice)) {
		const raw = row.cells.id ?? '';
		const id = idSchema.safeParse(raw).success ? raw : slug(raw).slice(0, 64);
		if (id === '') pending.push(row);
		else if (taken.has(id)) {
			row.errors.push(`${headerOf('id')}: "${raw}" is also the id on line ${taken.get(id)}`);
			pending.push(row);
		} else {
			taken.set(id, row.line);
			idOfCell.set(raw, id);
			row.seat.id = id;
		}
	}
	for await (const row of sliced(pending, slice)) {
		const email = row.seat.memberEmail?.split('@')[0] ?? '';
		const base = slug(row.seat.personName ?? '') || slug(email) || slug(row.seat.title) || 'seat';
		let id = base.slice(0, 56);
		for (let n = 2; taken.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
		taken.set(id, row.line);
		row.seat.id = id;
	}
	return idOfCell;
}

/** Marks the second and later rows for the same person (same email, or same name and title). */
export async function markDuplicates(
	rows: ImportRow[],
	headerOf: HeaderOf,
	slice?: TimeSlice
): Promise<Set<ImportRow>> {
	const byEmail = new Map<string, number>();
	const byNameTitle = new Map<string, number>();
	const duplicates = new Set<ImportRow>();
	for await (const row of sliced(rows, slice)) {
		const email = row.seat.memberEmail ?? '';
		const person = row.seat.personName
			? `${nameKey(row.seat.personName)}|${nameKey(row.seat.title)}`
			: '';
		const sameEmail = email ? byEmail.get(email) : undefined;
		const sameName = person ? byNameTitle.get(person) : undefined;
		if (sameEmail !== undefined)
			row.errors.push(
				`duplicate person: line ${sameEmail} has the same ${headerOf('email')} "${email}"`
			);
		else if (sameName !== undefined)
			row.errors.push(
				`duplicate person: line ${sameName} has the same name and title ("${row.seat.personName}", "${row.seat.title}")`
			);
		if (sameEmail !== undefined || sameName !== undefined) duplicates.add(row);
		if (email && sameEmail === undefined) byEmail.set(email, row.line);
		if (person && sameName === undefined) byNameTitle.set(person, row.line);
	}
	return duplicates;
}

export type RowIndex = ReturnType<typeof indexRows>;

/** Index of rows by manager key; duplicates are left out so they do not make names ambiguous. */
export function indexRows(
	rows: ImportRow[],
	duplicates: Set<ImportRow>,
	idOfCell: Map<string, string>
) {
	const byId = new Map<string, ImportRow>();
	const byEmail = new Map<string, ImportRow>();
	const byName = new Map<string, ImportRow[]>();
	for (const row of rows) {
		byId.set(row.seat.id, row);
		if (duplicates.has(row)) continue;
		// A leaver's seat is open but their reports still name them.
		const left = row.status === 'left';
		const email = row.seat.memberEmail ?? (left ? row.cells.email?.toLowerCase() : undefined);
		if (email) byEmail.set(email, row);
		// "Okafor, Dana" is found as "Dana Okafor" too.
		const written = row.cells.person || [row.cells.firstName, row.cells.lastName].join(' ');
		const name = row.seat.personName ?? (left ? written : '');
		const names = new Set([nameKey(name), nameKey(swapName(name))].filter(Boolean));
		for (const key of names) {
			const same = byName.get(key);
			if (same) same.push(row);
			else byName.set(key, [row]);
		}
	}
	for (const [cell, id] of idOfCell) byId.set(cell, byId.get(id)!);
	return { byId, byEmail, byName };
}

/** The rows a reference (id, email or name) may mean: one when found, several when ambiguous. */
function lookUp(index: RowIndex, ref: string): ImportRow[] {
	const byId = index.byId.get(ref);
	if (byId) return [byId];
	const byEmail = index.byEmail.get(ref.toLowerCase());
	if (byEmail) return [byEmail];
	return index.byName.get(nameKey(ref)) ?? index.byName.get(nameKey(swapName(ref))) ?? [];
}

/**
 * Sets each row's managerId: by manager id, then manager email, then manager name (matching "Last,
 * First" and "First Last" either way). An unknown or ambiguous manager is an error on the row.
 * Returns the rows with no manager listed at all.
 */
export async function resolveManagers(
	rows: ImportRow[],
	index: RowIndex,
	headerOf: HeaderOf,
	slice?: TimeSlice
): Promise<ImportRow[]> {
	const { byId, byEmail, byName } = index;
	const roots: ImportRow[] = [];
	for await (const row of sliced(rows, slice)) {
		const { id, email, name } = row.manager;
		if (!id && !email && !name) {
			roots.push(row);
			continue;
		}
		const named = byName.get(nameKey(name)) ?? byName.get(nameKey(swapName(name))) ?? [];
		const found =
			(id && byId.get(id)) ||
			(email && byEmail.get(email.toLowerCase())) ||
			(named.length === 1 ? named[0] : undefined) ||
			byEmail.get(name.toLowerCase()) ||
			byId.get(name);
		if (found) row.seat.managerId = found.seat.id;
		else if (named.length > 1)
			row.errors.push(
				`manager "${name}" is ambiguous: ${linesText(named.map((r) => r.line))} have that name; add a manager email or manager id column to tell them apart`
			);
		else row.errors.push(unknownManager(row, headerOf));
	}
	return roots;
}

/** The dotted lines the rows list, each to a seat found by id, email or name; else an error. */
export function resolveDotted(rows: ImportRow[], index: RowIndex, headerOf: HeaderOf) {
	const lines: { fromSeatId: string; toSeatId: string; label: string }[] = [];
	for (const row of rows)
		for (const { to, label } of row.dotted) {
			const found = lookUp(index, to);
			if (found.length === 1)
				lines.push({ fromSeatId: row.seat.id, toSeatId: found[0]!.seat.id, label });
			else
				row.errors.push(
					`${headerOf('dottedLines')}: "${to}" ${found.length > 1 ? `is ambiguous (${linesText(found.map((r) => r.line))})` : 'is no seat id, email or name in the file'}`
				);
		}
	return lines;
}

function unknownManager({ manager }: ImportRow, headerOf: HeaderOf): string {
	const tried = [
		manager.id && `id "${manager.id}" (no row has that ${headerOf('id')})`,
		manager.email && `email "${manager.email}" (no row has that ${headerOf('email')})`,
		manager.name && `"${manager.name}" (no one in the file has that name)`
	].filter(Boolean);
	return `unknown manager ${tried.join(', nor ')}`;
}
