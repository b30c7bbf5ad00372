import type { SourceEntry } from '$lib/domain/accountability/schema';

export type SourceSaveAnswer =
	{ ok: true; entries: SourceEntry[]; version: number } | { ok: false; message: string };

interface ErrorBody {
	error?: { message?: string; issues?: { path: string; message: string }[] };
}

/** PUTs the source-of-truth map with the version read; a refusal comes back as its message. */
export async function saveSources(
	entries: SourceEntry[],
	version: number
): Promise<SourceSaveAnswer> {
	const response = await fetch('/api/v1/workspace/source-of-truth', {
		method: 'PUT',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ entries, version })
	});
	if (response.ok) {
		const body = (await response.json()) as { entries: SourceEntry[]; version: number };
		return { ok: true, entries: body.entries, version: body.version };
	}
	const body = (await response.json().catch(() => ({}))) as ErrorBody;
	const issues = body.error?.issues?.map((i) => `${i.path}: ${i.message}`) ?? [];
	const first = body.error?.message ?? `Saving failed (${response.status}).`;
	return { ok: false, message: [first, ...issues.filter((i) => i !== first)].join(' ') };
}
