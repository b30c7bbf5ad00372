import { describe, expect, it } from 'vitest';
import { cadence, seatHealth } from './cadence';
import * as conversations from './conversations';
import { ada, ana, ben, caught, now, request, seed } from './conversations-testing';
import { engines, useEngine } from './testing';

describe.each(engines)('%s engine', (kind) => {
	useEngine(kind);

	describe('cadence', () => {
		it('gives a marketer their own and admins the team’s unless they name a marketer', async () => {
			await seed();
			await conversations.create(ana, request({ date: '2026-11-10' }), now);
			await conversations.create(ana, request({ date: '2026-11-17' }), now);
			await conversations.create(ben, request({ audienceId: 'health' }), now);
			const mine = await cadence(ana, { weeks: 3 }, now);
			expect(mine.weeks.map((w) => [w.week, w.count])).toEqual([
				['2026-W45', 0],
				['2026-W46', 1],
				['2026-W47', 1]
			]);
			expect(mine).toMatchObject({ target: 1, currentStreak: 2, longestStreak: 2 });
			expect((await cadence(ada, { weeks: 1 }, now)).thisWeek.count).toBe(2);
			expect((await cadence(ada, { marketer: 'ben', weeks: 1 }, now)).thisWeek.count).toBe(1);
			expect((await cadence(ada, { audience: 'fintech', weeks: 1 }, now)).thisWeek.count).toBe(1);
			expect((await caught(cadence(ana, { marketer: 'ben' }, now))).status).toBe(403);
		});
	});

	describe('seat health for the org chart', () => {
		it('gives admins every linked seat and a marketer only their own', async () => {
			await seed();
			await conversations.create(ana, request(), now);
			expect((await seatHealth(ada, now)).seats).toEqual([
				{ seatId: 's-ana', email: 'ana@example.test', status: 'met' },
				{ seatId: 's-ben', email: 'ben@example.test', status: 'missed' }
			]);
			expect((await seatHealth(ben, now)).seats).toEqual([
				{ seatId: 's-ben', email: 'ben@example.test', status: 'missed' }
			]);
		});
	});
});
