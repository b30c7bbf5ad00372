/** A fresh simulation worker; Vite bundles it from this `new Worker(new URL(…))` pattern. */
export const createSimulationWorker = () =>
	new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
