/**
 * `npm run screenshots`: the README's pictures of the built site (dist/), taken in Chromium: the home page and a
 * practice on a laptop's screen, and a search on a phone. Run after a build; the files go to docs/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchChromium } from './lib/browser.ts';
import { serveDirectory } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/screenshots');
const shots = [
	{ file: 'home.png', path: '/en/', viewport: { width: 1366, height: 900 } },
	{ file: 'practice.png', path: '/en/practices/bilbao-anti-rumours-strategy/', viewport: { width: 1366, height: 900 } },
	{ file: 'search-phone.png', path: '/en/search/?q=rumours', viewport: { width: 390, height: 844 }, ready: '[data-results] li' },
];

await mkdir(out, { recursive: true });
const [browser, server] = await Promise.all([launchChromium(), serveDirectory(join(root, 'dist'))]);
try {
	for (const { file, path, viewport, ready } of shots) {
		const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
		await page.goto(server.url + path);
		if (ready) await page.locator(ready).first().waitFor();
		await page.screenshot({ path: join(out, file) });
		console.log(`Wrote docs/screenshots/${file}`);
		await page.close();
	}
} finally {
	await Promise.all([browser.close(), server.close()]);
}
