/** Turning the bytes of an uploaded file into text, or saying plainly why it is not text. */

const signatures: [bytes: number[], what: string][] = [
	[[0x50, 0x4b, 0x03, 0x04], 'an Excel workbook (.xlsx) or another zip archive'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel workbook (.xls) or another Office file'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF'],
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x1f, 0x8b], 'a gzip archive']
];

export const saveAsText = 'Export the data as CSV (UTF-8) or JSON and import that file.';

/**
 * Where text stops being text: the 1-based line of the first zero byte or, when more than 1 in
 * 100 of the first 64 KB are control characters, of the first one; null for ordinary text.
 */
export function binaryLine(text: string): number | null {
	const end = Math.min(text.length, 65_536);
	let controls = 0;
	let first = -1;
	for (let i = 0; i < end; i++) {
		const code = text.charCodeAt(i);
		const control = code < 32 ? code < 9 || code > 13 : code === 127;
		if (!control) continue;
		controls++;
		if (first < 0) first = i;
		if (code === 0) return lineAt(text, i);
	}
	return first >= 0 && controls > end / 100 ? lineAt(text, first) : null;
}

const lineAt = (text: string, at: number) =>
	(text.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;

/** The message for a file that is not text, naming the line where binary data starts. */
export const binaryMessage = (source: string, line: number) =>
	`${source} is not a text file: line ${line.toLocaleString('en')} holds binary data (control characters). ${saveAsText}`;

/**
 * Decodes an upload: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 as older
 * Excel versions save CSV. Known binary formats (xlsx, xls, PDF, images, gzip) are refused by
 * their first bytes, other binary data by its control characters.
 */
export function decodeImport(
	bytes: Uint8Array,
	source = 'The file'
): { text: string; note: string | null } | { error: string } {
	const known = signatures.find(([sig]) => sig.every((b, i) => bytes[i] === b));
	if (known)
		return { error: `${source} is ${known[1]}, not a CSV or JSON text file. ${saveAsText}` };
	let text: string;
	let note: string | null = null;
	if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
	else
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			text = new TextDecoder('windows-1252').decode(bytes);
			note = `${source} is not UTF-8; it was read as Windows-1252 (Western European). Check that accented names look right.`;
		}
	const line = binaryLine(text);
	return line === null ? { text, note } : { error: binaryMessage(source, line) };
}
