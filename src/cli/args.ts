import { parseArgs } from 'node:util';
import { runSettingsSchema } from '$lib/domain/simulation/input';

export const usage = `Usage: npm run simulate -- <input.json> [--compare <other.json>] [--seed N]
                        [--replications N] [--json]

Simulates a quarter of work flowing through the scenario in <input.json> and reports lead
times, throughput, seat hours and the hand-off tax.

  <input.json>          a simulation input ({ "scenario", "workload"?, "assumptions"?, "run"? })
                        or a scenario exported from the app; see models/examples/
  --compare <file>      simulate a second input and report both side by side with the
                        calendar time and capacity the second one reclaims
  --seed N              random seed (overrides run.seed), ${bounds('seed')}
  --replications N      runs to average (overrides run.replications), ${bounds('replications')}
  --json                print the full result as JSON instead of the report
  -h, --help            show this help
`;

export interface CliOptions {
	input: string;
	compare?: string;
	seed?: number;
	replications?: number;
	json: boolean;
}

export type ParsedArgs =
	{ kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

type WholeSetting = 'seed' | 'replications';

/** The bounds runSettingsSchema puts on a whole-number run setting. */
function range(key: WholeSetting): { min: number; max: number } {
	const schema = runSettingsSchema.shape[key].unwrap();
	return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

function bounds(key: WholeSetting): string {
	const { min, max } = range(key);
	return `${min}–${max}`;
}

/** A flag's value as a whole number within the run settings' bounds, or why it is not. */
function wholeNumber(key: WholeSetting, raw: string): number | string {
	const { min, max } = range(key);
	const expected = `expected a whole number from ${min} to ${max}`;
	const trimmed = raw.trim();
	if (!/^[+-]?\d+$/.test(trimmed)) return `--${key}: ${expected}, found "${raw}"`;
	const value = Number(trimmed);
	if (!runSettingsSchema.shape[key].safeParse(value).success)
		return `--${key}: ${expected}, found ${trimmed}`;
	return value;
}

/** Node's parseArgs messages, reworded: the option and what is wrong with it. */
function parseFailure(err: unknown): string {
	const message = err instanceof Error ? err.message : String(err);
	const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'an option';
	const code = (err as { code?: string }).code;
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
	if (message.includes('argument missing') || message.includes('ambiguous'))
		return `${option} needs a value`;
	if (message.includes('does not take an argument')) return `${option} takes no value`;
	if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'too many arguments';
	return message.split('\n')[0] ?? message;
}

/** The command line of `npm run simulate`, checked: one input file and well-formed options. */
export function parseCommandLine(argv: string[]): ParsedArgs {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				compare: { type: 'string' },
				seed: { type: 'string' },
				replications: { type: 'string' },
				json: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		});
	} catch (err) {
		return { kind: 'error', message: parseFailure(err) };
	}
	const { values, positionals } = parsed;
	if (values.help) return { kind: 'help' };
	const [input] = positionals;
	if (input === undefined) return { kind: 'error', message: 'name an input file' };
	if (positionals.length > 1)
		return {
			kind: 'error',
			message: `expected one input file, found ${positionals.length} (${positionals.join(', ')}); use --compare for a second`
		};
	const options: CliOptions = { input, json: values.json };
	if (values.compare !== undefined) {
		if (values.compare.trim() === '') return { kind: 'error', message: '--compare needs a file' };
		options.compare = values.compare;
	}
	for (const key of ['seed', 'replications'] as const) {
		const raw = values[key];
		if (raw === undefined) continue;
		const value = wholeNumber(key, raw);
		if (typeof value === 'string') return { kind: 'error', message: value };
		options[key] = value;
	}
	return { kind: 'run', options };
}
