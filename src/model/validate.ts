/**
 * Checks every entry against its schema and against the other entries, and reports each problem as
 * one line: file, field, what is wrong, and the fix. `npm run validate` and the build share it.
 */
import type { z } from 'astro/zod';
import { defaultLocale, isLocale, locales } from '../i18n/locales.ts';
import { checkBody } from './entry-body.ts';
import type { EntryFile } from './entry-files.ts';
import { lessonSchema, practiceSchema, sourceSchema } from './schema.ts';
import { closest } from './suggest.ts';

export interface Problem {
	path: string;
	/** The line in the file, where the problem has one. */
	line?: number;
	field: string;
	message: string;
}

/** `content/practices/en/x.mdx:12: body: …`, the file:line form editors' tools jump to. */
export function formatProblem({ path, line, field, message }: Problem): string {
	return `${path}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${message}`;
}

/**
 * The problem as a GitHub Actions annotation, shown on the file's line in a pull request. `line` is the
 * problem's own line or, for a field, the line of the field in the file.
 */
export function formatAnnotation(problem: Problem, line = problem.line): string {
	const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const property = (text: string) => escape(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const where = [`file=${property(problem.path)}`, ...(line ? [`line=${line}`] : []), `title=${property(problem.field || 'entry')}`].join(',');
	return `::error ${where}::${escape(problem.message)}`;
}

/** The line of a frontmatter field ("areas[1]" → the line of `areas:`) in an entry's text, if it is there. */
export function fieldLine(text: string, field: string): number | undefined {
	const key = field.split(/[.[]/)[0];
	if (!key) return undefined;
	const index = text.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
	return index >= 0 ? index + 1 : undefined;
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
}

export function validate({ entries, sources, sourcesError, sourcesPath = 'content/sources.yaml' }: ValidationInput): Problem[] {
	const problems: Problem[] = [];

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
		for (const { line, message } of checkBody(file.body, file.bodyLine)) problems.push({ path, line, field: 'body', message });
		if (file.error || typeof file.data !== 'object' || file.data === null) {
			problems.push({ path, field: '', message: file.error ?? 'has empty frontmatter: fill in the fields (see docs/editing.md)' });
			continue;
		}
		if (!isLocale(file.locale)) {
			problems.push({ path, field: '', message: `is in "${file.locale}", which is not a site language: move it under one of ${locales.join(', ')}` });
			continue;
		}
		if (file.extension !== 'mdx') problems.push({ path, field: '', message: 'must be an .mdx file: rename it' });
		if (!SLUG.test(file.slug)) {
			const fixed = file.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
			problems.push({ path, field: '', message: `has a file name that is not a valid slug: rename it to "${fixed}.${file.extension}" (lower-case words joined by hyphens)` });
		}
		const schema = file.collection === 'practices' ? practiceSchema : lessonSchema;
		problems.push(...schemaProblems(path, schema, file.data));
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
	for (const { file, data } of readable) {
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
