// The "Simulation engine" part of npm run bench: events per second of our engine on an M/M/1
// queue next to the simjs package on the same model, then the wall time of runSimulation on
// generated orgs. Prints; asserts nothing. The app's modules run as the production build ships
// them (see `bundled`).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import { build } from 'vite';

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (v) => `${v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en-US')} ms`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const millions = (n) => `${(n / 1e6).toFixed(2)} M`;

/**
 * Median wall time and median CPU time (user + system, all threads: the garbage collector's
 * too) of each of `fns` over `runs` runs after `warmups` unmeasured ones, and its last value
 * (awaited when it returns a promise). The functions take turns, run by run, so a change in the
 * machine's load falls on all of them alike. On a shared machine CPU time is the steadier.
 */
async function timedEach(fns, runs, warmups = 1) {
	const times = fns.map(() => []);
	const cpu = fns.map(() => []);
	const values = [];
	for (let i = 0; i < warmups + runs; i++)
		for (const [k, fn] of fns.entries()) {
			const start = performance.now();
			const used = process.cpuUsage();
			values[k] = await fn();
			const { user, system } = process.cpuUsage(used);
			if (i >= warmups) {
				times[k].push(performance.now() - start);
				cpu[k].push((user + system) / 1000);
			}
		}
	return fns.map((_, k) => ({ ms: median(times[k]), cpuMs: median(cpu[k]), value: values[k] }));
}

const timed = async (fn, runs, warmups = 1) => (await timedEach([fn], runs, warmups))[0];

/**
 * The app's modules `entries` (name → path from the root) bundled by Vite's server build, as
 * `npm run build` ships them, and imported. Loading them through Vite's dev module runner
 * instead (bench.mjs's `load`) turns every imported binding into a getter call on a module
 * object, which costs the engine's inner loop about a third of its time: not what runs in
 * production, and not like for like next to simjs, which runs as its plain script.
 */
async function bundled(root, entries) {
	const outDir = join(root, 'node_modules/.cache/orgcraft-bench');
	await build({
		root,
		configFile: false,
		logLevel: 'error',
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: {
			ssr: true,
			outDir,
			emptyOutDir: true,
			minify: false,
			rolldownOptions: {
				input: Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, join(root, v)])),
				output: { entryFileNames: '[name].js' }
			}
		}
	});
	const modules = {};
	for (const name of Object.keys(entries))
		modules[name] = await import(pathToFileURL(join(outDir, `${name}.js`)).href);
	return modules;
}

// M/M/1 at utilisation 0.7: Poisson arrivals at 0.7 an hour, exponential service of mean 1 hour.
const ARRIVALS_PER_HOUR = 0.7;
const MEAN_SERVICE_HOURS = 1;
const HORIZON_HOURS = 2_000_000;
const SEED = 42;
const RHO = ARRIVALS_PER_HOUR * MEAN_SERVICE_HOURS;
/** M/M/1 mean wait in queue, hours: ρ / (μ − λ). */
const THEORY_WAIT = RHO / (1 / MEAN_SERVICE_HOURS - ARRIVALS_PER_HOUR);

const mm1Model = {
	stations: [{ id: 'desk', servers: 1, rateFactor: 1 }],
	flows: [
		{
			id: 'items',
			arrivals: { kind: 'poisson', perHour: ARRIVALS_PER_HOUR },
			steps: [{ stationId: 'desk', effort: { kind: 'exponential', meanHours: MEAN_SERVICE_HOURS } }]
		}
	]
};

/**
 * simjs 2.0.3 ships one browserify bundle (sim.js) that exports nothing to CommonJS: it only
 * assigns `window.Sim` when a `window` exists. Evaluate it in this context with a stand-in
 * `window` (node_modules untouched) and return that namespace.
 */
function loadSimjs() {
	const require = createRequire(import.meta.url);
	const file = require.resolve('simjs');
	const version = JSON.parse(readFileSync(join(file, '../package.json'), 'utf8')).version;
	const window = {};
	const wrapped = `(function (window) {${readFileSync(file, 'utf8')}\n})`;
	runInThisContext(wrapped, { filename: file })(window);
	if (!window.Sim?.Sim) throw new Error(`simjs (${file}) did not define window.Sim`);
	return { ...window.Sim, version };
}

/**
 * The same M/M/1 in simjs, written as its documentation does: one source entity whose timer
 * fires at each arrival (exponential gap from simjs's seeded Random) and sends the new item to a
 * FCFS Facility with `useFacility`; the facility's completion calls `done`. Its event queue
 * handles exactly two events per item: the arrival timer and the service completion.
 */
