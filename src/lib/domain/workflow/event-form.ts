/** The fields the run page's event forms send; empty ones are left out of the event. */
const eventFields = ['type', 'stepId', 'note', 'reason', 'due', 'input'] as const;

/** An event form's values as the version it was read at and the event body to send. */
export function eventBodyOf(values: Record<string, string>): {
	version: number | null;
	body: Record<string, string> & { type: string };
} {
	const version = Number(values.version);
	const body: Record<string, string> = {};
	for (const k of eventFields) if (values[k]?.trim()) body[k] = values[k]!.trim();
	if (body.type === 'APPROVE' && !body.note) body.note = '';
	return {
		version: Number.isInteger(version) && version > 0 ? version : null,
		body: { type: '', ...body }
	};
}
