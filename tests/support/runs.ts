import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

/** A calendar date `days` from today (UTC, the server's "today"). */
export const inDays = (days: number) =>
	new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

export const brief = (over: Record<string, unknown> = {}) => ({
	campaignName: 'Close faster in Q1',
	objective: '40 qualified demos from mid-market controllers',
	deliverables: ['Two LinkedIn ads', 'Landing page'],
	channel: 'LinkedIn',
	dueDate: inDays(40),
	requiredInputs: ['Customer quote from Northwind'],
	reviewMilestones: ['Plan sign-off'],
	launchDate: inDays(35),
	constraints: '',
	...over
});

export interface RunBody {
	id: string;
	version: number;
	steps: {
		id: string;
		status: string;
		due: string;
		owner: { seatId: string | null; label: string };
	}[];
	nextEvents: { type: string; stepId?: string }[];
}

export async function startRun(api: APIRequestContext, over: Record<string, unknown> = {}) {
	const response = await api.post('/api/v1/runs', {
		data: { templateId: 'paid-campaign', audienceId: 'mid-market-finance', brief: brief(over) }
	});
	expect(response.status(), await response.text()).toBe(201);
	return (await response.json()) as RunBody;
}

export async function sendEvent(
	api: APIRequestContext,
	run: RunBody,
	event: Record<string, unknown>
) {
	const response = await api.post(`/api/v1/runs/${run.id}/events`, {
		data: { ...event, version: run.version }
	});
	expect(response.status(), await response.text()).toBe(200);
	return ((await response.json()) as { run: RunBody }).run;
}
