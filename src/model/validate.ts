/**
 * Checks every entry against its schema and against the other entries, and reports each problem as
 * one line: file, field, what is wrong, and the fix. `npm run validate` and the build share it.
 */
import type { z } from 'astro/zod';
import { terminalText } from '../escape.ts';
import { defaultLocale, isLocale, locales } from '../i18n/locales.ts';
import { listSubpaths } from '../i18n/urls.ts';
import { type BodyProblem, checkBody } from './entry-body.ts';
import { type EntryFile, SYMBOLIC_LINK } from './entry-files.ts';
import { fieldLine } from './field-line.ts';
import { lessonSchema, lessonTranslationSchema, pageSchema, practiceSchema, practiceTranslationSchema, sourceSchema } from './schema.ts';
import { closest } from './suggest.ts';

export interface Problem {
	path: string;
	/** The line in the file, where the problem has one. */
	line?: number;
	field: string;
	message: string;
}

/**
 * `content/practices/en/x.mdx:12: body: …`, the file:line form editors' tools jump to. Always one line that
 * starts with the file: contributor text in a file name or a message cannot start a line of its own.
 */
export function formatProblem({ path, line, field, message }: Problem): string {
	return terminalText(`${path}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${message}`);
}

/**
 * The problem as a GitHub Actions annotation, shown on the file's line in a pull request. `line` is the
 * problem's own line or, for a field, the line of the field in the file.
 */
export function formatAnnotation(problem: Problem, line = problem.line): string {
	const escape = (text: string) => terminalText(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
	const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const where = [`file=${property(problem.path)}`, ...(line ? [`line=${line}`] : []), `title=${property(problem.field || 'entry')}`].join(',');
	return `::error ${where}::${escape(problem.message)}`;
}


const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** `areas[1]`, `source.page`: the field as an editor would look for it in the frontmatter. */
function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

type Def = { shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType };

/** The field names of the object at `path` in the schema: the candidates for a mistyped key there. */
function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
	const def = schema._zod.def as Def;
	const inner = def.innerType ?? def.element ?? def.in;
	if (def.shape) {
		if (path.length === 0) return Object.keys(def.shape);
		const next = def.shape[String(path[0])];
		return next ? fieldNamesAt(next, path.slice(1)) : [];
	}
	if (!inner) return [];
	// Array indices are not part of the schema's shape.
	return fieldNamesAt(inner, def.element && typeof path[0] === 'number' ? path.slice(1) : path);
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

function schemaProblems(path: string, schema: z.ZodObject, data: unknown): Problem[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.flatMap((issue): Problem[] => {
		if (issue.code === 'unrecognized_keys') {
			// Zod reports unknown keys on the object holding them; editors look for the key itself.
			return issue.keys.map((key) => {
				const guess = closest(key, fieldNamesAt(schema, issue.path));
				const fix = guess ? `Did you mean "${guess}"?` : 'Remove it (see docs/editing.md for the fields).';
				return { path, field: fieldPath([...issue.path, key]), message: `is not a field of this entry. ${fix}` };
			});
		}
		const missing = valueAt(data, issue.path) === undefined;
		return [{ path, field: fieldPath(issue.path), message: missing ? `is missing: add it (it ${issue.message}; see docs/editing.md)` : issue.message }];
	});
}

export interface ValidationInput {
	entries: EntryFile[];
	/** The parsed content/sources.yaml. */
	sources: unknown;
	/** Why content/sources.yaml could not be read, if it could not. */
	sourcesError?: string;
	sourcesPath?: string;
	/** content/sources.yaml as written, to give a field's problem its line. */
	sourcesText?: string;
	/** The pages of prose (content/pages/), checked for code and for their title. */
	pages?: EntryFile<string>[];
	/** Symbolic links under content/ and public/, which are refused. */
	links?: string[];
}

const notASiteLanguage = ({ path, locale }: EntryFile<string>): Problem => ({
	path,
	field: '',
	message: `is in "${locale}", which is not a site language: move it under one of ${locales.join(', ')}`,
});

const originalFields = { practices: Object.keys(practiceSchema.shape), lessons: Object.keys(lessonSchema.shape) };

/** A translation holds text only: a fact field is refused with why, the rest is checked by its schema. */
function translationProblems(file: EntryFile, data: Record<string, unknown>): Problem[] {
	const schema = file.collection === 'practices' ? practiceTranslationSchema : lessonTranslationSchema;
	const textFields = Object.keys(schema.shape);
	const facts = Object.keys(data).filter((key) => !textFields.includes(key) && originalFields[file.collection].includes(key));
	const text = Object.fromEntries(Object.entries(data).filter(([key]) => !facts.includes(key)));
	return [
		...facts.map((key) => ({ path: file.path, field: key, message: 'is a fact, which a translation takes from the original entry (so that it can never contradict it): remove it' })),
		...schemaProblems(file.path, schema, text),
	];
}

/** The digits of a figure, whatever the separators: "1,360", "1 360" and "1.360" are all "1360". */
const digitsOf = (value: string) => value.replace(/\D/g, '');

/** The same figure written out where English abbreviates thousands: "850k" is also "850 000" (« 850 000 », „850.000“). */
const digitsWrittenOut = (value: string) => digitsOf(value.replace(/(\d+)\s?k\b/gi, '$1000'));

const sameNumbers = (translated: string, original: string) =>
	digitsOf(translated) === digitsOf(original) || digitsOf(translated) === digitsWrittenOut(original);

/** A translation's texts match the original's one to one: an impact summary for an impact summary, a label per figure, a title per link. */
function matchesOriginal(path: string, translation: Record<string, unknown>, original: Record<string, unknown>): Problem[] {
	const problems: Problem[] = [];
	const impact = (original.impact ?? {}) as { summary?: unknown; figures?: unknown[] };
	const translated = (translation.impact ?? {}) as { summary?: unknown; figures?: unknown };
	if (impact.summary !== undefined && translated.summary === undefined) problems.push({ path, field: 'impact.summary', message: 'is missing: the original has an impact summary; translate it' });
	if (impact.summary === undefined && translated.summary !== undefined) problems.push({ path, field: 'impact.summary', message: 'has no original: the original entry has no impact summary; remove it' });
	const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);
	const figures = count(impact.figures);
	if (count(translated.figures) !== figures) {
		problems.push({ path, field: 'impact.figures', message: `has ${count(translated.figures)} labels, but the original has ${figures} figures: give one label per figure, in the original's order` });
	} else if (Array.isArray(translated.figures)) {
		// A translated value may reword "more than 1,360" but never change its numbers.
		translated.figures.forEach((item: unknown, i) => {
			const value = (item as { value?: unknown }).value;
			const originalValue = String((impact.figures![i] as { value?: unknown }).value ?? '');
			if (typeof value === 'string' && !sameNumbers(value, originalValue)) {
				problems.push({ path, field: `impact.figures[${i}].value`, message: `"${value}" has other numbers than the original's "${originalValue}": keep the same numbers, only their wording and separators change` });
			}
		});
	}
	if (translation.place !== undefined && original.place === undefined) problems.push({ path, field: 'place', message: 'has no original: the original entry names no place; remove it' });
	if (translation.links !== undefined && count(translation.links) !== count(original.links)) {
		problems.push({ path, field: 'links', message: `has ${count(translation.links)} titles, but the original has ${count(original.links)} links: give one title per link, in the original's order` });
	}
	return problems;
}

