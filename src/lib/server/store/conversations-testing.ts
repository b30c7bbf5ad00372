import { expect } from 'vitest';
import type { Actor } from '../../domain/access/schema';
import type { ConversationRequest } from '../../domain/conversations/schema';
import { audience, design, seat } from '../../domain/scenario/testing';
import type { AppError } from '../errors';
import { read } from './db';
import { memberRecord, seed as seedStore } from './testing';

/** Test fixtures of the conversation store: four members, a current scenario, a request. */

const at = '2026-01-05T09:00:00.000Z';
export const now = new Date('2026-11-18T12:00:00.000Z'); // Wednesday of 2026-W47
export const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

export const ana: Actor = { id: 'ana', role: 'marketer' };
export const ben: Actor = { id: 'ben', role: 'marketer' };
export const ada: Actor = { id: 'ada', role: 'admin' };
export const lee: Actor = { id: 'lee', role: 'leader' };

/** A current scenario where ana's seat owns "fintech" and ben's seat owns "health". */
export async function seed({ current = true } = {}) {
	await seedStore(async (tx) => {
		for (const m of [
			memberRecord('ana', 'marketer'),
			memberRecord('ben', 'marketer'),
			memberRecord('ada', 'admin'),
			memberRecord('lee', 'leader')
		])
			await tx.insert('members', m.id, m);
		await tx.insert('scenarios', 'scn', {
			...design(
				[
					seat('cmo', null, { kind: 'cmo' }),
					seat('s-ana', 'cmo', {
						kind: 'gtm-marketer',
						audienceIds: ['fintech'],
						memberEmail: 'ANA@example.test'
					}),
					seat('s-ben', 'cmo', {
						kind: 'gtm-marketer',
						audienceIds: ['health'],
						memberEmail: 'ben@example.test'
					})
				],
				[audience('fintech'), audience('health'), audience('retail')]
			),
			id: 'scn',
			status: current ? 'current' : 'draft',
			visibility: 'workspace',
			authorId: 'ada',
			version: 1,
			createdAt: at,
			updatedAt: at
		});
	});
}

export const stored = () => read((tx) => tx.all('conversations'));

export const request = (over: Partial<ConversationRequest> = {}): ConversationRequest => ({
	date: '2026-11-17',
	audienceId: 'fintech',
	company: 'Northwind',
	contactRole: 'Controller',
	type: 'call',
	pains: ['slow close'],
	...over
});

export const caught = (promise: Promise<unknown>) =>
	promise.then(
		() => expect.unreachable('expected a refusal'),
		(err: unknown) => err as AppError
	);
