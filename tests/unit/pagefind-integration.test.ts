/**
 * The index step of the build: it writes an index per language and the list that turns Pagefind's
 * results into the search page's entry numbers, and fails the build when it cannot.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind.ts';
import { locales } from '../../src/i18n/locales.ts';
import { encodeSearchIndex } from '../../src/model/search-index.ts';
import { readFragment, readSearchPagefind } from '../support/pagefind.ts';

const entryPage = (title: string, entry?: number) =>
	`<html lang="en"><body><main data-pagefind-body>${entry === undefined ? '' : `<span data-pagefind-meta="entry:${entry}"></span>`}<h1>${title}</h1><p>Trains agents.</p></main></body></html>`;

const index = (entries: number) => JSON.stringify(encodeSearchIndex(Array.from({ length: entries }, () => ({ filters: {}, sort: {} }))));

/** A built site: the English pages given, a search page index of `entries` entries, and empty other languages. */
function site(pages: Record<string, string>, entries: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'ip-pagefind-'));
	const files = { ...pages, ...Object.fromEntries(locales.map((locale) => [`${locale}/search/index.json`, index(locale === 'en' ? entries : 0)])) };
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

async function buildDone(dir: string, pagesPerBundle?: number) {
	const hook = pagefind({ pagesPerBundle }).hooks['astro:build:done']!;
	const logger = { info: () => undefined };
	await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
}

describe('the Pagefind integration', () => {
	it('indexes the pages marked as entry content, per language', async () => {
		const dir = site({ 'en/a/index.html': entryPage('Anti-rumours', 0), 'en/nav/index.html': '<html lang="en"><body><h1>Navigation only</h1></body></html>' }, 1);
		await buildDone(dir);
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind/en/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(1);
		expect(existsSync(join(dir, 'pagefind/en/pagefind.js'))).toBe(true);
	});

	it('lists Pagefind’s page ids in the order of the entry numbers', async () => {
		const dir = site({ 'en/b/index.html': entryPage('Bilbao', 1), 'en/a/index.html': entryPage('Anti-rumours', 0), 'en/c/index.html': entryPage('Cities', 2) }, 3);
		await buildDone(dir);
		const { bundles, ids } = readSearchPagefind(dir);
		expect(bundles).toEqual(['/pagefind/en/']);
		expect(ids.map((id) => readFragment(dir, id).url)).toEqual(['/en/a/', '/en/b/', '/en/c/']);
	});

	it('indexes a large language in bundles of at most the given number of pages, and lists them all', async () => {
		const pages = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((name, n) => [`en/${name}/index.html`, entryPage(`Page ${name}`, n)]));
		const dir = site({ ...pages, 'en/nav/index.html': '<html lang="en"><body><h1>Navigation only</h1></body></html>' }, 5);
		await buildDone(dir, 2);
		const { bundles, ids } = readSearchPagefind(dir);
		expect(bundles).toEqual(['/pagefind/en/', '/pagefind/en/part-1/', '/pagefind/en/part-2/']);
		const counts = bundles.map((bundle) => JSON.parse(readFileSync(join(dir, bundle, 'pagefind-entry.json'), 'utf8')).languages.en.page_count);
		expect(counts).toEqual([2, 2, 1]);
		expect(ids.map((id) => readFragment(dir, id).url)).toEqual(['/en/a/', '/en/b/', '/en/c/', '/en/d/', '/en/e/']);
	});

	it('fails the build when an entry page has no number, or the numbers do not cover the index', async () => {
		await expect(buildDone(site({ 'en/a/index.html': entryPage('Anti-rumours') }, 1))).rejects.toThrow('/en/a/ has no entry number');
		await expect(buildDone(site({ 'en/a/index.html': entryPage('Anti-rumours', 0) }, 2))).rejects.toThrow('the search page has 2 entries; Pagefind has 1, without numbers 1');
	});

	it('fails the build when the site cannot be indexed', async () => {
		await expect(buildDone(join(tmpdir(), 'ip-pagefind-missing', String(Date.now())))).rejects.toThrow('Pagefind could not');
	});
});

