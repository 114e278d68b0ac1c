/**
 * The open-data records: every field of an entry, plus its slug, page address and languages.
 * JSON keeps the structure; CSV flattens it to one row per practice, lists joined with "; ".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { csvCell } from '../escape.ts';
import type { Lesson, Practice } from './catalogue.ts';
import { parseEntry } from './entry-files.ts';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * An entry's Markdown, from its file: the content store keeps only the rendered HTML (entry-loader.ts).
 * `filePath` is relative to the project's root, where the build runs.
 */
const markdownOf = ({ filePath }: { filePath?: string }) => (filePath ? parseEntry(readFileSync(resolve(filePath), 'utf8')).body.trim() : '');

/** A practice's fields as the open data gives them: the CSV's rows (the CSV leaves the text out, so reads no file). */
export function practiceFields(practice: Practice) {
	const { data } = practice;
	return {
		slug: practice.slug,
		url: practice.url,
		locales: practice.locales,
		...data,
		status: practice.status,
		/** The end the source states, or the one derived from its start and length. */
		end: practice.end,
		/** Everything the source leaves out: `notStated` plus what the fields show missing. */
		unstated: practice.unstated,
		updated: isoDate(data.updated),
	};
}

/** A practice's JSON record: its fields, then its text as Markdown. */
export const practiceRecord = (practice: Practice) => ({ ...practiceFields(practice), body: markdownOf(practice.original) });

export function lessonRecord(lesson: Lesson) {
	return {
		slug: lesson.slug,
		url: lesson.url,
		locales: lesson.locales,
		...lesson.data,
		updated: isoDate(lesson.data.updated),
		body: markdownOf(lesson.original),
	};
}

export type PracticeFields = ReturnType<typeof practiceFields>;

const join = (values: readonly string[]) => values.join('; ');

/** The CSV columns, in order; the body is left out (it is Markdown, read it in the JSON). */
export const csvColumns = {
	slug: (r: PracticeFields) => r.slug,
	url: (r) => r.url,
	title: (r) => r.title,
	summary: (r) => r.summary,
	countries: (r) => join(r.countries),
	place: (r) => r.place,
	level: (r) => r.level,
	type: (r) => r.type,
	typeLabel: (r) => r.typeLabel,
	areas: (r) => join(r.areas),
	theme: (r) => r.theme,
	durationStart: (r) => r.duration?.start,
	durationEnd: (r) => r.end,
	durationMonths: (r) => r.duration?.months,
	durationText: (r) => r.duration?.text,
	status: (r) => r.status,
	impactSummary: (r) => r.impact?.summary,
	impactFigures: (r) => join((r.impact?.figures ?? []).map((figure) => `${figure.value} ${figure.label} (${figure.kind})`)),
	evidence: (r) => r.evidence,
	targetGroups: (r) => join(r.targetGroups),
	leadOrganisations: (r) => join(r.organisations.lead),
	partnerOrganisations: (r) => join(r.organisations.partners),
	links: (r) => join(r.links.map((link) => link.url)),
	notStated: (r) => join(r.unstated),
	sourceDocument: (r) => r.source.document,
	sourcePage: (r) => r.source.page,
	sourceSection: (r) => r.source.section,
	updated: (r) => r.updated,
	locales: (r) => join(r.locales),
} satisfies Record<string, (record: PracticeFields) => string | number | undefined>;

export function practicesCsv(records: readonly PracticeFields[]): string {
	const columns = Object.keys(csvColumns) as (keyof typeof csvColumns)[];
	return stringify(
		records.map((record) => columns.map((column) => csvColumns[column](record) ?? '')),
		// Every text cell, so that no contributor's text reaches a spreadsheet as a formula.
		{ header: true, columns, cast: { string: csvCell } },
	);
}
