import type { HistorySteps } from './history.svelte';

/** Steps kept per side across a reload: enough to undo a session's work, small enough to store. */
export const KEPT_STEPS = 30;

interface Kept<T> {
	version: number;
	steps: HistorySteps<T>;
}

const keyOf = (scenarioId: string) => `orgcraft:undo:${scenarioId}`;

/**
 * The undo steps kept in this browser tab for a scenario, if they were kept at the stored
 * `version` (so nobody changed it since), ending at `current` as loaded; otherwise none.
 */
export function loadSteps<T>(
	storage: Storage | undefined,
	scenarioId: string,
	version: number,
	current: T
): HistorySteps<T> | null {
	try {
		const raw = storage?.getItem(keyOf(scenarioId));
		if (!raw) return null;
		const kept = JSON.parse(raw) as Kept<T>;
		return kept.version === version ? { ...kept.steps, current } : null;
	} catch {
		return null;
	}
}

/** Keeps the steps as saved at `version`; when the tab's storage is full, keeps nothing. */
export function keepSteps<T>(
	storage: Storage | undefined,
	scenarioId: string,
	version: number,
	steps: HistorySteps<T>
): void {
	if (!storage) return;
	try {
		storage.setItem(keyOf(scenarioId), JSON.stringify({ version, steps } satisfies Kept<T>));
	} catch {
		storage.removeItem(keyOf(scenarioId));
	}
}
