import type { AccountabilityReport } from '$lib/domain/accountability/report';
import type { Override } from '$lib/domain/accountability/schema';

export type SaveAnswer =
	| { ok: true; report: AccountabilityReport; overrides: Override[]; version: number }
	| { ok: false; message: string };

interface ErrorBody {
	error?: { message?: string; issues?: { path: string; message: string }[] };
}

/** PUTs the whole list of overrides with the version read; a refusal comes back as its message. */
export async function saveOverrides(
	scenarioId: string,
	overrides: Override[],
	version: number
): Promise<SaveAnswer> {
	const response = await fetch(
		`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/accountability`,
		{
			method: 'PUT',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ overrides, version })
		}
	);
	if (response.ok) {
		const body = (await response.json()) as AccountabilityReport & {
			overrides: Override[];
			version: number;
		};
		const { overrides: saved, version: next, ...report } = body;
		return { ok: true, report, overrides: saved, version: next };
	}
	const body = (await response.json().catch(() => ({}))) as ErrorBody;
	const issues = body.error?.issues?.map((i) => i.message) ?? [];
	const message = [body.error?.message ?? `Saving failed (${response.status}).`, ...issues].join(
		' '
	);
	return { ok: false, message };
}
