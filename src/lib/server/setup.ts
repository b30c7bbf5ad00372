import type { SetupRequest } from '$lib/domain/access/schema';
import { hashPassword } from './auth/password';
import { getStarter, loadDemoWorkspace } from './models';
import * as workspace from './store/workspace';

/** Creates the workspace and first admin, seeding the demo scenarios when asked (the loader has checked every `from`). */
export async function runSetup(input: SetupRequest) {
	const scenarios = input.demo
		? loadDemoWorkspace().scenarios.map(({ from, name, status, visibility }) => ({
				design: { ...getStarter(from)!.design, name },
				status,
				visibility
			}))
		: [];
	const passwordHash = await hashPassword(input.password);
	return workspace.setup({
		workspace: input.workspace,
		name: input.name,
		email: input.email,
		passwordHash,
		scenarios
	});
}
