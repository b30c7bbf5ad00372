import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startPostgres } from '../scripts/postgres.mjs';

/**
 * Every test serves the production build, as `npm start` does; build it once per run. The tests of
 * several app processes need PostgreSQL: the one npm test started, or a throwaway one for this run.
 */
export default async function globalSetup() {
	if (process.env.SKIP_BUILD !== '1') {
		const vite = join(process.cwd(), 'node_modules', 'vite', 'bin', 'vite.js');
		const built = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], {
			stdio: 'inherit'
		});
		if (built.status !== 0) throw new Error('vite build failed; see the output above');
	}
	if (process.env.TEST_DATABASE_URL) return;
	const server = await startPostgres();
	process.env.TEST_DATABASE_URL = server.url;
	return () => server.stop();
}
