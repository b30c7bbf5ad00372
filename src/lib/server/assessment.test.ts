import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/domain/access/schema';
import { defaults, profile, soloStarterSeats } from '$lib/domain/assessment/testing';
import {
	assessmentInputSchema,
	defaultName,
	loadAssessmentDefaults,
	rerunAssessment,
	runAssessment,
	viewOf
} from './assessment';
import { getStarter } from './models';
import * as assessments from './store/assessments';
import * as scenarios from './store/scenarios';

const admin: Actor = { id: 'admin-1', role: 'admin' };
const leader: Actor = { id: 'leader-1', role: 'leader' };
const marketer: Actor = { id: 'marketer-1', role: 'marketer' };
const solo = () => getStarter('solo-coordinator')!.design;
const busy = profile({ channels: 8, audiences: 3, campaignsPerQuarter: 6, salesTeamSize: 20 });
const inputs = (scenarioId: string | null = null) => ({
	profile: busy,
	scenarioId,
	options: { support: [] }
});

beforeEach(() => {
	process.env.DATA_DIR = mkdtempSync(join(tmpdir(), 'orgcraft-assess-'));
});

describe('running an assessment on the server', () => {
	it('loads models/assessment.json, validated, as the domain tests read it', () => {
		expect(loadAssessmentDefaults()).toEqual(defaults);
	});

	it('assesses one full-time coordinator when no scenario is named', async () => {
		const { report, scenario } = await runAssessment(admin, inputs());
		expect(scenario).toBeNull();
		expect(report.staffing).toBe('default-coordinator');
		expect(report.compressionRatio).toBeGreaterThan(1);
	});

	it('uses the scenario’s seats, read with the caller’s rights', async () => {
		const draft = await scenarios.create(leader, { ...solo(), name: 'Solo' });
		const { report, scenario } = await runAssessment(leader, inputs(draft.id));
		expect(scenario).toEqual({ id: draft.id, name: 'Solo' });
		expect(report.staffing).toBe('scenario');
		expect(report.seats.map((s) => s.seatId)).toEqual(
			expect.arrayContaining(soloStarterSeats.map((s) => s.id))
		);
		await expect(runAssessment(marketer, inputs(draft.id))).rejects.toMatchObject({ status: 404 });
	});

	it('falls back to one coordinator, and says so, for a reader who cannot see the scenario', async () => {
		const draft = await scenarios.create(leader, { ...solo(), name: 'Private' });
		const run = await rerunAssessment(marketer, inputs(draft.id));
		expect(run).toMatchObject({ scenarioMissing: true, scenario: null });
		expect(run.report.staffing).toBe('default-coordinator');
		const saved = await assessments.create(leader, { name: 'Mine', ...inputs(draft.id) });
		expect(await viewOf(leader, saved)).toMatchObject({ canEdit: true, scenarioMissing: false });
		expect(await viewOf(marketer, saved)).toMatchObject({ canEdit: false, scenarioMissing: true });
	});

	it('names a saved assessment after its scenario or the date', () => {
		const at = new Date('2025-03-04T10:00:00Z');
		expect(defaultName(null, at)).toBe('Capacity assessment, 2025-03-04');
		expect(defaultName({ id: 's', name: 'Solo' }, at)).toBe('Solo: capacity, 2025-03-04');
	});

	it('defaults the scenario to none and the support to nothing', () => {
		expect(assessmentInputSchema.parse({ profile: busy })).toEqual({
			profile: busy,
			scenarioId: null,
			options: { support: [] }
		});
	});
});
