/**
 * The browse-and-search page's behaviour: reads the controls into a state, keeps the state in the
 * address (shareable, and restored by the back button), and shows the results and counts.
 * The page works without it: it lists every entry, a page at a time, as the server rendered them.
 * Results are cards made from the page's <template>, with data fetched for the results shown.
 */
import { intl } from '../../i18n/intl.ts';
import type { Locale } from '../../i18n/locales.ts';
import { type Plural, pluralForm } from '../../i18n/plural.ts';
import type { FacetKey } from '../../model/facets.ts';
import type { ResultCardData } from '../../model/search.ts';
import { RESULTS_SHOWN } from '../../model/search-index.ts';
import { cardsOf, firstResultsOf, renderCard } from './cards.ts';
import { setUpExport } from './export.ts';
import { setUpPanel } from './panel.ts';
import type { Counts } from './query.ts';
import { warmUpText } from './pagefind.ts';
import { type Found, search, wordsOf } from './search.ts';
import { activeFacets, emptyState, isEmpty, onlyOption, parseState, type SearchState, stateToQuery, toggle } from '../../model/search-state.ts';
import { sortMenu } from './sort-menu.ts';
import { suggestion } from './words.ts';

/** Results follow every keystroke; the count is announced once typing pauses this long. */
const ANNOUNCE_PAUSE_MS = 700;

interface Messages {
	all: string;
	/** The plural forms of "{n} results" and "Show {n} results", by Intl.PluralRules category. */
	count: Plural;
	show: Plural;
	filters: string;
	remove: string;
	removeWords: string;
	yearsFrom: string;
	yearsTo: string;
	error: string;
}

let page: ReturnType<typeof setUp> | undefined;

/** Resolves once the browser has drawn what is on the page now. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/**
 * When a visitor reaches for a control: reads the page, and starts loading what the search would need
 * (Pagefind for the words box, an option's first results for an option), so that the search has less to do.
 */
export function prepare(root: HTMLElement, target: EventTarget | null) {
	if (target instanceof HTMLInputElement && target.type === 'search') warmUpText(document.documentElement.lang as Locale);
	page ??= setUp(root);
	page.foresee(target);
}

/** Reads the page ahead of any use, when the browser is idle: the search's data still waits for a visitor to reach for a control. */
export function ready(root: HTMLElement) {
	page ??= setUp(root);
}

/** Takes over the controls and shows the search they hold, or the one in the address; replays the click that woke it. */
export function startSearch(root: HTMLElement, fromAddress: boolean, event?: Event) {
	page ??= setUp(root);
	page.start(fromAddress);
	if (event?.type === 'click' && event.target instanceof Element) event.target.closest<HTMLButtonElement>('button')?.click();
}

