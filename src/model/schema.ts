/**
 * The entry schemas: one definition, used by Astro's content collections and by `npm run validate`.
 * Messages name what is wrong and how to fix it; the validator prefixes the file and field.
 */
import { z } from 'astro/zod';
import { isCountryCode, suggestCountry } from './countries.ts';
import { characterName, controlCharacters } from '../escape.ts';
import { textLimits as max } from './limits.ts';
import { closest } from './suggest.ts';
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
	unstatedFacts,
	type Vocabulary,
} from './vocabularies.ts';

export const SUMMARY_MAX = max.summary;
export const TRANSLATED_SUMMARY_MAX = max.translatedSummary;

/** A value from a controlled vocabulary; an unknown value gets the closest valid one as its fix. */
function code<Code extends string>(vocabulary: Vocabulary<Code>, noun: string) {
	return z.string({ error: `must be one of the ${noun} codes: ${vocabulary.codes.join(', ')}` }).superRefine((value, ctx) => {
		if (vocabulary.has(value)) return;
		const guess = closest(value, vocabulary.codes);
		ctx.addIssue({
			code: 'custom',
			message: `"${value}" is not a known ${noun}. ${guess ? `Did you mean "${guess}"?` : `Use one of: ${vocabulary.codes.join(', ')}.`}`,
		});
	}) as unknown as z.ZodType<Code, string>;
}

function nonEmptyList<T extends z.ZodType>(item: T, noun: string) {
	return z.array(item, { error: `must be a list of ${noun} codes, e.g. [${noun === 'country' ? 'ES' : '…'}]` }).min(1, `needs at least one ${noun}`);
}

const country = z
	.string({ error: 'must be an ISO 3166-1 alpha-2 code such as "ES"' })
	.transform((value) => value.trim().toUpperCase())
	.superRefine((value, ctx) => {
		if (isCountryCode(value)) return;
		const guess = suggestCountry(value);
		ctx.addIssue({
			code: 'custom',
			message: `"${value}" is not an ISO 3166-1 alpha-2 country code. ${guess ? `Did you mean "${guess}"?` : 'Use a two-letter code such as "ES" or "GB".'}`,
		});
	});

/**
 * Text of at most `limit` characters, without control characters (C0, C1, bidi, line separators: escape.ts): they
 * would break out of the CSS, CSV, PDF and terminal lines the text is written into, or reorder what a reader sees.
 * Only `lines` fields (long prose) may hold line breaks and tabs.
 */
const text = (what: string, limit: number, { lines = false } = {}) =>
	z
		.string({ error: `must be text: ${what}` })
		.trim()
		.min(1, `is empty: ${what}`)
		.max(limit, `is longer than ${limit} characters: shorten it`)
		.superRefine((value, ctx) => {
			// Line breaks and tabs are controls too, which `lines` fields may hold.
			const found = [...value.matchAll(controlCharacters)].find(([char]) => !(lines && (char === '\n' || char === '\t')));
			if (!found) return;
			const allowed = lines ? 'line breaks, tabs and visible characters' : 'visible characters and spaces on one line';
			ctx.addIssue({ code: 'custom', message: `holds the control character ${characterName(found[0])} at character ${found.index + 1}: remove it (only ${allowed} may be used)` });
		});

