/** The language chooser at "/", in a real Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDist, type StaticServer } from '../support/server.ts';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
	[browser, server] = await Promise.all([launchChromium(), serveDist()]);
});

afterAll(async () => {
	await Promise.all([browser?.close(), server?.close()]);
});

async function open(path: string, locale: string) {
	const context = await browser.newContext({ locale });
	const page = await context.newPage();
	await page.goto(server.url + path);
	return { page, context };
}

describe('the language chooser', () => {
	it("follows the browser's preferred language when the site has it", async () => {
		const { page, context } = await open('/', 'en-GB');
		await page.waitForURL(`${server.url}/en/`);
		expect(await page.locator('h1').textContent()).toBe('Intercultural Practices');
		await context.close();
	});

	it('offers the languages when the preferred one is not available', async () => {
		const { page, context } = await open('/', 'fr-FR');
		expect(new URL(page.url()).pathname).toBe('/');
		await expect(page.getByRole('link', { name: 'English' }).getAttribute('href')).resolves.toBe('/en/');
		await context.close();
	});

	it('stays on the chooser when asked to', async () => {
		const { page, context } = await open('/?choose', 'en-GB');
		expect(new URL(page.url()).pathname).toBe('/');
		await context.close();
	});
});

describe('keyboard access', () => {
	it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
		const { page, context } = await open('/en/practices/', 'en');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await context.close();
	});
});
