import { createSimulationWorker } from '$lib/client/simulation-runner';
import type { WorkerMessage, WorkerRequest } from '$lib/client/simulation.worker';
import type { Issue } from '$lib/domain/shared/issues';
import type { SimulationResponse } from '$lib/domain/simulation/report';

export type RunStatus = 'idle' | 'running' | 'done' | 'invalid' | 'failed';

/**
 * Runs simulations in a Web Worker, one at a time: a new run while one is in flight terminates
 * the worker (the stale run is cancelled outright) and starts a fresh one. The last result stays
 * on show until the next one arrives.
 */
export class SimulationRunner {
	status = $state<RunStatus>('idle');
	done = $state(0);
	total = $state(0);
	response = $state.raw<SimulationResponse | null>(null);
	/** Input issues of the last run, and which scenario's input they were found in. */
	invalid = $state.raw<{ side: 'base' | 'compare'; issues: Issue[] } | null>(null);
	error = $state<string | null>(null);
	/** Wall time of the last completed run, milliseconds. */
	ms = $state(0);
	#worker: Worker | null = null;

	run(request: WorkerRequest): void {
		if (this.status === 'running') this.#stop();
		this.#worker ??= this.#start();
		this.status = 'running';
		this.done = 0;
		this.total = 0;
		this.#worker.postMessage(request);
	}

	/** Shows issues found before running (emptied fields) as the run's outcome. */
	reject(issues: Issue[]): void {
		if (this.status === 'running') this.#stop();
		this.invalid = { side: 'base', issues };
		this.status = 'invalid';
	}

	destroy(): void {
		this.#stop();
	}

	#start(): Worker {
		const worker = createSimulationWorker();
		worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => this.#receive(data);
		worker.onerror = (event) => {
			event.preventDefault();
			this.#stop();
			this.error = event.message || 'The simulation stopped unexpectedly.';
			this.status = 'failed';
		};
		return worker;
	}

	#receive(message: WorkerMessage): void {
		if (message.type === 'progress') {
			this.done = message.done;
			this.total = message.total;
			return;
		}
		if (message.type === 'done') {
			this.response = message.response;
			this.ms = message.ms;
			this.invalid = null;
			this.error = null;
			this.done = this.total;
			this.status = 'done';
		} else if (message.type === 'invalid') {
			this.invalid = { side: message.side, issues: message.issues };
			this.status = 'invalid';
		} else {
			this.error = message.message;
			this.status = 'failed';
		}
	}

	#stop(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
