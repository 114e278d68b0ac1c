/**
 * The skeleton of a new entry: every field in place, with a short comment on what goes there, and the body's
 * sections. It is valid as written, so an editor can build the site at once and fill it in step by step.
 */
import type { Translatable } from '../../src/i18n/locales.ts';
import { yamlString } from '../../src/escape.ts';
import { bodySections } from '../../src/model/field-guide.ts';

export interface PracticeInput {
	title: string;
	countries: string[];
	areas: string[];
	type: string;
	level: string;
	document: string;
	/** The page for a paged document, else the section. */
	page?: number;
	section?: string;
	updated: string;
}

export interface LessonInput {
	title: string;
	topic: string;
	areas: string[];
	document: string;
	section?: string;
	page?: number;
	updated: string;
}

/** "Bilbao: Anti-rumours strategy" → "bilbao-anti-rumours-strategy". */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

const quoted = yamlString;
const list = (values: readonly string[]) => `[${values.join(', ')}]`;
const cite = (input: { document: string; page?: number; section?: string }) =>
	[`source:`, `  document: ${input.document}`, input.page !== undefined ? `  page: ${input.page}` : `  section: ${quoted(input.section ?? 'Name the part of the document')}`];

function body(sections: readonly (readonly [string, Translatable])[]): string {
	return sections.map(([heading, what]) => `## ${heading}\n\nWrite here ${what.en}.\n`).join('\n');
}

export function practiceSkeleton(input: PracticeInput): string {
	return [
		'---',
		"# The practice's name as the source gives it.",
		`title: ${quoted(input.title)}`,
		'# Plain text, at most 300 characters: what the practice is and why it matters.',
		`summary: ${quoted('Replace with one or two sentences on what the practice is and why it matters.')}`,
		`countries: ${list(input.countries)}`,
		'# place: City or region, where the source places the practice itself.',
		`level: ${input.level}`,
		`type: ${input.type}`,
		"# typeLabel: the source's own wording for the type.",
		`areas: ${list(input.areas)}`,
		'# theme: the compendium chapter (compendium entries only).',
		'# duration: give only what the source states.',
		'#   start: "2022-11"   # a year, or "YYYY-MM"',
		'#   end: ongoing       # or a year or "YYYY-MM"; ongoing only if the source says it still runs',
		'#   months: 24         # the length the source states',
		"#   text: \"November 2022, for 24 months\"   # the source's own words",
		'# impact:',
		'#   summary: "What the practice achieved or, with no results yet, what it expects."',
		'#   figures:',
		'#     - value: "more than 15"   # exactly as the source words it',
		'#       label: educational centres hosting workshops',
		'#       kind: result             # result, target or context',
		'# Never more than the text shows: self-reported, monitored, evaluated or independently-evaluated.',
		'evidence: self-reported',
		'targetGroups: []',
		'organisations:',
		'  lead: []',
		'  partners: []',
		'# links: documents and websites with a full address.',
		'links: []',
		'# notStated: what the source leaves out that no field shows: results, participants, funding.',
		'notStated: []',
		...cite(input),
		`updated: ${input.updated}`,
		'---',
		'',
		body(bodySections.practices),
	].join('\n');
}

export function lessonSkeleton(input: LessonInput): string {
	return [
		'---',
		'# The lesson in a few words.',
		`title: ${quoted(input.title)}`,
		'# Plain text: the lesson in one or two sentences.',
		`statement: ${quoted('Replace with the lesson in one or two sentences.')}`,
		`topic: ${input.topic}`,
		`areas: ${list(input.areas)}`,
		'# countries: the countries the source ties the lesson to.',
		'countries: []',
		...cite(input),
		'# related: slugs of practices that genuinely illustrate the lesson.',
		'related: []',
		`updated: ${input.updated}`,
		'---',
		'',
		body(bodySections.lessons),
	].join('\n');
}
