import { alphaBetaLesson } from './alphaBetaLesson.js';
import { biomarkerLesson } from './biomarkerLesson.js';
import type { Lesson } from './Lesson.js';
import { marginsLesson } from './marginsLesson.js';
import { pathwayLesson } from './pathwayLesson.js';
import { repopulationLesson } from './repopulationLesson.js';
import { sbrtLesson } from './sbrtLesson.js';
import { subtypeLesson } from './subtypeLesson.js';

/** The explorer's guided lessons, in the order the lesson bar lists them. */
export const lessons: readonly Lesson[] = [alphaBetaLesson, repopulationLesson, sbrtLesson, marginsLesson, subtypeLesson, biomarkerLesson, pathwayLesson];

const lessonById: ReadonlyMap<string, Lesson> = new Map(lessons.map((lesson) => [lesson.id, lesson]));

/**
 * The lesson with this id (from a link: untrusted text, so a Map, never an object's prototype).
 * @param id - a lesson id, e.g. `alpha-beta`
 * @returns the lesson, or undefined
 */
export function findLesson(id: string): Lesson | undefined {
  return lessonById.get(id);
}
