/** What the model derives from a practice's fields: pure functions, shared by pages, search and exports. */
import { intl } from '../i18n/intl.ts';
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { PracticeData, SourceData } from './schema.ts';
import { declaredUnstatedFacts, figureKinds, type statuses, unstatedFacts } from './vocabularies.ts';

export type Status = (typeof statuses.codes)[number];
export type FigureKind = (typeof figureKinds.codes)[number];
export type UnstatedFact = (typeof unstatedFacts.codes)[number];
type Duration = PracticeData['duration'];
type Figure = NonNullable<NonNullable<PracticeData['impact']>['figures']>[number];

/** "YYYY" or "YYYY-MM" as a comparable year-month pair. */
function yearMonth(value: string): [number, number | undefined] {
	const [year, month] = value.split('-').map(Number);
	return [year, month];
}

/** The unstated facts the model tells from a practice's own fields. */
const derivedUnstatedFacts = unstatedFacts.codes.filter((fact) => !declaredUnstatedFacts.has(fact));

const pad = (month: number) => String(month).padStart(2, '0');

/**
 * The end the source gives or, when it gives a start to the month and a length, the last month of that
 * length ("2022-11" for 24 months ends "2024-10"). A start given as a year alone leaves the end open:
 * a year and a length do not fix the end.
 */
export function endOf(duration: Duration): string | undefined {
	if (duration?.end) return duration.end;
	if (!duration?.start || !duration.months) return undefined;
	const [year, month] = yearMonth(duration.start);
	if (month === undefined) return undefined;
	const last = year * 12 + (month - 1) + (duration.months - 1);
	return `${Math.floor(last / 12)}-${pad((last % 12) + 1)}`;
}

/**
 * Whether the practice runs as of `today`: `ongoing` when the source says so or its (stated or derived)
 * end is still ahead, `ended` when that end has passed, `unknown` when no end is known.
 */
export function practiceStatus(duration: Duration, today: Date): Status {
	const end = endOf(duration);
	if (!end) return 'unknown';
	if (end === 'ongoing') return 'ongoing';
	const [year, month = 12] = yearMonth(end);
	const [nowYear, nowMonth] = [today.getUTCFullYear(), today.getUTCMonth() + 1];
	return year > nowYear || (year === nowYear && month >= nowMonth) ? 'ongoing' : 'ended';
}

export function startYear(duration: Duration): number | undefined {
	return duration?.start ? yearMonth(duration.start)[0] : undefined;
}

function formatYearMonth(value: string, locale: Locale): string {
	const [year, month] = yearMonth(value);
	if (month === undefined) return String(year);
	return intl(Intl.DateTimeFormat, locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** "24 months", in the page's language. */
export function formatMonths(months: number, locale: Locale): string {
	return intl(Intl.NumberFormat, locale, { style: 'unit', unit: 'month', unitDisplay: 'long' }).format(months);
}

/**
 * "March 2022 – ongoing", "2024 – 2027", "started in 2013", "November 2022 – October 2024 (24 months)",
 * or undefined when the source gives no dates and no length.
 */
export function formatPeriod(duration: Duration, locale: Locale): string | undefined {
	const endCode = endOf(duration);
	const start = duration?.start && formatYearMonth(duration.start, locale);
	const end = endCode && (endCode === 'ongoing' ? t(locale, 'duration.ongoing') : formatYearMonth(endCode, locale));
	const months = duration?.months ? formatMonths(duration.months, locale) : undefined;
	const period = start && end ? `${start} – ${end}` : start ? t(locale, 'duration.started', { start }) : end ? t(locale, 'duration.until', { end }) : undefined;
	if (period && months) return `${period} (${months})`;
	return period ?? months;
}

/** A practice's key figures by kind, each kind in the order the entry gives them. */
export function figuresByKind(figures: readonly Figure[] = []): Record<FigureKind, Figure[]> {
	return Object.fromEntries(figureKinds.codes.map((kind) => [kind, figures.filter((figure) => figure.kind === kind)])) as Record<FigureKind, Figure[]>;
}

/**
 * What the source leaves out, in the vocabulary's order: the facts the fields show missing, and those the
 * editor recorded in `notStated`. `hasDocuments`: the body names reference documents (a "Learn more" section).
 */
export function unstatedFactsOf(data: PracticeData, hasDocuments: boolean): UnstatedFact[] {
	const derived: Partial<Record<UnstatedFact, boolean>> = {
		dates: !data.duration?.start && !endOf(data.duration),
		start: !data.duration?.start && !!endOf(data.duration),
		end: !!data.duration?.start && !endOf(data.duration),
		lead: data.organisations.lead.length === 0,
		'target-groups': data.targetGroups.length === 0,
		documents: data.links.length === 0 && !hasDocuments,
	};
	const missing = new Set<string>([...derivedUnstatedFacts.filter((fact) => derived[fact]), ...data.notStated]);
	return unstatedFacts.codes.filter((fact) => missing.has(fact));
}

/** "Council of Europe, CDADI(2024)39, p. 24" */
export function citation(source: SourceData, cited: { page?: number; section?: string }, locale: Locale): string {
	const where = cited.page !== undefined ? t(locale, 'citation.page', { page: cited.page }) : cited.section;
	return where ? `${source.citation}, ${where}` : source.citation;
}

export function formatDate(date: Date, locale: Locale): string {
	const parts = intl(Intl.DateTimeFormat, locale, { dateStyle: 'long', timeZone: 'UTC' }).formatToParts(date);
	// French writes the first of the month as an ordinal: « le 1er décembre ».
	return parts.map(({ type, value }) => (locale === 'fr' && type === 'day' && value === '1' ? '1er' : value)).join('');
}
