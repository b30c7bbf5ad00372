import { describe, expect, it } from 'vitest';
import {
	criticalPath,
	project,
	scheduleBack,
	type ProjectedStep,
	type TimedStep
} from './schedule';

/** The paid campaign's shape: brief → plan → ads | landing → setup → launch → report. */
const steps: TimedStep[] = [
	{ id: 'brief', dependsOn: [], durationDays: 2 },
	{ id: 'plan', dependsOn: ['brief'], durationDays: 3 },
	{ id: 'ads', dependsOn: ['plan'], durationDays: 4 },
	{ id: 'landing', dependsOn: ['plan'], durationDays: 2 },
	{ id: 'setup', dependsOn: ['ads', 'landing'], durationDays: 1 },
	{ id: 'launch', dependsOn: ['setup'], durationDays: 1 },
	{ id: 'report', dependsOn: ['launch'], durationDays: 2 }
];

describe('scheduling back from the launch date', () => {
	// Tuesday 15 December 2026.
	const slots = scheduleBack(steps, '2026-12-15', 'launch');

	it.each([
		['launch', '2026-12-15', '2026-12-15'],
		['setup', '2026-12-14', '2026-12-14'],
		['ads', '2026-12-08', '2026-12-11'],
		['landing', '2026-12-10', '2026-12-11'],
		['plan', '2026-12-03', '2026-12-07'],
		['brief', '2026-12-01', '2026-12-02'],
		['report', '2026-12-16', '2026-12-17']
	])('%s runs %s to %s (working days, weekends skipped)', (id, start, due) => {
		expect(slots.get(id)).toEqual({ start, due });
	});

	it('ends on the Friday before a launch that falls on a weekend', () => {
		expect(scheduleBack(steps, '2026-12-19', 'launch').get('launch')!.due).toBe('2026-12-18');
	});

	it('ends every final step on the launch day when no step is the launch', () => {
		const flat = scheduleBack(steps.slice(0, 4), '2026-12-15', null);
		expect(flat.get('ads')!.due).toBe('2026-12-15');
		expect(flat.get('landing')!.due).toBe('2026-12-15');
		// ads (4 days) starts Thursday 10th, so the plan ends on Wednesday 9th.
		expect(flat.get('plan')!.due).toBe('2026-12-09');
	});

	it('finds the critical path: the chain without slack up to the launch', () => {
		expect([...criticalPath(steps, slots, 'launch')].sort()).toEqual(
			['ads', 'brief', 'launch', 'plan', 'setup'].sort()
		);
	});
});

describe('projection from today', () => {
	const slots = scheduleBack(steps, '2026-12-15', 'launch');
	const at = (status: Record<string, ProjectedStep['status']>): ProjectedStep[] =>
		steps.map((s) => ({ ...s, due: slots.get(s.id)!.due, status: status[s.id] ?? 'notStarted' }));

	it('keeps the plan when work is on time', () => {
		const finish = project(
			at({ brief: 'done', plan: 'done', ads: 'inProgress' }),
			'2026-12-09',
			0.3
		);
		expect(finish.get('launch')).toBe('2026-12-15');
		expect(finish.has('brief')).toBe(false);
	});

	it('pushes the launch when a review sends work back late', () => {
		// Four days of ads, a third redone: two more working days from Friday 11th.
		const finish = project(
			at({ brief: 'done', plan: 'done', ads: 'changesRequested', landing: 'done' }),
			'2026-12-11',
			0.3
		);
		expect(finish.get('ads')).toBe('2026-12-14');
		expect(finish.get('launch')).toBe('2026-12-16');
	});

	it('holds a step until a missing input can arrive', () => {
		const steps = at({ brief: 'done', plan: 'done' }).map((s) =>
			s.id === 'ads' ? { ...s, notBefore: '2026-12-10' } : s
		);
		expect(project(steps, '2026-12-08', 0.3).get('ads')).toBe('2026-12-15');
	});
});
