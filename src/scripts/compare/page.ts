/**
 * The compare page (/{locale}/compare/?ids=practices/a,practices/b): fetches each practice's rows, made at
 * build time (model/compare.ts), and sets them side by side, one column each, under the row headings the page
 * already has. Its address names the practices, so a comparison can be shared; without practices in its
 * address it shows the visitor's shortlist. Text is placed as text, never as markup.
 */
import type { Locale } from '../../i18n/locales.ts';
import { urls } from '../../i18n/urls.ts';
import { formatIds, MIN_COMPARED, parseIds, slugOf } from '../../model/shortlist.ts';
import type { ComparedPractice, CompareRow } from '../../model/compare.ts';
import { readShortlist, writeShortlist } from '../shortlist/shortlist.ts';

const root = document.querySelector<HTMLElement>('[data-compare]')!;
const messages: { notStated: string; failed: string; remove: string } = JSON.parse(root.dataset.messages!);
const locale = document.documentElement.lang as Locale;
const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => Object.assign(document.createElement(tag), text === undefined ? {} : { textContent: text });

async function load(id: string): Promise<ComparedPractice | undefined> {
	const response = await fetch(urls.compareData(locale, slugOf(id))).catch(() => undefined);
	return response?.ok ? ((await response.json()) as ComparedPractice) : undefined;
}

function cell(practice: ComparedPractice, row: CompareRow): HTMLTableCellElement {
	const td = element('td');
	const lines = practice.rows[row];
	if (practice.original.rows.includes(row) && practice.original.lang) td.lang = practice.original.lang;
	if (lines.length === 0) td.append(Object.assign(element('span', messages.notStated), { className: 'meta' }));
	else if (lines.length === 1) td.textContent = lines[0];
	else {
		const list = element('ul');
		list.append(...lines.map((line) => element('li', line)));
		td.append(list);
	}
	return td;
}

function heading(id: string, practice: ComparedPractice | undefined): HTMLTableCellElement {
	const th = Object.assign(element('th'), { scope: 'col' });
	if (practice) th.append(Object.assign(element('a', practice.title), { href: practice.url }));
	else th.append(element('span', messages.failed.replace('{id}', id)));
	const remove = Object.assign(element('button', messages.remove), { type: 'button', className: 'remove' });
	remove.append(Object.assign(element('span', ` ${practice?.title ?? id}`), { className: 'visually-hidden' }));
	// A practice removed here leaves the shortlist too; one only in a shared address never entered it.
	remove.addEventListener('click', () => {
		writeShortlist(readShortlist().filter((other) => other !== id));
		show(current.filter((other) => other !== id)).then(() => document.querySelector<HTMLElement>('h1')?.focus());
	});
	th.append(' ', remove);
	return th;
}

let current: string[] = [];

async function show(ids: string[]) {
	current = ids;
	history.replaceState(null, '', ids.length ? `?ids=${formatIds(ids)}` : location.pathname);
	const practices = await Promise.all(ids.map(load));
	$<HTMLElement>('[data-compare-empty]').hidden = ids.length > 0;
	$<HTMLElement>('[data-compare-few]').hidden = ids.length === 0 || ids.length >= MIN_COMPARED;
	$<HTMLElement>('[data-compare-table]').hidden = ids.length === 0;
	$<HTMLElement>('[data-compare-actions]').hidden = ids.length === 0;
	$<HTMLAnchorElement>('[data-compare-pdf]').search = `?entries=${formatIds(ids)}`;
	const head = $<HTMLTableRowElement>('thead tr');
	head.replaceChildren(head.cells[0], ...ids.map((id, n) => heading(id, practices[n])));
	for (const tr of root.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
		const row = tr.dataset.row as CompareRow;
		tr.replaceChildren(tr.cells[0], ...practices.map((practice) => (practice ? cell(practice, row) : element('td'))));
	}
	$<HTMLElement>('[data-compare-loading]').hidden = true;
	// How many are shown: the tests wait for it.
	root.dataset.compared = String(ids.length);
}

$<HTMLButtonElement>('[data-print]').addEventListener('click', () => window.print());
const fromAddress = parseIds(new URLSearchParams(location.search).get('ids'));
show(fromAddress.length ? fromAddress : readShortlist());
