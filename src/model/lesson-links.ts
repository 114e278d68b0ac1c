/**
 * A lesson's examples name the practices they come from in bold ("**Fuenlabrada: MUST-a-LaB**: …"). Where a bold
 * name is the title of a practice the lesson cites, it becomes a link to that practice, so that the page need not
 * list the practice again below. Titles are matched as the body's HTML writes text.
 */
export interface Named {
	title: string;
	url: string;
}

/** Text as the Markdown renderer writes it in HTML: "&" and "<" escaped. */
const asHtmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const attribute = (text: string) => asHtmlText(text).replaceAll('"', '&quot;');

export function linkPracticeNames(html: string, practices: readonly Named[]): { html: string; linked: Named[] } {
	const linked: Named[] = [];
	let out = html;
	for (const practice of practices) {
		const bold = `<strong>${asHtmlText(practice.title)}</strong>`;
		if (!out.includes(bold)) continue;
		out = out.replaceAll(bold, `<strong><a href="${attribute(practice.url)}">${asHtmlText(practice.title)}</a></strong>`);
		linked.push(practice);
	}
	return { html: out, linked };
}
