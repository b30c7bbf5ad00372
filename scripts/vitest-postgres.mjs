// vitest globalSetup: the contract suites need PostgreSQL. Use TEST_DATABASE_URL when the runner
// (npm test) gives one, else start a throwaway server for this run and stop it at the end.
import { startPostgres } from './postgres.mjs';

export default async function setup({ provide }) {
	if (process.env.TEST_DATABASE_URL) {
		provide('postgresUrl', process.env.TEST_DATABASE_URL);
		return;
	}
	const server = await startPostgres();
	provide('postgresUrl', server.url);
	return () => server.stop();
}
