/**
 * Long lists come in pages, so that no page grows with the corpus: the search page's list for visitors
 * without JavaScript, and the lists of practices, lessons, and countries', areas' and sources' entries.
 * Page 1 is the list's own address; page n is `{list}page/{n}/` (urls.page).
 */
export const PAGE_SIZE = 50;

export interface PageInfo {
	/** 1-based. */
	number: number;
	count: number;
	/** The index of the page's first item in the whole list. */
	start: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
	return Math.max(1, Math.ceil(total / size));
}

/** The `[...page]` route parameter of each page of a list: undefined for page 1, then "page/2", "page/3"… */
export function pageParams(total: number, size = PAGE_SIZE): { page: string | undefined; info: PageInfo }[] {
	const count = pageCount(total, size);
	return Array.from({ length: count }, (_, i) => ({ page: i === 0 ? undefined : `page/${i + 1}`, info: { number: i + 1, count, start: i * size } }));
}

export function pageItems<T>(items: readonly T[], info: PageInfo, size = PAGE_SIZE): T[] {
	return items.slice(info.start, info.start + size);
}

/** A page of two lists shown one after the other (a source's practices, then its lessons): each list's part of it. */
export function pageItemsOfTwo<A, B>(first: readonly A[], second: readonly B[], info: PageInfo, size = PAGE_SIZE): [A[], B[]] {
	const end = info.start + size;
	return [first.slice(info.start, end), second.slice(Math.max(0, info.start - first.length), Math.max(0, end - first.length))];
}

/**
 * The page numbers to link to: the first, the last, and two either side of the current one, with a
 * gap (null) where numbers are left out, so that the links stay few at any length.
 */
export function pageLinks(current: number, count: number): (number | null)[] {
	const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
	const links: (number | null)[] = [];
	for (const n of shown) {
		const previous = links.at(-1);
		// A gap of one number is shown as that number: a "…" would take as much room.
		if (typeof previous === 'number' && n - previous === 2) links.push(n - 1);
		else if (typeof previous === 'number' && n - previous > 2) links.push(null);
		links.push(n);
	}
	return links;
}
