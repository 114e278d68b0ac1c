/** Searching and switching language on the built site, in a real Chromium. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { useSite } from '../support/browser.ts';
import { root } from '../support/paths.ts';

const site = useSite();
const files = await readEntryFiles(root);
const text = (locale: string, slug: string, field: 'title' | 'summary') => (files.find((f) => f.locale === locale && f.collection === 'practices' && f.slug === slug)!.data as Record<string, string>)[field];

describe('search in each language', () => {
	it('a French search for "discriminations" returns French pages', async () => {
		const page = await site.open('/fr/search/');
		await page.locator('#q').fill('discriminations');
		await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-count-text]')!.textContent!) && !document.querySelector('[aria-busy]'));
		const links = await page.locator('[data-results] .result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links.length).toBeGreaterThan(3);
		for (const href of links) expect(href).toMatch(/^\/fr\//);
		const titles = await page.locator('[data-results] .result h3').allTextContents();
		expect(titles.map((title) => title.trim())).toContain(text('fr', 'greece-national-action-plan-against-racism-2024-2027', 'title'));
	});

	it('the German search page has German facet labels and German card summaries', async () => {
		const page = await site.open('/de/search/?country=ES');
		await page.waitForFunction(() => document.querySelector('[data-results] .result') && !document.querySelector('[aria-busy]'));
		expect(await page.locator('html').getAttribute('lang')).toBe('de');
		const legends = (await page.locator('fieldset legend').allTextContents()).map((legend) => legend.trim());
		expect(legends.join(' ')).toContain(t('de', 'facet.country'));
		expect(legends.join(' ')).toContain(t('de', 'facet.area'));
		expect(await page.locator('label[for="f-area-education"]').textContent()).toContain('Bildung');
		const card = page.locator('.result', { has: page.locator('a[href="/de/practices/bilbao-anti-rumours-strategy/"]') }).first();
		expect((await card.textContent())!.replace(/\s+/g, ' ')).toContain(text('de', 'bilbao-anti-rumours-strategy', 'summary'));
	});

	it('a German word finds German titles', async () => {
		const page = await site.open('/de/search/');
		await page.locator('#q').fill('Geflüchtete');
		await page.waitForFunction(() => /Ergebnis/.test(document.querySelector('[data-count-text]')!.textContent!) && !document.querySelector('[aria-busy]'));
		const hrefs = await page.locator('[data-results] .result h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(hrefs).toContain('/de/practices/lublin-ukrainian-refugee-teachers/');
	});
});

describe('switching language', () => {
	it('keeps a filtered search when the language is switched', async () => {
		const page = await site.open('/en/search/');
		await page.locator('#f-country-ES').check();
		await page.waitForURL(/\?country=ES$/);
		await page.locator('.language-switcher summary').click();
		await page.locator('.language-switcher a[hreflang="fr"]').click();
		await page.waitForURL(`${site.server.url}/fr/search/?country=ES`);
		expect(await page.locator('#f-country-ES').isChecked()).toBe(true);
	});

	it('leads from an entry to the same entry in another language, by keyboard', async () => {
		const page = await site.open('/en/practices/bilbao-anti-rumours-strategy/');
		await page.locator('.language-switcher summary').focus();
		await page.keyboard.press('Enter');
		await page.locator('.language-switcher a[hreflang="it"]').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(`${site.server.url}/it/practices/bilbao-anti-rumours-strategy/`);
		expect(await page.locator('h1').textContent()).toBe(text('it', 'bilbao-anti-rumours-strategy', 'title'));
	});
});
