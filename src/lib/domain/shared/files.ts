/** A safe file name stem from a scenario name: letters, digits, dashes and underscores. */
export const fileStem = (name: string) =>
	name.replace(/[^A-Za-z0-9-_]+/g, '-').replace(/^-|-$/g, '') || 'scenario';
