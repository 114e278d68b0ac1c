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

/** An address on this site: "/images/x.jpg", never "//host/x.jpg". */
export const sitePath = /^\/(?!\/)/;
