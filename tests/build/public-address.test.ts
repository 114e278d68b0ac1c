/**
 * The public address and the repository are configuration (src/config.ts): a build without them writes no
 * absolute address (nothing pointing at localhost) and no edit links; a build with them writes canonical
 * links, the sitemap and each entry's "Edit this entry" and "Report a correction" links. The small corpus
 * also shows the entry components rendered.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { buildCommand, corpus, type Run } from '../support/project.ts';

const site = 'https://intercultural-practices.example';
const repo = 'https://github.com/example/intercultural-practices';
const practice = '/en/practices/bilbao-anti-rumours-strategy/';
// The lesson also uses the two components an entry may use, to see them rendered.
const content = corpus([['a-lesson', 'Text.\n\n<Quote source="A mayor, 2024" lang="es">Palabras.</Quote>\n\n<Figure src="/favicon.svg" alt="The site\'s mark" caption="The mark" />\n']]);
const out = (name: string) => join(content, '..', name);
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
const html = (dir: string, url: string) => parse(readFileSync(join(dir, url, 'index.html'), 'utf8'));

describe('without a public address or repository', () => {
	let build: Run;
	beforeAll(() => {
		build = buildCommand(content, out('plain'), { SITE_URL: undefined, REPOSITORY_URL: undefined });
	}, 180_000);

	it('builds, and warns that no absolute addresses are written', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain('SITE_URL is not set');
	});

	it('writes no localhost address, no canonical link and no sitemap', () => {
		for (const file of files(out('plain')).filter((f) => /\.(html|xml|json|txt)$/.test(f))) expect(readFileSync(file, 'utf8'), file).not.toContain('localhost');
		expect(html(out('plain'), practice).querySelector('link[rel="canonical"]')).toBeNull();
		expect(existsSync(join(out('plain'), 'sitemap-index.xml'))).toBe(false);
	});

	it('leaves out the edit and report links', () => {
		expect(html(out('plain'), practice).querySelector('.entry-actions')).toBeNull();
	});

	it('renders the components an entry may use', () => {
		const lesson = html(out('plain'), '/en/lessons/a-lesson/');
		expect(lesson.querySelector('figure.quote blockquote[lang="es"]')?.textContent.trim()).toBe('Palabras.');
		expect(lesson.querySelector('figure.quote figcaption')?.textContent.trim()).toBe('— A mayor, 2024');
		expect(lesson.querySelector('figure.figure img')?.getAttribute('src')).toBe('/favicon.svg');
		expect(lesson.querySelector('figure.figure img')?.getAttribute('alt')).toBe("The site's mark");
		expect(lesson.querySelector('figure.figure figcaption')?.textContent.trim()).toBe('The mark');
	});
});

describe('with a public address and a repository', () => {
	let build: Run;
	beforeAll(() => {
		build = buildCommand(content, out('configured'), { SITE_URL: site, REPOSITORY_URL: `${repo}/` });
	}, 180_000);

	it('writes canonical links and a sitemap of every entry page at the public address', () => {
		expect(build.status, build.output).toBe(0);
		expect(html(out('configured'), practice).querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${site}${practice}`);
		const sitemap = readFileSync(join(out('configured'), 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain(`<loc>${site}${practice}</loc>`);
		expect(sitemap).toContain(`<loc>${site}/en/lessons/a-lesson/</loc>`);
		for (const locale of locales) expect(sitemap).toContain(`hreflang="${locale}" href="${site}${practice.replace('/en/', `/${locale}/`)}"`);
	});

	it('names the same page in every language, and the default for any other, with hreflang', () => {
		const alternates = html(out('configured'), practice).querySelectorAll('link[rel="alternate"][hreflang]').map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
		expect(alternates).toEqual([...locales.map((locale) => [locale, `${site}${practice.replace('/en/', `/${locale}/`)}`]), ['x-default', `${site}${practice}`]]);
	});

	it('links every entry to its file in the repository and to the correction form', () => {
		for (const [url, file] of [
			[practice, 'content/practices/en/bilbao-anti-rumours-strategy.mdx'],
			['/en/lessons/a-lesson/', 'content/lessons/en/a-lesson.mdx'],
		]) {
			const [edit, report] = html(out('configured'), url).querySelectorAll('.entry-actions a');
			expect(edit.textContent).toBe('Edit this entry');
			expect(edit.getAttribute('href')).toBe(`${repo}/edit/main/${file}`);
			expect(report.textContent).toBe('Report a correction');
			const form = new URL(report.getAttribute('href')!);
			expect(`${form.origin}${form.pathname}`).toBe(`${repo}/issues/new`);
			expect(form.searchParams.get('template')).toBe('report-a-correction.yml');
			expect(form.searchParams.get('entry')).toBe(`${site}${url}`);
		}
	});
});
