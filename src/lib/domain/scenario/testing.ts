import type { z } from 'zod';
import {
	audienceSchema,
	designSchema,
	type Design,
	type DesignInput,
	type SeatInput
} from './schema';

/** Test data builders: small inputs, parsed through the real schema so every default applies. */

export type AudienceInput = z.input<typeof audienceSchema>;

/** A seat input titled "Seat <id>" (kind specialist) so messages name it predictably. */
export function seat(
	id: string,
	managerId: string | null,
	overrides: Partial<SeatInput> = {}
): SeatInput {
	return { id, title: `Seat ${id}`, kind: 'specialist', managerId, ...overrides };
}

/** An audience input named "Audience <id>". */
export function audience(id: string, overrides: Partial<AudienceInput> = {}): AudienceInput {
	return { id, name: `Audience ${id}`, ...overrides };
}

/** A parsed design (structure 'custom' unless overridden); throws if the input is malformed. */
export function design(
	seats: SeatInput[],
	audiences: AudienceInput[] = [],
	overrides: Partial<DesignInput> = {}
): Design {
	return designSchema.parse({
		name: 'Test design',
		structure: 'custom',
		seats,
		audiences,
		...overrides
	});
}

/** s0 at the top, then s1 reporting to s0, s2 to s1 … n seats deep. */
export function chainSeats(n: number): SeatInput[] {
	return Array.from({ length: n }, (_, i) => seat(`s${i}`, i === 0 ? null : `s${i - 1}`));
}

/** s0 at the top with n - 1 direct reports. */
export function flatSeats(n: number): SeatInput[] {
	return Array.from({ length: n }, (_, i) => seat(`s${i}`, i === 0 ? null : 's0'));
}

/**
 * A valid two-tower design: CMO over a Head of GTM (two GTM marketers, each owning one audience)
 * and two craft custodians with dotted lines to the marketers. No rule issue, not even a warning.
 */
export function twoTowerDesign(): Design {
	return design(
		[
			seat('cmo', null, { title: 'CMO', kind: 'cmo' }),
			seat('gtm-head', 'cmo', { title: 'Head of GTM', kind: 'head-of-gtm' }),
			seat('gtm-ent', 'gtm-head', {
				title: 'GTM marketer, Enterprise',
				kind: 'gtm-marketer',
				audienceIds: ['enterprise']
			}),
			seat('gtm-mid', 'gtm-head', {
				title: 'GTM marketer, Mid-market',
				kind: 'gtm-marketer',
				audienceIds: ['mid-market']
			}),
			seat('brand', 'cmo', { title: 'Brand custodian', kind: 'craft-custodian', craft: 'brand' }),
			seat('content', 'cmo', {
				title: 'Content custodian',
				kind: 'craft-custodian',
				craft: 'content'
			})
		],
		[
			audience('enterprise', { ownerSeatId: 'gtm-ent' }),
			audience('mid-market', { ownerSeatId: 'gtm-mid' })
		],
		{
			structure: 'two-tower',
			dottedLines: [
				{ fromSeatId: 'brand', toSeatId: 'gtm-ent', label: 'brand standard' },
				{ fromSeatId: 'content', toSeatId: 'gtm-mid' },
				{ fromSeatId: 'brand', toSeatId: 'gtm-mid' }
			]
		}
	);
}
