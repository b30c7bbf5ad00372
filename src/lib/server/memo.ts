import { createHash } from 'node:crypto';
import { Lru } from './lru';

/** Enough for every scenario a workspace looks at in a sitting; each entry is a few kB of figures. */
const entries = new Lru<string, unknown>(64);

/** A digest of `inputs` as JSON: equal data gives an equal key, any changed value a new one. */
export function inputKey(kind: string, inputs: unknown): string {
	return `${kind}:${createHash('sha256').update(JSON.stringify(inputs)).digest('base64url')}`;
}

/**
 * `compute()`'s answer for `inputs`, computed once per distinct `inputs` while it stays among the
 * most recently used. `inputs` must be everything the answer depends on, as plain data (the
 * scenario's design, its overrides, the simulation library, the policy): the key is their
 * content, not their ids or versions, so a change to any of them gives fresh figures. Each
 * caller gets its own copy, so one caller's changes never reach another.
 */
export function memoised<T>(kind: string, inputs: unknown, compute: () => T): T {
	const key = inputKey(kind, inputs);
	if (entries.has(key)) return structuredClone(entries.get(key) as T);
	const value = compute();
	entries.set(key, structuredClone(value));
	return value;
}

/** Forgets every memoised answer (tests). */
export function forgetMemoised(): void {
	entries.clear();
}
