/**
 * The benchmark's reference: a Starlight site (scripts/bench-reference) with its default search, and
 * Lighthouse. Both are installed there, from its own lockfile, only when the benchmark runs: neither is a
 * dependency of this site.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { delimiter, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BuildRun, runBuild } from './build-run.ts';
import type { SearchUi } from './search-timing.ts';

export const referenceDir = resolve(import.meta.dirname, '../bench-reference');

/** Installs the reference's packages (quick when they are there already). */
export function installReference(): void {
	console.log('Installing the benchmark’s reference packages (Starlight, Lighthouse) in scripts/bench-reference…');
	// npm under the Node running this script (the project's Node 24), as `npm install` in the project itself.
	const PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH}`;
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: referenceDir, stdio: 'inherit', env: { ...process.env, PATH } });
}

/** Imports one of the reference's packages. */
export async function importReference<T>(name: string): Promise<T> {
	const path = createRequire(join(referenceDir, 'package.json')).resolve(name);
	return import(pathToFileURL(path).href);
}

/** Builds the Starlight site from a folder of Markdown pages (corpus.ts's writeMarkdownPages). */
export const buildStarlight = (pages: string, outDir: string): Promise<BuildRun> => runBuild(referenceDir, outDir, { DOCS_DIR: pages });

/** Starlight's search: Pagefind's default UI in a dialog, on every page. */
export const starlightSearch: SearchUi = {
	path: '/',
	open: 'button[data-open-modal]',
	input: '.pagefind-ui__search-input',
	results: '#starlight__search',
	done: () => /\d+ results? for/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? '') && !document.querySelector('.pagefind-ui__loading'),
};

/** The time Starlight's log gives for its Pagefind step, and the pages it found. */
export function starlightIndexing(log: string): { ms: number; pages: number } | undefined {
	const time = /Finished building search index in ([\d.]+)(ms|s)\./.exec(log);
	const pages = /Found (\d+) HTML files/.exec(log);
	return time && pages ? { ms: Number(time[1]) * (time[2] === 's' ? 1000 : 1), pages: Number(pages[1]) } : undefined;
}
