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

	it('offers the languages when the preferred one is not available', async () => {
		const page = await site.open('/', { locale: 'fr-FR' });
		expect(new URL(page.url()).pathname).toBe('/');
		expect(await page.getByRole('link', { name: 'English' }).getAttribute('href')).toBe('/en/');
	});

	it('stays on the chooser when asked to', async () => {
		const page = await site.open('/?choose', { locale: 'en-GB' });
		expect(new URL(page.url()).pathname).toBe('/');
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
