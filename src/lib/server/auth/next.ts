/**
 * Where to go after sign-in: only a path on this site (not `//host` or `/\host`, which browsers
 * treat as another site), so a crafted link cannot send someone elsewhere.
 */
export const safeNext = (next: string | null) =>
	next && /^\/(?![/\\])/.test(next) ? next : '/scenarios';
