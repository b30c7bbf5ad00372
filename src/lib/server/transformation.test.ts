import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Override } from '$lib/domain/accountability/schema';
import { library, starterDesign } from '$lib/domain/simulation/testing';
import * as scenarios from './store/scenarios';
import { previewTransform } from './transformation';

const admin = { id: 'admin-1', role: 'admin' as const };

beforeAll(() => {
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-transform-'));
});

describe('the transformation wizard’s savings', () => {
	it('simulate today as the stored map has it: an override changes the figures', async () => {
		const scenario = await scenarios.create(admin, starterDesign('legacy-functional'));
		// A product marketer designs the enterprise audience's assets: the design pool no longer does.
		const row = { activityId: 'design-asset', audienceId: 'enterprise-finance' };
		const byHand: Override[] = [
			{ ...row, seatId: 'pmm-close', role: 'A/R' },
			{ ...row, seatId: 'designer', role: null },
			{ ...row, seatId: 'senior-designer', role: null }
		];
		const generated = previewTransform(scenario, {}, library).savings!;
		const stored = previewTransform(scenario, {}, library, byHand).savings!;
		expect(stored.before).not.toEqual(generated.before);
		expect(stored.after).toEqual(generated.after);
	}, 120_000);
});
