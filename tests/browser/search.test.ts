/** The browse-and-search page on the built site, in a real Chromium, against the real content. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { PAGE_SIZE } from '../../src/model/paging.ts';
import { useSite } from '../support/browser.ts';
import { root } from '../support/paths.ts';

const site = useSite();
const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const practices = entries.filter((e) => e.collection === 'practices').map((e) => ({ slug: e.slug, data: e.data as Record<string, any> }));
const titleOf = (slug: string) => practices.find((p) => p.slug === slug)!.data.title as string;

const status = (page: Page) => page.locator('[data-count-text]').textContent();
/** Cards a visitor can see (or scroll to): not in a hidden list, nor in one set aside. */
const visibleCards = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.result')].filter((card) => card.checkVisibility()).length);
const resultTitles = (page: Page) => page.locator('[data-results] .result h3').allTextContents();
/** Ticks a filter option, opening its group first where the option is among those "Show all" reveals. */
async function choose(page: Page, facet: string, value: string) {
	const box = page.locator(`#f-${facet}-${value}`);
	if (!(await box.isVisible())) await page.locator(`.facet[data-facet="${facet}"] [data-show-all]`).click();
	await box.check();
}
/** The first page of the list, as the server rendered it. */
const firstPage = Math.min(PAGE_SIZE, entries.length);
const count = async (page: Page, facet: string, value: string) => Number((await page.locator(`label[for="f-${facet}-${value}"] .count`).textContent())!.replace(/\D/g, ''));
/** Waits until the results show the state the address holds. */
const settled = (page: Page, text: string) => page.waitForFunction((expected) => document.querySelector('[data-count-text]')?.textContent === expected && !document.querySelector('[aria-busy]'), text);
const results = (n: number) => (n === 1 ? '1 result' : `${n} results`);
/** Every result, clicking "Show more" until all are there. */
async function allResultTitles(page: Page): Promise<string[]> {
	while (await page.locator('[data-more]').isVisible()) {
		const before = await page.locator('[data-results] .result').count();
		await page.locator('[data-more]').click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-results] .result').length > n, before);
	}
	return resultTitles(page);
}

describe('search', () => {
	it('"anti-rumours" finds the Bilbao and Fuenlabrada anti-rumours strategies', async () => {
		const page = await site.open('/en/search/');
		await page.locator('#q').fill('anti-rumours');
		await page.waitForFunction(() => /result/.test(document.querySelector('[data-count-text]')!.textContent!) && !document.querySelector('[aria-busy]'));
		const titles = await resultTitles(page);
		expect(titles).toContain(titleOf('bilbao-anti-rumours-strategy'));
		expect(titles).toContain(titleOf('fuenlabrada-anti-rumours-strategy'));
		expect(new URL(page.url()).search).toBe('?q=anti-rumours');
	});

	it('loads the search code only once the visitor searches', async () => {
		const page = await site.open('/en/search/');
		const before = site.server.requests.length;
		// Once the page has settled (no request for half a second), it has fetched nothing of Pagefind's.
		await page.waitForLoadState('networkidle');
		expect(site.server.requests.slice(before).filter((r) => r.path.startsWith('/pagefind/'))).toEqual([]);
		await page.locator('#q').fill('Roma');
		await page.waitForFunction(() => /result/.test(document.querySelector('[data-count-text]')!.textContent!));
		expect(site.server.requests.slice(before).some((r) => r.path === '/pagefind/en/pagefind.js')).toBe(true);
	});
});

