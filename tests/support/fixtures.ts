import type { EntryFile } from '../../src/model/entry-files.ts';

export const sources = [
	{ id: 'paged-doc', title: 'A paged document', publisher: 'Publisher', citation: 'Publisher, Doc', paged: true },
	{ id: 'brief', title: 'A brief', publisher: 'Publisher', citation: 'Publisher, Brief', paged: false },
];

export function practiceData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		title: 'A practice',
		summary: 'A municipal service that welcomes newcomers.',
		countries: ['ES'],
		level: 'local',
		type: 'service',
		areas: ['welcoming-policies'],
		evidence: 'self-reported',
		source: { document: 'paged-doc', page: 12 },
		updated: new Date('2026-11-21'),
		...overrides,
	};
}

export function lessonData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		title: 'A lesson',
		statement: 'Trust takes time.',
		topic: 'collaboration',
		areas: ['polarisation-prevention'],
		source: { document: 'brief', section: 'LL: Collaboration (I)' },
		updated: new Date('2026-11-21'),
		...overrides,
	};
}

export function entryFile(collection: EntryFile['collection'], slug: string, data: unknown, locale = 'en'): EntryFile {
	return { path: `content/${collection}/${locale}/${slug}.mdx`, collection, locale, slug, extension: 'mdx', data, body: '', bodyLine: 1 };
}
