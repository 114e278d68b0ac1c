/**
 * The selection page (/{locale}/print/?entries=…): fetches each chosen entry's own page, takes its article,
 * and lays the entries out one after the other under a contents list, with ids made unique and headings one
 * level down. The entries stay in the order given. Once they are in, printing needs no network.
 */
import type { Locale } from '../i18n/locales.ts';
import { type Plural, pluralForm } from '../i18n/plural.ts';
import { urls } from '../i18n/urls.ts';

const ENTRY = /^(practices|lessons)\/[a-z0-9-]+$/;
/** Pages fetched at once. */
const PARALLEL = 6;

const root = document.querySelector<HTMLElement>('[data-selection]')!;
const locale = document.documentElement.lang as Locale;
const messages: { count: Plural; failed: string } = JSON.parse(root.dataset.messages!);
const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;

/** An entry's article from its page, ready to stand in the selection as its `n`th entry. */
function articleOf(html: string, n: number): HTMLElement | undefined {
	// The body alone: a document parsed here has this page's security policy, which would refuse the entry
	// page's own inline style (its running header, allowed there by its hash) and report it.
	const article = new DOMParser().parseFromString(html.slice(html.indexOf('<body')), 'text/html').querySelector<HTMLElement>('article.entry');
	if (!article) return undefined;
	// Search data, the PDF link and the editing links are for the web page only.
	article.querySelectorAll(':scope > [hidden], .entry-tools, .pdf-link, .entry-actions').forEach((element) => element.remove());
	const prefix = `entry-${n}-`;
	for (const element of article.querySelectorAll<HTMLElement>('[id]')) element.id = prefix + element.id;
	// Each entry's sections are named after the entry too ("Key facts, Bilbao…"): with several entries on the
	// page, a landmark's name must tell it from the others'.
	for (const element of article.querySelectorAll<HTMLElement>('[aria-labelledby]')) element.setAttribute('aria-labelledby', `${prefix}${element.getAttribute('aria-labelledby')} entry-${n}`);
	// One level down: the selection's own title is the page's h1.
	for (const heading of [...article.querySelectorAll('h1, h2, h3, h4, h5')].reverse()) {
		const moved = document.createElement(`h${Number(heading.tagName[1]) + 1}`);
		for (const { name, value } of heading.attributes) moved.setAttribute(name, value);
		moved.append(...heading.childNodes);
		heading.replaceWith(moved);
	}
	article.querySelector('h2')!.id = `entry-${n}`;
	article.classList.add('compendium-sheet');
	return article;
}

async function gather() {
	const entries = (new URLSearchParams(location.search).get('entries') ?? '').split(',').filter((entry) => ENTRY.test(entry));
	const count = $<HTMLElement>('[data-selection-count]');
	if (entries.length === 0) {
		count.textContent = pluralForm(locale, messages.count, 0);
		$<HTMLElement>('[data-selection-none]').hidden = false;
		return;
	}
	const articles: (HTMLElement | string)[] = new Array(entries.length);
	let next = 0;
	const fetchNext = async () => {
		for (let n = next++; n < entries.length; n = next++) {
			const [collection, slug] = entries[n].split('/');
			const address = urls.entry(locale, collection as 'practices' | 'lessons', slug);
			const response = await fetch(address).catch(() => undefined);
			const article = response?.ok ? articleOf(await response.text(), n) : undefined;
			articles[n] = article ?? messages.failed.replace('{path}', address);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, fetchNext));
	const contents = $<HTMLOListElement>('[data-selection-contents] ol');
	const list = $<HTMLElement>('[data-selection-entries]');
	articles.forEach((article, n) => {
		const item = document.createElement('li');
		if (typeof article === 'string') {
			item.textContent = article;
			contents.append(item);
			return;
		}
		const link = Object.assign(document.createElement('a'), { href: `#entry-${n}` });
		link.append(Object.assign(document.createElement('span'), { textContent: article.querySelector('h2')!.textContent }));
		item.append(link);
		contents.append(item);
		list.append(article);
	});
	const found = articles.filter((article) => typeof article !== 'string').length;
	count.textContent = pluralForm(locale, messages.count, found);
	root.dataset.entries = String(found);
	$<HTMLElement>('[data-selection-contents]').hidden = false;
	$<HTMLElement>('[data-selection-actions]').hidden = false;
	$<HTMLButtonElement>('[data-print]').addEventListener('click', () => window.print());
}

gather();
