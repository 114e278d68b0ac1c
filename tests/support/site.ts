/** Reads the built site in dist/ for build-level tests. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type HTMLElement, parse } from 'node-html-parser';
import { dist } from './paths.ts';

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Every HTML page, by its URL path ("/en/practices/x/"). */
export function pages(): Map<string, HTMLElement> {
	const result = new Map<string, HTMLElement>();
	for (const file of walk(dist).filter((path) => path.endsWith('.html'))) {
		const url = `/${relative(dist, file)}`.replace(/index\.html$/, '');
		result.set(url, parse(readFileSync(file, 'utf8')));
	}
	return result;
}

/** The file of dist/ a site path names: "/en/" → …/en/index.html, "/404.html" → …/404.html. */
export const distFile = (url: string) => join(dist, url, url.endsWith('/') ? 'index.html' : '');

export function page(url: string): HTMLElement {
	const file = distFile(url);
	if (!existsSync(file)) throw new Error(`No page at ${url} (${file})`);
	return parse(readFileSync(file, 'utf8'));
}

export function readDist(path: string): string {
	return readFileSync(join(dist, path), 'utf8');
}

/** Whether a site path resolves to a file the static server would serve. */
export function exists(path: string): boolean {
	const file = join(dist, decodeURIComponent(path));
	return path.endsWith('/') ? existsSync(join(file, 'index.html')) : existsSync(file) && statSync(file).isFile();
}

export const text = (element: HTMLElement | null) => element?.textContent.replace(/\s+/g, ' ').trim() ?? '';
