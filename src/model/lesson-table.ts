/**
 * The lessons learned as a table: sorted by title, or by topic in the vocabulary's order (the list's own order),
 * each order a page of its own, as the practices' table is (./practice-table.ts).
 */
import type { Lesson } from './catalogue.ts';
import { lessonTopics } from './vocabularies.ts';

export const lessonTableSorts = ['title', 'topic'] as const;
export type LessonTableSort = (typeof lessonTableSorts)[number];

/** The lessons in `sort`'s order; ties by title. */
export function sortedLessons(lessons: readonly Lesson[], sort: LessonTableSort, compare: (a: string, b: string) => number): Lesson[] {
	const byTitle = (a: Lesson, b: Lesson) => compare(a.data.title, b.data.title);
	const topic = (lesson: Lesson) => (lessonTopics.codes as readonly string[]).indexOf(lesson.data.topic);
	return [...lessons].sort(sort === 'topic' ? (a, b) => topic(a) - topic(b) || byTitle(a, b) : byTitle);
}
