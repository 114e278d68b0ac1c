/**
 * The search page on a phone, by keyboard and for relevance, on the built site in a real Chromium,
 * against the real content, in every language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { plural, t } from '../../src/i18n/ui.ts';
import { urls } from '../../src/i18n/urls.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { useSite } from '../support/browser.ts';
import { root } from '../support/paths.ts';
import { page as builtPage } from '../support/site.ts';

const site = useSite();
const files = await readEntryFiles(root);
const english = files.filter((file) => file.locale === 'en');
const practices = english.filter((file) => file.collection === 'practices');
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Waits for a search's outcome on screen: results or the empty state, with nothing still loading. */
const idle = (page: Page) =>
	page.waitForFunction(() => !document.querySelector('[aria-busy]') && document.querySelector('[data-results]:not([hidden]) .result, [data-empty]:not([hidden])'));
const results = (page: Page) => page.locator('[data-results] .result');
const hrefs = (page: Page) => results(page).locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
/** Every result, clicking "Show more" until all are there. */
async function allHrefs(page: Page): Promise<string[]> {
	while (await page.locator('[data-more]').isVisible()) {
		const before = await results(page).count();
		await page.locator('[data-more]').click();
		await page.waitForFunction((n) => document.querySelectorAll('[data-results] .result').length > n, before);
	}
	return hrefs(page);
}
const inView = (page: Page, selector: string) =>
	page.locator(selector).evaluate((element) => {
		const box = element.getBoundingClientRect();
		return box.width > 0 && box.top >= 0 && box.bottom <= innerHeight;
	});

describe('on a phone (390 px)', () => {
	it.each(locales)('%s: results come first; a filter tapped in the panel shows its new count there; chips remove filters', async (locale) => {
		const page = await site.open(urls.search(locale), phone);
		const heading = await page.locator('#results-heading').boundingBox();
		expect(heading!.y).toBeLessThan(844);
		expect(await page.locator('.facets').isVisible()).toBe(false);

		// The first tap also loads the search code, which then opens the panel.
		await page.locator('[data-open-filters]').tap();
		await page.waitForFunction(() => document.activeElement?.id === 'filters-heading');
		expect(await page.locator('[data-open-filters]').getAttribute('aria-expanded')).toBe('true');
		// The page behind the panel is out of reach.
		expect(await page.locator('.site-header').evaluate((header) => header.closest('[inert]') !== null)).toBe(true);
		const lessons = files.filter((file) => file.collection === 'lessons' && file.locale === 'en').length;
		await page.locator('label[for="f-kind-lesson"]').tap();
		const show = page.locator('[data-show-results]');
		await page.waitForFunction((text) => document.querySelector('[data-show-results]')?.textContent === text, plural(locale, 'search.show', lessons).replace(String(lessons), new Intl.NumberFormat(locale).format(lessons)));
		expect(await inView(page, '[data-show-results]')).toBe(true);

		await show.tap();
		expect(await page.locator('.facets').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
		expect(await page.locator('[data-open-filters]').textContent()).toContain('(1)');
		const chip = page.locator('[data-chips] button');
		expect(await chip.count()).toBe(1);
		expect(await chip.getAttribute('aria-label')).toBe(t(locale, 'search.remove', { label: t(locale, 'kind.lessons') }));
		await chip.tap();
		await page.waitForFunction(() => !new URL(location.href).search);
		expect(await page.locator('[data-chips]').isVisible()).toBe(false);
		// The removed chip had focus: it goes to the results, not to the top of the page.
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
	});

	it('Escape closes the panel and gives focus back to its button', async () => {
		const page = await site.open('/en/search/', phone);
		await page.locator('[data-open-filters]').tap();
		await page.waitForFunction(() => document.activeElement?.id === 'filters-heading');
		await page.keyboard.press('Escape');
		expect(await page.locator('.facets').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-open-filters'))).toBe(true);
		expect(await page.locator('.site-header').evaluate((header) => header.closest('[inert]') === null)).toBe(true);
	});

	it.each(['/en/search/', '/en/search/?q=roma', '/en/practices/', '/en/practices/bilbao-anti-rumours-strategy/', '/ro/search/'])('nothing scrolls sideways at 320 px: %s', async (path) => {
		const page = await site.open(path, { viewport: { width: 320, height: 640 } });
		await page.waitForLoadState('networkidle');
		const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await overflow()).toBe(0);
		if (path.includes('search')) {
			await page.locator('[data-open-filters]').click();
			for (const button of await page.locator('[data-show-all]').all()) {
				await button.click();
				await page.waitForFunction((element) => element!.getAttribute('aria-expanded') === 'true', await button.elementHandle());
			}
			expect(await overflow()).toBe(0);
		}
	});
});

describe('by keyboard', () => {
	it.each(locales)('%s: "Skip to results" is the second Tab stop, and the first result three stops after it', async (locale) => {
		const page = await site.open(urls.search(locale));
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t(locale, 'search.skip'));
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
		// Then the sort and the export, and the first result.
		const first = await page.locator('[data-all] .result a').first().getAttribute('href');
		const stops: (string | null | undefined)[] = [];
		for (let i = 0; i < 3; i++) {
			await page.keyboard.press('Tab');
			stops.push(await page.evaluate(() => document.activeElement?.getAttribute('href')));
		}
		expect(stops).toContain(first);
	});

	it('long groups show their top options, and the rest with "Show all (n)"', async () => {
		const page = await site.open('/en/search/');
		const group = page.locator('.facet[data-facet="country"]');
		const all = await group.locator('input').count();
		expect(all).toBeGreaterThan(10);
		expect(await group.locator('input:visible').count()).toBe(5);
		const button = group.locator('[data-show-all]');
		expect(await button.textContent()).toContain(`(${all})`);
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		await button.click();
		// The first click also loads the search code, which then opens the group.
		await page.waitForFunction(() => document.querySelector('.facet[data-facet="country"] [data-show-all]')!.getAttribute('aria-expanded') === 'true');
		expect(await group.locator('input:visible').count()).toBe(all);
		// Collapsed again, the group shows the same options, and one chosen from the rest is among the chips.
		const last = group.locator('input').last();
		await last.check();
		await idle(page);
		await button.click();
		expect(await group.locator('input:visible').count()).toBe(5);
		expect(await page.locator('[data-chips] button').count()).toBe(1);
		// Focus was in the option now hidden: it is on the button.
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-show-all'))).toBe(true);
	});

	it('a collapsed group keeps its options in place whatever the search', async () => {
		const visible = (page: Page) => page.locator('.facet[data-facet="area"] li').evaluateAll((items) => items.filter((item) => item.checkVisibility()).map((item) => item.querySelector('input')!.value));
		const before = await visible(await site.open('/en/search/'));
		const page = await site.open('/en/search/?country=GR');
		await idle(page);
		expect(await visible(page)).toEqual(before);
		expect(before).toHaveLength(5);
	});

	it('"Show more" moves focus to the first new result', async () => {
		const page = await site.open('/en/search/?kind=practice');
		await idle(page);
		await page.locator('[data-more]').focus();
		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.querySelectorAll('[data-results] .result').length > 12);
		const thirteenth = await results(page).nth(12).locator('a').getAttribute('href');
		expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(thirteenth);
	});
});

