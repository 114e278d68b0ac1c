/** Downloads for the search page. */

/** Fetches a JSON file of the site; a missing file is an error, not an empty answer. */
export async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
	return response.json();
}

/** A download made once and shared; a failed one is forgotten, so that the next call tries again. */
export function loadOnce<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
	let loading: Promise<T> | undefined;
	return (...args) => {
		if (!loading) {
			loading = load(...args);
			loading.catch(() => (loading = undefined));
		}
		return loading;
	};
}
