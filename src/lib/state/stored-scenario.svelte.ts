import { loadScenario } from '$lib/client/scenarios';
import { afterFirstFrame } from '$lib/components/chart/first-frame';
import { checkDesign, type RuleIssue } from '$lib/domain/scenario/rules';
import type { Scenario } from '$lib/domain/scenario/schema';

/**
 * The stored scenario in full, fetched once per stored version from the API after the page
 * shows (the page's HTML carries only its name and status; a preload link starts the request
 * with the HTML). Create during component setup.
 */
export class StoredScenario {
	#scenario = $state.raw<Scenario | null>(null);
	#error = $state('');
	#warnings = $state.raw<RuleIssue[]>([]);

	constructor(key: () => { id: string; version: number }) {
		$effect(() => {
			const { id, version } = key();
			let stale = false;
			let cancel = () => {};
			void version;
			const load = async () => {
				try {
					const found = await loadScenario(id);
					if (stale) return;
					[this.#scenario, this.#error, this.#warnings] = [found, '', []];
					// The rule check of a large design waits until its chart has been painted.
					cancel = afterFirstFrame(() => {
						this.#warnings = checkDesign(found).filter((i) => i.severity === 'warning');
					});
				} catch (error) {
					if (!stale) this.#error = `The scenario could not be loaded: ${(error as Error).message}`;
				}
			};
			void load();
			return () => {
				stale = true;
				cancel();
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
	/** Rule warnings of the stored design (not of unsaved edits), once its chart has drawn. */
	get warnings(): RuleIssue[] {
		return this.#warnings;
	}
}
