import type { Lesson, LessonId, TryItSetup } from '../lesson-types'
import { DEEP_LESSON } from './deep'
import { GRADIENTS_LESSON } from './gradients'
import { LOGISTIC_LESSON } from './logistic'
import { ONE_HIDDEN_LESSON } from './one-hidden'
import { WORKED_LESSON } from './worked'

/** The course: the four classic derivations, then checking gradients, in order. */
export const LESSONS: readonly Lesson[] = [
  LOGISTIC_LESSON,
  ONE_HIDDEN_LESSON,
  WORKED_LESSON,
  DEEP_LESSON,
  GRADIENTS_LESSON
]

/** A lesson by id. */
export function lessonById(id: LessonId): Lesson {
  return LESSONS.find((lesson) => lesson.id === id)!
}

/** A lesson's try-it by id (throws for an id the lesson lacks: a typo in lesson data). */
export function tryItOf(lesson: Lesson, id: string): TryItSetup {
  const setup = lesson.tryIts.find((candidate) => candidate.id === id)
  if (!setup) throw new Error(`lesson '${lesson.id}' has no try-it '${id}'`)
  return setup
}
