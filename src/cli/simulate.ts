import { join } from 'node:path';
import type { SimulationInput } from '$lib/domain/simulation/input';
import type { SimulationResponse } from '$lib/domain/simulation/report';
import {
	parseSimulationInput,
	runComparison,
	runSimulation,
	SimulationInputError,
	type SimulationLibrary
} from '$lib/domain/simulation/run';
import { ModelError } from '$lib/server/models';
import { loadSimulationLibrary } from '$lib/server/simulation';
import { parseCommandLine, usage, type CliOptions } from './args';
import { comparisonLines } from './compare-text';
import { fileIssues, issueLine, readInputFile, type FileIssue } from './input-file';
import { progress } from './progress';
import { reportLines } from './report-text';

/** What `main` touches of the outside world, so tests can pass fakes. */
export interface CliIO {
	stdout: { write(text: string): unknown };
	stderr: { write(text: string): unknown };
	/** Whether stderr is a terminal: progress is shown only then. */
	isTTY: boolean;
	/** Reads a file as UTF-8; rejects with the fs error (code ENOENT when missing). */
	readFile(path: string): Promise<string> | string;
	/** Input paths are relative to it. */
	cwd: string;
	/** Where the catalogue, templates and simulation defaults are read; default models/ under cwd. */
	modelsDir?: string;
}

/** Exit codes: 0 done, 1 bad input or a failed run, 2 a bad command line. */
export const exitCodes = { ok: 0, input: 1, usage: 2 } as const;

/** Issues as stderr lines: a first line naming the file, then `file: path: message` each. */
function reportIssues(io: CliIO, issues: FileIssue[]): void {
	const files = [...new Set(issues.map((i) => i.file))];
	for (const file of files) {
		const mine = issues.filter((i) => i.file === file);
		const whole = mine.length === 1 && mine[0]?.path === '';
		if (!whole) io.stderr.write(`${file}: not a valid simulation input (${count(mine.length)})\n`);
		for (const issue of mine) io.stderr.write(`${issueLine(issue)}\n`);
	}
}

const count = (n: number) => `${n} ${n === 1 ? 'issue' : 'issues'}`;

function loadLibrary(io: CliIO): SimulationLibrary | FileIssue[] {
	try {
		return loadSimulationLibrary(io.modelsDir ?? join(io.cwd, 'models'));
	} catch (err) {
		if (err instanceof ModelError)
			return err.issues.map((i) => ({ file: i.file, path: i.path, message: i.message }));
		throw err;
	}
}

/** The input checked as the run checks it (defaults filled in), or its issues. */
function validate(
	read: { file: string; exported: boolean; input: unknown },
	library: SimulationLibrary
): SimulationInput | FileIssue[] {
	try {
		return parseSimulationInput(read.input, library);
	} catch (err) {
		if (err instanceof SimulationInputError) return fileIssues(read, err.issues);
		throw err;
	}
}

type Source = { file: string; exported: boolean };

/** Issues found while running: those about the compared input carry a `compare.` prefix. */
function runIssues(err: SimulationInputError, base: Source, compared?: Source): FileIssue[] {
	return err.issues.flatMap((issue) => {
		const other = compared && /^compare(\.|\[|$)/.test(issue.path);
		if (!other) return fileIssues(base, [issue]);
		return fileIssues(compared, [
			{ path: issue.path.replace(/^compare\.?/, ''), message: issue.message }
		]);
	});
}

function print(io: CliIO, options: CliOptions, response: SimulationResponse): void {
	if (options.json) {
		io.stdout.write(`${JSON.stringify(response, null, 2)}\n`);
		return;
	}
	const lines = response.compare
		? comparisonLines(response, response.compare.result, response.compare.differences, {
				base: options.input,
				compared: options.compare ?? ''
			})
		: reportLines(response);
	io.stdout.write(`${lines.join('\n')}\n`);
}

async function simulate(io: CliIO, options: CliOptions): Promise<number> {
	const overrides = { seed: options.seed, replications: options.replications };
	const files = [options.input, ...(options.compare === undefined ? [] : [options.compare])];
	const read = await Promise.all(files.map((f) => readInputFile(f, io, overrides)));
	const unread = read.flatMap((r) => (r.ok ? [] : r.issues));
	if (unread.length > 0) {
		reportIssues(io, unread);
		return exitCodes.input;
	}
	const [base, compared] = read.flatMap((r) => (r.ok ? [r] : []));
	if (!base) return exitCodes.input;
	const library = loadLibrary(io);
	if (Array.isArray(library)) {
		io.stderr.write('The reference models could not be loaded:\n');
		for (const issue of library) io.stderr.write(`${issueLine(issue)}\n`);
		return exitCodes.input;
	}
	const baseInput = validate(base, library);
	const comparedInput = compared ? validate(compared, library) : undefined;
	const invalid = [baseInput, comparedInput].flatMap((c) => (Array.isArray(c) ? c : []));
	if (Array.isArray(baseInput) || Array.isArray(comparedInput)) {
		reportIssues(io, invalid);
		return exitCodes.input;
	}

	const bar = progress(io);
	const onProgress = (done: number, total: number) => bar.update(done, total);
	let response: SimulationResponse;
	try {
		response = comparedInput
			? runComparison(baseInput, comparedInput, library, onProgress)
			: runSimulation(baseInput, library, onProgress);
	} catch (err) {
		if (!(err instanceof SimulationInputError)) throw err;
		reportIssues(io, runIssues(err, base, compared));
		return exitCodes.input;
	} finally {
		bar.finish();
	}
	print(io, options, response);
	return exitCodes.ok;
}

/**
 * `npm run simulate -- <input.json> [--compare <other.json>] [--seed N] [--replications N]
 * [--json]`: simulates the input (and the compared one) and prints a plain-text report, or the
 * SimulationResponse as JSON. Returns the exit code; never throws and never prints a stack.
 */
export async function main(argv: string[], io: CliIO): Promise<number> {
	const args = parseCommandLine(argv);
	if (args.kind === 'help') {
		io.stdout.write(usage);
		return exitCodes.ok;
	}
	if (args.kind === 'error') {
		io.stderr.write(`simulate: ${args.message}\n\n${usage}`);
		return exitCodes.usage;
	}
	try {
		return await simulate(io, args.options);
	} catch (err) {
		const message = err instanceof Error ? err.message : String(err);
		io.stderr.write(`simulate: the simulation failed: ${message}\n`);
		return exitCodes.input;
	}
}
