/** What the model derives from a practice's fields: pure functions, shared by pages, search and exports. */
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { PracticeData, SourceData } from './schema.ts';
import type { statuses } from './vocabularies.ts';

export type Status = (typeof statuses.codes)[number];
type Duration = PracticeData['duration'];

/** "YYYY" or "YYYY-MM" as a comparable year-month pair. */
function yearMonth(value: string): [number, number | undefined] {
	const [year, month] = value.split('-').map(Number);
	return [year, month];
}

/**
 * Whether the practice runs as of `today`: `ongoing` when the source says so or its planned end is
 * still ahead, `ended` when its end has passed, `unknown` when the source gives no end.
 */
export function practiceStatus(duration: Duration, today: Date): Status {
	const end = duration?.end;
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
	return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** "March 2022 – ongoing", "2024 – 2027", "since 2013", or undefined when the source gives no dates. */
export function formatPeriod(duration: Duration, locale: Locale): string | undefined {
	const start = duration?.start && formatYearMonth(duration.start, locale);
	const end = duration?.end && (duration.end === 'ongoing' ? t(locale, 'duration.ongoing') : formatYearMonth(duration.end, locale));
	if (start && end) return `${start} – ${end}`;
	if (start) return t(locale, 'duration.since', { start });
	if (end) return t(locale, 'duration.until', { end });
	return undefined;
}

/** "Council of Europe, CDADI(2024)39, p. 24" */
export function citation(source: SourceData, cited: { page?: number; section?: string }, locale: Locale): string {
	const where = cited.page !== undefined ? t(locale, 'citation.page', { page: cited.page }) : cited.section;
	return where ? `${source.citation}, ${where}` : source.citation;
}

export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
