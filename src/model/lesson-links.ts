/**
 * A lesson's examples name the practices they come from in bold ("**Fuenlabrada: MUST-a-LaB**: …"). Where a bold
 * name is the title of a practice the lesson cites, it becomes a link to that practice, so that the page need not
 * list the practice again below. Titles are written with the renderer's own serialiser and options (hast-util-to-html,
 * ./entry-html.ts), so that they match the body's HTML character for character, escaped as it escapes them.
 */
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlOptions } from './entry-html.ts';

export interface Named {
	title: string;
	url: string;
}

const strong = (children: ElementContent[]) => toHtml({ type: 'element', tagName: 'strong', properties: {}, children }, htmlOptions);

export function linkPracticeNames(html: string, practices: readonly Named[]): { html: string; linked: Named[] } {
	const linked: Named[] = [];
	let out = html;
	for (const practice of practices) {
		const title: ElementContent = { type: 'text', value: practice.title };
		const bold = strong([title]);
		if (!out.includes(bold)) continue;
		out = out.replaceAll(bold, strong([{ type: 'element', tagName: 'a', properties: { href: practice.url }, children: [title] }]));
		linked.push(practice);
	}
	return { html: out, linked };
}
