import { LEGACY_SCHEMA_VERSION } from './schema';

/** Turns a file of schema version `from` into version `from + 1`; pure, on parsed JSON. */
export type Migration = {
	from: number;
	migrate: (raw: Record<string, unknown>) => Record<string, unknown>;
};

/**
 * Ordered steps from each past version of the single-file store (data/orgcraft.json) to the
 * next, up to LEGACY_SCHEMA_VERSION; engine/legacy.ts then moves the file to the schema 5 layout.
 */
export const migrations: Migration[] = [
	// 2: read-only share links for scenarios.
	{ from: 1, migrate: (raw) => ({ ...raw, shareLinks: [] }) },
	// 3: workspace overrides of the activity catalogue, none yet.
	// Written out, not taken from schema.ts, so the step stays what version 3 was.
	{
		from: 2,
		migrate: (raw) => ({
			...raw,
			catalogueOverrides: { overrides: {}, version: 1, updatedAt: null, updatedBy: null }
		})
	},
	// 4: customer conversations logged by GTM marketers, and saved capacity assessments; none yet.
	{ from: 3, migrate: (raw) => ({ ...raw, conversations: [], assessments: [] }) }
];

/** Brings a raw single-file store up to LEGACY_SCHEMA_VERSION, or explains why it cannot. */
export function migrate(
	raw: unknown,
	file: string,
	{
		steps = migrations,
		target = LEGACY_SCHEMA_VERSION
	}: { steps?: Migration[]; target?: number } = {}
): unknown {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
		throw new Error(`${file}: expected a JSON object at the top level`);
	let data = raw as Record<string, unknown>;
	const found = data.schemaVersion;
	if (typeof found !== 'number' || !Number.isInteger(found) || found < 1)
		throw new Error(`${file}: schemaVersion: expected a positive whole number`);
	if (found > target)
		throw new Error(
			`${file}: schemaVersion: ${found} was written by a newer Orgcraft (this one reads up to ${target}); upgrade Orgcraft`
		);
	for (let at = found; at < target; at++) {
		const step = steps.find((m) => m.from === at);
		if (!step) throw new Error(`${file}: schemaVersion: no migration from version ${at}`);
		data = { ...step.migrate(data), schemaVersion: at + 1 };
	}
	return data;
}
