/**
 * A language indexed in several Pagefind bundles, as a large corpus is (integrations/pagefind.ts), searched
 * in a real Chromium: the built site is indexed again in bundles of 25 pages, and a query finds on it what
 * it finds on the built site, where each language has one bundle.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pagefind } from '../../src/integrations/pagefind.ts';
import { useSite } from '../support/browser.ts';
import { readSearchPagefind } from '../support/pagefind.ts';
import { dist } from '../support/paths.ts';

const PAGES_PER_BUNDLE = 25;

async function splitSite(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'ip-bundles-'));
	await cp(dist, dir, { recursive: true, filter: (path) => !path.endsWith('.pdf') });
	await rm(join(dir, 'pagefind'), { recursive: true });
	const hook = pagefind({ pagesPerBundle: PAGES_PER_BUNDLE }).hooks['astro:build:done'] as (options: unknown) => Promise<void>;
	await hook({ dir: pathToFileURL(`${dir}/`), logger: { info: () => undefined } });
	return dir;
}

let split = '';
const whole = useSite();
const parts = useSite(async () => (split = await splitSite()));

async function found(page: Page, query: string) {
	await page.locator('#q').fill(query);
	await page.waitForFunction(() => !document.querySelector('[aria-busy]') && document.querySelector('[data-results]:not([hidden]) .result'));
	const results = page.locator('[data-results] .result');
	return {
		count: await page.locator('[data-count-text]').textContent(),
		first: await results.first().locator('h3 a').getAttribute('href'),
		marked: await results.first().locator('mark').count(),
	};
}

describe('a language in several Pagefind bundles', () => {
	it('is written in bundles of the given size, all listed for the search page', () => {
		const { bundles, ids } = readSearchPagefind(split);
		expect(bundles.length).toBe(Math.ceil(ids.length / PAGES_PER_BUNDLE));
		expect(bundles.length).toBeGreaterThan(1);
	});

	it.each(['rumours', 'Roma', 'intercultural mediation'])('"%s" finds as many entries as with one bundle, with excerpts', async (query) => {
		const [one, many] = await Promise.all([whole.open('/en/search/'), parts.open('/en/search/')]);
		const [inOne, inMany] = await Promise.all([found(one, query), found(many, query)]);
		expect(inMany.count).toBe(inOne.count);
		expect(inMany.marked).toBeGreaterThan(0);
	});
});
