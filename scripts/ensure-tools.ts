/**
 * Makes sure the system tools are there: a Chromium for the PDFs and the browser tests, and (for the tests,
 * not the build) a Java for the HTML checker (vnu-jar). On a Debian machine where we are root, installs the
 * distribution's packages where missing (Playwright's own download cannot reach the network here).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './lib/browser.ts';
import { findJava } from './lib/java.ts';

const forBuild = process.argv.includes('--for-build');
const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let updated = false;
function install(pkg: string) {
	const run = (...args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	if (!updated) run('update', '-qq');
	updated = true;
	run('install', '-y', '-qq', '--no-install-recommends', pkg);
}

/** Finds a tool, installing its Debian package once if it is missing; says where it is, or what to do. */
function ensure(name: string, find: () => string | undefined, pkg: string, help: string): boolean {
	let found = find();
	if (!found && canInstall) {
		console.log(`${name} is missing: installing Debian's ${pkg} package…`);
		install(pkg);
		found = find();
	}
	if (found) console.log(`${name}: ${found}`);
	else console.error(help);
	return Boolean(found);
}

// Without PDFs, a build needs no browser.
const needsChromium = !(forBuild && process.env.PDF === 'off');
const chromium =
	!needsChromium ||
	ensure(
		'Chromium',
		findChromium,
		'chromium',
		'No Chromium found: the build prints its PDFs with one, and the browser tests run in one. Install Chromium or Chrome (on Debian: apt-get install chromium), set CHROMIUM_PATH to its binary, or build without PDFs with PDF=off.',
	);
const java = forBuild || ensure('Java', findJava, 'default-jre-headless', 'No Java found: the tests check the pages’ HTML with the Nu Html Checker (vnu-jar), which runs on Java 11 or later. Install one (on Debian: apt-get install default-jre-headless) or set JAVA_HOME.');
process.exit(chromium && java ? 0 : 1);
