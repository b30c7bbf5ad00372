import { applyDelta, designDelta, type DesignDelta } from '$lib/domain/scenario/design-delta';
import type { Design } from '$lib/domain/scenario/schema';
import type { HistorySteps } from './history.svelte';

/** Steps kept per side across a reload: enough to undo a session's work, small enough to store. */
export const KEPT_STEPS = 30;

/**
 * What a tab keeps: each step as its difference from the step next to it, nearest the current
 * design first, so a step of a 10,000-seat design costs a few seats of storage.
 */
interface Kept {
	version: number;
	past: DesignDelta[];
	future: DesignDelta[];
}

const keyOf = (scenarioId: string) => `orgcraft:undo:${scenarioId}`;

/** Each of `steps`, rebuilt from its delta against the one before it, starting at `current`. */
function rebuild(current: Design, deltas: DesignDelta[]): Design[] {
	const out: Design[] = [];
	let at = current;
	for (const delta of deltas) out.push((at = applyDelta(at, delta)));
	return out;
}

/** Deltas of `steps` (nearest `current` first), each against the one nearer `current`. */
function deltas(current: Design, steps: Design[]): DesignDelta[] {
	const out: DesignDelta[] = [];
	let at = current;
	for (const step of steps) {
		out.push(designDelta(at, step));
		at = step;
	}
	return out;
}

/**
 * The undo steps kept in this browser tab for a scenario, if they were kept at the stored
 * `version` (so nobody changed it since), ending at `current` as loaded; otherwise none.
 */
export function loadSteps(
	storage: Storage | undefined,
	scenarioId: string,
	version: number,
	current: Design
): HistorySteps<Design> | null {
	try {
		const raw = storage?.getItem(keyOf(scenarioId));
		if (!raw) return null;
		const kept = JSON.parse(raw) as Kept;
		if (kept.version !== version) return null;
		return {
			past: rebuild(current, kept.past).reverse(),
			current,
			future: rebuild(current, kept.future)
		};
	} catch {
		return null;
	}
}

/**
 * Keeps the steps as saved at `version` (none to keep: forgets the scenario's). When the tab's
 * storage cannot hold them all, keeps the nearest steps that fit. Returns KEPT_STEPS when
 * everything fitted, else the steps per side it could keep (0: none).
 */
export function keepSteps(
	storage: Storage | undefined,
	scenarioId: string,
	version: number,
	steps: HistorySteps<Design>
): number {
	if (!storage) return 0;
	const key = keyOf(scenarioId);
	if (steps.past.length === 0 && steps.future.length === 0) {
		storage.removeItem(key);
		return KEPT_STEPS;
	}
	const past = deltas(steps.current, [...steps.past].reverse());
	const future = deltas(steps.current, steps.future);
	for (let keep = KEPT_STEPS; keep > 0; keep = Math.floor(keep / 2)) {
		try {
			const kept: Kept = { version, past: past.slice(0, keep), future: future.slice(0, keep) };
			storage.setItem(key, JSON.stringify(kept));
			return keep;
		} catch {
			storage.removeItem(key);
		}
	}
	return 0;
}
