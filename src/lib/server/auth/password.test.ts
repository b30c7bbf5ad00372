import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('password hashing', () => {
	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(await verifyPassword('correct horse battery', hash)).toBe(true);
		expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
	});

	it('never stores the password and salts every hash', async () => {
		const a = await hashPassword('correct horse battery');
		const b = await hashPassword('correct horse battery');
		expect(a).not.toContain('correct');
		expect(a).not.toBe(b);
		expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
	});

	it('refuses a hash in an unknown format', async () => {
		expect(await verifyPassword('anything at all', 'md5$abc')).toBe(false);
	});
});
