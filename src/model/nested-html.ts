/**
 * An entry's body HTML placed deeper in a longer document (the compendium): its headings moved `by` levels
 * down, to h6 at most, and their ids prefixed so that they stay unique. The HTML is the content loader's own
 * output (entry-html.ts), which holds no raw HTML, so its heading tags can be rewritten as text.
 */
export function nestHtml(html: string, by: number, idPrefix: string): string {
	return html.replace(/<(\/?)h([1-6])((?:\s[^>]*)?)>/g, (_, close: string, level: string, attributes: string) => {
		const moved = Math.min(6, Number(level) + by);
		return `<${close}h${moved}${attributes.replace(/\bid="([^"]*)"/, (_match, id: string) => `id="${idPrefix}${id}"`)}>`;
	});
}
