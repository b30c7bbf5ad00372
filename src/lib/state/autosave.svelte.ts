/** What saving a design answered: the new version, a conflict with the stored one, or an error. */
export type SaveResult =
	| { ok: true; version: number }
	| { ok: false; conflict: true; currentVersion: number }
	| { ok: false; conflict: false; message: string };

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

/**
 * Saves the latest value a short while after the last change, one save at a time, always with
 * the version last read. A conflict stops saving until the user reloads or saves a copy.
 */
export class Autosave<T> {
	status = $state<SaveStatus>('saved');
	message = $state('');
	version = $state(0);
	currentVersion = $state<number | null>(null);
	#pending: T | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#inFlight: Promise<void> | undefined;
	readonly #save: (value: T, version: number) => Promise<SaveResult>;
	readonly #delayMs: number;

	/** `delayMs`: quiet time after the last change before saving (milliseconds). */
	constructor(
		save: (value: T, version: number) => Promise<SaveResult>,
		version: number,
		delayMs = 800
	) {
		this.#save = save;
		this.version = version;
		this.#delayMs = delayMs;
	}

	/** Queues `value` to be saved once edits pause. */
	schedule(value: T): void {
		if (this.status === 'conflict') return;
		this.#pending = value;
		this.status = 'pending';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#delayMs);
	}

	/** Saves what is pending now; resolves when nothing is left to save. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		while (this.#inFlight) await this.#inFlight;
		const value = this.#pending;
		if (value === undefined || this.status === 'conflict') return;
		this.#pending = undefined;
		this.#inFlight = this.#run(value);
		await this.#inFlight;
		this.#inFlight = undefined;
		// Edits made during the save go out next; after a conflict or error, wait for the user.
		if (this.#pending !== undefined && this.status === 'pending') await this.flush();
	}

	async #run(value: T): Promise<void> {
		this.status = 'saving';
		const result = await this.#save(value, this.version).catch((): SaveResult => ({
			ok: false,
			conflict: false,
			message: 'The server could not be reached; your change is not saved yet.'
		}));
		if (result.ok) {
			this.version = result.version;
			this.status = this.#pending === undefined ? 'saved' : 'pending';
			this.message = '';
		} else if (result.conflict) {
			this.status = 'conflict';
			this.currentVersion = result.currentVersion;
			this.#pending = value;
		} else {
			this.status = 'error';
			this.message = result.message;
			this.#pending ??= value;
		}
	}

	/** Starts again from a freshly loaded version, dropping anything unsaved. */
	reset(version: number): void {
		clearTimeout(this.#timer);
		this.#pending = undefined;
		this.version = version;
		this.currentVersion = null;
		this.status = 'saved';
		this.message = '';
	}

	/** The value that could not be saved, to keep as a copy after a conflict. */
	get unsaved(): T | undefined {
		return this.#pending;
	}
}
