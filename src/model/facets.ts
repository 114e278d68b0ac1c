/**
 * The search facets and sorts: their names are the URL query parameters and Pagefind filter keys,
 * shared by the pages that write the index and the script that queries it (so this module imports nothing).
 */
export const facetKeys = ['kind', 'country', 'area', 'type', 'level', 'theme', 'topic', 'status', 'evidence', 'target', 'source'] as const;
export type FacetKey = (typeof facetKeys)[number];

export const kinds = ['practice', 'lesson'] as const;
export type Kind = (typeof kinds)[number];

/** `title` sorts A–Z, `start` by start year, newest first; without either, results come by relevance. */
export const sortKeys = ['title', 'start'] as const;
export type SortKey = (typeof sortKeys)[number];
