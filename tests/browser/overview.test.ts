/** The home page's map, the language menu on phones and the first result on a phone, in a real Chromium. */
import { describe, expect, it } from 'vitest';
import { countryName } from '../../src/model/countries.ts';
import { locales } from '../../src/i18n/locales.ts';
import { urls } from '../../src/i18n/urls.ts';
import { useSite } from '../support/browser.ts';

const site = useSite();

describe.each(locales)('%s', (locale) => {
	it("the map's country link reaches the country's page, which lists as many practices as the table says", async () => {
		const page = await site.open(urls.home(locale));
		const spain = countryName('ES', locale);
		const inTable = Number((await page.locator(`.country-table tr:has(a[href="${urls.country(locale, 'ES')}"]) [data-count]`).textContent())?.replace(/\D/g, ''));
		const link = page.locator(`.country-map svg a[href="${urls.country(locale, 'ES')}"]`);
		expect(await link.getAttribute('aria-label')).toContain(spain);
		expect(await link.getAttribute('aria-label')).toContain(String(inTable));
		// By keyboard: a click lands on the middle of the link's box, which for Spain (Canaries included) is sea.
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site.server.url}${urls.country(locale, 'ES')}`);
		expect(await page.locator('main li.card').count()).toBe(inTable);
	});

	it.each([320, 390, 414])('the language menu stays inside a %i px screen', async (width) => {
		const page = await site.open(urls.home(locale), { viewport: { width, height: 800 } });
		await page.locator('.language-switcher summary').click();
		const list = page.locator('.language-switcher ul');
		await expect.poll(() => list.isVisible()).toBe(true);
		const box = (await list.boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
		// Every language's name is shown whole: no option is cut off by the screen's edge.
		for (const option of await list.locator('a').all()) {
			const { x, width: w } = (await option.boundingBox())!;
			expect(x + w).toBeLessThanOrEqual(width);
		}
	});
});

describe('lists a decision-maker can scan', () => {
	it('shows at least 8 practices on a 1366 × 900 screen', async () => {
		const page = await site.open(urls.practices('en'), { viewport: { width: 1366, height: 900 } });
		const tops = await page.locator('main .card-list > li').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top));
		expect(tops.filter((top) => top < 900).length).toBeGreaterThanOrEqual(8);
	});

	it('sorts the table by start year, newest first, from its column header', async () => {
		const page = await site.open(urls.practicesTable('en'));
		await page.getByRole('link', { name: 'Start year', exact: true }).click();
		await page.waitForURL(`${site.server.url}${urls.practicesTable('en', 'start')}`);
		expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Start year');
		const years = (await page.locator('tbody td.number').allTextContents()).map(Number).filter(Boolean);
		expect(years.length).toBeGreaterThan(10);
		expect(years).toEqual([...years].sort((a, b) => b - a));
	});
});

describe('on a phone', () => {
	it('after a search from the home page, the first result is on the first screen (390 × 844)', async () => {
		const page = await site.open(urls.home('en'), { viewport: { width: 390, height: 844 } });
		await page.locator('#home-q').fill('rumours');
		await page.locator('#home-q').press('Enter');
		await page.waitForURL(/\/en\/search\/\?q=rumours/);
		const first = page.locator('[data-results] li').first();
		await expect.poll(() => first.locator('a').first().textContent()).toMatch(/anti-rumours|Anti-rumours|#Diversamente/);
		const title = (await first.locator('h2, h3').first().boundingBox())!;
		expect(title.y).toBeGreaterThanOrEqual(0);
		expect(title.y + title.height).toBeLessThanOrEqual(844);
	});
});
