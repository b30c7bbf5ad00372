// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Role } from '$lib/domain/access/schema';

declare global {
	namespace App {
		interface Error {
			code: string;
			message: string;
		}
		interface Locals {
			/** The signed-in member, from the session cookie or a bearer token. */
			user: { id: string; name: string; email: string; role: Role } | null;
		}
	}
}

export {};
