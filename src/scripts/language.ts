/**
 * The language a visitor chooses is remembered, so that the home address "/" takes them to it next time;
 * and switching language keeps the page's search and filters (?country=ES…), which the links alone cannot.
 */
import { LANGUAGE_KEY } from '../i18n/locales.ts';

document.addEventListener('click', (event) => {
	const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-locale-link]') : null;
	if (!link) return;
	try {
		localStorage.setItem(LANGUAGE_KEY, link.hreflang);
	} catch {
		// Storage may be refused (private mode); the link still works.
	}
	const target = new URL(link.href);
	if (target.pathname !== location.pathname && location.search && !target.search) link.search = location.search;
});
