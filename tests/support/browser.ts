/** A real Chromium and a static server for dist/ (or a site made from it), started once per test file. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { serveDirectory, type StaticServer } from '../../scripts/lib/static-server.ts';
import { dist } from './paths.ts';

export function useSite(directory: () => Promise<string> = async () => dist) {
	const site = {} as { browser: Browser; server: StaticServer; open(path: string, options?: BrowserContextOptions): Promise<Page> };
	beforeAll(async () => {
		[site.browser, site.server] = await Promise.all([launchChromium(), directory().then(serveDirectory)]);
	});
	afterAll(async () => {
		await Promise.all([site.browser?.close(), site.server?.close()]);
	});
	site.open = async (path, options = {}) => {
		const context = await site.browser.newContext({ locale: 'en-GB', ...options });
		const page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
		await page.goto(site.server.url + path);
		return page;
	};
	return site;
}
