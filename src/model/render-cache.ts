/** Rendered HTML kept for the length of a build, by a key the caller chooses (an entry's collection and id). */
const cache = new Map<string, Promise<string>>();

export function renderedOnce(key: string, render: () => Promise<string>): Promise<string> {
	let html = cache.get(key);
	if (!html) cache.set(key, (html = render()));
	return html;
}
