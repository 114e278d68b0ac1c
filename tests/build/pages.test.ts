/** The built site: every entry has its page, pages are well-formed and accessible, links resolve. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { countryName } from '../../src/model/countries.ts';
import { lessonFields, practiceFields } from '../../src/model/field-guide.ts';
import { areas, evidenceLevels, figureKinds, unstatedFacts } from '../../src/model/vocabularies.ts';
import { locales } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/ui.ts';
import { dist, root } from '../support/paths.ts';
import { exists, page, pages, text } from '../support/site.ts';

const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const practices = entries.filter((entry) => entry.collection === 'practices').map((e) => ({ slug: e.slug, data: e.data as Record<string, any> }));
const lessons = entries.filter((entry) => entry.collection === 'lessons').map((e) => ({ slug: e.slug, data: e.data as Record<string, any> }));
const site = pages();

describe('entry pages', () => {
	it.each(practices)('practice $slug has its page', ({ slug, data }) => {
		const html = page(`/en/practices/${slug}/`);
		expect(text(html.querySelector('h1'))).toBe(data.title);
		expect(text(html.querySelector('.lead'))).toBe(data.summary);
		const facts = text(html.querySelector('.entry-facts'));
		for (const code of data.countries) expect(facts).toContain(countryName(code, 'en'));
		if (data.source.page) expect(text(html.querySelector('.citation'))).toContain(`p. ${data.source.page}`);
		// Each of its links once: "References" lists only those that "Learn more" in the body does not give.
		const hrefs = (selector: string) => html.querySelectorAll(`${selector} a[href]`).map((a) => a.getAttribute('href')!.replaceAll('&amp;', '&'));
		const references = hrefs('section:has(> #references)');
		const body = hrefs('.entry-body > :not(section:has(> #references))');
		expect(references.filter((href) => body.includes(href))).toEqual([]);
		for (const link of data.links ?? []) expect([...references, ...body], slug).toContain(link.url);
	});

	it.each(lessons)('lesson $slug has its page', ({ slug, data }) => {
		const html = page(`/en/lessons/${slug}/`);
		expect(text(html.querySelector('h1'))).toBe(data.title);
		for (const related of data.related ?? []) expect(html.querySelector(`a[href="/en/practices/${related}/"]`)).not.toBeNull();
	});

	it.each(practices)('practice $slug shows results, targets and context figures apart', ({ slug, data }) => {
		const html = page(`/en/practices/${slug}/`);
		const figures: { value: string; label: string; kind: string }[] = data.impact?.figures ?? [];
		const shown = (selector: string) => html.querySelectorAll(selector).map((li) => text(li));
		const of = (kind: string) => figures.filter((figure) => figure.kind === kind).map((figure) => `${figure.value} ${figure.label}`);
		expect(shown('[data-figure-kind="result"] li')).toEqual(of('result'));
		expect(shown('[data-figure-kind="target"] li')).toEqual(of('target'));
		// Context figures are facts, not headline numbers.
		const facts = text(html.querySelector('.entry-facts'));
		for (const figure of of('context')) expect(facts).toContain(figure);
		expect(html.querySelectorAll('.entry-body .figures li')).toHaveLength(of('result').length + of('target').length);
	});

	it.each([
		['diversamente-youth-against-discrimination', 'November 2022 – October 2024 (24 months)'],
		['divercities', 'November 2022 – June 2024 (20 months)'],
		['fuenlabrada-must-a-lab', 'January 2022 – December 2024 (36 months)'],
	])('the fixed-term project %s shows its length and as ended', (slug, period) => {
		const facts = text(page(`/en/practices/${slug}/`).querySelector('.entry-facts'));
		expect(facts).toContain(`Duration ${period}`);
		expect(facts).toContain('Status Ended');
	});

	it('says in one line what the source leaves out, from the fields', () => {
		for (const { slug, data } of practices) {
			const line = text(page(`/en/practices/${slug}/`).querySelector('[data-unstated]'));
			expect(line.includes('lead organisation'), slug).toBe((data.organisations?.lead ?? []).length === 0);
			expect(line.includes('target groups'), slug).toBe((data.targetGroups ?? []).length === 0);
			for (const fact of data.notStated ?? []) expect(line, slug).toContain(unstatedFacts.label(fact, 'en'));
		}
	});

	it('the Contribute page lists every field with its allowed values, from the field guide', () => {
		const html = page('/en/contribute/');
		const names = (id: string) => html.querySelectorAll(`section:has(#${id}) dt code`).map((code) => text(code));
		expect(names('practice-fields')).toEqual(practiceFields.map((field) => field.name));
		expect(names('lesson-fields')).toEqual(lessonFields.map((field) => field.name));
		const values = html.querySelectorAll('section:has(#practice-fields) .field-values code').map((code) => text(code));
		for (const code of [...areas.codes, ...evidenceLevels.codes, ...figureKinds.codes]) expect(values).toContain(code);
		expect(page('/en/practices/bilbao-anti-rumours-strategy/').querySelector('footer.site-footer a[href="/en/contribute/"]')).not.toBeNull();
	});

	it('cites the compendium as the issue asks', () => {
		const html = page('/en/practices/bilbao-anti-rumours-strategy/');
		expect(text(html.querySelector('.citation a'))).toBe('Council of Europe, CDADI(2024)39, p. 61');
	});

	it('list pages list every entry, over their pages', () => {
		const listed = (url: string, kind: string) =>
			[...site].filter(([path]) => path === url || path.startsWith(`${url}page/`)).flatMap(([, html]) => html.querySelectorAll(`main .card a[href^="/en/${kind}/"]`).map((a) => a.getAttribute('href')));
		expect(new Set(listed('/en/practices/', 'practices'))).toEqual(new Set(practices.map(({ slug }) => `/en/practices/${slug}/`)));
		expect(new Set(listed('/en/lessons/', 'lessons'))).toEqual(new Set(lessons.map(({ slug }) => `/en/lessons/${slug}/`)));
	});

	it('a country page lists exactly the practices of that country', () => {
		for (const code of new Set(practices.flatMap(({ data }) => data.countries as string[]))) {
			const links = page(`/en/countries/${code.toLowerCase()}/`).querySelectorAll('main .card :is(h2, h3, h4) a').map((a) => a.getAttribute('href'));
			const expected = practices.filter(({ data }) => data.countries.includes(code)).map(({ slug }) => `/en/practices/${slug}/`);
			expect(new Set(links), code).toEqual(new Set(expected));
		}
	});
});

describe('every language', () => {
	const english = [...site.keys()].filter((url) => url.startsWith('/en/'));

	it.each(locales)('%s has every page the English site has, with its lang and a switcher to the same page in each language', (locale) => {
		for (const url of english) {
			const path = url.replace('/en/', `/${locale}/`);
			const html = site.get(path);
			expect(html, path).toBeDefined();
			expect(html!.querySelector('html')?.getAttribute('lang'), path).toBe(locale);
			const links = html!.querySelectorAll('.language-switcher a');
			expect(links.map((a) => a.getAttribute('href')), path).toEqual(locales.map((other) => url.replace('/en/', `/${other}/`)));
			expect(html!.querySelector('.language-switcher a[aria-current="page"]')?.getAttribute('hreflang'), path).toBe(locale);
		}
	});

	it('shows French entries in French, their body included', () => {
		const html = page('/fr/practices/bilbao-anti-rumours-strategy/');
		expect(text(html.querySelector('h1'))).toMatch(/^Bilbao\s:\sstratégie anti-rumeurs$/);
		expect(html.querySelector('[data-fallback]')).toBeNull();
		expect(text(html.querySelector('.entry-body h2#key-figures'))).toBe('Chiffres clés');
		expect(html.querySelectorAll('.entry-body h2').map((h) => text(h))).toContain('Contexte');
		// Values with words are written in French, their numbers unchanged.
		const values = html.querySelectorAll('[data-figure-kind="result"] strong').map((strong) => text(strong));
		expect(values).toContain('plus de 15');
	});

	it.each(locales.filter((locale) => locale !== 'en'))('%s shows every entry in its language, its body included', (locale) => {
		for (const { slug } of practices) {
			const html = page(`/${locale}/practices/${slug}/`);
			expect(text(html.querySelector('.lead')), slug).not.toBe(text(page(`/en/practices/${slug}/`).querySelector('.lead')));
			expect(html.querySelector('[data-fallback]'), slug).toBeNull();
			expect(html.querySelectorAll('.language-switcher .meta'), slug).toEqual([]);
		}
		for (const { slug } of lessons) expect(page(`/${locale}/lessons/${slug}/`).querySelector('[data-fallback]'), slug).toBeNull();
	});

	it('names places as each language does, and marks organisation names with the language they are written in', () => {
		expect(text(page('/de/practices/neuchatel-roadmap-open-administration/').querySelector('.entry-facts'))).toContain('Kanton Neuenburg');
		expect(text(page('/fr/practices/catalonia-bill-against-racism/').querySelector('.entry-facts'))).toContain('Catalogne');
		expect(text(page('/es/practices/catalonia-bill-against-racism/').querySelector('.entry-facts'))).toContain('Cataluña');
		const lead = page('/fr/practices/bilbao-anti-rumours-strategy/').querySelector('#organisations ~ dl dd span');
		expect([lead?.getAttribute('lang'), text(lead)]).toEqual(['en', 'Bilbao City Council']);
		expect(page('/en/practices/bilbao-anti-rumours-strategy/').querySelector('#organisations ~ dl dd span')?.hasAttribute('lang')).toBe(false);
	});

	it('the 404 page says so in every language, with the way home and to the search of each', () => {
		const html = page('/404.html');
		for (const locale of locales) {
			expect(html.querySelector(`main a[href="/${locale}/"][hreflang="${locale}"]`), locale).not.toBeNull();
			expect(html.querySelector(`main a[href="/${locale}/search/"][hreflang="${locale}"]`), locale).not.toBeNull();
			expect(text(html.querySelector('main')), locale).toContain(t(locale, 'notFound.text'));
		}
	});
});

describe('every page', () => {
	it('exists for each route of the URL scheme', () => {
		for (const url of ['/', '/en/', '/en/search/', '/en/practices/', '/en/lessons/', '/en/countries/', '/en/areas/', '/en/sources/', '/en/about/', '/en/contribute/', '/404.html']) expect(exists(url), url).toBe(true);
	});

	it.each([...site.keys()])('%s is well-formed and accessible', (url) => {
		const html = site.get(url)!;
		expect(html.querySelector('html')?.getAttribute('lang')).toBeTruthy();
		expect(html.querySelectorAll('h1')).toHaveLength(1);
		expect(html.querySelector('main')).not.toBeNull();
		expect(text(html.querySelector('title'))).not.toBe('');
		const ids = html.querySelectorAll('[id]').map((element) => element.id);
		expect(ids.length, 'ids are unique').toBe(new Set(ids).size);
		for (const labelled of html.querySelectorAll('[aria-labelledby]')) expect(ids).toContain(labelled.getAttribute('aria-labelledby'));
	});

	it('content pages run no script but the small one that remembers a chosen language (the chooser, search and selection pages have their own)', () => {
		const sources = new Set<string>();
		for (const [url, html] of site) {
			if (url === '/' || /^\/\w\w\/(search\/(page\/\d+\/)?|print\/|compare\/|finder\/)$/.test(url)) continue;
			const scripts = html.querySelectorAll('script');
			expect(scripts.map((script) => script.getAttribute('type')), url).toEqual(['module']);
			const src = scripts[0].getAttribute('src');
			sources.add(src ? readFileSync(join(dist, src), 'utf8') : scripts[0].textContent);
		}
		expect(sources.size, 'one shared script').toBe(1);
		const [code] = sources;
		expect(code).toContain('localStorage');
		expect(gzipSync(code).length, 'gzipped bytes').toBeLessThan(1024);
	});

	it('keeps a space between text and a following link (the compiler drops line-break whitespace)', () => {
		for (const [url, html] of site) expect(html.toString().match(/[A-Za-z.,:;]<a /g) ?? [], url).toEqual([]);
	});

	it('has a skip link to the main content on every site page', () => {
		for (const [url, html] of site) {
			if (url === '/') continue;
			expect(html.querySelector('a.skip-link')?.getAttribute('href'), url).toBe('#main');
		}
	});
});

describe('links', () => {
	it('no internal link or anchor is dead', () => {
		const idsOf = new Map([...site].map(([url, html]) => [url, new Set(html.querySelectorAll('[id]').map((element) => element.id))]));
		const dead: string[] = [];
		let checked = 0;
		for (const [url, html] of site) {
			for (const anchor of html.querySelectorAll('a[href], link[href]')) {
				const href = anchor.getAttribute('href')!;
				if (/^(https?:|mailto:)/.test(href)) continue;
				const target = new URL(href, `http://site${url}`);
				if (target.host !== 'site') continue;
				checked++;
				if (!exists(target.pathname)) dead.push(`${url} → ${href}`);
				else if (target.hash && !idsOf.get(target.pathname)?.has(decodeURIComponent(target.hash.slice(1)))) dead.push(`${url} → ${href} (no such anchor)`);
			}
		}
		expect(checked).toBeGreaterThan(1000);
		expect(dead).toEqual([]);
	});

	it('writes no address at localhost (this build has no public address)', () => {
		for (const [url, html] of site) expect(html.toString(), url).not.toContain('localhost');
	});
});