/** The English entry pages whose indexed text (and title and summary) matches `pattern`, as paths. */
const mentioning = (pattern: RegExp) =>
	english
		.map((file) => `/en/${file.collection}/${file.slug}/`)
		.filter((path) => {
			const html = builtPage(path);
			const body = html.querySelector('[data-pagefind-body]')!;
			// What Pagefind indexes: the body without the parts it is told to ignore (the similar practices' titles).
			for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
			return pattern.test(`${body.textContent} ${html.querySelectorAll('[data-pagefind-meta]').map((meta) => meta.getAttribute('data-value')).join(' ')}`);
		});

describe('relevance', () => {
	it('the top results for "Roma" all mention Roma; entries that only say Romania come after', async () => {
		const page = await site.open('/en/search/?q=Roma');
		await idle(page);
		const roma = mentioning(/\bRoma\b/);
		const found = await allHrefs(page);
		expect(roma.length).toBeGreaterThan(5);
		expect(found.slice(0, roma.length).sort()).toEqual([...roma].sort());
	});

	it('excerpts show the matched words in <mark>', async () => {
		const page = await site.open('/en/search/?q=rumours');
		await idle(page);
		const marks = await results(page).evaluateAll((cards) => cards.map((card) => [...card.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent!.toLowerCase())));
		expect(marks.length).toBeGreaterThan(1);
		for (const marked of marks) expect(marked.join(' ')).toMatch(/rumour/);
	});

	it('"rumors" (US spelling) finds the rumour entries', async () => {
		const page = await site.open('/en/search/');
		await page.locator('#q').fill('rumors');
		await idle(page);
		const found = await allHrefs(page);
		for (const path of mentioning(/\brumours?\b/i).filter((path) => path.includes('anti-rumours'))) expect(found).toContain(path);
		expect(found.length).toBeGreaterThanOrEqual(mentioning(/\banti-rumours?\b/i).length);
	});

	it('a misspelt search that finds nothing offers the word the entries use', async () => {
		// A misspelling Pagefind itself does not forgive (it finds "integration" for "integraton", by their stem).
		const page = await site.open('/en/search/?q=rummours');
		await idle(page);
		expect(await page.locator('[data-count-text]').textContent()).toBe('0 results');
		const link = page.locator('[data-suggestion-link]');
		await link.waitFor();
		expect(await link.textContent()).toBe('rumours');
		await link.click();
		await page.waitForFunction(() => new URL(location.href).search === '?q=rumours');
		await idle(page);
		expect(await results(page).count()).toBeGreaterThan(0);
		expect(await page.locator('[data-suggestion]').isVisible()).toBe(false);
	});

	it('a start-year range keeps the practices that started in it', async () => {
		const expected = practices
			.filter((file) => {
				const start = (file.data as { duration?: { start?: unknown } }).duration?.start;
				const year = start === undefined ? undefined : Number(String(start).slice(0, 4));
				return year !== undefined && year >= 2018 && year <= 2021;
			})
			.map((file) => `/en/practices/${file.slug}/`);
		const page = await site.open('/en/search/');
		await page.locator('[data-year="from"]').selectOption('2018');
		await idle(page);
		await page.locator('[data-year="to"]').selectOption('2021');
		await page.waitForFunction(() => new URL(location.href).search === '?from=2018&to=2021');
		await idle(page);
		expect(expected.length).toBeGreaterThan(3);
		expect((await allHrefs(page)).sort()).toEqual(expected.sort());
		expect(await page.locator('[data-chips] button').allTextContents()).toEqual(['From 2018 ×', 'Until 2021 ×']);
	});
});
