/**
 * Builds the Pagefind search index at the end of every build, with Pagefind's Node API: one bundle per
 * language, at /pagefind/{locale}/, each by an indexer process of its own that ends before the next starts,
 * so that indexing holds one language's pages at a time rather than every language's. Any indexing error
 * fails the build.
 *
 * It then writes, per language, Pagefind's page id for each entry of the search page's own index
 * (model/search-index.ts), in entry-number order: the search page asks Pagefind which pages match
 * the typed words, and turns them into entry numbers with this list.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { locales } from '../i18n/locales.ts';
import { urls } from '../i18n/urls.ts';
import type { SearchIndexFile } from '../model/search-index.ts';

/** What a fragment file holds once gunzipped: this signature, then the page as JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

export interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

/** One page as Pagefind wrote it, or undefined if the file is not in the format this reader knows. */
export function parseFragment(file: Uint8Array): Fragment | undefined {
	const text = gunzipSync(file).toString('utf8');
	return text.startsWith(FRAGMENT_SIGNATURE) ? JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) : undefined;
}

export function pagefind(): AstroIntegration {
	return {
		name: 'intercultural-practices:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const fail = (step: string, errors: string[]) => {
					throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
				};
				let pages = 0;
				try {
					for (const locale of locales) {
						const { index, errors } = await createIndex({});
						if (!index || errors.length) return fail('start', errors);
						const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.{html}` });
						if (added.errors.length) return fail(`index the ${locale} pages`, added.errors);
						const written = await index.writeFiles({ outputPath: join(site, urls.pagefind(locale)) });
						if (written.errors.length) return fail(`write the ${locale} index`, written.errors);
						await index.deleteIndex();
						// A new indexer for each language: the old one's memory goes back to the system, rather
						// than staying with a process that grows with each language it has held.
						await close();
						pages += added.page_count;
					}
					if (pages === 0) return fail('index the site', ['no page has data-pagefind-body']);
					logger.info(`Indexed ${pages} pages.`);
				} finally {
					await close();
				}
				const problems = await writeEntryIds(site);
				if (problems.length) fail('match its pages to the search page’s entries', problems);
			},
		},
	};
}

/** Writes each language's list of Pagefind ids by entry number; returns what stopped it. */
export async function writeEntryIds(site: string): Promise<string[]> {
	const ids = new Map<string, string[]>();
	const problems: string[] = [];
	const fragmentFiles = await Promise.all(
		locales.map(async (locale) => {
			const dir = join(site, urls.pagefind(locale), 'fragment');
			return (await readdir(dir).catch(() => [])).map((name) => ({ name, path: join(dir, name) }));
		}),
	);
	for (const { name, path } of fragmentFiles.flat()) {
		const fragment = parseFragment(await readFile(path));
		if (!fragment) return [`${name} is not a Pagefind fragment of a known format`];
		const { url, meta } = fragment;
		const locale = locales.find((candidate) => url.startsWith(urls.home(candidate)));
		const entry = Number(meta.entry);
		if (!locale || !Number.isInteger(entry)) {
			problems.push(`${url} has no entry number (the \`entry\` meta that SearchData writes)`);
			continue;
		}
		const list = ids.get(locale) ?? ids.set(locale, []).get(locale)!;
		if (list[entry]) problems.push(`${url} has entry number ${entry}, already taken`);
		list[entry] = name.replace(/\.pf_fragment$/, '');
	}
	for (const locale of locales) {
		const index: SearchIndexFile = JSON.parse(await readFile(join(site, urls.searchIndex(locale)), 'utf8'));
		const list = ids.get(locale) ?? [];
		const missing = Array.from({ length: index.size }, (_, n) => n).filter((n) => !list[n]);
		if (list.length !== index.size || missing.length) {
			problems.push(`${locale}: the search page has ${index.size} entries; Pagefind has ${list.length}, without numbers ${missing.slice(0, 5).join(', ') || 'none'}`);
		}
		await writeFile(join(site, urls.searchPagefindIds(locale)), JSON.stringify(list));
	}
	return problems;
}
