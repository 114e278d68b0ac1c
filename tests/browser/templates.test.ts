/**
 * The gates every template passes, in every language, at a phone's width and a desktop's, in Chromium:
 * - accessibility: axe-core with the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA finds no violation;
 * - security: the page's Content-Security-Policy, enforced, reports no violation.
 * Search pages are checked once their results are shown, the print view once its entries are in.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useSite } from '../support/browser.ts';
import { watchPolicy } from '../support/csp.ts';
import { sharedPages, type TemplatePage, templatePages } from '../support/templates.ts';

declare global {
	interface Window {
		axe: typeof axe;
	}
}

const site = useSite();
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// axe-core itself, run in the page (evaluated through the browser's protocol, which the page's policy does not
// stop), violations only: some five times quicker than @axe-core/playwright's frame-by-frame run.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Each problem on the page, as "template (width): problem". */
async function problems(template: TemplatePage, width: keyof typeof widths): Promise<string[]> {
	const context = await site.browser.newContext({ locale: 'en-GB', viewport: widths[width] });
	try {
		const policyViolations = await watchPolicy(context);
		const page = await context.newPage();
		await page.goto(site.server.url + template.path + (template.search ?? ''));
		if (template.ready) await page.waitForFunction(template.ready);
		await page.evaluate(axeSource);
		const { violations } = await page.evaluate((values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] }), tags);
		return [
			...violations.map(({ id, help, nodes }) => `${id}, ${help}, on ${nodes.map((node) => node.target.join(' ')).join('; ')}`),
			...(await policyViolations(page)).map((violation) => `security policy: ${violation}`),
		].map((problem) => `${template.name} (${width}): ${problem}`);
	} finally {
		await context.close();
	}
}

/** Runs `check` on every item, a few at a time: each page's work is mostly the browser's. */
async function eachAtOnce<T>(items: T[], check: (item: T) => Promise<string[]>, atOnce = 3): Promise<string[]> {
	const found: string[][] = [];
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			found[i] = await check(items[i]);
		}
	};
	await Promise.all(Array.from({ length: atOnce }, worker));
	return found.flat();
}

describe('every template: accessibility (axe-core, WCAG 2.2 A and AA) and the security policy', () => {
	for (const [name, pages] of [['shared pages', sharedPages], ...locales.map((locale) => [locale, templatePages(locale)] as const)] as const) {
		it(`${name}: no violation at a phone's width or a desktop's`, { timeout: 300_000 }, async () => {
			const checks = pages.flatMap((template) => (Object.keys(widths) as (keyof typeof widths)[]).map((width) => ({ template, width })));
			expect(await eachAtOnce(checks, ({ template, width }) => problems(template, width))).toEqual([]);
		});
	}
});
