import { loadScenario } from '$lib/client/scenarios';
import { checkDesign } from '$lib/domain/scenario/rules';
import type { Scenario } from '$lib/domain/scenario/schema';

/**
 * The stored scenario in full, fetched once per stored version from the API after the page
 * shows (the page's HTML carries only its name and status). Create during component setup.
 */
export class StoredScenario {
	#scenario = $state.raw<Scenario | null>(null);
	#error = $state('');
	readonly #warnings = $derived(
		this.#scenario ? checkDesign(this.#scenario).filter((i) => i.severity === 'warning') : []
	);

	constructor(key: () => { id: string; version: number }) {
		$effect(() => {
			const { id, version } = key();
			let stale = false;
			void version;
			const load = async () => {
				try {
					const found = await loadScenario(id);
					if (!stale) [this.#scenario, this.#error] = [found, ''];
				} catch (error) {
					if (!stale) this.#error = `The scenario could not be loaded: ${(error as Error).message}`;
				}
			};
			void load();
			return () => {
				stale = true;
			};
		});
	}

	/** Null until the first answer arrives. */
	get scenario(): Scenario | null {
		return this.#scenario;
	}
	get error(): string {
		return this.#error;
	}
	/** Rule warnings of the stored design (not of unsaved edits). */
	get warnings() {
		return this.#warnings;
	}
}
