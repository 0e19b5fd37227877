import type { LearnProgress } from '@shared/model/app-state'
import { exerciseKey, LESSON_IDS, type Lesson, type LessonId } from './lesson-types'
import { LESSONS } from './lessons'
import { notationOf } from './notation'

/** Progress of a learner who has not opened a lesson yet. */
export function emptyProgress(): LearnProgress {
  return { lesson: null, visited: [], answered: {}, notation: 'lab' }
}

function isLessonId(value: unknown): value is LessonId {
  return typeof value === 'string' && (LESSON_IDS as readonly string[]).includes(value)
}

/** Every exercise key of the course. */
const EXERCISE_KEYS = new Set(
  LESSONS.flatMap((lesson) =>
    lesson.exercises.map((exercise) => exerciseKey(lesson.id, exercise.id))
  )
)

/** Stored progress with lessons, exercises and a notation this version does not have left out. */
export function restoredProgress(stored: LearnProgress | undefined): LearnProgress {
  if (!stored) return emptyProgress()
  return {
    notation: notationOf(stored.notation).id,
    lesson: isLessonId(stored.lesson) ? stored.lesson : null,
    visited: LESSON_IDS.filter((id) => stored.visited.includes(id)),
    answered: Object.fromEntries(
      Object.entries(stored.answered).filter(
        ([key, correct]) => EXERCISE_KEYS.has(key) && typeof correct === 'boolean'
      )
    )
  }
}

/** How far a lesson is: exercises answered, answered right, and in all. */
export function lessonTally(
  progress: LearnProgress,
  lesson: Lesson
): { answered: number; correct: number; total: number } {
  const results = lesson.exercises
    .map((exercise) => progress.answered[exerciseKey(lesson.id, exercise.id)])
    .filter((result) => result !== undefined)
  return {
    answered: results.length,
    correct: results.filter(Boolean).length,
    total: lesson.exercises.length
  }
}
