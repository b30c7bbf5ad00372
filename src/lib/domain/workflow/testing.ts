import { briefKeys, type WorkflowTemplateInput } from './schema';

/** A small valid template: brief → draft (brand review at the start) → qa; tests change one thing. */
export const template = (over: Partial<WorkflowTemplateInput> = {}): WorkflowTemplateInput => ({
	id: 'blog-sprint',
	name: 'Blog sprint',
	summary: 'A brief, a post and a check.',
	brief: briefKeys.map((key) => ({ key, label: key, required: key !== 'known-constraints' })),
	phases: [
		{
			phase: 'strategy',
			steps: [{ id: 'brief', activityId: 'content-brief', performer: 'audience-owner' }]
		},
		{
			phase: 'creative',
			steps: [
				{
					id: 'draft',
					activityId: 'blog-post-draft',
					performer: 'craft:content',
					dependsOn: ['brief'],
					review: { reviewer: 'craft:brand', checklist: ['Voice'], timing: 'start' }
				}
			]
		},
		{
			phase: 'qa',
			steps: [
				{ id: 'qa', activityId: 'campaign-qa', performer: 'kind:specialist', dependsOn: ['draft'] }
			]
		}
	],
	volumePerAudiencePerQuarter: 2,
	volumeSource: { note: 'Assumption: two a quarter', grade: 'assumption' },
	...over
});
