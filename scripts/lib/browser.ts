/**
 * Where the Chromium for browser tests and PDF export is: the one place that decides.
 * $CHROMIUM_PATH first, then the usual system installs, then a browser Playwright downloaded itself.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	const system = systemPaths.find((path) => existsSync(path));
	if (system) return system;
	try {
		const own = chromium.executablePath();
		return existsSync(own) ? own : undefined;
	} catch {
		return undefined;
	}
}

/** Flags that keep a headless Chromium quiet on a machine with no network beyond its own. */
export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function launchChromium() {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found (the PDFs and the browser tests need one): run `node scripts/ensure-tools.ts`, set CHROMIUM_PATH to a Chromium or Chrome binary, or build without PDFs with PDF=off.');
	return chromium.launch({ executablePath, args: chromiumArgs, headless: true });
}
