// The import benchmark (npm run bench -- --only import): how long parsing a large HRIS file takes
// and how long it holds the event loop at most, measured by a 1 ms interval timer running beside
// it. A benchmark, not a test: it prints.

/** Parses `text` `runs` times; returns median total ms and the longest event-loop block seen. */
async function measure(runImport, request, runs) {
	const totals = [];
	let worst = 0;
	for (let i = 0; i < runs; i++) {
		let last = performance.now();
		let longest = 0;
		const timer = setInterval(() => {
			const now = performance.now();
			longest = Math.max(longest, now - last);
			last = now;
		}, 1);
		const start = performance.now();
		const outcome = await runImport(request);
		totals.push(performance.now() - start);
		clearInterval(timer);
		longest = Math.max(longest, performance.now() - last);
		worst = Math.max(worst, longest);
		if (!outcome.design && !request.expectErrors)
			throw new Error('the benchmark file did not import');
	}
	totals.sort((a, b) => a - b);
	return { median: totals[totals.length >> 1], worst };
}

/** The import section; `load(path)` imports an app TypeScript module. */
export async function importBench(load) {
	const { runImport } = await load('/src/lib/domain/scenario/import-run.ts');
	const { workday, largeTeam } = await load('/src/lib/domain/scenario/import-fixtures.ts');
	console.log(
		'Import of a Workday-style CSV (runImport; median of 3 runs; longest event-loop block seen by a 1 ms timer)'
	);
	for (const n of [1_000, 20_000]) {
		const text = workday(largeTeam(n));
		const request = { text, source: 'bench.csv', format: 'csv', name: '', structure: '' };
		const { median, worst } = await measure(runImport, request, 3);
		const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
		console.log(
			`  ${n.toLocaleString('en-US').padStart(6)} rows (${mb} MB)  total ${Math.round(median)} ms, longest block ${Math.round(worst)} ms`
		);
	}
	const rows = workday(largeTeam(50_000));
	const over = {
		text: rows,
		source: 'bench.csv',
		format: 'csv',
		name: '',
		structure: '',
		expectErrors: true
	};
	const { median, worst } = await measure(runImport, over, 1);
	console.log(
		`  50,000 rows (refused at row 20,001)  total ${Math.round(median)} ms, longest block ${Math.round(worst)} ms`
	);
}