describe('filters', () => {
	it('Estonia with an empty query shows exactly its practices, and the counts match', async () => {
		const estonia = practices.filter((p) => p.data.countries.includes('EE'));
		const page = await site.open('/en/search/');
		expect(await count(page, 'country', 'EE')).toBe(estonia.length);
		await choose(page, 'country', 'EE');
		await settled(page, results(estonia.length));
		expect((await allResultTitles(page)).sort()).toEqual(estonia.map((p) => p.data.title).sort());
		// Only the results are in view: the full list is set aside.
		expect(await visibleCards(page)).toBe(estonia.length);
		expect(await count(page, 'country', 'EE')).toBe(estonia.length);
		expect(await count(page, 'kind', 'practice')).toBe(estonia.length);
		expect(await count(page, 'kind', 'lesson')).toBe(0);
		expect(await page.locator('#f-kind-lesson').isDisabled()).toBe(true);
		// Other countries show what choosing them too would add (OR within the facet).
		expect(await count(page, 'country', 'ES')).toBe(practices.filter((p) => p.data.countries.includes('ES')).length);
		expect(new URL(page.url()).search).toBe('?country=EE');
	});

	it('an area and a country narrow the counts together', async () => {
		const spain = practices.filter((p) => p.data.countries.includes('ES'));
		const both = spain.filter((p) => p.data.areas.includes('public-services'));
		const page = await site.open('/en/search/');
		await choose(page, 'country', 'ES');
		await settled(page, results(spain.length));
		expect(await count(page, 'area', 'public-services')).toBe(both.length);
		await choose(page, 'area', 'public-services');
		await settled(page, results(both.length));
		expect((await allResultTitles(page)).sort()).toEqual(both.map((p) => p.data.title).sort());
		// Within Spain's public-services practices, each type counts its share.
		const types = new Set(both.map((p) => p.data.type as string));
		for (const type of types) expect(await count(page, 'type', type)).toBe(both.filter((p) => p.data.type === type).length);
		expect(new URL(page.url()).search).toBe('?country=ES&area=public-services');
	});
});

describe('one option alone', () => {
	it('reaching for an option fetches its first results; choosing it shows them, then "Show more" the rest, each once', async () => {
		const page = await site.open('/en/search/');
		const fetched = page.waitForResponse((response) => new URL(response.url()).pathname === '/en/search/first/kind/practice.json');
		await page.locator('label[for="f-kind-practice"]').hover();
		await fetched;
		await page.locator('#f-kind-practice').check();
		await settled(page, results(practices.length));
		expect(await resultTitles(page)).toHaveLength(12);
		const titles = await allResultTitles(page);
		expect(titles).toEqual(practices.map((p) => p.data.title as string).sort((a, b) => a.localeCompare(b, 'en')));
		// The counts beside the options follow once the index is read: within the practices now.
		await page.waitForFunction(() => !document.querySelector('[aria-busy]'));
		expect(await count(page, 'country', 'ES')).toBe(practices.filter((p) => p.data.countries.includes('ES')).length);
	});
});

describe('the sort menu', () => {
	it('offers "Best match" only with words: title order without them, relevance once words are typed, a chosen order kept', async () => {
		const page = await site.open('/en/search/');
		const menu = page.locator('[data-sort]');
		const best = menu.locator('option[value=""]');
		await expect.poll(() => menu.inputValue()).toBe('title');
		expect(await best.isDisabled()).toBe(true);
		await page.locator('#q').fill('rumours');
		await expect.poll(() => menu.inputValue()).toBe('');
		expect(await best.isDisabled()).toBe(false);
		await page.waitForURL((url) => url.searchParams.get('q') === 'rumours' && !url.searchParams.has('sort'));
		await menu.selectOption('start');
		await page.waitForURL((url) => url.searchParams.get('sort') === 'start');
		await page.locator('#q').fill('');
		await expect.poll(() => menu.inputValue()).toBe('start');
	});
});

