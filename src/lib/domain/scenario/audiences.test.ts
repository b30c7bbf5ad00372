import { describe, expect, it } from 'vitest';
import { addAudience, audienceHealth, editAudience, freeId, removeAudience } from './audiences';
import { assignAudience } from './operations';
import { value } from './operations-testing';
import { audience, design, seat } from './testing';

const base = () =>
	design(
		[
			seat('cmo', null, { kind: 'cmo' }),
			seat('gtm', 'cmo', { kind: 'gtm-marketer', audienceIds: ['ent'] })
		],
		[audience('ent', { name: 'Enterprise', ownerSeatId: 'gtm' }), audience('smb', { name: 'SMB' })],
		{ structure: 'two-tower' }
	);

describe('audience operations', () => {
	it('adds an unowned audience with an id made from its name', () => {
		const next = value(addAudience(base(), { name: 'Mid-market finance' }));
		expect(next.audiences.at(-1)).toMatchObject({
			id: 'mid-market-finance',
			name: 'Mid-market finance'
		});
		expect(next.audiences.at(-1)?.ownerSeatId).toBeUndefined();
	});

	it('refuses an empty name and names the field', () => {
		const outcome = addAudience(base(), { name: '  ' });
		expect(outcome).toMatchObject({
			ok: false,
			error: { rule: 'invalid-audience', path: ['name'] }
		});
	});

	it('renames an audience and keeps its owner', () => {
		const next = value(editAudience(base(), 'ent', { name: 'Enterprise finance' }));
		expect(next.audiences[0]).toMatchObject({
			id: 'ent',
			name: 'Enterprise finance',
			ownerSeatId: 'gtm'
		});
	});

	it('removes an audience from the design and from its owner', () => {
		const next = value(removeAudience(base(), 'ent'));
		expect(next.audiences.map((a) => a.id)).toEqual(['smb']);
		expect(next.seats[1]!.audienceIds).toEqual([]);
	});

	it('reports unowned audiences and owners over the limit for the structure', () => {
		expect(audienceHealth(base()).unowned.map((a) => a.id)).toEqual(['smb']);
		const both = value(assignAudience(base(), 'smb', 'gtm'));
		expect(audienceHealth(both)).toMatchObject({
			unowned: [],
			overloaded: [{ seat: { id: 'gtm' }, audiences: [{ id: 'ent' }, { id: 'smb' }] }]
		});
		expect(audienceHealth({ ...both, structure: 'custom' }).overloaded).toEqual([]);
	});

	it('finds a free id that is not taken', () => {
		expect(freeId(['content-writer', 'content-writer-2'], 'Content writer')).toBe(
			'content-writer-3'
		);
		expect(freeId([], '!!!')).toBe('item');
	});
});