/** Plain text, no Markdown or HTML: it is shown in result cards, meta tags and data files. */
const plainText = (what: string, limit: number) =>
	text(what, limit, { lines: true }).refine((value) => !/[*_`#<>[\]]/.test(value), 'must be plain text: remove Markdown or HTML (* _ ` # < > [ ])');

/** A year ("2022") or a year and month ("2022-03"); YAML reads a bare year as a number. */
const yearMonth = z
	.union([z.number(), z.string()], { error: 'must be a year (2022) or a year and month ("2022-03")' })
	.transform(String)
	.pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be a year (2022) or a year and month ("2022-03")'));

const duration = z
	.object({
		start: yearMonth.optional(),
		end: z.union([z.literal('ongoing'), yearMonth], { error: 'must be "ongoing", a year (2024) or a year and month ("2024-06")' }).optional(),
		/** The length the source states; with a start given to the month, the model derives the end from it. */
		months: z.number({ error: 'must be the length in months the source states, as a whole number (24)' }).int('must be a whole number of months (24)').positive('must be a number of months above 0').optional(),
		text: text("the source's own words for the duration", max.durationText, { lines: true }).optional(),
	})
	.strict()
	.refine((d) => !d.start || !d.end || d.end === 'ongoing' || d.end >= d.start, {
		message: 'ends before it starts: check start and end',
		path: ['end'],
	});

/** A date as YAML reads `2026-11-21`, or that text quoted; not whatever `Date` can parse ("November 2024"). */
const isoDate = z
	.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')], { error: 'must be a date written as YYYY-MM-DD' })
	.transform((value) => new Date(value));
const updated = isoDate;
const webAddress = z.url({ protocol: /^https?$/, error: 'must be a full http(s) address, e.g. https://example.org/page' }).max(max.address, `is longer than ${max.address} characters: link a shorter address`);

const link = z
	.object({
		title: text('the title of the linked document', max.linkTitle),
		url: webAddress,
	})
	.strict();

const source = z
	.object(
		{
			document: text('the id of a document listed in content/sources.yaml', max.reference),
			page: z.number({ error: 'must be a page number' }).int().positive().optional(),
			section: text('the part of the document, where it has no pages', max.sourceSection).optional(),
		},
		{ error: 'must give the document (its id in content/sources.yaml) and its page, or its section where it has no pages' },
	)
	.strict();

/** A fact the source leaves out and no field shows; those the fields show are refused with that reason. */
const unstatedFact = z.string({ error: `must be one of: ${declaredUnstatedFacts.codes.join(', ')}` }).superRefine((value, ctx) => {
	if (declaredUnstatedFacts.has(value)) return;
	if (unstatedFacts.has(value)) {
		ctx.addIssue({ code: 'custom', message: `"${value}" is shown from the other fields when they leave it out: remove it here` });
		return;
	}
	const guess = closest(value, declaredUnstatedFacts.codes);
	ctx.addIssue({ code: 'custom', message: `"${value}" is not a fact to record here. ${guess ? `Did you mean "${guess}"?` : `Use one of: ${declaredUnstatedFacts.codes.join(', ')}.`}` });
});

/** `notStated` never contradicts a field, nor repeats itself. */
function checkNotStated(practice: { notStated: string[]; impact?: { figures?: { kind: string }[] } }, ctx: z.RefinementCtx) {
	const contradicted: Record<string, boolean> = {
		results: practice.impact?.figures?.some((figure) => figure.kind === 'result') ?? false,
	};
	practice.notStated.forEach((fact, index) => {
		const path = ['notStated', index];
		if (contradicted[fact]) ctx.addIssue({ code: 'custom', path, message: `"${fact}" contradicts the entry's figures (one is a result): remove it, or correct the figure's kind` });
		else if (practice.notStated.indexOf(fact) !== index) ctx.addIssue({ code: 'custom', path, message: `"${fact}" is listed twice: remove one` });
	});
}

export const practiceSchema = z
	.object({
		title: text('the name of the practice', max.title),
		summary: plainText('one or two sentences saying what the practice is and why it matters', SUMMARY_MAX),
		countries: z.array(country, { error: 'must be a list of country codes, e.g. [ES]' }).default([]),
		place: text('the city or region', max.place).optional(),
		level: code(levels, 'level'),
		type: code(practiceTypes, 'practice type'),
		typeLabel: text("the source's own wording for the type", max.typeLabel).optional(),
		areas: nonEmptyList(code(areas, 'area of intervention'), 'area'),
		theme: code(themes, 'theme').optional(),
		duration: duration.optional(),
		impact: z
			.object({
				summary: text('what the practice achieved, as the source reports it', max.impactSummary, { lines: true }).optional(),
				figures: z
					.array(
						z
							.object({
								value: text('the figure, e.g. "29" or "€1.2 million"', max.figureValue),
								label: text('what the figure counts', max.figureLabel),
								// result: achieved or produced; target: planned or expected; context: describes the situation or the practice's make-up.
								kind: code(figureKinds, 'figure kind'),
							})
							.strict(),
					)
					.optional(),
			})
			.strict()
			.optional(),
		evidence: code(evidenceLevels, 'evidence level'),
		targetGroups: z.array(code(targetGroups, 'target group')).default([]),
		organisations: z
			.object({ lead: z.array(text('an organisation name', max.organisation)).default([]), partners: z.array(text('an organisation name', max.organisation)).default([]) })
			.strict()
			.default({ lead: [], partners: [] }),
		links: z.array(link).default([]),
		notStated: z.array(unstatedFact).default([]),
		source,
		updated,
	})
	.strict()
	.superRefine(checkNotStated)
	// A European or international practice may have no country of its own; every other one has one.
	.refine((practice) => practice.countries.length > 0 || practice.level === 'european' || practice.level === 'international', {
		message: 'needs at least one country code, e.g. [ES] (only a european or international practice may have none)',
		path: ['countries'],
	});

export const lessonSchema = z
	.object({
		title: text('the lesson in a few words', max.title),
		statement: plainText('the lesson in one or two sentences', max.statement),
		topic: code(lessonTopics, 'lesson topic'),
		areas: nonEmptyList(code(areas, 'area of intervention'), 'area'),
		countries: z.array(country).default([]),
		source,
		related: z.array(text('the slug of a practice', max.reference)).default([]),
		updated,
	})
	.strict();

/*
 * Translations hold text only. Facts (codes, dates, figures' values, links' addresses, organisations,
 * the citation) come from the original entry, so that a translation can never contradict it.
 */
export const practiceTranslationSchema = z
	.object({
		title: text('the translated name of the practice', max.title),
		summary: plainText('the translated summary', TRANSLATED_SUMMARY_MAX),
		/** The place as this language names it (Catalogne, Katalonien), where it has a name of its own. */
		place: text('the city or region as this language names it', max.place).optional(),
		impact: z
			.object({
				summary: text('the translated impact summary', max.impactSummary, { lines: true }).optional(),
				/**
				 * One item for each of the original's figures, in its order: the translated label or, where the value has
				 * words or separators to translate ("more than 1,360"), `{ value, label }`, its numbers unchanged.
				 */
				figures: z
					.array(
						z.union([
							text("the translated label of the original's figure, in the same order", max.figureLabel),
							z.object({ value: text('the value in this language, with the same numbers', max.figureValue), label: text('the translated label', max.figureLabel) }).strict(),
						]),
					)
					.optional(),
			})
			.strict()
			.optional(),
		/** One title for each of the original's links, in its order. */
		links: z.array(text("the translated title of the original's link, in the same order", max.linkTitle)).optional(),
		updated,
	})
	.strict();

export const lessonTranslationSchema = z
	.object({
		title: text('the translated lesson in a few words', max.title),
		statement: plainText('the translated statement', max.translatedStatement),
		updated,
	})
	.strict();

/** A page of prose (About): its title; the body is the page. */
export const pageSchema = z.object({ title: text('the page title', max.pageTitle) }).strict();

export const sourceSchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'),
		title: text('the document title', max.documentTitle),
		publisher: text('who published it', max.publisher),
		date: isoDate.optional(),
		reference: text('the document reference', max.reference).optional(),
		place: text('where it was published', max.place).optional(),
		citation: text('the short citation shown on entries', max.citation),
		url: webAddress.optional(),
		paged: z.boolean({ error: 'must be true when entries cite pages of it, else false' }),
	})
	.strict();

export type PracticeData = z.output<typeof practiceSchema>;
export type PracticeTranslationData = z.output<typeof practiceTranslationSchema>;
export type LessonTranslationData = z.output<typeof lessonTranslationSchema>;
export type LessonData = z.output<typeof lessonSchema>;
export type SourceData = z.output<typeof sourceSchema>;
