import type { ImportMapping } from './import-columns';
import { parseOrgCsv } from './import-csv';
import { binaryLine, binaryMessage } from './import-decode';
import { parseScenarioJson, type JsonImport } from './import-json';
import { TimeSlice } from './import-slice';
import type { ImportCorrections, ImportPreview } from './import-types';
import type { Design, Structure } from './schema';

/** The largest file an import reads, from the screen or the API: 5 MB, about 20,000 HRIS rows. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** One import as the screen and the API send it. */
export interface ImportRequest {
	/** The file as text (see decodeImport for bytes). */
	text: string;
	/** The file name, "pasted text" or "the request body", to name it in messages. */
	source: string;
	format: 'csv' | 'json';
	/** The scenario name; '' lets the file (or its name) decide. */
	name: string;
	/** '' lets the file or the seat kinds decide. */
	structure: Structure | '';
	mapping?: ImportMapping;
	corrections?: ImportCorrections;
	/** Said about the file on the way in, such as the encoding it was read in. */
	notes?: string[];
}

/** What an import reads: a CSV preview or a JSON import, and the design when it can be saved. */
export type ImportOutcome =
	| { format: 'csv'; preview: ImportPreview; design: Design | null }
	| { format: 'json'; json: JsonImport; design: Design | null };

/** The format a body is in: by file name, else by its first character. */
export const formatOf = (source: string, text: string): 'csv' | 'json' =>
	/\.json$/i.test(source) || (!/\.csv$/i.test(source) && /^\s*[{[]/.test(text)) ? 'json' : 'csv';

/**
 * Reads an import for the screen and the API alike (same checks, same messages): a CSV through
 * parseOrgCsv with the person's mapping and corrections, a JSON scenario through
 * parseScenarioJson. The design carries the typed name and structure and says where it came from.
 */
export async function runImport(
	request: ImportRequest,
	slice = new TimeSlice()
): Promise<ImportOutcome> {
	const structure = request.structure || undefined;
	const described = (design: Design): Design => ({
		...design,
		description: design.description || `Imported from ${request.source}.`
	});
	if (request.format === 'json') {
		const binary = binaryLine(request.text);
		const json: JsonImport =
			binary === null
				? parseScenarioJson(request.text)
				: { errors: [{ path: '(file)', message: binaryMessage(`"${request.source}"`, binary) }] };
		const design =
			'design' in json
				? described({
						...json.design,
						name: request.name || json.design.name,
						structure: structure ?? json.design.structure
					})
				: null;
		return { format: 'json', json: design ? { design } : json, design };
	}
	const stem = /^(pasted text|the request body)$/.test(request.source)
		? ''
		: request.source.replace(/\.[^.]+$/, '').slice(0, 120);
	const preview = await parseOrgCsv(
		request.text,
		{
			name: request.name || stem || undefined,
			structure,
			mapping: request.mapping,
			corrections: request.corrections
		},
		slice
	);
	preview.notes.unshift(...(request.notes ?? []));
	return { format: 'csv', preview, design: preview.design && described(preview.design) };
}
