/**
 * The sort menu. Its first choice, "Best match", only means something when words were typed: without words the
 * list is in title order, so the menu shows "Title (A–Z)" and keeps "Best match" out of reach until there are
 * words. The state keeps no sort for either default, so their addresses stay short.
 */
import type { SortKey } from '../../model/facets.ts';

export function sortMenu(select: HTMLSelectElement, words: HTMLInputElement) {
	const best = select.querySelector<HTMLOptionElement>('option[value=""]')!;
	const defaultValue = () => (words.value.trim() ? '' : 'title');
	let chosen: SortKey | undefined;

	function show(sort: SortKey | undefined) {
		chosen = sort;
		best.disabled = best.hidden = !words.value.trim();
		select.value = sort ?? defaultValue();
	}

	// Registered before the search page's own listeners, so they read the menu as it now stands.
	select.addEventListener('change', () => {
		chosen = select.value === defaultValue() ? undefined : (select.value as SortKey);
	});
	words.addEventListener('input', () => show(chosen));
	show(undefined);

	return { show, read: () => chosen };
}
