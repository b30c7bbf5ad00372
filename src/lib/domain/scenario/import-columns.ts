import { z } from 'zod';
import {
	headerKey,
	headerSynonyms,
	headerTail,
	importFieldLabels,
	importFields,
	type ImportField
} from './import-headers';
import type { CsvRecord } from './import-read';

export { importFields, type ImportField } from './import-headers';

/** Field and rank per header key; a lower rank is the more specific name ("job title" > "role"). */
const fieldOfKey = new Map(
	importFields.flatMap((field) =>
		headerSynonyms[field].map((key, rank) => [key, { field, rank }] as const)
	)
);

/** How one header cell is read: the field it fills (null when not read) and who chose it. */
export interface ImportColumn {
	header: string;
	field: ImportField | null;
	/** 'header' by its name, 'content' moved because its cells hold ids, 'you' by a mapping. */
	from: 'header' | 'content' | 'you';
	/** Up to three distinct values from the first rows, to recognise the column by. */
	samples: string[];
}

/** Column index per field. */
export type ColumnIndex = Partial<Record<ImportField, number>>;

/**
 * A person's choice of columns: one field (or null) per column, as the preview's selects send
 * it, or field → header text (null: do not read that field), as the API takes it.
 */
export const importMappingSchema = z.union([
	z.array(z.enum(importFields).nullable()).max(500),
	z.partialRecord(z.enum(importFields), z.string().max(200).nullable())
]);
export type ImportMapping = z.infer<typeof importMappingSchema>;

export const expectedColumnsText =
	'a title column (title, job title, business title or position) and one that names each ' +
	'person (name, worker, full name, first and last name, email or employee id), plus a manager ' +
	'column (manager, reports to, supervisor, manager email or manager id)';

/** The field each header names by itself, the most specific header winning a field. */
export function fieldsFromHeaders(header: string[]): (ImportField | null)[] {
	const best = new Map<ImportField, { at: number; rank: number }>();
	header.forEach((cell, at) => {
		const match = fieldOfKey.get(headerKey(cell)) ?? fieldOfKey.get(headerKey(headerTail(cell)));
		if (!match) return;
		const held = best.get(match.field);
		if (!held || match.rank < held.rank) best.set(match.field, { at, rank: match.rank });
	});
	const fields: (ImportField | null)[] = header.map(() => null);
	for (const [field, { at }] of best) fields[at] = field;
	return fields;
}

const headerList = (header: string[]) =>
	header
		.filter(Boolean)
		.map((h) => `"${h}"`)
		.join(', ');

/** Applies a person's mapping to the fields read from headers; problems are messages. */
export function applyMapping(
	header: string[],
	auto: (ImportField | null)[],
	mapping: ImportMapping
): { fields: (ImportField | null)[]; chosen: Set<number>; problems: string[] } {
	const problems: string[] = [];
	if (Array.isArray(mapping)) {
		if (mapping.length !== header.length)
			return {
				fields: auto,
				chosen: new Set(),
				problems: [
					`The mapping lists ${mapping.length} columns, the file has ${header.length}: expected one field (or null) per column.`
				]
			};
		const seen = new Map<ImportField, number>();
		mapping.forEach((field, at) => {
			if (!field) return;
			const first = seen.get(field);
			if (first === undefined) seen.set(field, at);
			else
				problems.push(
					`${importFieldLabels[field]} is chosen for two columns, "${header[first]}" and "${header[at]}": choose one.`
				);
		});
		const chosen = new Set(header.flatMap((_, i) => (mapping[i] === auto[i] ? [] : [i])));
		return { fields: [...mapping], chosen, problems };
	}
	const fields = [...auto];
	const chosen = new Set<number>();
	for (const [field, wanted] of Object.entries(mapping) as [ImportField, string | null][]) {
		const was = fields.indexOf(field);
		if (was >= 0) fields[was] = null;
		if (wanted === null) continue;
		const at = header.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
		if (at < 0) {
			problems.push(
				`mapping.${field}: no column is headed "${wanted}"; the columns are ${headerList(header)}.`
			);
			continue;
		}
		fields[at] = field;
		chosen.add(at);
	}
	return { fields, chosen, problems };
}

/** "1001", "E-1001", "WD00123": a code, not a person's name. */
const looksLikeId = (value: string) => /^[A-Za-z]{0,4}[-_#]?\d[\d\-_/.]*$/.test(value);
const nameFields = new Set<ImportField>(['person', 'firstName', 'lastName']);

/**
 * A column read as a name whose cells are mostly codes ("Employee" holding 1001, 1002 …) is not a
 * name: it becomes the employee id when there is none, else is not read. Changes `fields`;
 * returns the note for each column moved, by column.
 */
export function moveIdColumns(
	header: string[],
	fields: (ImportField | null)[],
	records: CsvRecord[]
): Map<number, string> {
	const notes = new Map<number, string>();
	fields.forEach((field, at) => {
		if (!field || !nameFields.has(field)) return;
		const values = records.slice(0, 200).flatMap((r) => r.cells[at]?.trim() || []);
		const ids = values.filter(looksLikeId);
		if (values.length === 0 || ids.length < values.length * 0.8) return;
		const asId = !fields.includes('id');
		fields[at] = asId ? 'id' : null;
		notes.set(
			at,
			`Column "${header[at]}" holds codes such as "${ids[0]}", not names, so it is ${asId ? 'read as the employee id' : 'not read'}; choose another column for names in the mapping step.`
		);
	});
	return notes;
}

/** The columns as the preview shows them, with a few sample values each. */
export function describeColumns(
	header: string[],
	fields: (ImportField | null)[],
	chosen: Set<number>,
	moved: Map<number, string>,
	records: CsvRecord[]
): ImportColumn[] {
	return header.map((cell, at) => {
		const samples = new Set<string>();
		for (const r of records) {
			const value = r.cells[at]?.trim();
			if (value) samples.add(value.length > 40 ? `${value.slice(0, 39)}…` : value);
			if (samples.size === 3) break;
		}
		return {
			header: cell.trim(),
			field: fields[at] ?? null,
			from: chosen.has(at) ? 'you' : moved.has(at) ? 'content' : 'header',
			samples: [...samples]
		};
	});
}

/** Column index per field of a column list. */
export function indexOf(columns: ImportColumn[]): ColumnIndex {
	const index: ColumnIndex = {};
	columns.forEach((c, at) => {
		if (c.field) index[c.field] = at;
	});
	return index;
}

/** What a header lacks for an import, or null when it will do. */
export function missingOf(index: ColumnIndex): string | null {
	const lacking = [
		index.title === undefined ? 'title' : null,
		[index.person, index.firstName, index.lastName, index.email, index.id].every(
			(i) => i === undefined
		)
			? 'name, email or id'
			: null
	].filter((x) => x !== null);
	return lacking.length > 0 ? lacking.join(' and ') : null;
}

/** True when the file names who each person reports to in some column. */
export const hasManagerColumn = (columns: ImportColumn[]) =>
	columns.some(
		(c) => c.field === 'manager' || c.field === 'managerEmail' || c.field === 'managerId'
	);

/** field → header of every column read, as the API reports the mapping. */
export const mappingOf = (columns: ImportColumn[]) =>
	Object.fromEntries(columns.flatMap((c) => (c.field ? [[c.field, c.header]] : []))) as Partial<
		Record<ImportField, string>
	>;