/** The body's problems; should checking it fail in a way no test foresaw, that is the file's problem, not the run's. */
function bodyProblems(file: EntryFile<string>): BodyProblem[] {
	try {
		return checkBody(file.body, file.bodyLine);
	} catch (error) {
		return [{ message: `could not be checked (${error instanceof Error ? error.message : String(error)}): simplify its structure, and report this to the maintainers` }];
	}
}

/** Every problem, with the line of its field where the problem has no line of its own. */
export function validate(input: ValidationInput): Problem[] {
	const { entries, pages = [], sourcesPath = 'content/sources.yaml', sourcesText } = input;
	const yamlOf = new Map<string, [text: string, firstLine: number]>([...entries, ...pages].filter((file) => file.frontmatter).map((file) => [file.path, [file.frontmatter!, 2]]));
	if (sourcesText) yamlOf.set(sourcesPath, [sourcesText, 1]);
	return problemsOf(input).map((problem) => {
		const yaml = yamlOf.get(problem.path);
		return problem.line || !problem.field || !yaml ? problem : { ...problem, line: fieldLine(yaml[0], problem.field, yaml[1]) };
	});
}

function problemsOf({ entries, sources, sourcesError, sourcesPath = 'content/sources.yaml', pages = [], links = [] }: ValidationInput): Problem[] {
	const problems: Problem[] = links.map((path) => ({ path, field: '', message: SYMBOLIC_LINK }));

	for (const page of pages) {
		for (const { line, message } of bodyProblems(page)) problems.push({ path: page.path, line, field: 'body', message });
		if (page.error) problems.push({ path: page.path, field: '', message: page.error });
		else if (!isLocale(page.locale)) problems.push(notASiteLanguage(page));
		else problems.push(...schemaProblems(page.path, pageSchema, page.data));
	}

	// The sources list.
	const sourceIds = new Map<string, boolean>();
	if (sourcesError) {
		problems.push({ path: sourcesPath, field: '', message: sourcesError });
	} else if (!Array.isArray(sources)) {
		problems.push({ path: sourcesPath, field: '', message: 'must be a list of source documents' });
	} else {
		sources.forEach((source, index) => {
			for (const problem of schemaProblems(sourcesPath, sourceSchema, source)) {
				problems.push({ ...problem, field: `[${index}]${problem.field ? `.${problem.field}` : ''}` });
			}
			const parsed = sourceSchema.safeParse(source);
			if (!parsed.success) return;
			if (sourceIds.has(parsed.data.id)) problems.push({ path: sourcesPath, field: `[${index}].id`, message: `"${parsed.data.id}" is listed twice: give each document one entry` });
			sourceIds.set(parsed.data.id, parsed.data.paged);
		});
	}

	// Each file on its own.
	const readable: { file: EntryFile; data: Record<string, unknown> }[] = [];
	for (const file of entries) {
		const { path } = file;
		// First, and whatever else is wrong: an entry's body must carry no code.
		for (const { line, message } of bodyProblems(file)) problems.push({ path, line, field: 'body', message });
		if (file.error || typeof file.data !== 'object' || file.data === null) {
			problems.push({ path, field: '', message: file.error ?? 'has empty frontmatter: fill in the fields (see docs/editing.md)' });
			continue;
		}
		if (!isLocale(file.locale)) {
			problems.push(notASiteLanguage(file));
			continue;
		}
		if (file.extension !== 'mdx') problems.push({ path, field: '', message: 'must be an .mdx file: rename it' });
		if ((listSubpaths as readonly string[]).includes(file.slug)) {
			problems.push({ path, field: '', message: `has the name "${file.slug}", which the site uses for an address of its own (/en/${file.collection}/${file.slug}/): rename the file` });
		} else if (!SLUG.test(file.slug)) {
			const fixed = file.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
			problems.push({ path, field: '', message: `has a file name that is not a valid slug: rename it to "${fixed}.${file.extension}" (lower-case words joined by hyphens)` });
		}
		if (file.locale === defaultLocale) {
			problems.push(...schemaProblems(path, file.collection === 'practices' ? practiceSchema : lessonSchema, file.data));
		} else {
			problems.push(...translationProblems(file, file.data as Record<string, unknown>));
		}
		readable.push({ file, data: file.data as Record<string, unknown> });
	}

	// Across entries. These read the raw values, so that they report even on an entry with other problems.
	const seen = new Map<string, string>();
	const titles = new Map<string, string>();
	const practiceSlugs = new Set(entries.filter((e) => e.collection === 'practices').map((e) => e.slug));
	for (const file of entries) {
		const key = `${file.collection}/${file.locale}/${file.slug.toLowerCase()}`;
		const other = seen.get(key);
		if (other) problems.push({ path: file.path, field: '', message: `has the same slug as ${other}: rename one of them` });
		else seen.set(key, file.path);
		if (isLocale(file.locale) && file.locale !== defaultLocale && !entries.some((e) => e.collection === file.collection && e.locale === defaultLocale && e.slug === file.slug)) {
			problems.push({ path: file.path, field: '', message: `is a translation of nothing: add content/${file.collection}/${defaultLocale}/${file.slug}.mdx, or give it the slug of the entry it translates` });
		}
	}
	const originals = new Map(readable.filter(({ file }) => file.locale === defaultLocale).map(({ file, data }) => [`${file.collection}/${file.slug}`, data]));
	for (const { file, data } of readable) {
		const original = file.locale !== defaultLocale && originals.get(`${file.collection}/${file.slug}`);
		if (original) problems.push(...matchesOriginal(file.path, data, original));
		if (typeof data.title === 'string') {
			const titleKey = `${file.collection}/${file.locale}/${data.title.trim().toLowerCase()}`;
			const twin = titles.get(titleKey);
			if (twin) problems.push({ path: file.path, field: 'title', message: `is the same as in ${twin}: make the titles distinct` });
			else titles.set(titleKey, file.path);
		}
		const source = data.source as { document?: unknown; page?: unknown } | undefined;
		if (typeof source?.document === 'string') {
			const paged = sourceIds.get(source.document);
			if (paged === undefined) {
				const guess = closest(source.document, sourceIds.keys());
				problems.push({ path: file.path, field: 'source.document', message: `"${source.document}" is not in ${sourcesPath}. ${guess ? `Did you mean "${guess}"?` : 'Add the document there first.'}` });
			} else if (paged && source.page === undefined) {
				problems.push({ path: file.path, field: 'source.page', message: 'is missing: this document has pages, so give the page the entry comes from' });
			}
		}
		if (Array.isArray(data.related)) {
			data.related.forEach((slug: unknown, index) => {
				if (typeof slug !== 'string' || practiceSlugs.has(slug)) return;
				const guess = closest(slug, practiceSlugs);
				problems.push({ path: file.path, field: `related[${index}]`, message: `"${slug}" is not a practice. ${guess ? `Did you mean "${guess}"?` : 'Use the file name of a practice, without .mdx.'}` });
			});
		}
	}
	return problems;
}
