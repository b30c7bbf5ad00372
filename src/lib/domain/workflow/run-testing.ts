import type { StartRunRequest } from './run-schema';

/** A paid-campaign run for the mid-market audience, launching on `launchDate`. */
export const paidCampaign = (launchDate: string, over: Partial<StartRunRequest['brief']> = {}) => ({
	templateId: 'paid-campaign',
	audienceId: 'mid-market-finance',
	brief: {
		client: '',
		campaignName: 'Close faster in Q1',
		objective: '40 qualified demos from mid-market controllers',
		deliverables: ['Two LinkedIn ads', 'Landing page'],
		channel: 'LinkedIn',
		dueDate: launchDate,
		requiredInputs: [{ name: 'Customer quote from Northwind' }],
		reviewMilestones: ['Plan sign-off', 'Ad review'],
		launchDate,
		constraints: '',
		...over
	}
});