function simjsMM1({ Sim, Entity, Facility, Random }) {
	const sim = new Sim();
	const random = new Random(SEED);
	const desk = new Facility('desk', Facility.FCFS, 1);
	let completed = 0;
	const served = () => completed++;
	class Source extends Entity {
		start() {
			this.setTimer(random.exponential(ARRIVALS_PER_HOUR)).done(this.arrive);
		}
		arrive() {
			this.useFacility(desk, random.exponential(1 / MEAN_SERVICE_HOURS)).done(served);
			this.setTimer(random.exponential(ARRIVALS_PER_HOUR)).done(this.arrive);
		}
	}
	sim.addEntity(Source);
	sim.simulate(HORIZON_HOURS);
	// Every item enters the facility's queue (waiting zero hours when the desk is free).
	return { completed, meanWait: desk.queueStats().durationSeries.average() };
}

/** Our M/M/1 run with `simulate` (engine.ts), as the figures both benchmarks report. */
function oursMM1(simulate) {
	const options = { seed: SEED, replications: 1, horizonHours: HORIZON_HOURS, warmupHours: 0 };
	const result = simulate(mm1Model, options);
	return {
		completed: result.overall.completedItems,
		meanWait: result.stations[0].meanQueueWaitHours
	};
}

async function mm1Bench(engine, load) {
	const { simulate: viaRunner } = await load('/src/lib/domain/simulation/engine.ts');
	const simjs = loadSimjs();
	const [ours, theirs, runner] = await timedEach(
		[() => oursMM1(engine.simulate), () => simjsMM1(simjs), () => oursMM1(viaRunner)],
		5
	);

	console.log(
		`\nSimulation engine: M/M/1 at utilisation ${RHO} (Poisson arrivals ${ARRIVALS_PER_HOUR}/h,` +
			` exponential effort mean ${MEAN_SERVICE_HOURS} h), ${int(HORIZON_HOURS)} h, one run`
	);
	console.log(
		'  median of 5 runs after 1 warm-up, taking turns; events = 2 per item completed within'
	);
	console.log('  the horizon (its arrival and its service completion), counted the same for both;');
	console.log(
		`  our time includes input validation and the statistics (M/M/1 wait ${THEORY_WAIT.toFixed(3)} h);`
	);
	console.log('  our engine as the server build bundles it, simjs as its published script');
	// Rates from CPU time: on a shared machine wall time mostly measures the other processes.
	const rate = (r) => (2 * r.value.completed) / (r.cpuMs / 1000);
	const row = (label, r) =>
		console.log(
			`  ${label.padEnd(16)} ${ms(r.ms).padStart(9)} wall ${ms(r.cpuMs).padStart(9)} CPU` +
				`  ${millions(2 * r.value.completed)} events  ${millions(rate(r)).padStart(7)} events/s CPU` +
				`   mean queue wait ${r.value.meanWait.toFixed(3)} h`
		);
	row('Orgcraft engine', ours);
	row(`simjs ${simjs.version}`, theirs);
	console.log(
		`  ratio            ${(rate(ours) / rate(theirs)).toFixed(1)}× simjs (CPU time)` +
			`   (target: ≥ 3× simjs in the same run)`
	);
	console.log(
		`  (the same engine through Vite's dev module runner: ${millions(rate(runner))} events/s CPU,` +
			` ${(rate(runner) / rate(theirs)).toFixed(1)}× simjs)`
	);
}

async function orgBench({ run, orgs, server }, root) {
	const { runSimulation } = run;
	const { functionalOrg, twoTowerOrg } = orgs;
	const library = server.loadSimulationLibrary(join(root, 'models'));
	const cases = [
		{ org: functionalOrg(40), replications: 200, target: 300 },
		{ org: functionalOrg(1_000), replications: 50, target: 3_000 },
		{ org: twoTowerOrg(1_000), replications: 50, target: 3_000 }
	];
	console.log('\n  runSimulation on generated orgs (bench-orgs.ts), a quarter (13 weeks), default');
	console.log(
		'  workload (every template for every audience), sensitivity off; median of 3 after 1 warm-up'
	);
	for (const { org, replications, target } of cases) {
		const input = { scenario: org, run: { seed: 1, replications, sensitivity: false } };
		const r = await timed(() => runSimulation(input, library), 3);
		const label = `${int(org.seats.length)} seats ${org.structure} × ${replications}`;
		console.log(
			`  ${label.padEnd(30)} ${ms(r.ms).padStart(9)} (CPU ${ms(r.cpuMs)})   target < ${ms(target)}` +
				`   (${org.audiences.length} audiences, ${int(r.value.overall.completedItems)} items done` +
				` a quarter, busiest seat ${Math.round(100 * r.value.headline.peakUtilisation)} %)`
		);
	}
}

/**
 * The whole simulation section: the app's modules bundled as the server build ships them;
 * `load(path)` (Vite's dev module runner) only for the comparison line.
 */
export async function simulationBench(load, root) {
	const modules = await bundled(root, {
		engine: 'src/lib/domain/simulation/engine.ts',
		run: 'src/lib/domain/simulation/run.ts',
		orgs: 'src/lib/domain/simulation/bench-orgs.ts',
		server: 'src/lib/server/simulation.ts'
	});
	await mm1Bench(modules.engine, load);
	await orgBench(modules, root);
}
