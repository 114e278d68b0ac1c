/**
 * The browse-and-search page's behaviour: reads the controls into a state, keeps the state in the
 * address (shareable, and restored by the back button), and shows the results and counts.
 * The page works without it: every entry is already listed, as the server rendered it. Results are
 * copies of those cards (entry n is the list's nth card) in a list of their own; the full list is
 * only set aside, since taking thousands of cards out of the page costs far more than a search.
 */
import type { Locale } from '../../i18n/locales.ts';
import { type Plural, pluralForm } from '../../i18n/plural.ts';
import { setUpExport } from './export.ts';
import type { FacetKey } from '../../model/facets.ts';
import type { Answer, Counts } from './query.ts';
import { search, warmUp } from './search.ts';
import { activeFacets, emptyState, isEmpty, parseState, type SearchState, stateToQuery, toggle } from './state.ts';

const PAGE_SIZE = 12;
/** Results follow every keystroke; the count is announced once typing pauses this long. */
const ANNOUNCE_PAUSE_MS = 700;

interface Messages {
	all: string;
	/** The count's plural forms ({n} results), by Intl.PluralRules category. */
	count: Plural;
	remove: string;
	removeWords: string;
	error: string;
}

let page: { start(fromAddress: boolean): void } | undefined;

/**
 * When a visitor reaches for a control: starts loading what a search needs (Pagefind only for the
 * words box) and reads the page, so that the search itself has less to do.
 */
export function prepare(root: HTMLElement, target: EventTarget | null) {
	warmUp(document.documentElement.lang as Locale, target instanceof HTMLInputElement && target.type === 'search');
	page ??= setUp(root);
}

/** Takes over the controls and shows the search they hold, or the one in the address. */
export function startSearch(root: HTMLElement, fromAddress: boolean) {
	page ??= setUp(root);
	page.start(fromAddress);
}

