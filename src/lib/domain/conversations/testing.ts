import type { Conversation } from './schema';

/** A valid stored conversation; tests change one thing at a time. */
export const conversation = (over: Partial<Conversation> = {}): Conversation => ({
	id: 'c-1',
	date: '2026-11-16',
	audienceId: 'mid-market-fintech',
	marketerId: 'ana',
	company: 'Northwind',
	contactRole: 'Head of finance',
	type: 'call',
	pains: ['slow month-end close'],
	createdAt: '2026-11-16T10:00:00.000Z',
	updatedAt: '2026-11-16T10:00:00.000Z',
	version: 1,
	deletedAt: null,
	...over
});

/** One live conversation on each date, for marketer `ana` unless `over` says otherwise. */
export const onDates = (dates: readonly string[], over: Partial<Conversation> = {}) =>
	dates.map((date, index) => conversation({ id: `c-${index + 1}`, date, ...over }));
