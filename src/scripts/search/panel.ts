/**
 * On a narrow screen the filters are a panel over the results, opened by "Filters (n)" and closed by
 * "Show N results", Escape, or the button again. While it is open, the rest of the page is inert, so
 * that focus and screen readers stay in it. On a wide screen the filters are a column and this does nothing.
 */
const narrow = matchMedia('(max-width: 59.99rem)');

export function setUpPanel(panel: HTMLElement, opener: HTMLButtonElement, closers: HTMLElement[], afterClose: (by: 'results' | 'other') => void) {
	const made: HTMLElement[] = [];
	const heading = panel.querySelector<HTMLElement>('h2')!;

	function setInert(on: boolean) {
		if (!on) {
			for (const element of made.splice(0)) element.inert = false;
			return;
		}
		// Everything but the panel and the path to it.
		for (let node: HTMLElement = panel; node.parentElement && node !== document.body; node = node.parentElement) {
			for (const sibling of node.parentElement.children) {
				if (sibling !== node && sibling instanceof HTMLElement && !sibling.inert && sibling.tagName !== 'SCRIPT') {
					sibling.inert = true;
					made.push(sibling);
				}
			}
		}
	}

	const isOpen = () => opener.getAttribute('aria-expanded') === 'true';

	function open() {
		if (!narrow.matches) return;
		opener.setAttribute('aria-expanded', 'true');
		panel.classList.add('open');
		document.documentElement.classList.add('panel-open');
		setInert(true);
		heading.focus();
	}

	function close(by: 'results' | 'other') {
		if (!isOpen()) return;
		opener.setAttribute('aria-expanded', 'false');
		panel.classList.remove('open');
		document.documentElement.classList.remove('panel-open');
		setInert(false);
		afterClose(by);
	}

	opener.addEventListener('click', () => (isOpen() ? close('other') : open()));
	for (const closer of closers) closer.addEventListener('click', () => close('results'));
	panel.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && isOpen()) {
			event.preventDefault();
			close('other');
		}
	});
	// Turned to a wide screen, the panel is a column again.
	narrow.addEventListener('change', () => {
		if (!narrow.matches) close('other');
	});
	return { open, close, isOpen };
}
