/** The language chooser at "/", and keyboard access, in a real Chromium. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const site = useSite();

describe('the language chooser', () => {
	it("follows the browser's preferred language when the site has it", async () => {
		const page = await site.open('/', { locale: 'en-GB' });
		await page.waitForURL(`${site.server.url}/en/`);
		expect(await page.locator('h1').textContent()).toBe('Intercultural Practices');
	});

	it('offers the languages, each by its own name, when the preferred one is not available', async () => {
		const page = await site.open('/', { locale: 'pt-PT' });
		expect(new URL(page.url()).pathname).toBe('/');
		for (const [name, href] of [['English', '/en/'], ['Français', '/fr/'], ['Deutsch', '/de/'], ['Español', '/es/'], ['Italiano', '/it/'], ['Română', '/ro/']]) {
			expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
		}
	});

	it('goes to the language chosen before, over the preferred one', async () => {
		const page = await site.open('/?choose', { locale: 'fr-FR' });
		await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
		await page.waitForURL(`${site.server.url}/de/`);
		await page.goto(`${site.server.url}/`);
		await page.waitForURL(`${site.server.url}/de/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('de');
	});

	it("follows a French browser to the French site", async () => {
		const page = await site.open('/', { locale: 'fr-FR' });
		await page.waitForURL(`${site.server.url}/fr/`);
	});

	it('stays on the chooser when asked to', async () => {
		const page = await site.open('/?choose', { locale: 'en-GB' });
		expect(new URL(page.url()).pathname).toBe('/');
	});
});

describe('without JavaScript', () => {
	it('the root page lists the six languages, and stays', async () => {
		const page = await site.open('/', { locale: 'fr-FR', javaScriptEnabled: false });
		expect(new URL(page.url()).pathname).toBe('/');
		expect(await page.locator('main a[hreflang]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/en/', '/fr/', '/de/', '/es/', '/it/', '/ro/']);
	});

	it('the 404 page leads home in every language', async () => {
		const page = await site.open('/no-such-page/', { javaScriptEnabled: false });
		expect(await page.locator('h1').textContent()).toBe('Page not found');
		await page.locator('main a[href="/ro/"]').click();
		await page.waitForURL(`${site.server.url}/ro/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('ro');
	});

	it('the language switcher works', async () => {
		const page = await site.open('/es/practices/lublin-spilno/', { javaScriptEnabled: false });
		await page.locator('.language-switcher summary').click();
		await page.locator('.language-switcher a[hreflang="fr"]').click();
		await page.waitForURL(`${site.server.url}/fr/practices/lublin-spilno/`);
	});
});

describe('keyboard access', () => {
	it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
		const page = await site.open('/en/practices/');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
	});
});
