import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Every test serves the production build, as `npm start` does; build it once per run. */
export default function globalSetup() {
	if (process.env.SKIP_BUILD === '1') return;
	const vite = join(process.cwd(), 'node_modules', 'vite', 'bin', 'vite.js');
	const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
		stdio: 'inherit'
	});
	if (built.status !== 0) throw new Error('vite build failed; see the output above');
}
