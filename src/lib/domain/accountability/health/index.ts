import { attribution } from './attribution';
import { fragmentation } from './fragmentation';
import { sequentialRouting } from './sequential-routing';
import { serviceCentre } from './service-centre';
import type { Finding, HealthInput } from './types';
import { volumeOverCraft } from './volume-over-craft';

export * from './types';

/**
 * The operating-model health check: each of seed 002's five legacy patterns scored 0–100
 * (flagged from 50) with a one-sentence explanation, its evidence and the seats and steps that
 * cause it, read from the map (overrides applied), the source-of-truth map and, when given, a
 * simulation of the same scenario.
 */
export function healthCheck(input: HealthInput): Finding[] {
	return [
		serviceCentre(input),
		attribution(input),
		sequentialRouting(input),
		fragmentation(input),
		volumeOverCraft(input)
	];
}
