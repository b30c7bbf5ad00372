/** The fields of the "Start a run" form, in order; list fields take one entry per line. */
export const runFormFields = [
	'templateId',
	'audienceId',
	'campaignName',
	'client',
	'objective',
	'deliverables',
	'channel',
	'ownerSeatId',
	'dueDate',
	'requiredInputs',
	'reviewMilestones',
	'launchDate',
	'constraints'
] as const;
export type RunFormField = (typeof runFormFields)[number];

const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);

/** The POST /api/v1/runs body a filled form stands for (checked by startRunSchemaAsOf). */
export function startRequestOf(form: Partial<Record<RunFormField, string>>) {
	const v = (k: RunFormField) => (form[k] ?? '').trim();
	return {
		templateId: v('templateId'),
		audienceId: v('audienceId'),
		brief: {
			client: v('client'),
			campaignName: v('campaignName'),
			objective: v('objective'),
			deliverables: lines(v('deliverables')),
			channel: v('channel'),
			...(v('ownerSeatId') ? { ownerSeatId: v('ownerSeatId') } : {}),
			dueDate: v('dueDate'),
			requiredInputs: lines(v('requiredInputs')),
			reviewMilestones: lines(v('reviewMilestones')),
			launchDate: v('launchDate'),
			constraints: v('constraints')
		}
	};
}

/** The form field an issue path of that body points at: `brief.deliverables[0]` → deliverables. */
export const formFieldOf = (path: string) =>
	path.replace(/^brief\./, '').split(/[.[]/)[0] || 'form';
