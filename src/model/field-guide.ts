/**
 * The editors' guide to an entry's fields: what each holds, whether it is required, and its allowed values,
 * read from the vocabularies. CONTRIBUTING.md (scripts/contributing.ts), the issue form for proposing a
 * practice and the site's Contribute page are all made from this, so nothing is written twice.
 * Descriptions use Markdown's `code` for codes and field names.
 */
import {
	areas,
	declaredUnstatedFacts,
	evidenceLevels,
	figureKinds,
	lessonTopics,
	levels,
	practiceTypes,
	targetGroups,
	themes,
	type Vocabulary,
} from './vocabularies.ts';
import type { Translatable } from '../i18n/locales.ts';

export interface FieldDoc {
	name: string;
	required: boolean;
	what: string;
	/** The controlled vocabulary the field's codes come from. */
	values?: Vocabulary<string>;
}

export const practiceFields: FieldDoc[] = [
	{
		name: 'title',
		required: true,
		what: 'The practice\'s name as the source gives it, in normal case. Where the compendium prefixes a city or region ("BILBAO: Anti-rumours strategy"), write `Bilbao: Anti-rumours strategy`.',
	},
	{ name: 'summary', required: true, what: 'Plain text, at most 300 characters: what the practice is and why it matters, in one or two sentences.' },
	{
		name: 'countries',
		required: true,
		what: 'ISO 3166-1 alpha-2 codes (`[ES]`). A network lists the countries it covers, as the source names them; a `european` or `international` practice whose source names no country has `[]`.',
	},
	{ name: 'place', required: false, what: 'City or region, where the source places the practice itself (not only one of its meetings).' },
	{ name: 'level', required: true, what: '`local` (city, municipality), `regional` (region, canton, county, autonomous community), `national`, `european` (EU level) or `international` (networks and bodies across countries).', values: levels },
	{ name: 'type', required: true, what: 'What kind of practice it is; docs/editing.md maps the source\'s wording onto these codes.', values: practiceTypes },
	{ name: 'typeLabel', required: false, what: "The source's own wording for the type (its `Type:` line)." },
	{ name: 'areas', required: true, what: 'Areas of intervention, one or more.', values: areas },
	{ name: 'theme', required: false, what: 'The compendium chapter; entries from other sources leave it out.', values: themes },
	{
		name: 'duration',
		required: false,
		what: '`start` (a year, or `"YYYY-MM"` quoted), `end` (the same, or `ongoing` only when the source says it still runs), `months` (the length the source states, a whole number) and `text` (the source\'s own words). With a start to the month and `months`, the site derives the end and so the status. A one-off event has the same start and end.',
	},
	{
		name: 'impact',
		required: false,
		what: '`summary` (what the practice achieved or, with no results yet, what it expects) and `figures`, a list of `{ value, label, kind }`. `value` is copied exactly, qualifiers included ("more than 15", "around 2,000"). `kind` is required: `result` (achieved or produced), `target` (planned or expected) or `context` (describes the situation or the practice\'s make-up).',
		values: figureKinds,
	},
	{
		name: 'evidence',
		required: true,
		what: '`self-reported` (the contributor describes it), `monitored` (the text cites monitoring of this practice: indicators, regular data collection), `evaluated` (the text cites an evaluation), `independently-evaluated` (an external evaluation). Never more than the text shows.',
		values: evidenceLevels,
	},
	{ name: 'targetGroups', required: false, what: 'Whom the practice addresses, where the source names or plainly addresses them.', values: targetGroups },
	{ name: 'organisations', required: false, what: '`lead` and `partners`: lists of names as the source gives them.' },
	{ name: 'links', required: false, what: '`{ title, url }` for each document or website the source gives with a full address. A document named without an address goes in the body\'s `## Learn more` section.' },
	{
		name: 'notStated',
		required: false,
		what: 'What the source leaves out that no field shows. The page\'s "Not stated in the source" line adds, by itself, missing dates, lead organisation, target groups and reference documents. `results` cannot stand beside a figure of kind `result`.',
		values: declaredUnstatedFacts,
	},
	{ name: 'source', required: true, what: '`document` (an id from `content/sources.yaml`) and `page` (the page the compendium\'s table of contents gives) or, for documents without pages, `section`.' },
	{ name: 'updated', required: true, what: 'The date the entry was last checked against its source, `YYYY-MM-DD`.' },
];

export const lessonFields: FieldDoc[] = [
	{ name: 'title', required: true, what: 'The lesson in a few words.' },
	{ name: 'statement', required: true, what: 'Plain text: the lesson in one or two sentences.' },
	{ name: 'topic', required: true, what: 'The part of the lessons-learned document it comes from.', values: lessonTopics },
	{ name: 'areas', required: true, what: 'Areas of intervention, one or more.', values: areas },
	{ name: 'countries', required: false, what: 'ISO codes of the countries the source ties the lesson to.' },
	{ name: 'source', required: true, what: '`document` and `section` (the slide or part, e.g. `"LL: PVE Approach (I)"`).' },
	{ name: 'related', required: false, what: 'Slugs of practices that genuinely illustrate the lesson.' },
	{ name: 'updated', required: true, what: 'As for practices.' },
];

/** The body's sections' headings in every language, in the order of `bodySections`; translations use them. */
export const sectionHeadings = {
	practices: [
		{ en: 'Context', fr: 'Contexte', de: 'Kontext', es: 'Contexto', it: 'Contesto', ro: 'Context' },
		{ en: 'What was done', fr: 'Ce qui a été fait', de: 'Was getan wurde', es: 'Qué se hizo', it: 'Che cosa è stato fatto', ro: 'Ce s-a făcut' },
		{ en: 'Impact', fr: 'Impact', de: 'Wirkung', es: 'Impacto', it: 'Impatto', ro: 'Impact' },
		{ en: 'Learn more', fr: 'En savoir plus', de: 'Mehr erfahren', es: 'Más información', it: 'Per saperne di più', ro: 'Aflați mai multe' },
	],
	lessons: [{ en: 'In practice', fr: 'En pratique', de: 'In der Praxis', es: 'En la práctica', it: 'In pratica', ro: 'În practică' }],
} satisfies Record<'practices' | 'lessons', Translatable[]>;

/** The body's sections, in their order. */
export const bodySections = {
	practices: [
		['Context', 'what prompted the practice, its rationale and purpose'],
		['What was done', 'how it works or worked (required)'],
		['Impact', 'what it achieved or expects, with the key figures'],
		['Learn more', 'the documents and links the source gives, and only when it gives some'],
	],
	lessons: [['In practice', 'the practices that illustrate the lesson, and how']],
} as const;

/** The editorial rules, in the order an editor needs them. */
export const editorialRules: [rule: string, detail: string][] = [
	['Your own words.', 'Summarise and restructure the source; never paste its sentences. Ten or more words in a row identical to the source are refused (names, titles and quotations aside).'],
	['Facts exactly.', 'Names, places, dates, durations, figures, organisations and links carry over as the source gives them.'],
	['Nothing invented, nothing strengthened.', 'Leave out what the source does not give. A classification (evidence, type, area, target group) never claims more than the text shows; a figure says whether it is a result, a target or context.'],
	['Describe the practice, not the source.', 'What the source leaves out goes in `notStated`, not in the prose; a claim that is the contributor\'s own says whose it is.'],
	['Cite the page.', 'Every entry names its document and the page (or section) it comes from.'],
	['Content, not code.', 'Markdown only, with the components `Quote` and `Figure`; no `import`, `{…}`, scripts or HTML beyond `<abbr>`, `<sup>`, `<sub>`, `<br>`.'],
];
