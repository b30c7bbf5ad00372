import { describe, expect, it } from 'vitest';
import { can, canDeleteScenario, canEditScenario, canReadScenario } from './permissions';
import type { Actor, Role } from './schema';

const actor = (role: Role, id = `${role}-1`): Actor => ({ id, role });
const draft = { authorId: 'admin-1', status: 'draft', visibility: 'private' } as const;
const shared = { ...draft, visibility: 'workspace' } as const;
const current = { ...draft, status: 'current', visibility: 'workspace' } as const;

describe('workspace permissions', () => {
	it.each([
		['admin', 'members.invite', true],
		['leader', 'members.invite', false],
		['custodian', 'members.invite', false],
		['marketer', 'members.invite', false],
		['admin', 'scenarios.publish', true],
		['leader', 'scenarios.publish', false],
		['leader', 'scenarios.create', true],
		['custodian', 'scenarios.create', false],
		['marketer', 'scenarios.create', false],
		['marketer', 'tokens.create', true]
	] as const)('%s may %s: %s', (role, permission, allowed) => {
		expect(can(actor(role), permission)).toBe(allowed);
	});
});

describe('scenario visibility', () => {
	it.each([
		['admin', draft, true],
		['leader', draft, false],
		['custodian', draft, false],
		['marketer', draft, false],
		['marketer', shared, true],
		['marketer', current, true],
		['custodian', shared, true]
	] as const)('%s reading %o: %s', (role, scenario, visible) => {
		expect(canReadScenario(actor(role), scenario)).toBe(visible);
	});

	it('lets the author of a private draft read it whatever their role', () => {
		expect(canReadScenario(actor('leader', 'lee'), { ...draft, authorId: 'lee' })).toBe(true);
	});
});

describe('scenario editing', () => {
	it('lets admins edit any scenario and leaders only their own', () => {
		expect(canEditScenario(actor('admin', 'someone'), shared)).toBe(true);
		expect(canEditScenario(actor('leader', 'lee'), shared)).toBe(false);
		expect(canEditScenario(actor('leader', 'lee'), { ...shared, authorId: 'lee' })).toBe(true);
		expect(canEditScenario(actor('marketer', 'mo'), { ...shared, authorId: 'mo' })).toBe(false);
	});

	it('refuses to delete the current scenario', () => {
		expect(canDeleteScenario(actor('admin'), current)).toBe(false);
		expect(canDeleteScenario(actor('admin'), draft)).toBe(true);
	});
});
