/** An entry body's HTML as the text a reader reads: tags and entities left out (for word counts, not for display). */
export const plainText = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ');
