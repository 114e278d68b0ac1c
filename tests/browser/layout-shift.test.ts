/**
 * No layout shift from late content: on the search page, results arriving (from the address, from a filter,
 * from typed words) move nothing already on screen: Chromium's layout shifts, as Cumulative Layout Shift counts
 * them (not those within half a second of the visitor's own input), sum to 0; nor does the typeface arriving late.
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

describe('layout shift while the typeface loads', () => {
	// The font files held back, so that they come after text is first drawn: it stays in the fallback
	// (font-display: optional), rather than move when they arrive.
	for (const path of ['/ro/', '/en/practices/bilbao-anti-rumours-strategy/']) {
		it(`is 0 on ${path} at phone width when the fonts come late`, async () => {
			const context = await site.browser.newContext({ viewport: widths.phone });
			let held = 0;
			await context.route('**/*.woff2', async (route) => {
				held++;
				await new Promise((resolve) => setTimeout(resolve, 400));
				await route.continue();
			});
			const page = await context.newPage();
			await page.goto(site.server.url + path);
			await page.evaluate(() => document.fonts.ready);
			expect(held).toBeGreaterThan(0);
			expect(await shifted(page)).toBe(0);
			await context.close();
		});
	}

	it('the typeface is there when it comes in time', async () => {
		const page = await site.open('/en/', { viewport: widths.phone });
		await page.evaluate(() => document.fonts.ready);
		expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.startsWith('Source Sans 3') && font.status === 'loaded'))).toBe(true);
	});
});
