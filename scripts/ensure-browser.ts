/**
 * Makes sure a Chromium is there for the browser tests: on a Debian machine where we are root, installs
 * the distribution's package (Playwright's own download cannot reach the network here).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';

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
console.error('No Chromium found for the browser tests. Install Chromium or Chrome (on Debian: apt-get install chromium), or set CHROMIUM_PATH to its binary.');
process.exit(1);
