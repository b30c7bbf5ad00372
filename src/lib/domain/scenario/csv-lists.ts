/**
 * Lists inside one CSV cell, as our export writes audiences and dotted lines:
 * `smb=SMB companies; ent=Enterprise`. Entries are separated by ";", a key and its text by the
 * first "="; a ";" or "\" inside a text is escaped with "\".
 */

export interface ListEntry {
	key: string;
	/** The text after "=", or null when the entry is a bare key. */
	text: string | null;
}

const escape = (text: string) => text.replace(/[\\;]/g, (c) => `\\${c}`);

/** Writes entries as one cell: "key" or "key=text", joined by "; ". */
export const joinList = (entries: ListEntry[]) =>
	entries.map((e) => (e.text === null ? e.key : `${e.key}=${escape(e.text)}`)).join('; ');

/**
 * Reads a cell written by joinList. A cell without ";" may separate entries with "," or "|", as
 * hand-made files do.
 */
export function splitList(cell: string): ListEntry[] {
	const parts: string[] = [];
	let part = '';
	const separators = /(^|[^\\])(\\\\)*;/.test(cell) ? ';' : ',|';
	for (let i = 0; i < cell.length; i++) {
		const c = cell[i]!;
		if (c === '\\' && i + 1 < cell.length) part += cell[++i];
		else if (separators.includes(c)) {
			parts.push(part);
			part = '';
		} else part += c;
	}
	parts.push(part);
	return parts
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => {
			const at = p.indexOf('=');
			return at < 0
				? { key: p, text: null }
				: { key: p.slice(0, at).trim(), text: p.slice(at + 1).trim() };
		});
}
