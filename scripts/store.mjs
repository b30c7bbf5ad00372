// npm run store -- export <file> | import <file>: moves a workspace between the embedded store
// (DATA_DIR, default data/) and PostgreSQL (DATABASE_URL). Import goes into an empty store only,
// all of it or nothing; a file of another schema version or a damaged one is refused.
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const [command, file] = process.argv.slice(2);
if (!['export', 'import'].includes(command) || !file) {
	console.error('Usage: npm run store -- export <file>   |   npm run store -- import <file>');
	console.error(
		'The store is DATABASE_URL when set, else the embedded files in DATA_DIR (default data/).'
	);
	process.exit(2);
}

const { module } = await runnerImport('/src/lib/server/store/transfer.ts', {
	root,
	configFile: false,
	logLevel: 'error'
});
try {
	console.log(await module.run(command, resolve(process.cwd(), file)));
} catch (err) {
	console.error(err instanceof Error ? err.message : String(err));
	process.exit(1);
}