describe('the state in the address', () => {
	it('a shared URL restores the same state', async () => {
		const page = await site.open('/en/search/?q=rumours&country=ES&sort=title');
		await page.waitForFunction(() => /result/.test(document.querySelector('[data-count-text]')!.textContent!) && !document.querySelector('[aria-busy]'));
		expect(await page.locator('#q').inputValue()).toBe('rumours');
		expect(await page.locator('#f-country-ES').isChecked()).toBe(true);
		expect(await page.locator('[data-sort]').inputValue()).toBe('title');
		const titles = await resultTitles(page);
		expect(titles.length).toBeGreaterThan(0);
		expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
		for (const title of titles) expect(practices.find((p) => p.data.title === title)?.data.countries).toContain('ES');
	});

	it('the back button restores the previous state', async () => {
		const page = await site.open('/en/search/');
		await choose(page, 'country', 'EE');
		// Lessons can be tied to countries too (one names Poland).
		const inCountries = (...codes: string[]) => entries.filter((e) => ((e.data as { countries?: string[] }).countries ?? []).some((c) => codes.includes(c))).length;
		const estonia = inCountries('EE');
		await settled(page, results(estonia));
		await choose(page, 'country', 'PL');
		await settled(page, results(inCountries('EE', 'PL')));
		await page.goBack();
		await settled(page, results(estonia));
		expect(await page.locator('#f-country-PL').isChecked()).toBe(false);
		expect(await page.locator('#f-country-EE').isChecked()).toBe(true);
		await page.goBack();
		await settled(page, `All ${entries.length} entries`);
		expect(await visibleCards(page)).toBe(firstPage);
	});
});

describe('states and access', () => {
	it('a search with no results says so and offers a way back', async () => {
		const page = await site.open('/en/search/?q=zzyzxqv');
		await settled(page, '0 results');
		expect(await page.locator('[data-empty]').isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Clear the search words “zzyzxqv”' }).click();
		await settled(page, `All ${entries.length} entries`);
		expect(new URL(page.url()).search).toBe('');
	});

	it('keeps focus on a checkbox toggled from the keyboard, and announces the count politely', async () => {
		const page = await site.open('/en/search/');
		await page.locator('#f-kind-lesson').focus();
		await page.keyboard.press('Space');
		const lessons = entries.filter((e) => e.collection === 'lessons').length;
		await settled(page, results(lessons));
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-kind-lesson');
		expect(await page.locator('[data-status]').getAttribute('role')).toBe('status');
		await page.waitForFunction((text) => document.querySelector('[data-status]')?.textContent === text, results(lessons));
	});

	it('announces the count once typing pauses, not on every keystroke', async () => {
		const page = await site.open('/en/search/');
		await page.evaluate(() => {
			(window as any).announced = [];
			new MutationObserver(() => (window as any).announced.push(document.querySelector('[data-status]')!.textContent)).observe(document.querySelector('[data-status]')!, { childList: true, characterData: true, subtree: true });
		});
		await page.locator('#q').pressSequentially('integration', { delay: 60 });
		await page.waitForFunction(() => (window as any).announced.some((text: string) => /result/.test(text)));
		const announced: string[] = (await page.evaluate(() => (window as any).announced)).filter(Boolean);
		expect(announced).toEqual([await status(page)]);
	});

	it('"Clear all" empties the query and every filter', async () => {
		const page = await site.open('/en/search/?q=roma&country=TR');
		await page.waitForFunction(() => /result/.test(document.querySelector('[data-count-text]')!.textContent!));
		await page.getByRole('button', { name: 'Clear all' }).click();
		await settled(page, `All ${entries.length} entries`);
		expect(await page.locator('#q').inputValue()).toBe('');
		expect(await page.locator('.facets input:checked').count()).toBe(0);
	});

	it('without JavaScript, lists the entries a page at a time and hides the controls', async () => {
		const page = await site.open('/en/search/', { javaScriptEnabled: false });
		expect(await visibleCards(page)).toBe(firstPage);
		expect(await page.locator('.pagination a[rel="next"]').isVisible()).toBe(entries.length > PAGE_SIZE);
		expect(await page.locator('#q').isVisible()).toBe(false);
		expect(await status(page)).toBe(`All ${entries.length} entries`);
	});
});

describe('targets', () => {
	it('every facet checkbox is at least 24 × 24 px', async () => {
		const page = await site.open('/en/search/');
		for (const button of await page.locator('[data-show-all]').all()) {
			await button.click();
			await page.waitForFunction((element) => element!.getAttribute('aria-expanded') === 'true', await button.elementHandle());
		}
		const sizes = await page.locator('.facets input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => box.getBoundingClientRect()).map(({ width, height }) => Math.min(width, height)));
		expect(sizes.length).toBeGreaterThan(50);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
	});
});
