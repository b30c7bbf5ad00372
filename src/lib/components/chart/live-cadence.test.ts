import { describe, expect, it } from 'vitest';
import { design, seat } from '$lib/domain/scenario/testing';
import { cadenceForSeats } from './live-cadence';

describe('cadenceForSeats', () => {
	it('badges linked audience owners whose seat id and email both match', () => {
		const { seats } = design([
			seat('cmo', null, { kind: 'cmo', memberEmail: 'cmo@example.test' }),
			seat('a', 'cmo', { audienceIds: ['x'], memberEmail: 'Ana@example.test' }),
			seat('b', 'cmo', { audienceIds: ['y'], memberEmail: 'someone-else@example.test' }),
			seat('c', 'cmo', { audienceIds: ['z'] })
		]);
		const badges = cadenceForSeats(seats, [
			{ seatId: 'a', email: 'ana@example.test', status: 'at-risk' },
			{ seatId: 'b', email: 'ben@example.test', status: 'met' },
			{ seatId: 'cmo', email: 'cmo@example.test', status: 'missed' }
		]);
		expect([...badges]).toEqual([['a', 'at-risk']]);
	});
});