function setUp(root: HTMLElement) {
	const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
	const input = $<HTMLInputElement>('#q');
	const searchForm = $<HTMLFormElement>('form.search-box');
	const facetsForm = $<HTMLFormElement>('form.facets');
	const sortSelect = $<HTMLSelectElement>('[data-sort]');
	const countText = $<HTMLElement>('[data-count-text]');
	const status = $<HTMLElement>('[data-status]');
	const all = $<HTMLOListElement>('[data-all]');
	const list = $<HTMLOListElement>('[data-results]');
	const empty = $<HTMLElement>('[data-empty]');
	const removals = $<HTMLUListElement>('[data-removals]');
	const more = $<HTMLButtonElement>('[data-more]');
	const heading = $<HTMLElement>('#results-heading');
	const messages: Messages = JSON.parse(root.dataset.messages!);
	const showExport = setUpExport($<HTMLAnchorElement>('[data-export]'), $<HTMLElement>('[data-export-note]'), all.children);
	// Before any search, the export holds every entry.
	showExport(Array.from(all.children, (_, n) => n));
	const locale = document.documentElement.lang as Locale;
	const checkboxes = [...facetsForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	// Entry n's card is all.children[n]; the collection is read only where needed (thousands of cards).
	const serverCards = all.children;
	const serverCounts: Counts = {};
	// Each checkbox's label, found once: `input.labels` searches the whole page, slow with thousands of cards.
	const labels = new Map([...facetsForm.querySelectorAll('label')].map((label) => [label.control, label]));
	for (const box of checkboxes) (serverCounts[box.name] ??= {})[box.value] = Number(countOf(box).dataset.count);

	function countOf(box: HTMLInputElement): HTMLElement {
		return labels.get(box)!.querySelector<HTMLElement>('.count')!;
	}

	function readControls(): SearchState {
		const state: SearchState = { q: input.value, filters: {}, sort: (sortSelect.value || undefined) as SearchState['sort'] };
		for (const box of checkboxes) if (box.checked) (state.filters[box.name as FacetKey] ??= []).push(box.value);
		return state;
	}

	function writeControls(state: SearchState) {
		input.value = state.q;
		for (const box of checkboxes) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
		sortSelect.value = state.sort ?? '';
	}

	function showCounts(counts: Counts) {
		for (const box of checkboxes) {
			const count = counts[box.name]?.[box.value] ?? 0;
			countOf(box).textContent = `(${count})`;
			// No dead ends: an option that would give nothing is disabled, unless it is chosen or has focus.
			box.disabled = count === 0 && !box.checked && document.activeElement !== box;
		}
	}

	function showFullList(full: boolean) {
		all.classList.toggle('set-aside', !full);
		// Said plainly to assistive technology, which should not find thousands of cards behind the results.
		if (full) all.removeAttribute('aria-hidden');
		else all.setAttribute('aria-hidden', 'true');
		list.hidden = full;
		if (full) more.hidden = true;
	}

	let answer: Answer = { entries: [], counts: {} };
	let shown = 0;

	function showNextPage(moveFocus: boolean) {
		const cards = answer.entries.slice(shown, shown + PAGE_SIZE).map((n) => serverCards[n].cloneNode(true) as HTMLElement);
		list.append(...cards);
		shown += cards.length;
		more.hidden = shown >= answer.entries.length;
		if (moveFocus) cards[0]?.querySelector('a')?.focus();
	}

	function labelOf(key: FacetKey, value: string): string {
		const box = checkboxes.find((b) => b.name === key && b.value === value);
		return box ? labels.get(box)!.firstChild!.textContent!.trim() : value;
	}

	/** In the zero-results state: a button to undo each part of the search. */
	function showRemovals(state: SearchState) {
		const buttons: HTMLLIElement[] = [];
		const add = (text: string, next: SearchState) => {
			const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: text });
			button.addEventListener('click', () => {
				writeControls(next);
				heading.focus();
				update(next, 'push');
			});
			const item = document.createElement('li');
			item.append(button);
			buttons.push(item);
		};
		if (state.q.trim()) add(messages.removeWords.replace('{q}', state.q.trim()), { ...state, q: '' });
		for (const key of activeFacets(state)) for (const value of state.filters[key]!) add(messages.remove.replace('{label}', labelOf(key, value)), toggle(state, key, value, false));
		removals.replaceChildren(...buttons);
	}

	let generation = 0;

	/** Shows the count at once; says it to screen readers when typing has paused, not on every keystroke. */
	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	function showCount(text: string, announce: 'now' | 'after-pause') {
		countText.textContent = text;
		clearTimeout(announceTimer);
		const say = () => {
			// A polite live region speaks only when its text changes: clear it first so a repeated count is said again.
			status.textContent = '';
			requestAnimationFrame(() => (status.textContent = text));
		};
		if (announce === 'now') say();
		else announceTimer = setTimeout(say, ANNOUNCE_PAUSE_MS);
	}

	async function update(state: SearchState, history: 'push' | 'replace' | 'none', announce: 'now' | 'after-pause' = 'now') {
		const query = stateToQuery(state);
		if (history !== 'none' && query !== location.search) {
			window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', `${location.pathname}${query}`);
		}
		const mine = ++generation;
		if (isEmpty(state)) {
			showFullList(true);
			showCounts(serverCounts);
			showCount(messages.all, announce);
			showExport(Array.from(all.children, (_, n) => n));
			empty.hidden = true;
			root.removeAttribute('aria-busy');
			return;
		}
		root.setAttribute('aria-busy', 'true');
		let next: Answer | null;
		try {
			next = await search(locale, state);
		} catch (error) {
			console.error(error);
			if (mine !== generation) return;
			showFullList(true);
			showCount(messages.error, 'now');
			root.removeAttribute('aria-busy');
			return;
		}
		if (mine !== generation || !next) return;
		answer = next;
		shown = 0;
		list.replaceChildren();
		showFullList(false);
		showNextPage(false);
		const total = answer.entries.length;
		showCounts(answer.counts);
		showCount(pluralForm(locale, messages.count, total), announce);
		showExport(answer.entries);
		empty.hidden = total > 0;
		if (total === 0) showRemovals(state);
		root.removeAttribute('aria-busy');
	}

	// Typing replaces the address it made for the previous keystroke, so the back button skips half-typed words.
	let typing = false;
	const commit = (history: 'push' | 'replace', announce: 'now' | 'after-pause' = 'now') => update(readControls(), history, announce);

	/** The search the address holds: a shared link, or one the back button returned to. */
	function showAddress() {
		const state = parseState(location.search);
		writeControls(state);
		update(state, 'none');
	}

	function start(fromAddress: boolean) {
		input.addEventListener('input', () => {
			commit(typing ? 'replace' : 'push', 'after-pause');
			typing = true;
		});
		searchForm.addEventListener('submit', (event) => {
			event.preventDefault();
			commit(typing ? 'replace' : 'push');
			typing = false;
		});
		const onChoice = () => {
			typing = false;
			commit('push');
		};
		facetsForm.addEventListener('change', onChoice);
		sortSelect.addEventListener('change', onChoice);
		facetsForm.addEventListener('reset', (event) => {
			event.preventDefault();
			writeControls(emptyState());
			onChoice();
		});
		more.addEventListener('click', () => showNextPage(true));
		window.addEventListener('popstate', () => {
			typing = false;
			showAddress();
		});

		if (fromAddress) showAddress();
		else update(readControls(), 'push');
	}

	return { start };
}
