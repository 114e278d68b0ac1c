/** The shortlist and the compare page, in a real Chromium: by keyboard, with two and four practices, on paper. */
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { compareRows } from '../../src/model/compare.ts';
import { urls } from '../../src/i18n/urls.ts';
import { useSite } from '../support/browser.ts';

const site = useSite();
const bilbao = 'practices/bilbao-anti-rumours-strategy';
const fuenlabrada = 'practices/fuenlabrada-anti-rumours-strategy';
const four = [bilbao, fuenlabrada, 'practices/valga-roma-mentoring-service', 'practices/diversamente-youth-against-discrimination'];
const columnTitles = (page: import('playwright-core').Page) => page.locator('[data-compare-table] thead th a').allTextContents();

describe('shortlist', () => {
	it('is filled by keyboard from a card and a practice page, counted in the header, and leads to the comparison', async () => {
		const page = await site.open(urls.practices('en'));
		const status = page.locator('[data-shortlist-status]');
		const headerLink = page.locator('[data-shortlist-link]');
		expect(await headerLink.isVisible()).toBe(false);
		const onCard = page.locator(`button[data-shortlist="${bilbao}"]`);
		await onCard.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => onCard.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => status.textContent()).toContain('1 of 4');
		expect(await headerLink.textContent()).toContain('(1)');

		await page.goto(site.server.url + urls.practice('en', 'fuenlabrada-anti-rumours-strategy'));
		const onPage = page.locator(`button[data-shortlist="${fuenlabrada}"]`);
		expect(await onPage.textContent()).toContain('Add to shortlist');
		await onPage.focus();
		await page.keyboard.press('Space');
		await expect.poll(() => onPage.getAttribute('aria-pressed')).toBe('true');
		await expect.poll(() => page.locator('[data-shortlist-link]').textContent()).toContain('(2)');

		await page.locator('[data-shortlist-link]').focus();
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === urls.compare('en') && url.searchParams.get('ids') === `${bilbao},${fuenlabrada}`);
		await expect.poll(() => columnTitles(page)).toEqual(['Bilbao: Anti-rumours strategy', 'Fuenlabrada: Anti-rumours strategy (ARS)']);

		// Pressed again, the button takes the practice off the list.
		await page.goto(site.server.url + urls.practice('en', 'bilbao-anti-rumours-strategy'));
		await page.locator(`button[data-shortlist="${bilbao}"]`).click();
		await expect.poll(() => page.locator('[data-shortlist-link]').textContent()).toContain('(1)');
		await expect.poll(() => status.textContent()).toContain('Removed');
	});
});

describe('compare page', () => {
	it('sets two practices side by side, a row per fact, and says when one more is needed', async () => {
		const page = await site.open(urls.compare('en', [bilbao, fuenlabrada]));
		await expect.poll(() => columnTitles(page)).toHaveLength(2);
		const rows = page.locator('[data-compare-table] tbody tr');
		expect(await rows.count()).toBe(compareRows.length);
		for (const row of await rows.all()) expect(await row.locator('td').count()).toBe(2);
		expect(await page.locator('tr[data-row="countries"] td').allTextContents()).toEqual(['Spain', 'Spain']);
		expect(await page.locator('[data-compare-few]').isVisible()).toBe(false);
		const pdf = new URL((await page.locator('[data-compare-pdf]').getAttribute('href'))!, site.server.url);
		expect(pdf.pathname + decodeURIComponent(pdf.search)).toBe(`${urls.print('en')}?entries=${bilbao},${fuenlabrada}`);

		await page.locator('[data-compare-table] thead th').nth(1).locator('button.remove').click();
		await expect.poll(() => columnTitles(page)).toEqual(['Bilbao: Anti-rumours strategy']);
		expect(new URL(page.url()).searchParams.get('ids')).toBe(bilbao);
		expect(await page.locator('[data-compare-few]').isVisible()).toBe(true);
	});

	it('sets four practices side by side in French, and prints them on A4 landscape without its buttons', async () => {
		const page = await site.open(urls.compare('fr', four));
		await expect.poll(() => columnTitles(page)).toHaveLength(4);
		expect(await page.locator('tr[data-row="level"] th').textContent()).toBe('Niveau');
		for (const row of await page.locator('[data-compare-table] tbody tr').all()) expect(await row.locator('td').count()).toBe(4);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('button.remove').first().isVisible()).toBe(false);
		expect(await page.locator('[data-compare-actions]').isVisible()).toBe(false);
		const pdf = await PDFDocument.load(await page.pdf({ preferCSSPageSize: true }));
		const { width, height } = pdf.getPage(0).getSize();
		// A4 landscape: 842 × 595 points.
		expect(Math.round(width)).toBe(842);
		expect(Math.round(height)).toBe(595);
	});

	it('without practices in its address or shortlist, says how to add some', async () => {
		const page = await site.open(urls.compare('en'));
		await expect.poll(() => page.locator('[data-compare-empty]').isVisible()).toBe(true);
		expect(await page.locator('[data-compare-table]').isVisible()).toBe(false);
	});

	it('without JavaScript, leads to the practices table', async () => {
		const page = await site.open(urls.compare('en', [bilbao, fuenlabrada]), { javaScriptEnabled: false });
		expect(await page.locator(`main a[href="${urls.practicesTable('en')}"]`).isVisible()).toBe(true);
		expect(await page.locator('[data-compare-loading]').isVisible()).toBe(false);
	});
});
