import { describe, expect, it } from 'vitest';
import { cadence } from './cadence';
import { cadenceHealth } from './health';
import { conversation, onDates } from './testing';

describe('cadenceHealth', () => {
	it.each<[string, string[], string, 'met' | 'at-risk' | 'missed']>([
		['logged this week', ['2026-11-17'], '2026-11-21', 'met'],
		['only last week so far', ['2026-11-10'], '2026-11-21', 'at-risk'],
		['last week missed', ['2026-11-03'], '2026-11-21', 'missed'],
		['Monday after a met W53', ['2027-01-03'], '2027-01-04', 'at-risk'],
		['Monday after a missed W53', ['2026-12-27'], '2027-01-04', 'missed']
	])('%s: %s', (_, dates, today, status) => {
		const conversations = onDates(dates);
		expect(cadenceHealth(conversations, { today })).toBe(status);
		expect(cadence(conversations, { today }).thisWeek.status).toBe(status);
	});

	it('judges one marketer against their target', () => {
		const conversations = [
			conversation({ id: 'a', marketerId: 'ana', date: '2026-11-17' }),
			conversation({ id: 'b', marketerId: 'ben', date: '2026-11-10' }),
			conversation({ id: 'c', marketerId: 'ana', date: '2026-11-10' })
		];
		const today = '2026-11-21';
		expect(cadenceHealth(conversations, { today, marketerId: 'ana' })).toBe('met');
		expect(cadenceHealth(conversations, { today, marketerId: 'ben' })).toBe('at-risk');
		expect(cadenceHealth(conversations, { today, marketerId: 'ana', target: 2 })).toBe('missed');
		expect(cadenceHealth(conversations, { today, marketerId: 'cy' })).toBe('missed');
	});

	it('turns from at-risk to missed when a week passes without a conversation', () => {
		const conversations = onDates(['2026-11-10']);
		expect(cadenceHealth(conversations, { today: '2026-11-22' })).toBe('at-risk');
		expect(cadenceHealth(conversations, { today: '2026-11-23' })).toBe('missed');
	});
});
