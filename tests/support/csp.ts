/** Records a page's security-policy violations, from before its first script runs. */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
	interface Window {
		violations: string[];
	}
}

/** Every violation in the context's pages is kept in the page; `violations(page)` reads them, with the console's reports. */
export async function watchPolicy(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
	await context.addInitScript(() => {
		window.violations = [];
		document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`));
	});
	const reported = new Map<Page, string[]>();
	context.on('console', (message) => {
		const page = message.page();
		if (page && /Content Security Policy/i.test(message.text())) reported.set(page, [...(reported.get(page) ?? []), message.text()]);
	});
	return async (page) => [...(await page.evaluate(() => window.violations)), ...(reported.get(page) ?? [])];
}
