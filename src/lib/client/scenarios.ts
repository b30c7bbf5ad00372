import type { Revision } from '$lib/components/scenario/RevisionList.svelte';
import type { Design, Scenario } from '$lib/domain/scenario/schema';
import type { SaveResult } from '$lib/state/autosave.svelte';

const json = { 'content-type': 'application/json' };

async function errorMessage(response: Response): Promise<string> {
	const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
	return body?.error?.message ?? `The server answered ${response.status}.`;
}

/** PUT the whole design with the version it was read at (the API's optimistic concurrency). */
export async function saveDesign(id: string, design: Design, version: number): Promise<SaveResult> {
	const response = await fetch(`/api/v1/scenarios/${id}`, {
		method: 'PUT',
		headers: json,
		body: JSON.stringify({ ...design, version })
	});
	if (response.ok) return { ok: true, version: ((await response.json()) as Scenario).version };
	if (response.status === 409) {
		const body = (await response.json()) as { error: { currentVersion?: number } };
		return { ok: false, conflict: true, currentVersion: body.error.currentVersion ?? version };
	}
	return { ok: false, conflict: false, message: await errorMessage(response) };
}

export async function loadScenario(id: string): Promise<Scenario> {
	const response = await fetch(`/api/v1/scenarios/${id}`);
	if (!response.ok) throw new Error(await errorMessage(response));
	return (await response.json()) as Scenario;
}

/** The stored versions of a scenario, newest first (the history endpoint's answer). */
export async function loadHistory(id: string): Promise<Revision[]> {
	const response = await fetch(`/api/v1/scenarios/${id}/history`);
	if (!response.ok) throw new Error(await errorMessage(response));
	return ((await response.json()) as { revisions: Revision[] }).revisions;
}

/** Stores `design` as a new private draft and returns it. */
export async function saveAsNew(design: Design): Promise<Scenario> {
	const response = await fetch('/api/v1/scenarios', {
		method: 'POST',
		headers: json,
		body: JSON.stringify({ scenario: design })
	});
	if (!response.ok) throw new Error(await errorMessage(response));
	return (await response.json()) as Scenario;
}
