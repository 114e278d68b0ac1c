/**
 * The shortlist's and the compare page's addresses: practices named `practices/<slug>`, two to four of them
 * compared side by side. Browser code imports this module, so it imports nothing.
 */
export const MAX_COMPARED = 4;
export const MIN_COMPARED = 2;

const PRACTICE = /^practices\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The practices an address or a stored list names: well formed, each once, at most four, in their order. */
export function parseIds(value: string | null | undefined): string[] {
	const ids = (value ?? '').split(',').map((id) => id.trim()).filter((id) => PRACTICE.test(id));
	return [...new Set(ids)].slice(0, MAX_COMPARED);
}

export const formatIds = (ids: readonly string[]) => ids.join(',');

/** The slug of an id: "practices/bilbao-anti-rumours-strategy" → "bilbao-anti-rumours-strategy". */
export const slugOf = (id: string) => id.slice('practices/'.length);
