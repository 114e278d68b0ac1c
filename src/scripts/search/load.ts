/** Downloads for the search page. */

/** Fetches a JSON file of the site; a missing file is an error, not an empty answer. */
export async function fetchJson<T>(url: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
	return response.json();
}

/** Downloads made once per key and shared; a failed one is forgotten, so that the next call tries again. */
export function loadEach<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
	const loading = new Map<K, Promise<T>>();
	return (key) => {
		let promise = loading.get(key);
		if (!promise) {
			loading.set(key, (promise = load(key)));
			promise.catch(() => loading.delete(key));
		}
		return promise;
	};
}

/** A download made once and shared, whatever the arguments of later calls (the page has one language). */
export function loadOnce<A extends unknown[], T>(load: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
	let args: A;
	const once = loadEach<null, T>(() => load(...args));
	return (...given) => {
		args = given;
		return once(null);
	};
}
