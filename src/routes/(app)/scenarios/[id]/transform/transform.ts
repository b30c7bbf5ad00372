import type { Design } from '$lib/domain/scenario/schema';
import type { Placement } from '$lib/domain/transformation/schema';
import type { TransformPreview } from '$lib/domain/transformation/savings';

export type Answer =
	| { ok: true; preview: Omit<TransformPreview, 'design'> & { scenario: Design & { id?: string } } }
	| { ok: false; message: string; issues: string[] };

/** POSTs the wizard's choices; `commit` saves the draft. Refusals come back as messages. */
export async function transform(
	scenarioId: string,
	audiences: string[],
	mapping: Placement[],
	commit: boolean
): Promise<Answer> {
	const response = await fetch(`/api/v1/scenarios/${encodeURIComponent(scenarioId)}/transform`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ audiences, mapping, commit })
	});
	const body = await response.json().catch(() => ({}));
	if (response.ok) return { ok: true, preview: body };
	const error = (body as { error?: { message?: string; issues?: { message: string }[] } }).error;
	return {
		ok: false,
		message: error?.message ?? `The wizard failed (${response.status}).`,
		issues: error?.issues?.map((i) => i.message) ?? []
	};
}
