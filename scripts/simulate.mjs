// npm run simulate -- <input.json> [--compare <other.json>] [--seed N] [--replications N] [--json]
// A thin shell: the command lives in src/cli/simulate.ts, compiled on the fly by Vite.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');

/** TypeScript modules of the app, compiled on the fly by Vite (no extra dependency). */
async function load(path) {
	const config = {
		root,
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: join(root, 'src/lib') } }
	};
	return (await runnerImport(path, config)).module;
}

let code;
try {
	const { main } = await load('/src/cli/simulate.ts');
	code = await main(process.argv.slice(2), {
		stdout: process.stdout,
		stderr: process.stderr,
		isTTY: Boolean(process.stderr.isTTY),
		readFile: (path) => readFile(path, 'utf8'),
		// npm runs scripts in the project root; INIT_CWD is where the user typed the command.
		cwd: process.env.INIT_CWD || process.cwd(),
		modelsDir: join(root, 'models')
	});
} catch (err) {
	process.stderr.write(`simulate: ${err instanceof Error ? err.message : String(err)}\n`);
	code = 1;
}
// Exit once stdout has drained, so a long --json answer reaches a pipe whole.
process.stdout.write('', () => process.exit(code));
