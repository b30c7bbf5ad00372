declare module 'text-readability' {
	interface Readability {
		/** Flesch–Kincaid US school grade, one decimal. */
		fleschKincaidGrade(text: string): number;
		fleschReadingEase(text: string): number;
		lexiconCount(text: string, removePunctuation?: boolean): number;
		sentenceCount(text: string): number;
	}
	const readability: Readability;
	export default readability;
}
