import { fail } from '@sveltejs/kit';
import { importFields, type ImportField } from '$lib/domain/scenario/import-columns';
import { decodeImport } from '$lib/domain/scenario/import-decode';
import { formatOf, MAX_IMPORT_BYTES, type ImportRequest } from '$lib/domain/scenario/import-run';
import type { ImportCorrections } from '$lib/domain/scenario/import-types';
import { craftSchema, seatKindSchema, structureSchema } from '$lib/domain/scenario/schema';

export { MAX_IMPORT_BYTES };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function correctionsOf(form: FormData): ImportCorrections {
	const corrections: ImportCorrections = {};
	for (const [key, value] of form) {
		const [, what, line] = /^(kind|craft)-(\d+)$/.exec(key) ?? [];
		if (!what || typeof value !== 'string') continue;
		const fix = (corrections[Number(line)] ??= {});
		if (what === 'kind' && seatKindSchema.safeParse(value).success) fix.kind = value as never;
		if (what === 'craft' && (value === '' || craftSchema.safeParse(value).success))
			fix.craft = value;
	}
	return corrections;
}

/** The mapping step's selects, `map-0` … `map-n`: one field (or '' for none) per column. */
function mappingOf(form: FormData): (ImportField | null)[] | undefined {
	const count = Number(form.get('columns') ?? 0);
	if (!Number.isInteger(count) || count <= 0 || count > 500) return undefined;
	return Array.from({ length: count }, (_, i) => {
		const value = String(form.get(`map-${i}`) ?? '');
		return (importFields as readonly string[]).includes(value) ? (value as ImportField) : null;
	});
}

/** Reads the import form: an uploaded file (decoded), else the text field; refuses more than 5 MB. */
export async function readImportForm(form: FormData) {
	const file = form.get('file');
	const name = String(form.get('name') ?? '')
		.trim()
		.slice(0, 120);
	const structure = structureSchema.safeParse(form.get('structure')).data ?? '';
	const values = { name, structure };
	const upload = file instanceof File && file.size > 0 ? file : null;
	const pasted = upload ? '' : String(form.get('text') ?? '');
	const size = upload ? upload.size : Buffer.byteLength(pasted);
	if (size > MAX_IMPORT_BYTES)
		return fail(413, {
			message: `${upload ? `"${upload.name}"` : 'The pasted text'} is ${megabytes(size)}; an import reads at most 5 MB. Split the file (by department, say) or remove columns Orgcraft does not read.`,
			values
		});
	const source = (upload?.name ?? String(form.get('source') || 'pasted text')).slice(0, 200);
	const decoded = upload
		? decodeImport(new Uint8Array(await upload.arrayBuffer()), `"${source}"`)
		: { text: pasted, note: null };
	if ('error' in decoded) return fail(400, { message: decoded.error, values });
	if (decoded.text.trim() === '')
		return fail(400, {
			message: 'Choose a CSV or JSON file, or paste its contents, then preview.',
			values
		});
	const request: ImportRequest = {
		text: decoded.text,
		source,
		format: formatOf(source, decoded.text),
		name,
		structure,
		mapping: mappingOf(form),
		corrections: correctionsOf(form),
		notes: decoded.note ? [decoded.note] : []
	};
	return request;
}
