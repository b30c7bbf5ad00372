// The "Template preview" part of npm run bench: the wall and CPU time of what
// POST /api/v1/templates/:id/preview computes for the paid campaign (performers, hand-offs and a
// PREVIEW_RUN simulation with every template) on starter designs. Prints; asserts nothing.
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;

/** Prints the median over 5 runs after one warm-up; `load` compiles the app's TypeScript. */
export async function templatePreviewBench(load) {
	const { library, starterDesign } = await load('/src/lib/domain/simulation/testing.ts');
	const { runSimulation } = await load('/src/lib/domain/simulation/run.ts');
	const { PREVIEW_RUN, previewTemplate } = await load(
		'/src/lib/domain/workflow/template-preview.ts'
	);
	const template = library.templates.find((t) => t.id === 'paid-campaign');
	console.log('Template preview (paid campaign; target under 1 s; median of 5 after a warm-up)');
	for (const id of ['legacy-functional', 'two-tower', 'lean-agency']) {
		const design = starterDesign(id);
		const wall = [];
		const cpu = [];
		for (let i = 0; i < 6; i++) {
			const start = performance.now();
			const used = process.cpuUsage();
			previewTemplate(
				template,
				design,
				design.audiences[0].id,
				library.activities,
				library.demand.ownerWork
			);
			runSimulation({ scenario: design, run: PREVIEW_RUN }, library);
			const { user, system } = process.cpuUsage(used);
			if (i > 0) {
				wall.push(performance.now() - start);
				cpu.push((user + system) / 1000);
			}
		}
		console.log(
			`  ${id.padEnd(18)} ${ms(median(wall)).padStart(8)} wall  ${ms(median(cpu)).padStart(8)} CPU`
		);
	}
}
