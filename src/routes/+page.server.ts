import { redirect } from '@sveltejs/kit';

/** Signed-in members start from their scenarios (the hooks send everyone else to sign in). */
export const load = () => redirect(303, '/scenarios');
