/**
 * What an entry's body may contain beyond Markdown: the few components editors need, and a few harmless
 * inline HTML elements. The body check refuses everything else; the entry pages render these names.
 */

export interface ComponentSpec {
	/** What the component is for, shown in the validator's messages and the editors' guide. */
	purpose: string;
	/** `path`: an address on this site, so an entry never makes a visitor's browser call another host. */
	attributes: Record<string, { required: boolean; kind: 'text' | 'path' }>;
	example: string;
}

export const entryComponents = {
	Quote: {
		purpose: 'a quotation with who said or wrote it',
		attributes: { source: { required: true, kind: 'text' }, lang: { required: false, kind: 'text' } },
		example: '<Quote source="Name, role, year">The words quoted, exactly as published.</Quote>',
	},
	Figure: {
		purpose: 'an image kept in the site (public/images/), with a text alternative and a caption',
		attributes: { src: { required: true, kind: 'path' }, alt: { required: true, kind: 'text' }, caption: { required: false, kind: 'text' } },
		example: '<Figure src="/images/file-name.jpg" alt="What the image shows" caption="Who made it, and when" />',
	},
} satisfies Record<string, ComponentSpec>;

export type EntryComponentName = keyof typeof entryComponents;

/** Inline HTML that carries no behaviour, with the only attributes it may have. */
export const inlineHtml = {
	elements: ['abbr', 'sup', 'sub', 'br'],
	attributes: ['lang', 'title'],
} as const;

/** Link and image addresses: the web, e-mail, or a page of this site. Anything else (javascript:, data:…) is refused. */
export const allowedUrl = /^(?:https?:\/\/|mailto:|\/(?!\/)|#|\.\.?\/)/i;

/**
 * An address on this site: "/images/x.jpg". Browsers read `//host`, `/\\host` and `/` followed by a tab or a
 * line break as another host, and servers decode `%2f` and `..` into a walk out of the site's folder, so
 * the path must stay a plain one once decoded: no `..` or `.` segment, no backslash, no empty segment, no
 * control character or space, no encoded slash, backslash or dot.
 */
export function isSitePath(address: string): boolean {
	const raw = address.split(/[?#]/)[0];
	if (!/^\/[^/\\]/.test(address) || /[\u0000-\u0020\u007f-\u009f\\]/.test(address) || /%(2f|5c|2e|[01][0-9a-f]|7f)/i.test(raw)) return false;
	let path: string;
	try {
		path = decodeURIComponent(raw);
	} catch {
		return false;
	}
	return path.split('/').slice(1).every((segment, i, all) => (segment !== '' || i === all.length - 1) && segment !== '.' && segment !== '..');
}
