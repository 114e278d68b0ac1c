/**
 * "Export these results": the search page's link to its results gathered on one page to print or save as
 * PDF (/{locale}/print/?entries=…), kept up to date with the results, in their order. The address names each
 * entry by its collection and slug, so a shared link outlives a rebuild; past MAX_EXPORT entries it would be
 * too long for an address, and the page asks for a narrower search instead.
 */
export const MAX_EXPORT = 200;

/** "/en/practices/x/" → "practices/x", as the print page reads it (src/scripts/print.ts). */
const entryOf = (href: string) => href.split('/').filter(Boolean).slice(1).join('/');

export function setUpExport(link: HTMLAnchorElement, note: HTMLElement, cards: HTMLCollection) {
	const base = link.getAttribute('href')!;
	return (entries: readonly number[]) => {
		const tooMany = entries.length > MAX_EXPORT;
		link.hidden = tooMany || entries.length === 0;
		note.hidden = !tooMany;
		if (link.hidden) return;
		const paths = entries.map((n) => entryOf(cards[n].querySelector('a')!.getAttribute('href')!));
		link.href = `${base}?${new URLSearchParams({ entries: paths.join(',') })}`;
	};
}
