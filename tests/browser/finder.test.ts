/** The situation finder in a real Chromium, in English, French and German: typed, from an address, by keyboard. */
import { describe, expect, it } from 'vitest';
import { urls } from '../../src/i18n/urls.ts';
import { useSite } from '../support/browser.ts';

const site = useSite();
const titles = (page: import('playwright-core').Page) => page.locator('[data-finder-list] li h3 a').allTextContents();
const ready = (page: import('playwright-core').Page) => page.waitForFunction(() => document.querySelector<HTMLElement>('[data-finder]')?.dataset.ready === 'true');

describe('situation finder', () => {
	it('en: a typed situation lists practices with why each came, and the address keeps it', async () => {
		const page = await site.open(urls.finder('en'));
		await ready(page);
		expect(await page.locator('[data-finder-waiting]').isVisible()).toBe(true);
		await page.locator('#finder-q').fill('rumours about refugees are spreading in our neighbourhood');
		await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(2);
		expect((await titles(page)).slice(0, 5).join(' | ')).toMatch(/anti-rumours/i);
		expect(await page.locator('[data-finder-list] li .why').first().textContent()).toMatch(/^Matches: .*rumours/);
		await page.waitForURL((url) => url.searchParams.get('q') === 'rumours about refugees are spreading in our neighbourhood');
		await expect.poll(() => page.locator('[data-finder-status]').textContent()).toMatch(/\d+ practices and lessons learned/);
	});

	it('fr: a shared address with a country and a role shows its results, the country among the reasons', async () => {
		const page = await site.open(`${urls.finder('fr')}?q=${encodeURIComponent('des rumeurs circulent sur les migrants dans le quartier')}&country=ES&role=local-official`);
		await ready(page);
		expect(await page.locator('#finder-q').inputValue()).toBe('des rumeurs circulent sur les migrants dans le quartier');
		expect(await page.locator('select[name="role"]').inputValue()).toBe('local-official');
		await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(0);
		expect(await page.locator('[data-finder-list] li .why').first().textContent()).toContain('Espagne');
	});

	it('de: by keyboard, and when nothing fits it offers to propose a practice', async () => {
		const page = await site.open(urls.finder('de'));
		await ready(page);
		await page.locator('#finder-q').focus();
		await page.keyboard.type('Roma Kinder brechen die Schule ab');
		await expect.poll(async () => (await titles(page)).length).toBeGreaterThan(0);
		await page.locator('#finder-q').fill('');
		await page.keyboard.type('xylofon quaxxel');
		await expect.poll(() => page.locator('[data-finder-none]').isVisible()).toBe(true);
		expect(await page.locator(`[data-finder-none] a[href="${urls.contribute('de')}"]`).isVisible()).toBe(true);
	});

	it('without JavaScript, says so and leads to the search', async () => {
		const page = await site.open(urls.finder('en'), { javaScriptEnabled: false });
		expect(await page.locator(`main .notice a[href="${urls.search('en')}"]`).isVisible()).toBe(true);
		expect(await page.locator('#finder-q').isVisible()).toBe(false);
	});
});
