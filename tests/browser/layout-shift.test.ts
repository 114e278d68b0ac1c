/**
 * No layout shift from late content: on the search page, results arriving (from the address, from a filter,
 * from typed words) move nothing already on screen: Chromium's layout shifts, as Cumulative Layout Shift counts
 * them (not those within half a second of the visitor's own input), sum to 0.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const site = useSite();
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };

/** The layout shifts since the page began, but those right after input, summed. */
async function shifted(page: Page): Promise<number> {
	// Two frames, for shifts from the last change to be reported.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				new PerformanceObserver((list) => resolve((list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]).reduce((sum, entry) => sum + (entry.hadRecentInput ? 0 : entry.value), 0))).observe({ type: 'layout-shift', buffered: true });
				// With no shift at all, the observer is never called.
				setTimeout(() => resolve(0), 500);
			}),
	);
}

const results = () => !document.querySelector('[aria-busy]') && document.querySelectorAll('[data-results] li').length > 0;

describe('layout shift on the search page', () => {
	for (const [name, viewport] of Object.entries(widths)) {
		it(`is 0 at ${name} width while a search from the address loads`, async () => {
			const page = await site.open('/en/search/?country=ES', { viewport });
			await page.waitForFunction(results);
			expect(await shifted(page)).toBe(0);
		});

		it(`is 0 at ${name} width while typed words' results load`, async () => {
			const page = await site.open('/en/search/', { viewport });
			await page.locator('#q').fill('rumours');
			await page.waitForFunction(results);
			expect(await shifted(page)).toBe(0);
		});
	}
});
