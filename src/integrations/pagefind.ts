/**
 * Builds the Pagefind search index at the end of every build: for each language, bundles of at most
 * PAGES_PER_BUNDLE entry pages, at urls.pagefind(locale, part), each by an indexer process of its own that
 * ends before the next starts. Pagefind holds a bundle's pages in memory while it writes it, and more than
 * in proportion: one bundle of a language's 10,000 pages took 1.4 GB, a bundle of 2,000 about 0.33 GB and one
 * of 1,500 about 0.25 GB, which keeps the indexing phase (Astro's process plus one indexer) under the build's
 * other peaks at 10,000 entries; more bundles cost a typed query more requests. The search page merges a language's bundles (Pagefind's mergeIndex); with the real content each
 * language has one. Any indexing error fails the build.
 *
 * It then writes, per language, the bundles' addresses and Pagefind's page id for each entry of the search
 * page's own index (model/search-index.ts), in entry-number order: the search page asks Pagefind which
 * pages match the typed words, and turns them into entry numbers with this list.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { type Locale, locales } from '../i18n/locales.ts';
import { urls } from '../i18n/urls.ts';
import type { SearchIndexFile, SearchPagefindFile } from '../model/search-index.ts';

/** Entry pages in one Pagefind bundle, unless the integration is given another number. */
const PAGES_PER_BUNDLE = 1500;

/** The attribute that marks a page's searchable text (SearchData and the entry layouts write it). */
const BODY_MARK = 'data-pagefind-body';

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

export function pagefind({ pagesPerBundle = PAGES_PER_BUNDLE } = {}): AstroIntegration {
	return {
		name: 'intercultural-practices:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const bundles = new Map<Locale, string[]>();
				let pages = 0;
				const started = performance.now();
				collectGarbage();
				try {
					for (const locale of locales) {
						const indexed = await indexLanguage(site, locale, pagesPerBundle);
						bundles.set(locale, indexed.bundles);
						pages += indexed.pages;
					}
				} finally {
					await close();
				}
				if (pages === 0) check('index the site', [`no page has ${BODY_MARK}`]);
				logger.info(`Indexed ${pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s.`);
				check('match its pages to the search page’s entries', await writeEntryIds(site, bundles));
			},
		},
	};
}

/** Indexes one language's entry pages, a bundle at a time; returns the bundles' addresses and how many pages. */
async function indexLanguage(site: string, locale: Locale, pagesPerBundle: number): Promise<{ bundles: string[]; pages: number }> {
	const files = (await readdir(join(site, locale), { recursive: true }).catch(() => []))
		.filter((name) => name.endsWith('.html'))
		.sort();
	const bundles: string[] = [];
	let index: PagefindIndex | undefined;
	let inBundle = 0;
	let pages = 0;
	const write = async () => {
		const bundle = urls.pagefind(locale, bundles.length);
		check(`write the ${locale} index`, (await index!.writeFiles({ outputPath: join(site, bundle) })).errors);
		bundles.push(bundle);
		await index!.deleteIndex();
		// A new indexer for each bundle: the old one's memory goes back to the system.
		await close();
		index = undefined;
		inBundle = 0;
	};
	for (const name of files) {
		const content = await readFile(join(site, locale, name), 'utf8');
		// Pagefind skips unmarked pages only in a bundle that has a marked one: choose them here.
		if (!content.includes(BODY_MARK)) continue;
		if (!index) {
			const created = await createIndex({});
			check('start', created.errors);
			index = created.index!;
		}
		check(`index ${locale}/${name}`, (await index.addHTMLFile({ sourcePath: `${locale}/${name}`, content })).errors);
		pages++;
		if (++inBundle === pagesPerBundle) await write();
	}
	if (index) await write();
	return { bundles, pages };
}

/**
 * A full garbage collection of this (Astro's) process. Rendering leaves hundreds of megabytes of garbage that
 * V8 would give back only after a while; collected now, the memory is back with the system before the
 * indexer processes take theirs, rather than held alongside them.
 */
function collectGarbage(): void {
	setFlagsFromString('--expose-gc');
	// "last-resort" also gives the freed pages back at once, as V8 does when memory runs out.
	(runInNewContext('gc') as (options: object) => void)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

function check(step: string, errors: string[]): void {
	if (errors.length) throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Writes each language's list of Pagefind ids by entry number; returns what stopped it. */
export async function writeEntryIds(site: string, bundles: ReadonlyMap<Locale, string[]>): Promise<string[]> {
	const ids = new Map<string, string[]>();
	const problems: string[] = [];
	const fragmentFiles = await Promise.all(
		[...bundles.values()].flat().map(async (bundle) => {
			const dir = join(site, bundle, 'fragment');
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
		const file: SearchPagefindFile = { bundles: bundles.get(locale) ?? [], ids: list };
		await writeFile(join(site, urls.searchPagefind(locale)), JSON.stringify(file));
	}
	return problems;
}
