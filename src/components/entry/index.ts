/** The components an entry's body may use, by the names the body check allows (src/model/entry-components.ts). */
import type { EntryComponentName } from '../../model/entry-components.ts';
import Figure from './Figure.astro';
import Quote from './Quote.astro';

export const components = { Quote, Figure } satisfies Record<EntryComponentName, unknown>;
