/**
 * How long each text field of an entry may be, in characters, and how large an entry's file. A title runs
 * into running heads, cards and file names; no field needs more than these, and a limit keeps a hostile or
 * mistaken entry from multiplying its size across every page, index and PDF that shows it. The schema
 * enforces them; the field guide (CONTRIBUTING.md, the Contribute page) states them.
 */
export const textLimits = {
	title: 300,
	summary: 300,
	/** Translations run longer than English (French and German by a fifth or more); cards and meta tags take that. */
	translatedSummary: 390,
	statement: 600,
	translatedStatement: 780,
	place: 150,
	typeLabel: 150,
	impactSummary: 800,
	figureValue: 80,
	figureLabel: 300,
	durationText: 500,
	organisation: 300,
	linkTitle: 400,
	address: 2000,
	sourceSection: 200,
	pageTitle: 120,
	documentTitle: 400,
	publisher: 300,
	citation: 300,
	reference: 100,
} as const;

/** An entry's file, frontmatter and body: the longest today is about 10 kB. */
export const ENTRY_FILE_MAX_BYTES = 100_000;

/** How deep lists, quotations and inline markup may nest in a body: deeper input is refused, never walked. */
export const BODY_NESTING_MAX = 24;
