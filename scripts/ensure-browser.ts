/**
 * Makes sure a Chromium is there for the PDFs and the browser tests: on a Debian machine where we are root, installs
 * the distribution's package (Playwright's own download cannot reach the network here).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';

// Without PDFs, a build needs no browser.
if (process.env.PDF === 'off' && process.argv.includes('--for-build')) process.exit(0);
const found = findChromium();
if (found) {
	console.log(`Chromium: ${found}`);
	process.exit(0);
}
if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log('Chromium is missing: installing Debian\'s chromium package…');
	const run = (...args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	run('update', '-qq');
	run('install', '-y', '-qq', 'chromium');
	const installed = findChromium();
	if (installed) {
		console.log(`Chromium: ${installed}`);
		process.exit(0);
	}
}
console.error('No Chromium found: the build prints its PDFs with one, and the browser tests run in one. Install Chromium or Chrome (on Debian: apt-get install chromium), set CHROMIUM_PATH to its binary, or build without PDFs with PDF=off.');
process.exit(1);
