/**
 * The shortlist: practices a visitor puts aside to compare, kept in their browser (localStorage) and nowhere
 * else. Every "Add to shortlist" button shows whether its practice is on it; the header's link leads to the
 * compare page with them in its address, and says how many; each change is announced. Other tabs follow.
 */
import { formatIds, MAX_COMPARED, parseIds } from '../../model/shortlist.ts';

const KEY = 'shortlist';
const item = document.querySelector<HTMLElement>('[data-shortlist-item]');
const status = document.querySelector<HTMLElement>('[data-shortlist-status]');
type Messages = { added: string; removed: string; full: string };
// Fetched at the first change, not carried by every page (src/pages/[locale]/shortlist.json.ts).
let messages: Promise<Messages> | undefined;
const messagesOf = () => (messages ??= fetch(status!.dataset.messages!).then((response) => response.json() as Promise<Messages>));

export function readShortlist(): string[] {
	try {
		return parseIds(localStorage.getItem(KEY));
	} catch {
		return [];
	}
}

export function writeShortlist(ids: readonly string[]) {
	try {
		localStorage.setItem(KEY, formatIds(ids));
	} catch {
		// Storage may be refused (private mode): the shortlist then lasts as long as the page.
	}
	show(ids);
}

function show(ids: readonly string[]) {
	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-shortlist]')) {
		button.setAttribute('aria-pressed', String(ids.includes(button.dataset.shortlist!)));
	}
	if (!item) return;
	item.hidden = ids.length === 0;
	// The link's own address is the compare page's (urls.compare); the script adds the practices.
	const link = item.querySelector('a')!;
	link.search = `?ids=${formatIds(ids)}`;
	item.querySelector('[data-shortlist-count]')!.textContent = `(${ids.length})`;
}

const say = async (kind: keyof Messages, n: number) => {
	if (!status) return;
	const text = (await messagesOf().catch(() => undefined))?.[kind];
	if (text) status.textContent = text.replace('{n}', String(n)).replace('{max}', String(MAX_COMPARED));
};

document.addEventListener('click', (event) => {
	const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-shortlist]') : null;
	if (!button) return;
	const id = button.dataset.shortlist!;
	const ids = readShortlist();
	if (ids.includes(id)) {
		const rest = ids.filter((other) => other !== id);
		writeShortlist(rest);
		say('removed', rest.length);
	} else if (ids.length >= MAX_COMPARED) {
		say('full', ids.length);
	} else {
		writeShortlist([...ids, id]);
		say('added', ids.length + 1);
	}
});

window.addEventListener('storage', (event) => {
	if (event.key === KEY) show(readShortlist());
});

show(readShortlist());
