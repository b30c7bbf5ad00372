import { describe, expect, it } from 'vitest';
import { activity } from '$lib/domain/catalogue/testing';
import { fieldErrors, noteOf, overrideFromForm } from './activity-form';

const base = activity();

/** The edit form as the page fills it for `base`, with `changes` applied. */
const form = (changes: Record<string, string> = {}) => {
	const fields: Record<string, string> = {
		kind: 'lognormal',
		medianHours: '3.8',
		p90Hours: '8',
		aiShare0: '0',
		aiShare1: '25',
		aiShare2: '40',
		aiShare3: '50',
		craft: 'content',
		note: '',
		grade: 'assumption',
		...changes
	};
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
};

describe('overrideFromForm', () => {
	it('overrides nothing when the form holds the defaults', () => {
		expect(overrideFromForm(form(), base)).toEqual({ override: {} });
	});

	it('overrides only what differs, with shares read as percentages', () => {
		expect(overrideFromForm(form({ kind: 'fixed', hours: '5', aiShare3: '62.5' }), base)).toEqual({
			override: { effortHours: { kind: 'fixed', hours: 5 }, aiShare: [0, 0.25, 0.4, 0.625] }
		});
	});

	it('keeps the other fields of an existing override and replaces the managed ones', () => {
		const existing = {
			unit: 'article',
			craft: 'brand' as const,
			sources: [
				{ field: 'unit', note: 'We call them articles', grade: 'assumption' as const },
				{ field: 'craft', note: 'Old note', grade: 'assumption' as const }
			]
		};
		const read = overrideFromForm(
			form({ medianHours: '4', note: 'Time sheets', grade: 'solid' }),
			base,
			existing
		);
		expect(read).toEqual({
			override: {
				unit: 'article',
				effortHours: { kind: 'lognormal', medianHours: 4, p90Hours: 8 },
				sources: [
					existing.sources[0],
					{ field: 'effortHours', note: 'Time sheets', grade: 'solid' }
				]
			}
		});
		expect(noteOf('override' in read ? read.override : undefined)?.note).toBe('Time sheets');
	});

	it.each([
		[{ kind: 'gamma' }, 'kind', 'choose one of: fixed, exponential, lognormal, triangular'],
		[{ p90Hours: '' }, 'p90Hours', 'enter hours, such as 3.5'],
		[{ medianHours: 'lots' }, 'medianHours', 'enter hours, such as 3.5'],
		[{ aiShare2: '140' }, 'aiShare2', 'enter a percentage from 0 to 100']
	])('names the field of %j', (changes, field, message) => {
		expect(overrideFromForm(form(changes), base)).toEqual({ errors: { [field]: message } });
	});
});

describe('fieldErrors', () => {
	it('keys store issues by input name', () => {
		expect(
			fieldErrors('blog-post-draft', [
				{
					path: 'overrides["blog-post-draft"].effortHours.p90Hours',
					message: 'must be above medianHours'
				},
				{
					path: 'overrides["blog-post-draft"].aiShare[2]',
					message: 'must be at least the share at level 1 (0.25)'
				},
				{ path: 'overrides["blog-post-draft"].craft', message: 'Invalid option' },
				{ path: 'version', message: 'expected 3' }
			])
		).toEqual({
			p90Hours: 'must be above median hours',
			aiShare2: 'must be at least the share at level 1 (25%)',
			craft: 'Invalid option',
			form: 'expected 3'
		});
	});
});
