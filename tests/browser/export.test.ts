/** "Export these results": a filtered search becomes one page to print, holding exactly those entries (real Chromium). */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/browser.ts';

const site = useSite();

describe('exporting search results', () => {
	it.each(['en', 'fr'])('in %s, exports exactly the filtered entries, in their order, and can be reached by keyboard', async (locale) => {
		const page = await site.open(`/${locale}/search/?country=GR`);
		await page.waitForFunction(() => !document.querySelector('[aria-busy]') && document.querySelector('[data-results] .result'));
		// Every result, not only the first page of cards: read from the export link itself, then from the page it opens.
		const expected = await page.evaluate(() => {
			const box = document.querySelector<HTMLInputElement>('input[name="country"][value="GR"]')!;
			return { checked: box.checked, count: document.querySelector('[data-count-text]')!.textContent! };
		});
		expect(expected.checked).toBe(true);
		const total = Number(expected.count.replace(/\D/g, ''));
		expect(total).toBeGreaterThan(3);

		const link = page.locator('[data-export]');
		// In the results' order: the cards on screen are the first of the exported entries.
		const onScreen = (await page.locator('[data-results] .result h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))).map((href) =>
			href.split('/').filter(Boolean).slice(1).join('/'),
		);
		// The link is made when the visitor reaches for it (focus, or a pointer over it).
		await link.focus();
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-export'))).toBe(true);
		await page.waitForFunction(() => document.querySelector('[data-export]')!.getAttribute('href')!.includes('?entries='));
		const exported = new URL((await link.getAttribute('href'))!, 'http://x').searchParams.get('entries')!.split(',');
		expect(exported.slice(0, onScreen.length)).toEqual(onScreen);
		await Promise.all([page.waitForURL(/\/print\/\?entries=/), page.keyboard.press('Enter')]);
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-selection]')?.dataset.entries);

		const entries = new URL(page.url()).searchParams.get('entries')!.split(',');
		expect(entries).toHaveLength(total);
		const shown = await page.locator('[data-selection-entries] article h2').allTextContents();
		expect(shown).toHaveLength(total);
		// The same entries as the search's own results: each is a practice in Greece.
		for (const entry of entries) expect(entry).toMatch(/^(practices|lessons)\/[a-z0-9-]+$/);
		const countries = await page.locator('[data-selection-entries] article .entry-facts dd:first-of-type').allTextContents();
		for (const text of countries) expect(text).toMatch(locale === 'en' ? /Greece/ : /Grèce/);
		// It says how many it holds, lists them in its contents, and has the print button.
		expect(await page.locator('[data-selection-count]').textContent()).toContain(String(total));
		expect(await page.locator('[data-selection-contents] li').count()).toBe(total);
		await expect(page.locator('[data-print]').isVisible()).resolves.toBe(true);
		// No id is used twice once the entries stand together.
		const duplicates = await page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
			return ids.filter((id, i) => ids.indexOf(id) !== i);
		});
		expect(duplicates).toEqual([]);
	});

	it('prints once loaded, without the network', async () => {
		const page = await site.open('/en/print/?entries=practices/bilbao-anti-rumours-strategy,lessons/map-and-reach-stakeholders-onsite-and-online');
		await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-selection]')?.dataset.entries === '2');
		await page.context().setOffline(true);
		const pdf = await page.pdf();
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		expect(await page.locator('[data-selection-count]').textContent()).toBe('2 entries');
	});

	it('says so when no entry is chosen', async () => {
		const page = await site.open('/en/print/');
		await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-selection-none]')!.hidden);
		expect(await page.locator('[data-selection-count]').textContent()).toBe('0 entries');
	});
});
