import { describe, expect, it } from 'vitest';
import { applyDelta, designDelta } from './design-delta';
import { editSeat, moveSeat, removeSeat } from './operations';
import { value } from './operations-testing';
import { twoTowerDesign } from './testing';

describe('designDelta', () => {
	const base = twoTowerDesign();

	it('names only the seats an edit changed and rebuilds the design from them', () => {
		const edited = value(editSeat(base, 'gtm-ent', { title: 'GTM lead, enterprise' }));
		const delta = designDelta(base, edited);
		expect(delta.seats.map((s) => s.id)).toEqual(['gtm-ent']);
		expect(delta.order).toBeUndefined();
		expect(applyDelta(base, delta)).toEqual(edited);
	});

	it('keeps the seat order when seats are removed or moved, and goes both ways', () => {
		const removed = value(removeSeat(base, 'gtm-ent'));
		const moved = value(moveSeat(removed, 'gtm-mid', 'brand'));
		for (const [from, to] of [
			[base, removed],
			[removed, base],
			[removed, moved],
			[moved, base]
		] as const) {
			const rebuilt = applyDelta(from, JSON.parse(JSON.stringify(designDelta(from, to))));
			expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(to));
		}
	});

	it('carries renamed designs, changed audiences and fields left out', () => {
		const renamed = { ...base, name: 'Renamed', audiences: base.audiences.slice(1) };
		expect(applyDelta(base, designDelta(base, renamed))).toEqual(renamed);
		const withProfile = { ...base, profile: undefined };
		delete withProfile.profile;
		const back = applyDelta(withProfile, designDelta(withProfile, base));
		expect(back).toEqual(base);
	});
});
