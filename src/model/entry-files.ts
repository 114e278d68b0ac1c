/**
 * Reads entry files straight from disk, for the validator and editorial checks that run outside Astro.
 * Frontmatter is parsed with js-yaml, as Astro's loader does, so both see the same values.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { ENTRY_FILE_MAX_BYTES } from './limits.ts';

export const collections = ['practices', 'lessons'] as const;
/** The site's own pages of prose (About), one file per locale: content too, and checked like entries. */
export const pageCollection = 'pages';
export type CollectionName = (typeof collections)[number];

/** The content folder: `content/` in the project, or $CONTENT_DIR (the benchmark builds a generated corpus). */
export function contentDir(root: string): string {
	return resolve(root, process.env.CONTENT_DIR ?? 'content');
}

export interface EntryFile<Collection extends string = CollectionName> {
	/** Path relative to the project root, as editors see it. */
	path: string;
	collection: Collection;
	locale: string;
	/** The file name without its extension. */
	slug: string;
	extension: string;
	/** The parsed frontmatter, or undefined when it could not be parsed (see `error`). */
	data: unknown;
	body: string;
	/** The line of the file the body starts on. */
	bodyLine: number;
	/** The frontmatter's YAML, which starts on the file's line 2: to give a field's problem its line. */
	frontmatter?: string;
	error?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** An unquoted YAML date value: `updated: 2026-11-21`, also as a list item. */
const DATE_LINE = /^\s*(?:-\s+)?([\w-]+):\s+(\d{4})-(\d{2})-(\d{2})\s*(?:#.*)?$/;

/**
 * js-yaml, like Astro's loader, turns an impossible date such as 2026-13-45 into a real one
 * (2027-02-14) without a word, so the schema never sees it: it is caught in the text instead.
 */
function impossibleDate(text: string, firstLine: number): string | undefined {
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		const match = DATE_LINE.exec(line);
		if (!match) continue;
		const [, key, year, month, day] = match;
		const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
		if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) {
			return `${key} (line ${index + firstLine}): "${year}-${month}-${day}" is not a real date: write a date that exists, as YYYY-MM-DD`;
		}
	}
	return undefined;
}

/**
 * Parses YAML as Astro's loader does, and reports what it would hide: a syntax error, with its line,
 * and an impossible date. `firstLine` is the file's line the YAML starts on.
 */
function parseYaml(text: string, firstLine: number, what: string): { data?: unknown; error?: string } {
	try {
		const data = yaml.load(text) ?? {};
		const error = impossibleDate(text, firstLine);
		return error ? { error } : { data };
	} catch (error) {
		const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
		const line = error instanceof yaml.YAMLException ? ` (line ${error.mark.line + firstLine})` : '';
		return { error: `${what} is not valid YAML${line}: ${reason}` };
	}
}

export function parseEntry(source: string): { data?: unknown; body: string; bodyLine: number; frontmatter?: string; error?: string } {
	const match = FRONTMATTER.exec(source);
	if (!match) return { body: source, bodyLine: 1, error: 'has no frontmatter: start the file with a --- block' };
	const body = match[2];
	const bodyLine = source.slice(0, source.length - body.length).split('\n').length;
	// The frontmatter starts on line 2, below the opening ---.
	return { ...parseYaml(match[1], 2, 'has frontmatter that'), body, bodyLine, frontmatter: match[1] };
}

/**
 * Why a file cannot be read as an entry before its text is: a symbolic link (the build would publish
 * whatever it points to on the machine that builds the site), or a file too large for an entry.
 */
async function unreadable(path: string): Promise<string | undefined> {
	const stats = await lstat(path);
	if (stats.isSymbolicLink()) return SYMBOLIC_LINK;
	if (stats.size > ENTRY_FILE_MAX_BYTES) {
		return `is ${Math.ceil(stats.size / 1000)} kB, more than the ${ENTRY_FILE_MAX_BYTES / 1000} kB an entry may be: shorten it, or split it into several entries`;
	}
	return undefined;
}

export const SYMBOLIC_LINK = 'is a symbolic link, which the build would follow to whatever it points to on the machine that builds the site: commit the file itself';

/** Every symbolic link under these folders (content/, public/), as paths relative to the project root. */
export async function symbolicLinks(root: string, dirs: readonly string[]): Promise<string[]> {
	const found: string[] = [];
	const walk = async (dir: string) => {
		for (const item of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
			const path = join(dir, item.name);
			if (item.isSymbolicLink()) found.push(relative(root, path));
			else if (item.isDirectory()) await walk(path);
		}
	};
	for (const dir of dirs) await walk(resolve(root, dir));
	return found.sort();
}

/** The practices and lessons, originals and translations. */
export const readEntryFiles = (root: string) => readCollections(root, collections);

/** The pages of prose in content/pages/<locale>/. */
export const readPageFiles = (root: string) => readCollections(root, [pageCollection]);

async function readCollections<Collection extends string>(root: string, names: readonly Collection[]): Promise<EntryFile<Collection>[]> {
	const files: EntryFile<Collection>[] = [];
	for (const collection of names) {
		const dir = join(contentDir(root), collection);
		const locales = await readdir(dir, { withFileTypes: true }).catch(() => []);
		for (const locale of locales) {
			if (!locale.isDirectory()) continue;
			for (const name of (await readdir(join(dir, locale.name))).sort()) {
				const match = /^(.*)\.(mdx?)$/s.exec(name);
				if (!match) continue;
				const path = join(dir, locale.name, name);
				const error = await unreadable(path);
				const parsed: ReturnType<typeof parseEntry> = error ? { body: '', bodyLine: 1, error } : parseEntry(await readFile(path, 'utf8'));
				files.push({
					path: relative(root, path),
					collection,
					locale: locale.name,
					slug: match[1],
					extension: match[2],
					data: parsed.data,
					body: parsed.body,
					bodyLine: parsed.bodyLine,
					frontmatter: parsed.frontmatter,
					error: parsed.error,
				});
			}
		}
	}
	return files;
}

/** content/sources.yaml, checked like an entry's frontmatter: its data, or why it cannot be read. */
export async function readSourcesFile(root: string): Promise<{ data?: unknown; text?: string; error?: string }> {
	const text = await readFile(join(contentDir(root), 'sources.yaml'), 'utf8').catch(() => undefined);
	if (text === undefined) return { error: 'is missing: list the source documents there (see docs/editing.md)' };
	return { ...parseYaml(text, 1, 'is a file that'), text };
}

/** Everything the validator reads: entries, pages, the sources list and the symbolic links under content/ and public/. */
export async function readContent(root: string) {
	const sources = await readSourcesFile(root);
	return {
		entries: await readEntryFiles(root),
		pages: await readPageFiles(root),
		sources: sources.data,
		sourcesError: sources.error,
		sourcesText: sources.text,
		links: await symbolicLinks(root, [contentDir(root), 'public']),
	};
}
