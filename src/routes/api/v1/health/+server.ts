import { json } from '@sveltejs/kit';
import * as health from '$lib/server/store/health';

/** `{ status: 'ok', store }` when the store answers; 503 `{ status: 'unavailable', store, message }` when not. */
export const GET = async () => {
	const answer = await health.check();
	return json(answer, { status: answer.status === 'ok' ? 200 : 503 });
};
