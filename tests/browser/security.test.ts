/**
 * The security policy enforced, in Chromium: what needs scripts still works under it, with no violation
 * reported: search with words (Pagefind's WebAssembly) and with filters, the print view that PDFs of a
 * selection are made from, and the language chooser's redirect. (Every template's own check is in templates.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useSite } from '../support/browser.ts';
import { watchPolicy } from '../support/csp.ts';

const site = useSite();

/** Opens a page with every policy violation recorded, from before its first script runs. */
async function openWatched(path: string, options: Parameters<typeof site.open>[1] = {}): Promise<{ page: Page; violations: () => Promise<string[]> }> {
	const context = await site.browser.newContext({ locale: 'en-GB', ...options });
	const violations = await watchPolicy(context);
	const page = await context.newPage();
	await page.goto(site.server.url + path);
	return { page, violations: () => violations(page) };
}

describe('security policy, enforced in Chromium', () => {
	it('search with words works: Pagefind compiles its WebAssembly and results carry excerpts', async () => {
		const { page, violations } = await openWatched('/en/search/');
		await page.locator('#q').fill('rumours');
		await page.waitForFunction(() => !document.querySelector('[aria-busy]') && document.querySelectorAll('[data-results] li mark').length > 0);
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it('a filter works, and the selection to print holds its entries', async () => {
		const { page, violations } = await openWatched('/en/search/');
		await page.locator('.facet[data-facet="country"] input:visible').first().check();
		await page.waitForFunction(() => !document.querySelector('[aria-busy]') && document.querySelectorAll('[data-results] li').length > 0);
		await page.locator('[data-export]').focus();
		await page.waitForFunction(() => document.querySelector('[data-export]')!.getAttribute('href')!.includes('?entries='));
		await Promise.all([page.waitForURL(/\/print\/\?entries=/), page.keyboard.press('Enter')]);
		await page.waitForFunction(() => Number(document.querySelector<HTMLElement>('[data-selection]')?.dataset.entries) > 0);
		expect(await violations()).toEqual([]);
		await page.context().close();
	});

	it('the language chooser takes a visitor to their language', async () => {
		for (const locale of locales) {
			const { page, violations } = await openWatched('/', { locale });
			await page.waitForURL(`**/${locale}/`);
			expect(await violations()).toEqual([]);
			await page.context().close();
		}
	});
});