function setUp(root: HTMLElement) {
	const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
	const input = $<HTMLInputElement>('#q');
	const searchForm = $<HTMLFormElement>('form.search-box');
	const facetsForm = $<HTMLFormElement>('form.facets');
	const sort = sortMenu($<HTMLSelectElement>('[data-sort]'), input);
	// No range where no entry gives its start year.
	const yearSelects = { from: root.querySelector<HTMLSelectElement>('[data-year="from"]'), to: root.querySelector<HTMLSelectElement>('[data-year="to"]') };
	const countText = $<HTMLElement>('[data-count-text]');
	const status = $<HTMLElement>('[data-status]');
	const all = $<HTMLElement>('[data-all]');
	const list = $<HTMLOListElement>('[data-results]');
	const template = $<HTMLTemplateElement>('template[data-card]');
	const empty = $<HTMLElement>('[data-empty]');
	const removals = $<HTMLUListElement>('[data-removals]');
	const chips = $<HTMLUListElement>('[data-chips]');
	const more = $<HTMLButtonElement>('[data-more]');
	const heading = $<HTMLElement>('#results-heading');
	const opener = $<HTMLButtonElement>('[data-open-filters]');
	const filterCount = $<HTMLElement>('[data-filter-count]');
	const showResults = $<HTMLButtonElement>('[data-show-results]');
	const suggested = $<HTMLElement>('[data-suggestion]');
	const suggestedLink = $<HTMLAnchorElement>('[data-suggestion-link]');
	const messages: Messages = JSON.parse(root.dataset.messages!);
	const searchPath = root.dataset.list!;
	const locale = document.documentElement.lang as Locale;
	const format = intl(Intl.NumberFormat, locale);
	const checkboxes = [...facetsForm.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const serverCounts: Counts = {};
	// Each checkbox's label, found once: `input.labels` searches the whole page.
	const labels = new Map([...facetsForm.querySelectorAll('label')].map((label) => [label.control, label]));
	for (const box of checkboxes) (serverCounts[box.name] ??= {})[box.value] = Number(countOf(box).dataset.count);
	const total = Object.values(serverCounts.kind ?? {}).reduce((sum, n) => sum + n, 0);
	const showExport = setUpExport($<HTMLAnchorElement>('[data-export]'), $<HTMLElement>('[data-export-note]'), (entries) => cardsOf(locale, entries));
	// Before any search, the export holds every entry.
	const everyEntry = () => Array.from({ length: total }, (_, n) => n);
	showExport(everyEntry());

	function countOf(box: HTMLInputElement): HTMLElement {
		return labels.get(box)!.querySelector<HTMLElement>('.count')!;
	}

	function readControls(): SearchState {
		const state: SearchState = { q: input.value, filters: {}, sort: sort.read() };
		for (const box of checkboxes) if (box.checked) (state.filters[box.name as FacetKey] ??= []).push(box.value);
		// Read through the address's rules, so that a range chosen backwards is put the right way round.
		const years = parseState(new URLSearchParams({ from: yearSelects.from?.value ?? '', to: yearSelects.to?.value ?? '' }));
		if (years.from !== undefined) state.from = years.from;
		if (years.to !== undefined) state.to = years.to;
		return state;
	}

	function writeControls(state: SearchState) {
		input.value = state.q;
		for (const box of checkboxes) box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
		sort.show(state.sort);
		if (yearSelects.from) yearSelects.from.value = state.from?.toString() ?? '';
		if (yearSelects.to) yearSelects.to.value = state.to?.toString() ?? '';
	}

	function showCounts(counts: Counts) {
		for (const box of checkboxes) {
			const count = counts[box.name]?.[box.value] ?? 0;
			countOf(box).textContent = `(${format.format(count)})`;
			// No dead ends: an option that would give nothing is disabled, unless it is chosen or has focus.
			box.disabled = count === 0 && !box.checked && document.activeElement !== box;
		}
	}

	function labelOf(key: FacetKey, value: string): string {
		const box = checkboxes.find((b) => b.name === key && b.value === value);
		return box ? labels.get(box)!.firstChild!.textContent!.trim() : value;
	}

	/** Each part of the state that can be taken away, with the state without it. */
	function parts(state: SearchState): { text: string; without: SearchState }[] {
		const found = [];
		for (const key of activeFacets(state)) for (const value of state.filters[key]!) found.push({ text: labelOf(key, value), without: toggle(state, key, value, false) });
		if (state.from !== undefined) found.push({ text: messages.yearsFrom.replace('{year}', String(state.from)), without: { ...state, from: undefined } });
		if (state.to !== undefined) found.push({ text: messages.yearsTo.replace('{year}', String(state.to)), without: { ...state, to: undefined } });
		return found;
	}

	function apply(next: SearchState) {
		writeControls(next);
		update(next, 'push');
	}

	/** Above the results: each chosen filter as a button that removes it. Focus goes to the next one, or to the results. */
	function showChips(state: SearchState) {
		const items = parts(state).map(({ text, without }, i) => {
			const button = Object.assign(document.createElement('button'), { type: 'button', className: 'chip' });
			button.append(text, Object.assign(document.createElement('span'), { ariaHidden: 'true', textContent: ' ×' }));
			button.setAttribute('aria-label', messages.remove.replace('{label}', text));
			button.addEventListener('click', () => {
				apply(without);
				const next = chips.querySelectorAll('button')[i] ?? chips.querySelectorAll('button')[i - 1];
				(next ?? heading).focus();
			});
			const item = document.createElement('li');
			item.append(button);
			return item;
		});
		chips.replaceChildren(...items);
		chips.hidden = items.length === 0;
		filterCount.textContent = items.length ? messages.filters.replace('{n}', format.format(items.length)) : '';
	}

	/** In the zero-results state: a button to undo each part of the search. */
	function showRemovals(state: SearchState) {
		const buttons: HTMLLIElement[] = [];
		const add = (text: string, next: SearchState) => {
			const button = Object.assign(document.createElement('button'), { type: 'button', className: 'link-button', textContent: text });
			button.addEventListener('click', () => {
				heading.focus();
				apply(next);
			});
			const item = document.createElement('li');
			item.append(button);
			buttons.push(item);
		};
		if (state.q.trim()) add(messages.removeWords.replace('{q}', state.q.trim()), { ...state, q: '' });
		for (const { text, without } of parts(state)) add(messages.remove.replace('{label}', text), without);
		removals.replaceChildren(...buttons);
	}

	/** "Did you mean …?" for typed words that find nothing and are not the entries' words. */
	async function showSuggestion(state: SearchState, mine: number) {
		suggested.hidden = true;
		if (!state.q.trim()) return;
		const words = await wordsOf(locale).catch(() => [] as string[]);
		const better = suggestion(state.q.trim(), words, locale);
		if (mine !== generation || !better) return;
		suggestedLink.textContent = better;
		suggestedLink.href = `${searchPath}${stateToQuery({ ...state, q: better })}`;
		suggested.hidden = false;
	}

	/** Focus inside what is about to be replaced goes to the results heading, never to the page's start. */
	function keepFocus(...parts: HTMLElement[]) {
		if (parts.some((part) => part.contains(document.activeElement))) heading.focus();
	}

	function showFullList(full: boolean) {
		keepFocus(full ? list : all, more);
		all.hidden = !full;
		list.hidden = full;
		if (full) {
			list.replaceChildren();
			more.hidden = true;
		}
	}

	let answer: Found = { entries: [], counts: {} };
	let shown = 0;
	let generation = 0;

	/** A page of results: their cards, and their excerpts where words were typed. */
	type ResultsPage = [ResultCardData[], (string | undefined)[]];

	/** Starts fetching the next page of results' cards (and excerpts): called as soon as the results are known. */
	function fetchNextPage(): Promise<ResultsPage> {
		const entries = answer.entries.slice(shown, shown + RESULTS_SHOWN);
		shown += entries.length;
		const { excerpt } = answer;
		return Promise.all([cardsOf(locale, entries), excerpt ? Promise.all(entries.map((n) => excerpt(n).catch(() => undefined))) : []]);
	}

	/** Adds a page of results once its cards are in; `opening`, if given, first makes way for them in the same frame. */
	async function showNextPage(moveFocus: boolean, next = fetchNextPage(), opening?: () => void) {
		const mine = generation;
		const [cards, excerpts] = await next;
		if (mine !== generation) return;
		opening?.();
		const elements = cards.map((card, i) => renderCard(template, card, excerpts[i]));
		list.append(...elements);
		keepFocus(more);
		more.hidden = shown >= answer.entries.length;
		if (moveFocus) elements[0]?.querySelector('a')?.focus();
	}

	/** Shows the count at once; says it to screen readers when typing has paused, not on every keystroke. */
	let announceTimer: ReturnType<typeof setTimeout> | undefined;
	function showCount(text: string, count: number, announce: 'now' | 'after-pause') {
		countText.textContent = text;
		showResults.textContent = pluralForm(locale, messages.show, count);
		clearTimeout(announceTimer);
		const say = () => {
			// A polite live region speaks only when its text changes: clear it first so a repeated count is said again.
			status.textContent = '';
			requestAnimationFrame(() => (status.textContent = text));
		};
		if (announce === 'now') say();
		else announceTimer = setTimeout(say, ANNOUNCE_PAUSE_MS);
	}

	/**
	 * The count, the chosen filters, and an empty results list in place of the full one (or the empty state),
	 * for results to come: all in the frame that shows results, so that nothing on screen moves before them.
	 */
	function showResultsOpening(state: SearchState, count: number, announce: 'now' | 'after-pause') {
		showChips(state);
		showCount(pluralForm(locale, messages.count, count), count, announce);
		empty.hidden = count > 0;
		showFullList(false);
		keepFocus(list);
		list.replaceChildren();
	}

	async function update(state: SearchState, history: 'push' | 'replace' | 'none', announce: 'now' | 'after-pause' = 'now') {
		const query = stateToQuery(state);
		// A search is the search page's own: from page 3 of the list, it is made at the page's first address.
		const path = isEmpty(state) ? location.pathname : searchPath;
		if (history !== 'none' && `${path}${query}` !== `${location.pathname}${location.search}`) {
			window.history[history === 'push' ? 'pushState' : 'replaceState'](null, '', `${path}${query}`);
		}
		const mine = ++generation;
		suggested.hidden = true;
		if (isEmpty(state)) {
			showChips(state);
			showFullList(true);
			showCounts(serverCounts);
			showCount(messages.all, total, announce);
			showExport(everyEntry());
			empty.hidden = true;
			root.removeAttribute('aria-busy');
			return;
		}
		root.setAttribute('aria-busy', 'true');
		// One option alone: its first results and their count come in a file of their own, often fetched
		// already when the visitor reached for the option (foresee). They are drawn before the index is read
		// and the counts worked out, which at 10,000 entries keep the page busy for some 70 ms.
		const only = onlyOption(state);
		const first = only ? await firstResultsOf(locale, only.key, only.value).catch(() => null) : null;
		if (mine !== generation) return;
		if (first) {
			// The option's count beside it is this search's count.
			showResultsOpening(state, serverCounts[only!.key]?.[only!.value] ?? 0, announce);
			list.append(...first.cards.map((card) => renderCard(template, card)));
			shown = first.entries.length;
			// "Show more" needs the answer: it appears with it.
			more.hidden = true;
			await afterPaint();
			if (mine !== generation) return;
		}
		let next: Found | null;
		try {
			next = await search(locale, state);
		} catch (error) {
			console.error(error);
			if (mine !== generation) return;
			showFullList(true);
			showCount(messages.error, total, 'now');
			root.removeAttribute('aria-busy');
			return;
		}
		if (mine !== generation || !next) return;
		answer = next;
		const count = answer.entries.length;
		if (first) {
			// The first results on screen are the answer's first ones.
			showCounts(answer.counts);
			showExport(answer.entries);
			more.hidden = shown >= count;
			root.removeAttribute('aria-busy');
			return;
		}
		shown = 0;
		// The cards download while the counts and the rest are updated.
		const firstPage = fetchNextPage();
		showCounts(answer.counts);
		showExport(answer.entries);
		if (count === 0) {
			showRemovals(state);
			showSuggestion(state, mine);
		}
		// The opening with the first cards: an empty list drawn while they download would move what follows it.
		await showNextPage(false, firstPage, () => showResultsOpening(state, count, announce)).catch((error) => {
			console.error(error);
			if (mine === generation) showCount(messages.error, total, 'now');
		});
		if (mine === generation) root.removeAttribute('aria-busy');
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

	// "Show all" and "Show fewer" need no search: they work as soon as the page is read.
	for (const button of facetsForm.querySelectorAll<HTMLButtonElement>('[data-show-all]')) {
		button.addEventListener('click', () => {
			const group = button.closest('fieldset')!;
			const collapsed = group.toggleAttribute('data-collapsed');
			button.setAttribute('aria-expanded', String(!collapsed));
			// Focus in an option that is now hidden goes to the button.
			if (collapsed && group.contains(document.activeElement) && !(document.activeElement as HTMLElement).checkVisibility()) button.focus();
		});
	}

	const panel = setUpPanel(facetsForm, opener, [showResults], (by) => (by === 'results' ? heading : opener).focus());

	/** A visitor reaching for an option: fetches the first results of the search that choosing it would make, if they have a file. */
	function foresee(target: EventTarget | null) {
		const box = target instanceof Element ? target.closest('li')?.querySelector<HTMLInputElement>('input[type="checkbox"]') : null;
		if (!box || !facetsForm.contains(box)) return;
		const only = onlyOption(toggle(readControls(), box.name as FacetKey, box.value, !box.checked));
		if (only) firstResultsOf(locale, only.key, only.value).catch(() => undefined);
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
		$<HTMLSelectElement>('[data-sort]').addEventListener('change', onChoice);
		facetsForm.addEventListener('reset', (event) => {
			event.preventDefault();
			writeControls(emptyState());
			onChoice();
		});
		suggestedLink.addEventListener('click', (event) => {
			event.preventDefault();
			typing = false;
			apply(parseState(new URL(suggestedLink.href).search));
		});
		more.addEventListener('click', () => showNextPage(true));
		window.addEventListener('popstate', () => {
			typing = false;
			showAddress();
		});

		if (fromAddress) showAddress();
		else update(readControls(), 'push');
	}

	return { start, panel, foresee };
}
