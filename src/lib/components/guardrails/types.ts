/** What a refused guardrails form hands back: which form, why, and the message per field. */
export interface RuleFailure {
	target: string;
	message: string;
	issues: Record<string, string>;
}
