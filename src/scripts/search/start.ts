/**
 * The search page's first script: loads the search code once the page is idle, or sooner when a visitor
 * reaches for a control (focus, pointer over or down), uses one (the search runs), or arrives with a search
 * in the address (a shared or bookmarked link). The search's data (its index, Pagefind) loads only when a
 * visitor reaches for a control. The controls are shown by CSS wherever scripts run (global.css), from the
 * first frame, so that nothing moves when this script starts.
 */
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../../i18n/urls.ts';

const root = document.querySelector<HTMLElement>('#search')!;
const controls = root.querySelectorAll<HTMLElement>('[data-search-controls]');
let code: Promise<typeof import('./page.ts')> | undefined;
const load = () => (code ??= import('./page.ts'));
let started = false;
const uses = ['input', 'change', 'submit', 'reset', 'click'];
const start = (fromAddress: boolean, event?: Event) => {
	if (started) return;
	started = true;
	for (const type of uses) root.removeEventListener(type, onFirstUse, true);
	load().then(({ startSearch }) => startSearch(root, fromAddress, event));
};
const onFirstUse = (event: Event) => {
	// Clicks on the page's own buttons only (filters, show all): a click on a result's link is a visit.
	if (event.type === 'click' && !(event.target instanceof Element && event.target.closest('button[type="button"]'))) return;
	if (event.type !== 'input' && event.type !== 'change') event.preventDefault();
	// The click is replayed once the code has started: it must not also act now.
	if (event.type === 'click') event.stopPropagation();
	// The page script reads the controls' current values, so it sees the change that woke it.
	start(false, event);
};
for (const type of uses) root.addEventListener(type, onFirstUse, true);
// The index downloads alongside the code, not after it: a fetch() of the same address reuses this preload.
let preloaded = false;
const prepare = (event: Event) => {
	if (!preloaded) {
		const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
		link.href = urls.searchIndex(document.documentElement.lang as Locale);
		document.head.append(link);
	}
	preloaded = true;
	load().then(({ prepare }) => prepare(root, event.target));
};
for (const control of controls) for (const type of ['focusin', 'pointerover', 'pointerdown']) control.addEventListener(type, prepare);
if (location.search) start(true);
// The code is small and the same at any corpus size: it loads once the page is idle, so that a first search
// waits only for its data.
else requestIdleCallback(() => load().then(({ ready }) => ready(root)), { timeout: 2000 });
