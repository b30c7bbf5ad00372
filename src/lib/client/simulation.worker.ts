/// <reference lib="webworker" />
import type { Issue } from '../domain/shared/issues';
import type { SimulationInputData } from '../domain/simulation/input';
import type { SimulationResponse } from '../domain/simulation/report';
import {
	parseSimulationInput,
	runComparison,
	type SimulationLibrary
} from '../domain/simulation/run';

/** One run: the simulated input and the compared one, with the library both resolve against. */
export interface WorkerRequest {
	library: SimulationLibrary;
	base: SimulationInputData;
	compare: SimulationInputData;
}

export type WorkerMessage =
	| { type: 'progress'; done: number; total: number }
	| { type: 'invalid'; side: 'base' | 'compare'; issues: Issue[] }
	| { type: 'done'; response: SimulationResponse; ms: number }
	| { type: 'failed'; message: string };

const post = (message: WorkerMessage) => self.postMessage(message);

const inputIssues = (err: unknown): Issue[] | null =>
	typeof err === 'object' && err !== null && 'issues' in err && Array.isArray(err.issues)
		? (err.issues as Issue[])
		: null;

/** Progress at most every 50 ms: enough for a smooth bar without flooding the page. */
function throttled() {
	let last = 0;
	return (done: number, total: number) => {
		const now = performance.now();
		if (now - last < 50 && done < total) return;
		last = now;
		post({ type: 'progress', done, total });
	};
}

self.onmessage = ({ data }: MessageEvent<WorkerRequest>) => {
	const started = performance.now();
	let side: 'base' | 'compare' = 'base';
	try {
		const base = parseSimulationInput(data.base, data.library);
		side = 'compare';
		const compare = parseSimulationInput(data.compare, data.library);
		const response = runComparison(base, compare, data.library, throttled());
		post({ type: 'done', response, ms: performance.now() - started });
	} catch (err) {
		const issues = inputIssues(err);
		if (issues) post({ type: 'invalid', side, issues });
		else post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
	}
};
