/** The open-data files match the entries they are built from. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readEntryFiles } from '../../src/model/entry-files.ts';
import { csvColumns } from '../../src/model/export.ts';
import { root } from '../support/paths.ts';
import { exists, readDist } from '../support/site.ts';

const entries = (await readEntryFiles(root)).filter((entry) => entry.locale === 'en');
const practiceEntries = entries.filter((entry) => entry.collection === 'practices');
const lessonEntries = entries.filter((entry) => entry.collection === 'lessons');
const practices: Record<string, any>[] = JSON.parse(readDist('data/practices.json'));
const lessons: Record<string, any>[] = JSON.parse(readDist('data/lessons.json'));

describe('/data/practices.json', () => {
	it('lists every practice once', () => {
		expect(practices.map((p) => p.slug).sort()).toEqual(practiceEntries.map((e) => e.slug).sort());
	});

	it('holds each practice with all its fields, its page and its languages', () => {
		for (const entry of practiceEntries) {
			const data = entry.data as Record<string, any>;
			const record = practices.find((p) => p.slug === entry.slug)!;
			expect(record).toMatchObject({ title: data.title, summary: data.summary, level: data.level, type: data.type, areas: data.areas, evidence: data.evidence, source: data.source });
			// The languages it is translated into, the default first.
			expect(record.locales[0]).toBe('en');
			for (const locale of record.locales.slice(1)) expect(exists(`/${locale}/practices/${entry.slug}/`), locale).toBe(true);
			expect(record.countries).toEqual(data.countries.map((c: string) => c.toUpperCase()));
			expect(record.impact?.figures ?? []).toEqual(data.impact?.figures ?? []);
			for (const figure of record.impact?.figures ?? []) expect(['result', 'target', 'context'], figure.label).toContain(figure.kind);
			expect(record.links).toEqual(data.links ?? []);
			expect(record.updated).toBe(data.updated.toISOString().slice(0, 10));
			expect(record.body.trim()).toBe(entry.body.trim());
			expect(exists(record.url), record.url).toBe(true);
		}
	});
});

describe('/data/lessons.json', () => {
	it('lists every lesson with its fields', () => {
		expect(lessons.map((l) => l.slug).sort()).toEqual(lessonEntries.map((e) => e.slug).sort());
		for (const entry of lessonEntries) {
			const data = entry.data as Record<string, any>;
			expect(lessons.find((l) => l.slug === entry.slug)).toMatchObject({ title: data.title, statement: data.statement, topic: data.topic, related: data.related ?? [] });
		}
	});
});

describe('/data/practices.csv', () => {
	const rows: Record<string, string>[] = parse(readDist('data/practices.csv'), { columns: true });

	it('has one row per practice and the documented columns', () => {
		expect(rows).toHaveLength(practiceEntries.length);
		expect(Object.keys(rows[0])).toEqual(Object.keys(csvColumns));
	});

	it('joins lists with "; " and matches the JSON', () => {
		for (const row of rows) {
			const record = practices.find((p) => p.slug === row.slug)!;
			expect(row.title).toBe(record.title);
			expect(row.summary).toBe(record.summary);
			expect(row.countries).toBe(record.countries.join('; '));
			expect(row.areas).toBe(record.areas.join('; '));
			expect(row.links).toBe(record.links.map((l: { url: string }) => l.url).join('; '));
			expect(row.sourcePage).toBe(String(record.source.page ?? ''));
			expect(row.impactFigures).toBe((record.impact?.figures ?? []).map((f: Record<string, string>) => `${f.value} ${f.label} (${f.kind})`).join('; '));
			expect(row.durationMonths).toBe(String(record.duration?.months ?? ''));
		}
	});
});
