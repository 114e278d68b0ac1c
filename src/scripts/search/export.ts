/**
 * "Export these results": the search page's link to its results gathered on one page to print or save as
 * PDF (/{locale}/print/?entries=…), in their order. The address names each entry by its collection and
 * slug, so a shared link outlives a rebuild; past MAX_EXPORT entries it would be too long for an address,
 * and the page asks for a narrower search instead. The entries' addresses come with their cards, so the
 * link is made when the visitor reaches for it, not with every search.
 */
import type { ResultCardData } from '../../model/search.ts';

export const MAX_EXPORT = 200;

/** For this many results: whether the link is shown, or the note asking for a narrower search (the page renders the first). */
export const exportShown = (count: number) => ({ link: count > 0 && count <= MAX_EXPORT, note: count > MAX_EXPORT });

/** "/en/practices/x/" → "practices/x", as the print page reads it (src/scripts/print.ts). */
const entryOf = (href: string) => href.split('/').filter(Boolean).slice(1).join('/');

export function setUpExport(link: HTMLAnchorElement, note: HTMLElement, cardsOf: (entries: readonly number[]) => Promise<ResultCardData[]>) {
	const base = link.getAttribute('href')!;
	let current: readonly number[] = [];
	let made: Promise<string> | undefined;
	const make = () => {
		const entries = current;
		return (made ??= cardsOf(entries).then((cards) => {
			const href = `${base}?${new URLSearchParams({ entries: cards.map((card) => entryOf(card.url)).join(',') })}`;
			// Results changed meanwhile: the link waits for the next reach.
			if (entries === current) link.href = href;
			return href;
		}));
	};
	for (const type of ['pointerover', 'focus']) link.addEventListener(type, () => make().catch(() => undefined));
	link.addEventListener('click', (event) => {
		if (link.href.includes('?')) return;
		event.preventDefault();
		make().then((href) => location.assign(href));
	});
	return (entries: readonly number[]) => {
		current = entries;
		made = undefined;
		link.href = base;
		const shown = exportShown(entries.length);
		link.hidden = !shown.link;
		note.hidden = !shown.note;
	};
}
