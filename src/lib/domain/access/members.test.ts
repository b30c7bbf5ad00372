import { describe, expect, it } from 'vitest';
import { refuseRemoval, refuseRoleChange, type MemberRole } from './members';

const admin = { id: 'ana', role: 'admin' } as const;
const oneAdmin: MemberRole[] = [
	admin,
	{ id: 'lee', role: 'leader' },
	{ id: 'mo', role: 'marketer' }
];
const twoAdmins: MemberRole[] = [...oneAdmin, { id: 'bo', role: 'admin' }];

describe('member rules', () => {
	it.each([
		{
			case: 'admin promotes a leader',
			actor: admin,
			members: oneAdmin,
			id: 'lee',
			role: 'admin',
			code: null
		},
		{
			case: 'admin demotes a second admin',
			actor: admin,
			members: twoAdmins,
			id: 'bo',
			role: 'leader',
			code: null
		},
		{
			case: 'admin demotes themselves with another admin',
			actor: admin,
			members: twoAdmins,
			id: 'ana',
			role: 'marketer',
			code: null
		},
		{
			case: 'the last admin cannot be demoted',
			actor: admin,
			members: oneAdmin,
			id: 'ana',
			role: 'leader',
			code: 'last_admin'
		},
		{
			case: 'the last admin may stay admin',
			actor: admin,
			members: oneAdmin,
			id: 'ana',
			role: 'admin',
			code: null
		},
		{
			case: 'a leader cannot change roles',
			actor: { id: 'lee', role: 'leader' },
			members: oneAdmin,
			id: 'mo',
			role: 'custodian',
			code: 'forbidden'
		}
	] as const)('role change: $case', ({ actor, members, id, role, code }) => {
		expect(refuseRoleChange(actor, members, id, role)?.code ?? null).toBe(code);
	});

	it.each([
		{ case: 'admin removes a marketer', actor: admin, members: oneAdmin, id: 'mo', code: null },
		{ case: 'admin removes another admin', actor: admin, members: twoAdmins, id: 'bo', code: null },
		{
			case: 'the last admin cannot be removed',
			actor: admin,
			members: oneAdmin,
			id: 'ana',
			code: 'last_admin'
		},
		{
			case: 'a marketer cannot remove anyone',
			actor: { id: 'mo', role: 'marketer' },
			members: oneAdmin,
			id: 'lee',
			code: 'forbidden'
		}
	] as const)('removal: $case', ({ actor, members, id, code }) => {
		expect(refuseRemoval(actor, members, id)?.code ?? null).toBe(code);
	});

	it('says how to get past the last-admin rule', () => {
		expect(refuseRemoval(admin, oneAdmin, 'ana')).toMatchObject({
			status: 409,
			message: expect.stringContaining('make another member admin first')
		});
	});
});
