/**
 * Weight budgets on the built site, gzipped as a host would send it: practice pages (median ≤ 6 kB of
 * HTML, none over 12 kB), home pages with their map (≤ 30 kB), the site's CSS (≤ 10 kB in all), and the JavaScript a content page runs before any
 * interaction (≤ 2 kB: its scripts and what they import at once, not what they load on demand), and the fonts a
 * page can load (≤ 60 kB of woff2, every file it names counted).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { listSubpaths, urls } from '../../src/i18n/urls.ts';
import { dist } from '../support/paths.ts';
import { page, readDist } from '../support/site.ts';

const kB = 1024;
const gzipped = (text: string | Buffer) => gzipSync(text).length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A script file and the files it imports statically (`import … from`, not `import()`), each once. */
function withStaticImports(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	const code = readDist(path);
	for (const [, specifier] of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
		withStaticImports(new URL(specifier, `http://site${path}`).pathname, seen);
	}
	return seen;
}

/** What a page runs as it loads: its inline scripts and its script files with their static imports, gzipped. */
function scriptWeight(url: string): number {
	const html = page(url);
	let bytes = 0;
	const files = new Set<string>();
	for (const script of html.querySelectorAll('script')) {
		const src = script.getAttribute('src');
		if (src) withStaticImports(src, files);
		else bytes += gzipped(script.rawText);
	}
	return bytes + [...files].reduce((sum, file) => sum + gzipped(readDist(file)), 0);
}

describe('budgets', () => {
	it('practice pages: median ≤ 6 kB of gzipped HTML, none over 12 kB', () => {
		const sizes = locales.flatMap((locale) => {
			const dir = join(dist, locale, 'practices');
			return readdirSync(dir, { withFileTypes: true })
				.filter((entry) => entry.isDirectory() && !(listSubpaths as readonly string[]).includes(entry.name))
				.map((entry) => ({ page: `${entry.name} (${locale})`, bytes: gzipped(readFileSync(join(dir, entry.name, 'index.html'))) }));
		});
		expect(sizes.length).toBeGreaterThan(80 * locales.length);
		expect(median(sizes.map(({ bytes }) => bytes))).toBeLessThanOrEqual(6 * kB);
		expect(sizes.filter(({ bytes }) => bytes > 12 * kB)).toEqual([]);
	});

	it('home pages, with their map: ≤ 30 kB of gzipped HTML and SVG each', () => {
		for (const locale of locales) {
			const html = readDist(`${locale}/index.html`);
			expect(html, locale).toContain('<svg');
			expect(gzipped(html), locale).toBeLessThanOrEqual(30 * kB);
		}
	});

	it('CSS: ≤ 10 kB gzipped in all', () => {
		const files = readdirSync(join(dist, '_astro')).filter((name) => name.endsWith('.css'));
		expect(files.length).toBeGreaterThan(0);
		expect(files.reduce((sum, name) => sum + gzipped(readFileSync(join(dist, '_astro', name))), 0)).toBeLessThanOrEqual(10 * kB);
	});

	it('fonts: every file a page names for the screen, preloaded or in its @font-face rules, ≤ 60 kB in all', () => {
		for (const locale of locales) {
			for (const url of [urls.home(locale), urls.practice(locale, 'bilbao-anti-rumours-strategy')]) {
				const html = readDist(url.replace(/^\//, '') + 'index.html');
				// The print typeface's rules are left out: a browser fetches those files only to print.
				const screen = html.replace(/@font-face\{font-family:"Source Sans 3 Print[^}]*\}/g, '');
				const fonts = new Set([...screen.matchAll(/(?:href="|url\(")(\/_astro\/fonts\/[^"]+\.woff2)"/g)].map(([, file]) => file));
				expect(fonts.size, url).toBeGreaterThan(0);
				const bytes = [...fonts].reduce((sum, file) => sum + readFileSync(join(dist, file)).length, 0);
				expect(bytes, url).toBeLessThanOrEqual(60 * kB);
			}
		}
	});

	it('content pages run ≤ 2 kB of gzipped JavaScript before any interaction', () => {
		const content = locales.flatMap((locale) => [
			urls.home(locale),
			urls.practices(locale),
			urls.practice(locale, 'bilbao-anti-rumours-strategy'),
			urls.lessons(locale),
			urls.lesson(locale, 'analyse-plan-train-and-evaluate-together'),
			urls.country(locale, 'ES'),
			urls.area(locale, 'child-protection'),
			urls.sources(locale),
			urls.about(locale),
			urls.statistics(locale),
			urls.evidence(locale),
			urls.gaps(locale),
		]);
		const over = content.map((url) => ({ url, bytes: scriptWeight(url) })).filter(({ bytes }) => bytes > 2 * kB);
		expect(over).toEqual([]);
		// The count follows imports: the search page's first script imports the addresses' module.
		const start = page(urls.search('en')).querySelector('script[src]')!.getAttribute('src')!;
		expect(withStaticImports(start).size).toBeGreaterThan(1);
	});
});
