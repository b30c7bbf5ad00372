import { fail } from '@sveltejs/kit';
import {
	applyCorrections,
	parseOrgCsv,
	type ImportCorrections
} from '$lib/domain/scenario/import-csv';
import { parseScenarioJson } from '$lib/domain/scenario/import-json';
import { csvView, jsonView, type ImportResult } from '$lib/domain/scenario/import-view';
import {
	craftSchema,
	seatKindSchema,
	structureSchema,
	type Design
} from '$lib/domain/scenario/schema';

/** The largest file or pasted text an import reads: 5 MB, about 20,000 HRIS rows with room. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A submitted import: the page's result fields plus the kind and craft corrections by line. */
export type ImportInput = Omit<ImportResult, 'view'> & { corrections: ImportCorrections };

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

/** Reads the import form: an uploaded file, else the text field; refuses more than 5 MB. */
export async function readImportForm(form: FormData) {
	const file = form.get('file');
	const name = String(form.get('name') ?? '')
		.trim()
		.slice(0, 120);
	const structure = structureSchema.safeParse(form.get('structure')).data ?? '';
	const values = { name, structure };
	const upload = file instanceof File && file.size > 0 ? file : null;
	const text = upload ? '' : String(form.get('text') ?? '');
	const size = upload ? upload.size : Buffer.byteLength(text);
	if (size > MAX_IMPORT_BYTES)
		return fail(413, {
			message: `${upload ? `"${upload.name}"` : 'The pasted text'} is ${megabytes(size)}; an import reads at most 5 MB. Split the file (by department, say) or remove columns Orgcraft does not read.`,
			values
		});
	const content = upload ? await upload.text() : text;
	if (content.trim() === '')
		return fail(400, {
			message: 'Choose a CSV or JSON file, or paste its contents, then preview.',
			values
		});
	const source = (upload?.name ?? String(form.get('source') || 'pasted text')).slice(0, 200);
	const json = /\.json$/i.test(source) || (!/\.csv$/i.test(source) && /^\s*[{[]/.test(content));
	const input: ImportInput = {
		text: content,
		source,
		format: json ? 'json' : 'csv',
		name,
		structure,
		corrections: correctionsOf(form)
	};
	return input;
}

/** Parses the input and, for a CSV, applies the kind and craft corrections sent with it. */
export function runImport(input: ImportInput): { result: ImportResult; design: Design | null } {
	const { corrections, ...rest } = input;
	const structure = input.structure || undefined;
	if (input.format === 'json') {
		const parsed = parseScenarioJson(input.text);
		const design =
			'design' in parsed
				? {
						...parsed.design,
						name: input.name || parsed.design.name,
						structure: structure ?? parsed.design.structure
					}
				: null;
		return { result: { ...rest, view: jsonView(design ? { design } : parsed) }, design };
	}
	const stem =
		input.source === 'pasted text' ? '' : input.source.replace(/\.[^.]+$/, '').slice(0, 120);
	const parsed = parseOrgCsv(input.text, { name: input.name || stem || undefined, structure });
	const preview = Object.keys(corrections).length ? applyCorrections(parsed, corrections) : parsed;
	const design = preview.design && {
		...preview.design,
		description: `Imported from ${input.source}.`
	};
	return { result: { ...rest, view: csvView(preview) }, design };
}
