/**
 * The situation finder's page: reads the form (and, at first, the address), ranks this language's practices and
 * lessons learned on the index the build made (model/finder.ts), lists the best with why each came, and keeps
 * the form in the address (?q=…&country=…&role=…&area=…) without a request. Results follow each keystroke:
 * ranking a language's index takes a few milliseconds.
 */
import { intl } from '../../i18n/intl.ts';
import type { Locale } from '../../i18n/locales.ts';
import { type Plural, pluralForm } from '../../i18n/plural.ts';
import { type FinderIndex, type FinderQuery, type FinderResult, rank, type Role, roles } from '../../model/finder.ts';

const root = document.querySelector<HTMLElement>('[data-finder]')!;
const locale = document.documentElement.lang as Locale;
const messages: { count: Plural; matches: string; sameArea: string; forRole: string; inCountry: string; lesson: string; failed: string } = JSON.parse(root.dataset.messages!);
const $ = <E extends Element>(selector: string) => root.querySelector<E>(selector)!;
const form = $<HTMLFormElement>('[data-finder-form]');
const text = form.elements.namedItem('q') as HTMLTextAreaElement;
const country = form.elements.namedItem('country') as HTMLSelectElement;
const role = form.elements.namedItem('role') as HTMLSelectElement;
const areaBoxes = [...form.querySelectorAll<HTMLInputElement>('input[name="area"]')];
const status = $<HTMLElement>('[data-finder-status]');
const list = $<HTMLOListElement>('[data-finder-list]');
const listFormat = intl(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' });
const countryName = (code: string) => country.querySelector<HTMLOptionElement>(`option[value="${code}"]`)?.text ?? code;
const areaName = (code: string) => areaBoxes.find((box) => box.value === code)?.dataset.label ?? code;

function readForm(): FinderQuery {
	return {
		q: text.value,
		country: country.value || undefined,
		role: (roles as readonly string[]).includes(role.value) ? (role.value as Role) : undefined,
		areas: areaBoxes.filter((box) => box.checked).map((box) => box.value),
	};
}

function writeForm(params: URLSearchParams) {
	text.value = params.get('q') ?? '';
	country.value = [...country.options].some((option) => option.value === params.get('country')) ? params.get('country')! : '';
	role.value = (roles as readonly string[]).includes(params.get('role') ?? '') ? params.get('role')! : '';
	const chosen = params.getAll('area');
	for (const box of areaBoxes) box.checked = chosen.includes(box.value);
	if (chosen.length) form.querySelector('details')!.open = true;
}

function address(query: FinderQuery): string {
	const params = new URLSearchParams();
	if (query.q.trim()) params.set('q', query.q.trim());
	if (query.country) params.set('country', query.country);
	if (query.role) params.set('role', query.role);
	for (const area of query.areas ?? []) params.append('area', area);
	return params.size ? `?${params}` : location.pathname;
}

/** "Matches: rumours, neighbourhood · same area: Education · in Spain" */
function why(result: FinderResult): string {
	const parts = [messages.matches.replace('{words}', listFormat.format(result.words))];
	if (result.areas.length) parts.push(messages.sameArea.replace('{areas}', listFormat.format(result.areas.map(areaName))));
	if (result.roleAreas.length) parts.push(messages.forRole.replace('{areas}', listFormat.format(result.roleAreas.map(areaName))));
	if (result.inCountry) parts.push(messages.inCountry.replace('{country}', countryName(readForm().country!)));
	return parts.join(' · ');
}

function item(result: FinderResult): HTMLLIElement {
	const li = Object.assign(document.createElement('li'), { className: 'card' });
	const heading = document.createElement('h3');
	heading.append(Object.assign(document.createElement('a'), { href: result.entry.url, textContent: result.entry.title }));
	const where = [result.entry.id.startsWith('lessons/') ? messages.lesson : '', listFormat.format(result.entry.countries.map(countryName))].filter(Boolean).join(' · ');
	li.append(heading);
	if (where) li.append(Object.assign(document.createElement('p'), { className: 'meta', textContent: where }));
	li.append(Object.assign(document.createElement('p'), { className: 'why', textContent: why(result) }));
	return li;
}

function show(index: FinderIndex) {
	const query = readForm();
	history.replaceState(null, '', address(query));
	const results = rank(index, query, locale);
	const typed = query.q.trim() !== '';
	list.replaceChildren(...results.map(item));
	$<HTMLElement>('[data-finder-waiting]').hidden = typed;
	$<HTMLElement>('[data-finder-none]').hidden = !typed || results.length > 0;
	// The count is announced once typing pauses, not at every keystroke.
	clearTimeout(announcing);
	announcing = setTimeout(() => (status.textContent = typed ? pluralForm(locale, messages.count, results.length) : ''), 800);
}

let announcing: ReturnType<typeof setTimeout> | undefined;

async function start() {
	writeForm(new URLSearchParams(location.search));
	const response = await fetch(root.dataset.index!).catch(() => undefined);
	if (!response?.ok) {
		status.textContent = messages.failed;
		return;
	}
	const index = (await response.json()) as FinderIndex;
	status.textContent = '';
	form.addEventListener('input', () => show(index));
	form.addEventListener('change', () => show(index));
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		show(index);
		root.querySelector<HTMLElement>('#finder-results')!.focus();
	});
	show(index);
	root.dataset.ready = 'true';
}

start();
