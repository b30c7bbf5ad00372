import mammoth from 'mammoth';
import { checkRequestSchema, type CheckRequest } from '$lib/domain/policy/check/model';
import { formatBytes } from './body-limit';
import { AppError, invalid } from './errors';
import { validate } from './api';

/** Uploaded drafts above this size are refused: far more than any one asset's text needs. */
export const MAX_UPLOAD_BYTES = 512 * 1024;

const kinds = ['.txt', '.md', '.markdown', '.docx'] as const;
const extensionOf = (name: string) => /\.[A-Za-z]+$/.exec(name)?.[0]?.toLowerCase() ?? '';

const refuse = (status: 400 | 413 | 415, code: string, message: string) =>
	new AppError(status, code, message, [{ path: 'file', message }]);

function utf8Text(name: string, bytes: Uint8Array): string {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw refuse(
			400,
			'binary_file',
			`${name} is not UTF-8 text: save it as plain text and try again`
		);
	}
	if (text.includes('\u0000'))
		throw refuse(
			400,
			'binary_file',
			`${name} holds binary data, not text: upload a .txt, .md or .docx`
		);
	return text;
}

async function docxText(name: string, bytes: Uint8Array): Promise<string> {
	try {
		return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
	} catch {
		throw refuse(400, 'unreadable_docx', `${name} could not be read as a Word (.docx) document`);
	}
}

/**
 * The plain text of an uploaded draft: .txt and .md as UTF-8, .docx through mammoth. Refuses
 * other types (415), more than MAX_UPLOAD_BYTES (413) and binary data (400), naming the file.
 */
export async function uploadedText(file: File): Promise<string> {
	const ext = extensionOf(file.name);
	if (!(kinds as readonly string[]).includes(ext))
		throw refuse(
			415,
			'unsupported_file',
			`${file.name || 'The file'} is not a .txt, .md or .docx file`
		);
	if (file.size > MAX_UPLOAD_BYTES)
		throw refuse(
			413,
			'file_too_large',
			`${file.name} is ${formatBytes(file.size)}; at most ${formatBytes(MAX_UPLOAD_BYTES)} is accepted`
		);
	const bytes = new Uint8Array(await file.arrayBuffer());
	return ext === '.docx' ? docxText(file.name, bytes) : utf8Text(file.name, bytes);
}

/**
 * The draft a form (or multipart request) sends: the uploaded file when one is chosen, else the
 * pasted text, checked against the draft-check request schema (400 naming `text` or `audienceId`).
 */
export async function draftFromForm(form: FormData): Promise<CheckRequest> {
	const file = form.get('file');
	const audienceId = form.get('audienceId');
	const pasted = form.get('text');
	const text =
		file instanceof File && file.size + file.name.length > 0
			? await uploadedText(file)
			: typeof pasted === 'string'
				? pasted
				: '';
	if (typeof audienceId !== 'string' || audienceId === '')
		throw invalid('audienceId: choose an audience', [
			{ path: 'audienceId', message: 'choose an audience' }
		]);
	return validate(checkRequestSchema, { text, audienceId });
}
